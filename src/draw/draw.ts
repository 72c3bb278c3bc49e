/**
 * 第一次随机: the object draw of “二次随机” (第十九条), stratified by credit class and risk (第十五条).
 * `drawObjects` takes a task, its frame and the published seed, and returns a deeply frozen LockedDraw with a
 * receipt anyone can recompute (see docs/verification.md); `commitFrame` gives the frame commitment to publish
 * before the seed; `inclusionProbabilities` gives every stratum's exact n/N before any draw.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { isWellFormedText } from './encoding.js';
import { capacitiesOf, commitmentOf, countUnits, prepare, readUnits, runPass, sizesFor } from './engine.js';
import type { FrameCommitment } from './frame.js';
import { guarded } from './guard.js';
import { drawIssue } from './issues.js';
import { planFromTask } from './plan.js';
import { fractionText } from './ratio.js';
import { buildReceipt, type LockedDraw, lockDraw } from './receipt.js';
import { parseSeed } from './seed.js';

/** Input of {@link drawObjects}. */
export interface DrawInput {
  /** The task (parsed with TaskSchema); its ratio table defines the strata. */
  readonly task: unknown;
  /** The frame: `{ units: [{ id, stratum }] }` (as from `stratify`) or the array of units, in any order. */
  readonly frame: unknown;
  /** Seed material `{ kind, text, source? }`, fixed after the frame commitment was published. */
  readonly seed: unknown;
  /** `{ reservePercent }` (default 10). */
  readonly options?: unknown;
}

function drawObjectsImpl(input: DrawInput): Result<LockedDraw, RuleIssue[]> {
  const plan = planFromTask(input?.task, input?.options);
  const seed = parseSeed(input?.seed);
  if (plan.isErr() || seed.isErr()) {
    return err([...(plan.isErr() ? plan.error : []), ...(seed.isErr() ? seed.error : [])]);
  }
  const p = prepare(plan.value, seed.value);
  const units = readUnits(input.frame, p.index);
  if (units.isErr()) return err(units.error);
  const sizes = sizesFor(p.plan, countUnits(units.value, p.strata.length));
  if (sizes.isErr()) return err(sizes.error);
  const pass = runPass(p, units.value, capacitiesOf(sizes.value));
  const receipt = buildReceipt(p.plan, p.seed, p.key, commitmentOf(p, pass), sizes.value, pass.chosen);
  return ok(lockDraw(receipt));
}

function readStrata(strata: unknown): Result<string[], RuleIssue[]> {
  if (
    !Array.isArray(strata) ||
    strata.length === 0 ||
    !strata.every((s) => typeof s === 'string' && s.length > 0 && isWellFormedText(s)) ||
    new Set(strata).size !== strata.length
  ) {
    return err([
      drawIssue(
        'DRAW_COMMITMENT_INVALID',
        ['frame', 'strata'],
        '底册须列出比例表的分层标识（非空、互不相同）',
        "The frame must list the ratio table's stratum ids (non-empty, distinct)",
      ),
    ]);
  }
  return ok(strata as string[]);
}

function commitFrameImpl(frame: unknown): Result<FrameCommitment, RuleIssue[]> {
  let strataInput: unknown;
  try {
    strataInput = (frame as { strata?: unknown } | null)?.strata;
  } catch {
    strataInput = undefined;
  }
  const strata = readStrata(strataInput);
  if (strata.isErr()) return err(strata.error);
  const index = new Map(strata.value.map((s, h) => [s, h]));
  const units = readUnits(frame, index);
  if (units.isErr()) return err(units.error);
  const q = { strata: strata.value };
  return ok(
    commitmentOf(
      q,
      runPass(
        q,
        units.value,
        strata.value.map(() => 0),
      ),
    ),
  );
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
  /** False when n = N (all taken, 第十九条第二款). */
  readonly random: boolean;
}

function inclusionProbabilitiesImpl(
  task: unknown,
  frameCounts: unknown,
): Result<readonly StratumProbability[], RuleIssue[]> {
  const plan = planFromTask(task);
  if (plan.isErr()) return err(plan.error);
  const strata = plan.value.strata;
  let map: Record<string, unknown>;
  try {
    const fc = frameCounts as { strata?: unknown } | null;
    if (fc && Array.isArray(fc.strata)) {
      map = Object.fromEntries((fc.strata as { id: string; count: unknown }[]).map((s) => [s.id, s.count]));
    } else if (fc && typeof fc === 'object') map = { ...(fc as Record<string, unknown>) };
    else throw new TypeError('counts');
  } catch {
    map = { '': -1 };
  }
  const issues: RuleIssue[] = [];
  const known = new Set(strata.map((s) => s.id));
  for (const [k, v] of Object.entries(map)) {
    if (!known.has(k)) {
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
  }
  if (issues.length > 0) return err(issues);
  const counts = strata.map((s) => (map[s.id] as number | undefined) ?? 0);
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
          random: n < N,
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
export const commitFrame = guarded(commitFrameImpl);

/**
 * Each stratum's n and exact inclusion probability n/N for given frame counts (第十五条), so a plan can publish
 * every enterprise's chance of being checked before the draw. `frameCounts` maps stratum id → N (a missing
 * stratum counts 0), or is a frame commitment.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const inclusionProbabilities = guarded(inclusionProbabilitiesImpl);
