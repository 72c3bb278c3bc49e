/**
 * Sharded object draw (第十九条) for directories split across machines. A shard is a set of whole commitment
 * buckets: shard i of k holds the objects with bucketOf(id) mod k = i (see `shardOf`). Each shard computes its
 * bucket digests, per-stratum counts and its n_h + reserve_h smallest tickets per stratum, with n_h taken from
 * the published frame commitment; `mergeShards` checks that the shards add up to that commitment and returns
 * exactly the single-machine LockedDraw, receipt included. Shard results are plain JSON.
 *
 * The merge does not trust a shard's candidates: each ticket is recomputed under the key, each id must be a
 * valid credit code of that shard's buckets, each list strictly ascending by (ticket, id) with exactly
 * min(n_h + reserve_h, the shard's N_h) entries, and no id may appear twice. What it cannot see is the shard's
 * frame itself (it only holds bucket digests): a shard that leaves out a real small-ticket object and lists a
 * larger one instead, or lists a valid code of its buckets that is not in the frame, passes the merge; its
 * receipt then fails verifyDraw against the full frame. So a merged receipt must be verified like any other.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { deepFreeze } from '../model/freeze.js';
import type { RuleIssue } from '../model/issue.js';
import { readPublishedCall } from './call.js';
import { isUsccFast, readUnits } from './engine/pass.js';
import { type Candidate, SmallestK } from './engine/select.js';
import { capFindings } from './findings.js';
import { guarded } from './guard.js';
import { bytesToHex, wordsToHex } from './hash/sha256.js';
import type {
  AnnouncementInput,
  DrawOptionsInput,
  FrameCommitment,
  FrameInput,
  SeedInput,
  TaskInput,
} from './inputs.js';
import { drawIssue } from './issues.js';
import { hexToBytes } from './protocol/encoding.js';
import { BUCKET_COUNT, bucketOf } from './protocol/frame.js';
import { type LockedDraw, lockDraw, type TicketEntry } from './protocol/receipt.js';
import { TicketHasher } from './protocol/ticket.js';
import { DRAW_ALGORITHM_ID, DRAW_ALGORITHM_VERSION } from './protocol/version.js';
import { type FramePass, type FrameSource, inMemory, receiptOf, recompute } from './recompute.js';

/** The partial result of one shard. */
export interface ShardDraw {
  readonly format: 'shuangsuiji/draw-shard';
  readonly algorithm: { readonly id: string; readonly version: number };
  readonly taskId: string;
  /** Hex of the derived stage-one key (so shards drawn with another seed are refused). */
  readonly key: string;
  /** Digest of the draw announcement the shard was drawn under. */
  readonly announcement: string;
  /** The frame digest of the commitment the shard was drawn against. */
  readonly frameDigest: string;
  readonly shard: { readonly index: number; readonly count: number };
  /** Objects per stratum in this shard, in table order. */
  readonly counts: readonly number[];
  /** Digest of every bucket of this shard. */
  readonly buckets: readonly { readonly bucket: number; readonly digest: string }[];
  /** Per stratum, this shard's smallest tickets (at most n_h + reserve_h), ascending. */
  readonly candidates: readonly (readonly TicketEntry[])[];
}

const ShardSpecSchema = z.object({ index: z.int().min(0), count: z.int().min(1).max(BUCKET_COUNT) });

/** What every shard and the merge are given (the same values as the single-machine draw). */
export interface ShardedDrawInput {
  readonly task: TaskInput;
  readonly seed: SeedInput;
  /** The published frame commitment (optional when the announcement is given). */
  readonly commitment?: FrameCommitment;
  /** The published announcement (`announceDraw`); computed from the inputs when not given. */
  readonly announcement?: AnnouncementInput;
  readonly options?: DrawOptionsInput;
}

