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

/** Options of a draw: the reserve (备选) as a percentage of each stratum's sample, 0–100. */
export interface DrawOptionsInput {
  readonly reservePercent?: number;
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
