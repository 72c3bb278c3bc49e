/**
 * `announceDraw` (第十九条 “公开”): the 抽取公告 to publish before the seed exists — see announce.ts. It takes the
 * task, the frame (or its published commitment) and the seed specification, checks that the draw can be made
 * (the same rules drawObjects applies: ratios, total, reserve percentage, frame strata in table order), and
 * returns the deeply frozen announcement with its digest.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { commitFrame } from './draw.js';
import { withTableStrata } from './engine/pass.js';
import { guarded } from './guard.js';
import type { DrawOptionsInput, Frame, FrameInput, SeedSpecification, TaskInput } from './inputs.js';
import { drawIssue } from './issues.js';
import { type DrawAnnouncement, makeAnnouncement, readSeedSpec } from './protocol/announce.js';
import { parseCommitment } from './protocol/commitment.js';
import type { FrameCommitment } from './protocol/frame.js';
import { planFromTask } from './protocol/plan.js';
import { allocateSizes } from './protocol/sizes.js';
import { frameStrataIssue } from './protocol/strata.js';

/** Input of {@link announceDraw}: give the frame or its commitment, not both. */
export interface AnnounceInput {
  readonly task: TaskInput;
  /** The frame `{ strata, units }`, `{ units }` or the array of units (its commitment is computed) … */
  readonly frame?: FrameInput;
  /** … or the frame commitment already computed (commitFrame / commitFrameStream). */
  readonly commitment?: FrameCommitment;
  /** `{ kind, source, commitment? }`: which lottery draw or beacon round, or the SHA-256 of a committed text. */
  readonly seed: SeedSpecification;
  /** `{ reservePercent, exemptClasses }` (defaults 0 and `warn`). */
  readonly options?: DrawOptionsInput;
}

function announceDrawImpl(input: AnnounceInput): Result<DrawAnnouncement, RuleIssue[]> {
  const plan = planFromTask(input?.task, input?.options);
  const seed = readSeedSpec(input?.seed, ['seed'], true);
  if (plan.isErr() || seed.isErr()) {
    return err([...(plan.isErr() ? plan.error : []), ...(seed.isErr() ? seed.error : [])]);
  }
  const strata = plan.value.strata.map((s) => s.id);
  const hasFrame = input.frame !== undefined;
  if (hasFrame === (input.commitment !== undefined)) {
    return err([
      drawIssue(
        'DRAW_ANNOUNCEMENT_INVALID',
        ['frame'],
        '须给出底册或其承诺（二者之一）',
        'Give either the frame or its commitment (exactly one)',
      ),
    ]);
  }
  let frame: FrameCommitment;
  if (hasFrame) {
    const c = commitFrame(withTableStrata(input.frame as unknown, strata) as Frame);
    if (c.isErr()) return err(c.error);
    const issue = frameStrataIssue(
      c.value.strata.map((s) => s.id),
      strata,
    );
    if (issue) return err([issue]);
    frame = c.value;
  } else {
    const c = parseCommitment(input.commitment, strata);
    if (c.isErr()) return err(c.error);
    frame = c.value;
  }
  const sizes = allocateSizes(
    plan.value.strata.map((s) => s.rule),
    frame.strata.map((s) => s.count),
    plan.value.total,
    plan.value.reservePercent,
    plan.value.exempt?.mode,
  );
  if (sizes.isErr()) return err(sizes.error);
  return ok(makeAnnouncement(plan.value, frame, seed.value));
}

/**
 * The draw announcement (抽取公告) to publish before the seed is known (第十九条). Its `digest` is what a
 * verifier later compares with `receipt.announcement.digest`.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const announceDraw = guarded(announceDrawImpl);