function drawShardImpl(
  input: ShardedDrawInput & {
    readonly shard: { readonly index: number; readonly count: number };
    readonly frame: FrameInput;
  },
): Result<ShardDraw, RuleIssue[]> {
  const spec = ShardSpecSchema.safeParse(input?.shard);
  if (!spec.success || spec.data.index >= spec.data.count) {
    return err([
      drawIssue(
        'DRAW_SHARD_INVALID',
        ['shard'],
        '分片应为 { index, count }，0 ≤ index < count ≤ 256',
        'A shard is { index, count } with 0 ≤ index < count ≤ 256',
      ),
    ]);
  }
  const { index, count } = spec.data;
  const call = readPublishedCall(input);
  if (call.isErr()) return err(call.error);
  const { plan, seed, commitment, announcement, strata } = call.value;
  const units = readUnits(input.frame, new Map(strata.map((x, h) => [x, h])));
  if (units.isErr()) return err(units.error);
  const wrong = units.value.buckets.findIndex((b) => b % count !== index);
  if (wrong >= 0) {
    const id = units.value.ids[wrong]!;
    return err([
      drawIssue(
        'DRAW_SHARD_WRONG_BUCKET',
        ['frame', 'units', wrong, 'id'],
        `${id} 属于第 ${bucketOf(id) % count} 个分片`,
        `${id} belongs to shard ${bucketOf(id) % count}, not ${index}`,
      ),
    ]);
  }
  // The shard's own units, with the sizes of the whole frame (the published counts); only its buckets digested.
  const mine = (b: number) => b % count === index;
  const r = recompute({
    plan,
    seed,
    announcement: announcement.digest,
    frame: inMemory(units.value, { counts: countsOf(commitment), inBucket: mine }),
  });
  if (r.isErr()) return err(r.error);
  const pass = r.value;
  const buckets: { bucket: number; digest: string }[] = [];
  for (let b = 0; b < BUCKET_COUNT; b++)
    if (mine(b)) buckets.push({ bucket: b, digest: bytesToHex(pass.bucketDigests[b]!) });
  return ok(
    deepFreeze({
      format: 'shuangsuiji/draw-shard' as const,
      algorithm: { id: DRAW_ALGORITHM_ID, version: DRAW_ALGORITHM_VERSION },
      taskId: plan.taskId,
      key: bytesToHex(pass.prepared.key),
      announcement: announcement.digest,
      frameDigest: commitment.digest,
      shard: { index, count },
      counts: pass.counts,
      buckets,
      candidates: pass.chosen(),
    }),
  );
}

/** The published count of each stratum. */
function countsOf(commitment: FrameCommitment): number[] {
  return commitment.strata.map((x) => x.count);
}

