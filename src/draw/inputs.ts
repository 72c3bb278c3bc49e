/**
 * The input types of the draw's public operations (第十五条, 第十九条): what the editor shows a caller. They are
 * for the compiler only; every operation still reads its input as untrusted data at run time (a wrong value is a
 * finding, never an exception), so JSON received from another system may be passed as it is, typed as below.
 */
import type { InspectionObjectInput } from '../model/inspection-object.js';
import type { RatioTableInput } from '../model/ratio-table.js';
import type { TaskInput } from '../model/task.js';
import type { DrawAnnouncement, SeedSpecification } from './protocol/announce.js';
import type { FrameCommitment } from './protocol/frame.js';
import type { SeedInput } from './protocol/seed.js';
import type { Frame, FrameUnit } from './stratify.js';

export type { InspectionObjectInput, RatioTableInput, SeedInput, TaskInput };

/** Options of a draw (see docs/draw.md). */
export interface DrawOptionsInput {
  /**
   * The reserve (备选) as a percentage of each stratum's sample, 0–100; default 0. These measures provide no
   * substitution (第十九条 ¶3); set it only where local rules allow substituting a drawn object.
   */
  readonly reservePercent?: number;
  /**
   * A stratum that draws nobody (a fixed count of 0, or a total below the number of non-empty strata) exempts its
   * credit-risk classes: `warn` (default, a warning on the locked draw) or `forbid` (refused, for jurisdictions
   * whose rules exempt no class), 第十五条.
   */
  readonly exemptClasses?: 'warn' | 'forbid';
}

/**
 * A frame as `stratify` returns it (and as it is published); `strata` may be left out, or the bare list of units
 * given, wherever the ratio table is known from elsewhere (docs/draw.md, “The frame”).
 */
export type FrameInput =
  | Frame
  | { readonly strata?: Frame['strata']; readonly units: readonly FrameUnit[] }
  | readonly FrameUnit[];

/** An announcement as `announceDraw` returns it, or as published JSON. */
export type AnnouncementInput = DrawAnnouncement;

export type { Frame, FrameCommitment, FrameUnit, SeedSpecification };
