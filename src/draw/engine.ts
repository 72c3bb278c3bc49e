/**
 * The shared machinery of the object draw (第十五条, 第十九条): reading and checking the frame, sizes, one pass of
 * buckets and tickets. drawObjects, drawShard, drawObjectsStream and verifyDraw all run this same code, so a
 * draw and its verification cannot drift apart.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { checkUscc, USCC_ALPHABET } from '../model/uscc.js';
import { ByteWriter } from './encoding.js';
import { BUCKET_COUNT, bucketOf, FRAME_BUCKET_LABEL, type FrameCommitment, makeCommitment } from './frame.js';
import { drawIssue } from './issues.js';
import type { DrawPlan } from './plan.js';
import type { TicketEntry } from './receipt.js';
import { deriveKey, type SeedMaterial } from './seed.js';
import { SmallestK } from './select.js';
import { sha256Words, wordsToBytes } from './sha256.js';
import { type StratumSize, sampleSizes } from './sizes.js';
import { TicketHasher } from './ticket.js';
import { STAGE_ONE_LABEL } from './version.js';

/** A plan with its seed and key, ready to draw. */
export interface Prepared {
  readonly plan: DrawPlan;
  readonly seed: SeedMaterial;
  readonly key: Uint8Array;
  readonly strata: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

export function prepare(plan: DrawPlan, seed: SeedMaterial): Prepared {
  const strata = plan.strata.map((s) => s.id);
  return {
    plan,
    seed,
    key: deriveKey(seed, [STAGE_ONE_LABEL, plan.taskId]),
    strata,
    index: new Map(strata.map((s, h) => [s, h])),
  };
}

const USCC_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_ALPHABET.length; i++) USCC_VALUE[USCC_ALPHABET.charCodeAt(i)] = i;
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Fast GB 32100 acceptance test, the same set of codes `checkUscc` accepts (which explains failures). */
export function isUsccFast(id: unknown): id is string {
  if (typeof id !== 'string' || id.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = id.charCodeAt(i);
    const v = c < 128 ? USCC_VALUE[c]! : -1;
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i]!;
  }
  const last = id.charCodeAt(17);
  return last < 128 && USCC_VALUE[last] === (31 - (sum % 31)) % 31;
}

/** Reads one frame unit: a credit code that passes GB 32100 and a stratum of the table. */
export function readUnit(
  u: unknown,
  index: ReadonlyMap<string, number>,
  pathOf: () => (string | number)[],
): { id: string; h: number } | RuleIssue[] {
  let id: unknown;
  let stratum: unknown;
  try {
    if (typeof u !== 'object' || u === null) throw new TypeError('not an object');
    id = (u as { id?: unknown }).id;
    stratum = (u as { stratum?: unknown }).stratum;
  } catch {
    id = undefined;
    stratum = undefined;
  }
  const h = typeof stratum === 'string' ? index.get(stratum) : undefined;
  if (h !== undefined && isUsccFast(id)) return { id, h };
  return readUnitSlow(u, id, stratum, index, pathOf());
}

function readUnitSlow(
  u: unknown,
  id: unknown,
  stratum: unknown,
  index: ReadonlyMap<string, number>,
  path: readonly (string | number)[],
): { id: string; h: number } | RuleIssue[] {
  if (typeof u !== 'object' || u === null) {
    return [
      drawIssue(
        'DRAW_UNIT_INVALID',
        path,
        '抽查底册条目应为 { id, stratum } 对象',
        'A frame entry must be an { id, stratum } object',
      ),
    ];
  }
  if (typeof stratum !== 'string') {
    return [
      drawIssue(
        'DRAW_UNIT_INVALID',
        [...path, 'stratum'],
        '抽查底册条目缺少分层',
        'A frame entry has no stratum',
      ),
    ];
  }
  const checked = checkUscc(id, [...path, 'id']);
  if (checked.isErr()) return checked.error;
  const h = index.get(stratum);
  if (h === undefined) {
    return [
      drawIssue(
        'DRAW_UNKNOWN_STRATUM',
        [...path, 'stratum'],
        `分层“${stratum}”不在任务的比例表中`,
        `Stratum "${stratum}" is not in the task's ratio table`,
      ),
    ];
  }
  return { id: checked.value, h };
}

/** Frame units as parallel arrays. */
export interface Units {
  readonly ids: string[];
  readonly hs: number[];
}

