/**
 * 第一次随机: the object draw of “二次随机” (第十九条), stratified by credit class and risk (第十五条).
 * `drawObjects` takes a task, its frame and the published seed, and returns a deeply frozen LockedDraw with a
 * receipt anyone can recompute (see docs/verification.md); `commitFrame` gives the frame commitment to publish
 * before the seed; `inclusionProbabilities` gives every stratum's exact n/N before any draw.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { readDrawCall } from './call.js';
import { commitmentOfUnits, listedStrata, readUnits, sizesFor } from './engine/pass.js';
import { guarded } from './guard.js';
import type {
  AnnouncementInput,
  DrawOptionsInput,
  Frame,
  FrameInput,
  SeedInput,
  TaskInput,
} from './inputs.js';
import { drawIssue } from './issues.js';
import { makeAnnouncement, resolveAnnouncement, specOfSeed } from './protocol/announce.js';
import type { FrameCommitment } from './protocol/frame.js';
import { planFromTask } from './protocol/plan.js';
import { fractionText } from './protocol/ratio.js';
import { type LockedDraw, lockDraw } from './protocol/receipt.js';
import { readStrata } from './protocol/strata.js';
import { inMemory, receiptOf, recompute } from './recompute.js';

/** Input of {@link drawObjects}. */
export interface DrawInput {
  /** The task (parsed with TaskSchema); its ratio table defines the strata. */
  readonly task: TaskInput;
  /**
   * The frame `{ strata, units: [{ id, stratum }] }` as from `stratify` (`strata` the ratio table's stratum ids
   * in table order; may be left out, or the bare array of units given), the units in any order. The one frame
   * rule of every operation, see docs/draw.md.
   */
  readonly frame: FrameInput;
  /** Seed material `{ kind, text, source? }`, fixed after the announcement was published. */
  readonly seed: SeedInput;
  /**
   * The announcement published before the seed (`announceDraw`). When given, the inputs must be exactly it
   * (else DRAW_ANNOUNCEMENT_MISMATCH and nothing is drawn); when not, it is computed from the inputs. Either way
   * the receipt records it.
   */
  readonly announcement?: AnnouncementInput;
  /** `{ reservePercent, exemptClasses }` (defaults 0 and `warn`). */
  readonly options?: DrawOptionsInput;
}

function drawObjectsImpl(input: DrawInput): Result<LockedDraw, RuleIssue[]> {
  const call = readDrawCall(input);
  if (call.isErr()) return err(call.error);
  const { plan, seed, announced, strata } = call.value;
  const units = readUnits(input.frame, new Map(strata.map((s, h) => [s, h])));
  if (units.isErr()) return err(units.error);
  // The key needs the announcement, which needs the frame digest: without a published announcement, one pass
  // for the digest, then the recomputation's pass for the tickets only.
  let committed: FrameCommitment | undefined;
  let digest: string;
  if (announced) digest = announced.digest;
  else {
    committed = commitmentOfUnits(strata, units.value);
    digest = makeAnnouncement(plan, committed, specOfSeed(seed)).digest;
  }
  const r = recompute({
    plan,
    seed,
    announcement: digest,
    frame: inMemory(units.value, committed ? { inBucket: () => false } : {}),
  });
  if (r.isErr()) return err(r.error);
  const commitment = committed ?? r.value.commitment!;
  const ann = resolveAnnouncement(announced, plan, seed, commitment);
  if (ann.isErr()) return err(ann.error);
  return ok(lockDraw(receiptOf(r.value, commitment, ann.value), plan.exempt));
}

function commitFrameImpl(frame: unknown): Result<FrameCommitment, RuleIssue[]> {
  // commitFrame has no task: the frame's own `strata` are the table (announceDraw checks them against it).
  const listed = listedStrata(frame);
  const strata = readStrata(listed === null ? undefined : listed);
  if (strata.isErr()) return err(strata.error);
  const units = readUnits(frame, new Map(strata.value.map((s, h) => [s, h])));
  if (units.isErr()) return err(units.error);
  return ok(commitmentOfUnits(strata.value, units.value));
}

/** One stratum's size and inclusion probability before the draw. */
export interface StratumProbability {
  readonly id: string;
  readonly label: string;
  readonly N: number;
  readonly n: number;
  /** Exact n/N as "n/N"; every object of the stratum has this chance of being checked. */
  readonly probability: string;
  readonly numerator: number;
  readonly denominator: number;
  /** False when n = N (all taken, 第十九条第二款) or n = 0 (the stratum is exempt, 第十五条). */
  readonly random: boolean;
}

