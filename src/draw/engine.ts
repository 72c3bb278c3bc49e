/**
 * The shared machinery of the object draw (第十五条, 第十九条): reading and checking the frame, sizes, one pass of
 * buckets and tickets. drawObjects, drawShard, drawObjectsStream and verifyDraw all run this same code, so a
 * draw and its verification cannot drift apart.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { checkUscc, USCC_ALPHABET } from '../model/uscc.js';
import { ByteWriter } from './encoding.js';
import {
  BUCKET_COUNT,
  bucketOfCode,
  FRAME_BUCKET_LABEL,
  type FrameCommitment,
  makeCommitment,
} from './frame.js';
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

/**
 * Frame units as parallel arrays, plus their commitment order: `order[starts[b] … starts[b+1])` lists the units
 * of bucket b in ascending id order (the order the bucket digest hashes them in).
 */
export interface Units {
  readonly ids: string[];
  readonly hs: number[];
  /** The 18 ASCII bytes of each id: unit i at `codes[18i … 18i+18)`. */
  readonly codes: Uint8Array;
  /** Commitment bucket of each unit. */
  readonly buckets: Uint8Array;
  readonly order: Int32Array;
  readonly starts: Int32Array;
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

/**
 * Copies a credit code's 18 characters as ASCII bytes to `out[off … off+18)` and checks it like `isUsccFast`
 * (false when it is not a valid GB 32100 code; the bytes written are then meaningless).
 */
function takeUscc(id: unknown, out: Uint8Array, off: number): id is string {
  if (typeof id !== 'string' || id.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = id.charCodeAt(i);
    const v = c < 128 ? USCC_VALUE[c]! : -1;
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i]!;
    out[off + i] = c;
  }
  const last = id.charCodeAt(17);
  out[off + 17] = last;
  return last < 128 && USCC_VALUE[last] === (31 - (sum % 31)) % 31;
}

/**
 * Sort keys of the credit code at `code[off … off+18)`: its characters as two base-31 numbers of 9 digits each
 * (values from the GB 32100 alphabet, which is in ascending character order, so (hi, lo) order is string
 * order). Exact: 31^9 < 2^53.
 */
function usccKeys(code: Uint8Array, off: number, hi: Float64Array, lo: Float64Array, i: number): void {
  let a = 0;
  let b = 0;
  for (let j = 0; j < 9; j++) a = a * 31 + USCC_VALUE[code[off + j]!]!;
  for (let j = 9; j < 18; j++) b = b * 31 + USCC_VALUE[code[off + j]!]!;
  hi[i] = a;
  lo[i] = b;
}

/**
 * Sorts `a[from … to)` (unit numbers) by id, ties by unit number, with a bottom-up merge sort (O(n log n) on any
 * input; the comparison is inlined, which is several times faster than Array.prototype.sort with a comparator).
 */
function sortByKey(
  a: Int32Array,
  tmp: Int32Array,
  from: number,
  to: number,
  hi: Float64Array,
  lo: Float64Array,
) {
  const less = (x: number, y: number) =>
    hi[x]! < hi[y]! || (hi[x] === hi[y] && (lo[x]! < lo[y]! || (lo[x] === lo[y] && x < y)));
  const RUN = 16;
  for (let s = from; s < to; s += RUN) {
    const e = Math.min(s + RUN, to);
    for (let i = s + 1; i < e; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= s && less(v, a[j]!)) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = v;
    }
  }
  let src = a;
  let dst = tmp;
  for (let width = RUN; from + width < to; width *= 2) {
    for (let s = from; s < to; s += 2 * width) {
      const m = Math.min(s + width, to);
      const e = Math.min(s + 2 * width, to);
      let i = s;
      let j = m;
      let k = s;
      while (i < m && j < e) dst[k++] = less(src[j]!, src[i]!) ? src[j++]! : src[i++]!;
      while (i < m) dst[k++] = src[i++]!;
      while (j < e) dst[k++] = src[j++]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) a.set(src.subarray(from, to), from);
}

function duplicateIssue(k: number, id: string): RuleIssue {
  return drawIssue(
    'DRAW_DUPLICATE_ID',
    ['frame', 'units', k, 'id'],
    `统一社会信用代码 ${id} 重复`,
    `Credit code ${id} appears twice`,
  );
}