const ShardDrawSchema = z.object({
  format: z.literal('shuangsuiji/draw-shard'),
  algorithm: z.object({ id: z.literal(DRAW_ALGORITHM_ID), version: z.literal(DRAW_ALGORITHM_VERSION) }),
  taskId: z.string(),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  announcement: z.string().regex(/^[0-9a-f]{64}$/),
  frameDigest: z.string(),
  shard: ShardSpecSchema,
  counts: z.array(z.int().min(0)),
  buckets: z.array(
    z.object({
      bucket: z
        .int()
        .min(0)
        .max(BUCKET_COUNT - 1),
      digest: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  candidates: z.array(z.array(z.object({ id: z.string(), ticket: z.string().regex(/^[0-9a-f]{64}$/) }))),
});

function toCandidate(e: TicketEntry): Candidate {
  const bytes = hexToBytes(e.ticket)!;
  const words = new Int32Array(8);
  for (let i = 0; i < 8; i++)
    words[i] =
      (bytes[4 * i]! << 24) | (bytes[4 * i + 1]! << 16) | (bytes[4 * i + 2]! << 8) | bytes[4 * i + 3]!;
  return { id: e.id, words };
}

function mergeInto(
  caps: readonly number[],
  shards: readonly z.infer<typeof ShardDrawSchema>[],
): TicketEntry[][] {
  const heaps = caps.map((c) => new SmallestK(c));
  for (const s of shards) {
    for (const [h, list] of s.candidates.entries())
      for (const e of list) heaps[h]!.offerCandidate(toCandidate(e));
  }
  return heaps.map((x) => x.sortedEntries());
}

type ShardInput = z.infer<typeof ShardDrawSchema>;

/**
 * Checks every shard's candidates (see module comment); one finding per violation, naming shard and stratum.
 * `caps[h]` is n_h + reserve_h.
 */
function candidateIssues(
  shards: readonly ShardInput[],
  key: Uint8Array,
  strata: readonly string[],
  caps: readonly number[],
): RuleIssue[] {
  const hasher = new TicketHasher(key, strata);
  const issues: RuleIssue[] = [];
  const seen = new Map<string, { zh: string; en: string }>();
  shards.forEach((x, s) => {
    const { index, count } = x.shard;
    x.candidates.forEach((list, h) => {
      const where = `分片 ${index} 第“${strata[h]}”层`;
      const whereEn = `shard ${index}, stratum "${strata[h]}"`;
      const expected = Math.min(caps[h]!, x.counts[h]!);
      if (list.length !== expected) {
        issues.push(
          drawIssue(
            'DRAW_SHARD_CANDIDATE_COUNT',
            ['shards', s, 'candidates', h],
            `${where}报送 ${list.length} 个候选，应为 ${expected} 个（min(应抽加备选 ${caps[h]}, 该层对象数 ${x.counts[h]})）`,
            `${whereEn}: ${list.length} candidates, expected ${expected} (min(n + reserve = ${caps[h]}, its count ${x.counts[h]}))`,
          ),
        );
      }
      list.forEach((e, k) => {
        const path = ['shards', s, 'candidates', h, k];
        if (!isUsccFast(e.id)) {
          issues.push(
            drawIssue(
              'DRAW_SHARD_CANDIDATE_INVALID',
              [...path, 'id'],
              `${where}的候选“${e.id}”不是有效的统一社会信用代码`,
              `${whereEn}: candidate "${e.id}" is not a valid unified social credit code`,
            ),
          );
          return;
        }
        const owner = bucketOf(e.id) % count;
        if (owner !== index) {
          issues.push(
            drawIssue(
              'DRAW_SHARD_CANDIDATE_WRONG_SHARD',
              [...path, 'id'],
              `${where}的候选 ${e.id} 属于分片 ${owner}`,
              `${whereEn}: candidate ${e.id} belongs to shard ${owner}`,
            ),
          );
        }
        const ticket = wordsToHex(hasher.ticket(h, e.id));
        if (ticket !== e.ticket) {
          issues.push(
            drawIssue(
              'DRAW_SHARD_TICKET_MISMATCH',
              [...path, 'ticket'],
              `${where}的候选 ${e.id} 的签号应为 ${ticket}，报送为 ${e.ticket}`,
              `${whereEn}: candidate ${e.id} has ticket ${ticket}, the shard says ${e.ticket}`,
            ),
          );
        }
        const prev = list[k - 1];
        if (prev && !(prev.ticket < e.ticket || (prev.ticket === e.ticket && prev.id < e.id))) {
          issues.push(
            drawIssue(
              'DRAW_SHARD_CANDIDATES_NOT_SORTED',
              path,
              `${where}的候选名单在第 ${k + 1} 项处未按（签号，代码）严格升序排列`,
              `${whereEn}: the candidate list is not strictly ascending by (ticket, id) at entry ${k + 1}`,
            ),
          );
        }
        const first = seen.get(e.id);
        if (first !== undefined) {
          issues.push(
            drawIssue(
              'DRAW_SHARD_CANDIDATE_DUPLICATE',
              [...path, 'id'],
              `${where}的候选 ${e.id} 已在${first.zh}出现`,
              `${whereEn}: candidate ${e.id} was already listed (${first.en})`,
            ),
          );
        } else seen.set(e.id, { zh: where, en: whereEn });
      });
    });
  });
  return issues;
}

/** DRAW_SHARD_MISMATCH for shard s: drawn for another task, seed, announcement, commitment or shard count. */
function shardMismatch(s: number): RuleIssue[] {
  return [
    drawIssue(
      'DRAW_SHARD_MISMATCH',
      ['shards', s],
      '该分片的任务、种子、底册承诺或分片数与其他分片不一致',
      'This shard was drawn for another task, seed, commitment or shard count',
    ),
  ];
}

/**
 * The shards' results as the frame of a recomputation: their counts summed, their bucket digests together, and
 * per stratum the smallest of their candidates — once each shard is drawn under the recomputed key and every
 * candidate passes {@link candidateIssues}.
 */
function mergedShards(shards: readonly ShardInput[]): FrameSource<Result<FramePass, RuleIssue[]>> {
  const count = shards[0]!.shard.count;
  const counts = (strata: number) =>
    Array.from({ length: strata }, (_, h) => shards.reduce((a, x) => a + x.counts[h]!, 0));
  return {
    counts,
    pass: (p, caps) => {
      const key = bytesToHex(p.key);
      const other = shards.findIndex((x) => x.key !== key);
      if (other >= 0) return err(shardMismatch(other));
      const bad = candidateIssues(shards, p.key, p.strata, caps);
      if (bad.length > 0) return err(capFindings(bad));
      const bucketDigests: (Uint8Array | undefined)[] = new Array(BUCKET_COUNT);
      for (const x of shards)
        for (const b of x.buckets)
          if (b.bucket % count === x.shard.index) bucketDigests[b.bucket] = hexToBytes(b.digest);
      return ok({
        counts: counts(p.strata.length),
        bucketDigests,
        chosen: () => mergeInto(caps, shards),
      });
    },
  };
}

function mergeShardsImpl(
  input: ShardedDrawInput & { readonly shards: readonly ShardDraw[] },
): Result<LockedDraw, RuleIssue[]> {
  const call = readPublishedCall(input);
  if (call.isErr()) return err(call.error);
  const { plan, seed, commitment, announcement, strata } = call.value;
  const list = z.array(ShardDrawSchema).min(1).safeParse(input.shards);
  if (!list.success) {
    return err([
      drawIssue(
        'DRAW_SHARD_MISMATCH',
        ['shards'],
        '分片结果格式错误或算法不符',
        'The shard results are malformed or from another algorithm',
      ),
    ]);
  }
  const shards = list.data;
  const count = shards[0]!.shard.count;
  const H = strata.length;
  const mismatch = shards.findIndex(
    (x) =>
      x.shard.count !== count ||
      x.taskId !== plan.taskId ||
      x.announcement !== announcement.digest ||
      x.frameDigest !== commitment.digest ||
      x.counts.length !== H ||
      x.candidates.length !== H,
  );
  if (mismatch >= 0) return err(shardMismatch(mismatch));
  const seen = new Set(shards.map((x) => x.shard.index));
  if (seen.size !== shards.length || shards.length !== count) {
    return err([
      drawIssue(
        'DRAW_SHARD_MISSING',
        ['shards'],
        `需要 ${count} 个不同的分片，收到 ${shards.length} 个（${seen.size} 个不同）`,
        `Need ${count} distinct shards, got ${shards.length} (${seen.size} distinct)`,
      ),
    ]);
  }
  const frame = mergedShards(shards);
  const counts = frame.counts(H);
  const countIssues = commitment.strata.flatMap((c, h) =>
    counts[h] === c.count
      ? []
      : [
          drawIssue(
            'DRAW_SHARD_COUNT_MISMATCH',
            ['shards', 'counts', h],
            `第“${c.id}”层各分片合计 ${counts[h]} 个，承诺为 ${c.count} 个`,
            `Stratum "${c.id}": the shards hold ${counts[h]} objects, the commitment says ${c.count}`,
          ),
        ],
  );
  if (countIssues.length > 0) return err(countIssues);
  const r = recompute({ plan, seed, announcement: announcement.digest, frame });
  if (r.isErr()) return err(r.error);
  const merged = r.value.commitment;
  if (merged?.digest !== commitment.digest) {
    return err([
      drawIssue(
        'DRAW_COMMITMENT_MISMATCH',
        ['shards'],
        '各分片合并后的底册摘要与公布的承诺不符',
        'The merged shards do not give the published frame digest',
      ),
    ]);
  }
  return ok(lockDraw(receiptOf(r.value, merged, announcement), plan.exempt));
}

/** Draws one shard: `frame` holds exactly the objects of shard `shard.index` of `shard.count`.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const drawShard = guarded(drawShardImpl);

/** Merges the results of every shard into the single-machine LockedDraw (see module comment).
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const mergeShards = guarded(mergeShardsImpl);