/** The units of a frame given as `{ units }` or as an array. */
export function unitsOf(frame: unknown): unknown[] | undefined {
  try {
    if (Array.isArray(frame)) return frame;
    if (typeof frame === 'object' && frame !== null && Array.isArray((frame as { units?: unknown }).units)) {
      return (frame as { units: unknown[] }).units;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Reads and checks every unit; duplicates are findings. */
export function readUnits(frame: unknown, index: ReadonlyMap<string, number>): Result<Units, RuleIssue[]> {
  const list = unitsOf(frame);
  if (!list) {
    return err([
      drawIssue(
        'DRAW_UNIT_INVALID',
        ['frame'],
        '抽查底册应为 { units: [...] } 或数组',
        'The frame must be { units: [...] } or an array',
      ),
    ]);
  }
  const issues: RuleIssue[] = [];
  const ids: string[] = [];
  const hs: number[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < list.length; k++) {
    const r = readUnit(list[k], index, () => ['frame', 'units', k]);
    if (Array.isArray(r)) {
      issues.push(...r);
      continue;
    }
    if (seen.has(r.id)) {
      issues.push(
        drawIssue(
          'DRAW_DUPLICATE_ID',
          ['frame', 'units', k, 'id'],
          `统一社会信用代码 ${r.id} 重复`,
          `Credit code ${r.id} appears twice`,
        ),
      );
      continue;
    }
    seen.add(r.id);
    ids.push(r.id);
    hs.push(r.h);
  }
  return issues.length > 0 ? err(issues) : ok({ ids, hs });
}

/** Sizes of every stratum, or the finding that the total is below the fixed counts. */
export function sizesFor(plan: DrawPlan, counts: readonly number[]): Result<StratumSize[], RuleIssue[]> {
  const sizes = sampleSizes(
    plan.strata.map((s) => s.rule),
    counts,
    plan.total,
    plan.reservePercent,
  );
  if (sizes) return ok(sizes);
  return err([
    drawIssue(
      'DRAW_TOTAL_BELOW_FIXED_COUNTS',
      ['task', 'sampling', 'ratioTable', 'total'],
      `抽取总数 ${plan.total} 小于固定数量层的抽取数之和`,
      `The total ${plan.total} is smaller than the fixed-count strata take`,
    ),
  ]);
}

/** Per-stratum counts of units. */
export function countUnits(units: Units, strata: number): number[] {
  const counts = new Array<number>(strata).fill(0);
  for (const h of units.hs) counts[h]!++;
  return counts;
}

/** Result of one in-memory pass over some buckets. */
export interface Pass {
  readonly counts: number[];
  /** Digest of each bucket in `buckets` (others undefined). */
  readonly bucketDigests: (Uint8Array | undefined)[];
  /** Per stratum, the `capacity` smallest candidates, ascending. */
  readonly chosen: TicketEntry[][];
}

/**
 * One pass: tickets for every unit, the k smallest per stratum, and digests of the buckets selected by
 * `inBucket` (all by default). Units may come in any order.
 */
export function runPass(
  p: Pick<Prepared, 'strata'> & { readonly key?: Uint8Array },
  units: Units,
  capacities: readonly number[],
  inBucket: (b: number) => boolean = () => true,
): Pass {
  const { ids, hs } = units;
  const n = ids.length;
  const hasher = p.key ? new TicketHasher(p.key, p.strata) : undefined;
  const heaps = capacities.map((c) => new SmallestK(c));
  const bucket = new Uint8Array(n);
  const starts = new Int32Array(BUCKET_COUNT + 1);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const h = hs[i]!;
    const b = bucketOf(id);
    bucket[i] = b;
    starts[b + 1]!++;
    if (hasher) heaps[h]!.offer(hasher.ticket(h, id), id);
  }
  for (let b = 0; b < BUCKET_COUNT; b++) starts[b + 1]! += starts[b]!;
  const fill = starts.slice(0, BUCKET_COUNT);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[bucket[i]!]!++] = i;
  const counts = p.strata.map(() => 0);
  for (let i = 0; i < n; i++) counts[hs[i]!]!++;
  const strataBytes = p.strata.map((s) => new ByteWriter(32).lp(s).toBytes());
  const bucketDigests: (Uint8Array | undefined)[] = new Array(BUCKET_COUNT);
  const cmp = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : 1);
  const w = new ByteWriter(1 << 12);
  for (let b = 0; b < BUCKET_COUNT; b++) {
    if (!inBucket(b)) continue;
    const members = Array.from(order.subarray(starts[b]!, starts[b + 1]!)).sort(cmp);
    w.reset().lp(FRAME_BUCKET_LABEL).u8(b);
    for (const i of members) w.lp(ids[i]!).raw(strataBytes[hs[i]!]!);
    bucketDigests[b] = wordsToBytes(sha256Words(w.bytes, w.length));
  }
  return { counts, bucketDigests, chosen: heaps.map((x) => x.sortedEntries()) };
}

/** The frame commitment of a whole pass. */
export function commitmentOf(p: Pick<Prepared, 'strata'>, pass: Pass): FrameCommitment {
  return makeCommitment(p.strata, pass.counts, pass.bucketDigests as Uint8Array[]);
}

/** n + reserve per stratum. */
export function capacitiesOf(sizes: readonly StratumSize[]): number[] {
  return sizes.map((s) => s.n + s.reserveSize);
}