/**
 * Reads and checks every unit and puts them in commitment order (bucket, then id). Duplicates share a bucket and
 * are adjacent after the sort, so they are found there, without a set of every id: each occurrence after the
 * first (in input order) is a DRAW_DUPLICATE_ID finding at its input position. Findings come in input order.
 */
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
  const total = list.length;
  const invalid: { k: number; issues: RuleIssue[] }[] = [];
  const ids: string[] = [];
  const hs: number[] = [];
  /** Input position of each read unit (differs from its number once an invalid unit was skipped). */
  const at = new Int32Array(total);
  const codes = new Uint8Array(total * 18);
  for (let k = 0; k < total; k++) {
    const u = list[k];
    let id: unknown;
    let stratum: unknown;
    try {
      if (typeof u === 'object' && u !== null) {
        id = (u as { id?: unknown }).id;
        stratum = (u as { stratum?: unknown }).stratum;
      }
    } catch {
      id = undefined;
      stratum = undefined;
    }
    const i = ids.length;
    const h = typeof stratum === 'string' ? index.get(stratum) : undefined;
    if (h !== undefined && takeUscc(id, codes, 18 * i)) {
      at[i] = k;
      ids.push(id);
      hs.push(h);
      continue;
    }
    const r = readUnitSlow(u, id, stratum, index, ['frame', 'units', k]);
    if (Array.isArray(r)) {
      invalid.push({ k, issues: r });
      continue;
    }
    takeUscc(r.id, codes, 18 * i);
    at[i] = k;
    ids.push(r.id);
    hs.push(r.h);
  }
  const n = ids.length;
  const buckets = new Uint8Array(n);
  const starts = new Int32Array(BUCKET_COUNT + 1);
  const hi = new Float64Array(n);
  const lo = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = bucketOfCode(codes, 18 * i);
    buckets[i] = b;
    starts[b + 1]!++;
    usccKeys(codes, 18 * i, hi, lo, i);
  }
  for (let b = 0; b < BUCKET_COUNT; b++) starts[b + 1]! += starts[b]!;
  const fill = starts.slice(0, BUCKET_COUNT);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[buckets[i]!]!++] = i;
  const tmp = new Int32Array(n);
  const duplicates: number[] = [];
  for (let b = 0; b < BUCKET_COUNT; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    sortByKey(order, tmp, from, to, hi, lo);
    for (let j = from + 1; j < to; j++) {
      const x = order[j]!;
      const y = order[j - 1]!;
      if (hi[x] === hi[y] && lo[x] === lo[y]) duplicates.push(x);
    }
  }
  if (invalid.length === 0 && duplicates.length === 0)
    return ok({ ids, hs, codes: codes.subarray(0, 18 * n), buckets, order, starts });
  const found = [
    ...invalid,
    ...duplicates.map((i) => ({ k: at[i]!, issues: [duplicateIssue(at[i]!, ids[i]!)] })),
  ].sort((x, y) => x.k - y.k);
  return err(found.flatMap((f) => f.issues));
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
  const { ids, hs, codes, order, starts } = units;
  const n = ids.length;
  let chosen: TicketEntry[][] = capacities.map(() => []);
  if (p.key) {
    const hasher = new TicketHasher(p.key, p.strata);
    const heaps = capacities.map((c) => new SmallestK(c));
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      const h = hs[i]!;
      heaps[h]!.offer(hasher.ticketOfCode(h, codes, 18 * i, id), id);
    }
    chosen = heaps.map((x) => x.sortedEntries());
  }
  const counts = p.strata.map(() => 0);
  for (let i = 0; i < n; i++) counts[hs[i]!]!++;
  const strataBytes = p.strata.map((s) => new ByteWriter(32).lp(s).toBytes());
  const bucketDigests: (Uint8Array | undefined)[] = new Array(BUCKET_COUNT);
  const label = new ByteWriter(64).lp(FRAME_BUCKET_LABEL).toBytes();
  let largest = 0;
  for (let b = 0; b < BUCKET_COUNT; b++) largest = Math.max(largest, starts[b + 1]! - starts[b]!);
  const leafMax = 22 + Math.max(0, ...strataBytes.map((s) => s.length));
  const buf = new Uint8Array(label.length + 1 + largest * leafMax);
  buf.set(label, 0);
  for (let b = 0; b < BUCKET_COUNT; b++) {
    if (!inBucket(b)) continue;
    // lp(label) ‖ u8(b) ‖ for each unit in id order: lp(id) ‖ lp(stratum), with lp(id) = 00 00 00 12 ‖ 18 bytes.
    let o = label.length;
    buf[o++] = b;
    for (let j = starts[b]!; j < starts[b + 1]!; j++) {
      const i = order[j]!;
      buf[o] = 0;
      buf[o + 1] = 0;
      buf[o + 2] = 0;
      buf[o + 3] = 18;
      o += 4;
      const c = 18 * i;
      for (let x = 0; x < 18; x++) buf[o + x] = codes[c + x]!;
      o += 18;
      const sb = strataBytes[hs[i]!]!;
      for (let x = 0; x < sb.length; x++) buf[o + x] = sb[x]!;
      o += sb.length;
    }
    bucketDigests[b] = wordsToBytes(sha256Words(buf, o));
  }
  return { counts, bucketDigests, chosen };
}

/** The frame commitment of a whole pass. */
export function commitmentOf(p: Pick<Prepared, 'strata'>, pass: Pass): FrameCommitment {
  return makeCommitment(p.strata, pass.counts, pass.bucketDigests as Uint8Array[]);
}

/** n + reserve per stratum. */
export function capacitiesOf(sizes: readonly StratumSize[]): number[] {
  return sizes.map((s) => s.n + s.reserveSize);
}
