/**
 * Streamed object draw (第十九条) for directories too large to hold: objects arrive as an (async) iterable of
 * `{ id, stratum }` in ascending credit-code order; memory is O(256 bucket states + sample), not O(frame).
 * The order requirement also finds duplicates (an id equal to the previous one) in O(1) memory. Sample sizes
 * need N_h before the first ticket, so the draw takes the frame commitment published beforehand (from
 * `commitFrame` or `commitFrameStream`) and checks at the end that the stream matches it. The draw is the one
 * recomputation (recompute.ts) over the stream as its frame.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { readPublishedCall } from './call.js';
import { readUnit } from './engine/pass.js';
import { SmallestK } from './engine/select.js';
import { guardedAsync, readable, unreadableAt } from './guard.js';
import type { AnnouncementInput, DrawOptionsInput, SeedInput, TaskInput } from './inputs.js';
import { drawIssue, duplicateIdIssue } from './issues.js';
import {
  BUCKET_COUNT,
  bucketOf,
  FrameAccumulator,
  type FrameCommitment,
  makeCommitment,
} from './protocol/frame.js';
import { type LockedDraw, lockDraw } from './protocol/receipt.js';
import { readStrata } from './protocol/strata.js';
import { TicketHasher } from './protocol/ticket.js';
import { type FramePass, type FrameSource, receiptOf, recompute } from './recompute.js';

/** The objects of a streamed draw: any (async) iterable, read once, in ascending credit-code order. */
export type Units = AsyncIterable<unknown> | Iterable<unknown>;

interface StreamPass {
  readonly counts: number[];
  readonly bucketDigests: Uint8Array[];
}

async function scan(
  units: Units,
  strata: readonly string[],
  index: ReadonlyMap<string, number>,
  onUnit: (h: number, id: string) => void,
): Promise<Result<StreamPass, RuleIssue[]>> {
  const acc = new FrameAccumulator(strata);
  let prev: string | undefined;
  let k = 0;
  // The stream's own failure (its iterator throws) is DRAW_STREAM_FAILED; an exception while handling an
  // object is the object's (unreadable) or the library's (guardedAsync tells them apart).
  let handling: unknown;
  let inBody = false;
  try {
    for await (const u of units as AsyncIterable<unknown>) {
      inBody = true;
      handling = u;
      const r = readUnit(u, index, () => ['units', k]);
      if (Array.isArray(r)) return err(r);
      if (prev !== undefined && r.id <= prev) {
        return err([
          r.id === prev
            ? duplicateIdIssue(['units', k, 'id'], r.id)
            : drawIssue(
                'DRAW_STREAM_NOT_SORTED',
                ['units', k, 'id'],
                `${r.id} 排在 ${prev} 之后，输入未按升序排列`,
                `${r.id} comes after ${prev}; the stream is not in ascending order`,
              ),
        ]);
      }
      prev = r.id;
      acc.add(r.id, r.h, bucketOf(r.id));
      onUnit(r.h, r.id);
      k++;
      inBody = false;
    }
  } catch (e) {
    if (inBody) {
      if (!readable(handling)) return err(unreadableAt(['units', k]));
      throw e;
    }
    return err([
      drawIssue(
        'DRAW_STREAM_FAILED',
        ['units', k],
        `读取第 ${k + 1} 个对象时出错`,
        `Reading object ${k + 1} of the stream failed`,
      ),
    ]);
  }
  const bucketDigests: Uint8Array[] = [];
  for (let b = 0; b < BUCKET_COUNT; b++) bucketDigests.push(acc.bucketDigest(b));
  return ok({ counts: acc.counts, bucketDigests });
}

async function commitFrameStreamImpl(input: {
  readonly strata: unknown;
  readonly units: Units;
}): Promise<Result<FrameCommitment, RuleIssue[]>> {
  const read = readStrata(input?.strata, ['strata']);
  if (read.isErr()) return err(read.error);
  const strata = read.value;
  const pass = await scan(input.units, strata, new Map(strata.map((x, h) => [x, h])), () => {});
  if (pass.isErr()) return err(pass.error);
  return ok(makeCommitment(strata, pass.value.counts, pass.value.bucketDigests));
}

/** Input of {@link drawObjectsStream}. */
export interface StreamDrawInput {
  readonly task: TaskInput;
  readonly seed: SeedInput;
  /** The frame commitment published before the seed (optional when the announcement is given). */
  readonly commitment?: FrameCommitment;
  /** The announcement published before the seed (`announceDraw`); computed from the inputs when not given. */
  readonly announcement?: AnnouncementInput;
  /** `{ id, stratum }` in ascending id order. */
  readonly units: Units;
  readonly options?: DrawOptionsInput;
}

/**
 * A stream as the frame of a recomputation: the sizes come from the published counts, and one read gives the
 * bucket digests and each stratum's `n + reserve` smallest tickets. The heaps live only in the pass, so their
 * ticket slab (32 bytes per kept object) can be collected while the receipt and the locked draw are built: at
 * 10^7 objects that is ~20 MB less at the peak.
 */
function streamedFrame(
  units: Units,
  counts: readonly number[],
): FrameSource<Promise<Result<FramePass, RuleIssue[]>>> {
  return {
    counts: () => counts,
    pass: async (p, capacities) => {
      const hasher = new TicketHasher(p.key, p.strata);
      const heaps = capacities.map((c) => new SmallestK(c));
      const pass = await scan(units, p.strata, p.index, (h, id) => heaps[h]!.offer(hasher.ticket(h, id), id));
      if (pass.isErr()) return err(pass.error);
      const chosen = heaps.map((x) => x.sortedEntries());
      return ok({ ...pass.value, chosen: () => chosen });
    },
  };
}

async function drawObjectsStreamImpl(input: StreamDrawInput): Promise<Result<LockedDraw, RuleIssue[]>> {
  const call = readPublishedCall(input);
  if (call.isErr()) return err(call.error);
  const { plan, seed, commitment, announcement } = call.value;
  const r = await recompute({
    plan,
    seed,
    announcement: announcement.digest,
    frame: streamedFrame(
      input.units,
      commitment.strata.map((s) => s.count),
    ),
  });
  if (r.isErr()) return err(r.error);
  const actual = r.value.commitment!;
  if (actual.digest !== commitment.digest) {
    return err([
      drawIssue(
        'DRAW_COMMITMENT_MISMATCH',
        ['commitment', 'digest'],
        `对象流的底册摘要 ${actual.digest} 与公布的 ${commitment.digest} 不符`,
        `The stream's frame digest ${actual.digest} differs from the published ${commitment.digest}`,
      ),
    ]);
  }
  return ok(lockDraw(receiptOf(r.value, actual, announcement), plan.exempt));
}

/** The frame commitment of a stream of `{ id, stratum }` in ascending id order; equals `commitFrame`'s.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const commitFrameStream: (input: {
  readonly strata: readonly string[];
  readonly units: Units;
}) => Promise<Result<FrameCommitment, RuleIssue[]>> = guardedAsync(commitFrameStreamImpl);

/** Same draw and receipt as `drawObjects`, from a stream (see module comment).
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const drawObjectsStream = guardedAsync(drawObjectsStreamImpl);