function inclusionProbabilitiesImpl(
  task: unknown,
  frameCounts: unknown,
): Result<readonly StratumProbability[], RuleIssue[]> {
  const plan = planFromTask(task);
  if (plan.isErr()) return err(plan.error);
  const strata = plan.value.strata;
  let entries: [unknown, unknown][] | undefined;
  try {
    const fc = frameCounts as { strata?: unknown } | null;
    if (fc && typeof fc === 'object' && Array.isArray(fc.strata)) {
      entries = (fc.strata as unknown[]).map((x) => {
        const e = x as { id?: unknown; count?: unknown } | null;
        return [e?.id, e?.count];
      });
    } else if (fc && typeof fc === 'object' && !Array.isArray(fc)) {
      entries = Object.entries(fc as Record<string, unknown>);
    }
  } catch {
    entries = undefined;
  }
  if (!entries) {
    return err([
      drawIssue(
        'DRAW_COUNTS_INVALID',
        ['frameCounts'],
        '分层对象数应为 { 分层标识: 数量 } 或底册承诺',
        'Stratum counts must be { stratumId: count } or a frame commitment',
      ),
    ]);
  }
  const issues: RuleIssue[] = [];
  const known = new Set(strata.map((s) => s.id));
  const map = new Map<string, unknown>();
  entries.forEach(([k, v], i) => {
    if (typeof k !== 'string') {
      issues.push(
        drawIssue(
          'DRAW_COUNTS_INVALID',
          ['frameCounts', 'strata', i, 'id'],
          '分层标识应为字符串',
          'A stratum id must be a string',
        ),
      );
    } else if (map.has(k)) {
      issues.push(
        drawIssue(
          'DRAW_DUPLICATE_STRATUM',
          ['frameCounts', k],
          `分层“${k}”的对象数给了两次`,
          `Stratum "${k}" is counted twice`,
        ),
      );
    } else if (!known.has(k)) {
      issues.push(
        drawIssue(
          'DRAW_UNKNOWN_STRATUM',
          ['frameCounts', k],
          `分层“${k}”不在任务的比例表中`,
          `Stratum "${k}" is not in the task's ratio table`,
        ),
      );
    } else if (!Number.isSafeInteger(v) || (v as number) < 0) {
      issues.push(
        drawIssue(
          'DRAW_UNIT_INVALID',
          ['frameCounts', k],
          '分层对象数应为非负整数',
          'A stratum count must be a non-negative integer',
        ),
      );
    }
    if (typeof k === 'string' && !map.has(k)) map.set(k, v);
  });
  if (issues.length > 0) return err(issues);
  const counts = strata.map((s) => (map.get(s.id) as number | undefined) ?? 0);
  const sizes = sizesFor(plan.value, counts);
  if (sizes.isErr()) return err(sizes.error);
  return ok(
    Object.freeze(
      strata.map((s, h) => {
        const N = counts[h]!;
        const n = sizes.value[h]!.n;
        return Object.freeze({
          id: s.id,
          label: s.label,
          N,
          n,
          probability: fractionText(n, N),
          numerator: n,
          denominator: N,
          random: n > 0 && n < N,
        });
      }),
    ),
  );
}

/**
 * Draws the objects of a task (第十五条, 第十九条). Bad input — a malformed task, a ratio out of range, a duplicate
 * or invalid credit code, an unknown stratum, an empty seed — is returned as findings and nothing is drawn.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const drawObjects = guarded(drawObjectsImpl);

/**
 * The frame commitment (第十九条 公开): digest of every (credit code, stratum) and the count per stratum, the
 * same for any order of the units. `frame` is `{ strata, units }` as returned by `stratify`.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const commitFrame: (frame: Frame) => Result<FrameCommitment, RuleIssue[]> = guarded(commitFrameImpl);

/**
 * Each stratum's n and exact inclusion probability n/N for given frame counts (第十五条), so a plan can publish
 * every enterprise's chance of being checked before the draw. `frameCounts` maps stratum id → N (a missing
 * stratum counts 0), or is a frame commitment.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const inclusionProbabilities: (
  task: TaskInput,
  frameCounts: FrameCommitment | Readonly<Record<string, number>>,
) => Result<readonly StratumProbability[], RuleIssue[]> = guarded(inclusionProbabilitiesImpl);
