/**
 * The one recomputation of a draw (第十五条, 第十九条; docs/verification.md Steps 1–4), which every public operation
 * calls: drawObjects, verifyDraw, drawObjectsStream, drawShard and mergeShards. From the plan, the seed and the
 * announcement's digest it derives the key (Step 1); from the frame's counts, each stratum's exact size n_h and
 * reserve (Step 3); then one pass over the frame gives its bucket digests and counts (Step 2) and each stratum's
 * n_h + reserve_h smallest tickets (Step 4), from which `receiptOf` builds the receipt.
 *
 * The operations differ only in where the frame comes from — a {@link FrameSource}: the units in memory
 * ({@link inMemory}, the engine's bucketed pass), a sorted stream (`streamedFrame` in stream.ts, read once) or
 * the shards' results (`mergedShards` in shard.ts) — and in what they check the result against (the
 * announcement, the published commitment, the receipt). The sources change the speed and the memory, never the
 * result: the property tests require byte-identical receipts from all of them.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import {
  capacitiesOf,
  chosenOf,
  countUnits,
  type Prepared,
  prepare,
  runPass,
  sizesFor,
  type Units,
} from './engine/pass.js';
import type { SmallestK } from './engine/select.js';
import type { DrawAnnouncement } from './protocol/announce.js';
import { BUCKET_COUNT, type FrameCommitment, makeCommitment } from './protocol/frame.js';
import type { DrawPlan } from './protocol/plan.js';
import { buildReceipt, type DrawReceipt, type TicketEntry } from './protocol/receipt.js';
import type { SeedMaterial } from './protocol/seed.js';
import type { StratumSize } from './protocol/sizes.js';

/** What one pass over a frame gives (Steps 2 and 4). */
export interface FramePass {
  /** Units per stratum, in table order. */
  readonly counts: readonly number[];
  /** Digest of each bucket the pass covered (a shard covers only its own; others undefined). */
  readonly bucketDigests: readonly (Uint8Array | undefined)[];
  /** Per stratum, the n_h + reserve_h smallest tickets, ascending, as receipt entries. */
  chosen(): TicketEntry[][];
  /** The same tickets as the engine kept them, when it did (verifyDraw compares listed tickets with them as words). */
  readonly kept?: readonly SmallestK[];
}

/** Where the frame of a recomputation comes from. */
export interface FrameSource<P> {
  /**
   * Units per stratum, known before the first ticket: the frame's own when it is in memory, the published
   * commitment's when it is streamed or sharded (the pass is then checked against the commitment).
   */
  counts(strata: number): readonly number[];
  /** One pass over the frame under the prepared key, keeping `capacities[h]` tickets of stratum h. */
  pass(prepared: Prepared, capacities: readonly number[]): P;
}

type PassResult = Result<FramePass, RuleIssue[]>;

/** What {@link recompute} is given: the plan and seed as announced, and the frame. */
export interface RecomputeInput<P> {
  readonly plan: DrawPlan;
  readonly seed: SeedMaterial;
  /** Digest of the draw announcement: the key's third label. */
  readonly announcement: string;
  readonly frame: FrameSource<P>;
}

/** A recomputed draw: everything the receipt holds except the announcement. */
export interface Recomputed extends Omit<FramePass, 'counts'> {
  readonly prepared: Prepared;
  readonly sizes: readonly StratumSize[];
  readonly counts: number[];
  /** The frame commitment of the pass, when it digested every bucket (a shard digests only its own). */
  readonly commitment: FrameCommitment | undefined;
}

/**
 * Recomputes a draw: key, sizes, one pass, commitment. Synchronous for an in-memory frame; for a stream, a
 * promise (or the sizes' findings at once, before anything is read).
 */
export function recompute(input: RecomputeInput<PassResult>): Result<Recomputed, RuleIssue[]>;
export function recompute(
  input: RecomputeInput<Promise<PassResult>>,
): Result<Recomputed, RuleIssue[]> | Promise<Result<Recomputed, RuleIssue[]>>;
export function recompute(
  input: RecomputeInput<PassResult | Promise<PassResult>>,
): Result<Recomputed, RuleIssue[]> | Promise<Result<Recomputed, RuleIssue[]>> {
  const { plan, seed, announcement, frame } = input;
  const sizes = sizesFor(plan, frame.counts(plan.strata.length));
  if (sizes.isErr()) return err(sizes.error);
  const prepared = prepare(plan, seed, announcement);
  const finish = (pass: PassResult): Result<Recomputed, RuleIssue[]> => {
    if (pass.isErr()) return err(pass.error);
    const { counts, bucketDigests } = pass.value;
    let complete = true;
    for (let b = 0; b < BUCKET_COUNT && complete; b++) complete = bucketDigests[b] !== undefined;
    return ok({
      prepared,
      sizes: sizes.value,
      counts: [...counts],
      bucketDigests,
      chosen: () => pass.value.chosen(),
      ...(pass.value.kept ? { kept: pass.value.kept } : {}),
      commitment: complete
        ? makeCommitment(prepared.strata, counts, bucketDigests as readonly Uint8Array[])
        : undefined,
    });
  };
  const pass = frame.pass(prepared, capacitiesOf(sizes.value));
  return pass instanceof Promise ? pass.then(finish) : finish(pass);
}

/** Options of {@link inMemory}. */
export interface InMemoryOptions {
  /** Counts for the sizes instead of the frame's own (a shard draws with the published counts). */
  readonly counts?: readonly number[];
  /** The buckets to digest (all by default; none when the commitment is already known). */
  readonly inBucket?: (b: number) => boolean;
  /** Per stratum, a first-word bound on the tickets that can be kept, from the capacities (see runPass). */
  readonly limits?: (capacities: readonly number[]) => readonly (number | undefined)[];
}

/** A frame read into memory (`readUnits`): the engine's bucketed pass, accelerated where it can be. */
export function inMemory(units: Units, options: InMemoryOptions = {}): FrameSource<PassResult> {
  return {
    counts: (strata) => options.counts ?? countUnits(units, strata),
    pass: (p, caps) => {
      const pass = runPass(p, units, caps, options.inBucket, undefined, options.limits?.(caps));
      return ok({ ...pass, chosen: () => chosenOf(pass) });
    },
  };
}

/** The receipt of a recomputed draw under its announcement (`chosen`: the tickets, when already read). */
export function receiptOf(
  r: Recomputed,
  commitment: FrameCommitment,
  announcement: DrawAnnouncement,
  chosen: readonly (readonly TicketEntry[])[] = r.chosen(),
): DrawReceipt {
  const p = r.prepared;
  return buildReceipt(p.plan, p.seed, p.key, commitment, r.sizes, chosen, announcement);
}
