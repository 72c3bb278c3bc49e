/**
 * The shared machinery of the object draw (第十五条, 第十九条): reading and checking the frame, sizes, one pass of
 * buckets and tickets. drawObjects, drawShard, drawObjectsStream and verifyDraw all run this same code, so a
 * draw and its verification cannot drift apart.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../../model/issue.js';
import { sortByKey } from '../../model/merge-sort.js';
import {
  parseUscc,
  USCC_REGION_FIRST,
  USCC_REGION_LAST,
  USCC_VALUES,
  USCC_WEIGHTS,
} from '../../model/uscc.js';
import { sha256Words, wordsToBytes } from '../hash/sha256.js';
import { drawIssue, duplicateIdIssue } from '../issues.js';
import { ByteWriter } from '../protocol/encoding.js';
import {
  BUCKET_COUNT,
  FNV_OFFSET,
  FNV_PRIME,
  FRAME_BUCKET_LABEL,
  type FrameCommitment,
  LEAF_BYTES,
  largestBucket,
  makeCommitment,
} from '../protocol/frame.js';
import type { DrawPlan } from '../protocol/plan.js';
import type { TicketEntry } from '../protocol/receipt.js';
import { deriveKeyBytes, type SeedMaterial } from '../protocol/seed.js';
import { allocateSizes, type StratumSize } from '../protocol/sizes.js';
import { frameStrataIssue, readStrata } from '../protocol/strata.js';
import { TicketHasher } from '../protocol/ticket.js';
import { STAGE_ONE_LABEL } from '../protocol/version.js';
import { writeCode } from './code-key.js';
import { acceleratable, type PassLoop, passWithSha256x4 } from './pass-wasm.js';
import { SmallestK } from './select.js';
import { sha256x4 } from './sha256x4.js';

/** A plan with its seed and key, ready to draw. */
export interface Prepared {
  readonly plan: DrawPlan;
  readonly seed: SeedMaterial;
  readonly key: Uint8Array;
  readonly strata: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

/** `announcement` is the digest of the draw announcement, the key's third label. */
export function prepare(plan: DrawPlan, seed: SeedMaterial, announcement: string): Prepared {
  const strata = plan.strata.map((s) => s.id);
  return {
    plan,
    seed,
    key: deriveKeyBytes(seed, [STAGE_ONE_LABEL, plan.taskId, announcement]),
    strata,
    index: new Map(strata.map((s, h) => [s, h])),
  };
}

/** Fast GB 32100 acceptance test, the same set of codes `parseUscc` accepts (which explains failures). */
export function isUsccFast(id: unknown): id is string {
  return usccBucket(id, KEY_SCRATCH, 0) >= 0;
}

/**
 * Checks a credit code like {@link isUsccFast} and writes its sort key to `keys[o … o+3)` (key order is string
 * order, equal keys are equal codes): false when it is not a valid GB 32100 code.
 */
export function writeUsccKey(id: unknown, keys: Int32Array, o: number): id is string {
  return usccBucket(id, keys, o) >= 0;
}

/** Where isUsccFast lets usccBucket write a key nobody reads. */
const KEY_SCRATCH = new Int32Array(3);

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
  const checked = parseUscc(id, [...path, 'id']);
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
 * The units of a frame, read and put in commitment order. Unit i (input order, invalid entries skipped) is
 * `ids[i]`; the per-unit data is stored by *position*: positions `starts[b] … starts[b+1]` hold the units of
 * bucket b in ascending id order (so each bucket's data is contiguous in memory and in commitment order), and
 * `unitAt[p]` is the unit at position p.
 */
export interface Units {
  readonly ids: string[];
  /** Commitment bucket of unit i. */
  readonly buckets: Uint8Array;
  readonly unitAt: Int32Array;
  /** Stratum index at position p. */
  readonly hs: Int32Array;
  /**
   * Sort key of the id at position p: `keys[3p … 3p+3)`, its 18 GB 32100 values as three base-31 numbers (see
   * `usccBucket`); `writeCode` gives its 18 ASCII bytes back.
   */
  readonly keys: Int32Array;
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

/** The frame's `strata` list, `undefined` when it has none (a bare array of units has none). */
export function listedStrata(frame: unknown): unknown {
  try {
    return Array.isArray(frame) ? undefined : (frame as { strata?: unknown } | null)?.strata;
  } catch {
    return null;
  }
}

/** The frame with the table's strata when it lists none (a bare array or `{ units }`), else the frame itself. */
export function withTableStrata(frame: unknown, table: readonly string[]): unknown {
  const list = unitsOf(frame);
  return list && listedStrata(frame) === undefined ? { strata: table, units: list } : frame;
}

/**
 * The one frame rule of every operation (see docs/draw.md "The frame"): a frame is `{ strata, units }` as
 * `stratify` returns it, `units` the `{ id, stratum }` objects in any order and `strata` the ratio table's stratum
 * ids in table order (the order the commitment hashes them in). `strata` may be left out — or the frame given as
 * the bare array of units — wherever the ratio table is known from elsewhere (the task, the announcement, the
 * receipt, the commitment); only commitFrame, which has nothing else, needs it. Returns the units or the findings.
 */
export function frameUnits(frame: unknown, table: readonly string[]): Result<unknown[], RuleIssue[]> {
  const list = unitsOf(frame);
  if (!list) {
    return err([
      drawIssue(
        'DRAW_UNIT_INVALID',
        ['frame'],
        '抽查底册应为 { strata, units: [...] } 或对象数组',
        'The frame must be { strata, units: [...] } or the array of units',
      ),
    ]);
  }
  const listed = listedStrata(frame);
  if (listed === undefined) return ok(list);
  const strata = readStrata(listed);
  if (strata.isErr()) return err(strata.error);
  const mismatch = frameStrataIssue(strata.value, table);
  return mismatch ? err([mismatch]) : ok(list);
}

/**
 * The value of character c at position i of a credit code, `POSITION_VALUES[128i + c]`: its GB 32100 value, or
 * −1 where it is not allowed there (outside the alphabet; a letter in the region code, positions 3–8). Built
 * from the model's tables, so this is the same rule as `parseUscc`.
 */
const POSITION_VALUES = (() => {
  const table = new Int8Array(18 * 128).fill(-1);
  for (let i = 0; i < 18; i++) {
    for (let c = 0; c < 128; c++) {
      const v = USCC_VALUES[c]!;
      const region = i >= USCC_REGION_FIRST && i <= USCC_REGION_LAST;
      if (v >= 0 && !(region && v > 9)) table[128 * i + c] = v;
    }
  }
  return table;
})();
const [W0, W1, W2, W3, W4, W5, W6, W7, W8, W9, W10, W11, W12, W13, W14, W15, W16] = USCC_WEIGHTS as readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/**
 * Checks a credit code like `isUsccFast` and returns its commitment bucket (`bucketOf`, FNV-1a of its 18 ASCII
 * bytes), or −1 when it is not a valid GB 32100 code. Also writes its sort key to `keys[o … o+3)`: the 18 GB 32100
 * values as three base-31 numbers of 6 digits each (below 2^30). The alphabet is in ascending character order, so
 * key order is string order, and the key gives the code back (`writeCode`). Written out for the 18 positions:
 * this runs once per frame object and is 2.5× faster than the loop (no loop-carried branches).
 */
function usccBucket(id: unknown, keys: Int32Array, o: number): number {
  if (typeof id !== 'string' || id.length !== 18) return -1;
  const c0 = id.charCodeAt(0);
  const c1 = id.charCodeAt(1);
  const c2 = id.charCodeAt(2);
  const c3 = id.charCodeAt(3);
  const c4 = id.charCodeAt(4);
  const c5 = id.charCodeAt(5);
  const c6 = id.charCodeAt(6);
  const c7 = id.charCodeAt(7);
  const c8 = id.charCodeAt(8);
  const c9 = id.charCodeAt(9);
  const c10 = id.charCodeAt(10);
  const c11 = id.charCodeAt(11);
  const c12 = id.charCodeAt(12);
  const c13 = id.charCodeAt(13);
  const c14 = id.charCodeAt(14);
  const c15 = id.charCodeAt(15);
  const c16 = id.charCodeAt(16);
  const c17 = id.charCodeAt(17);
  const v0 = POSITION_VALUES[0 + (c0 & 127)]!;
  const v1 = POSITION_VALUES[128 + (c1 & 127)]!;
  const v2 = POSITION_VALUES[256 + (c2 & 127)]!;
  const v3 = POSITION_VALUES[384 + (c3 & 127)]!;
  const v4 = POSITION_VALUES[512 + (c4 & 127)]!;
  const v5 = POSITION_VALUES[640 + (c5 & 127)]!;
  const v6 = POSITION_VALUES[768 + (c6 & 127)]!;
  const v7 = POSITION_VALUES[896 + (c7 & 127)]!;
  const v8 = POSITION_VALUES[1024 + (c8 & 127)]!;
  const v9 = POSITION_VALUES[1152 + (c9 & 127)]!;
  const v10 = POSITION_VALUES[1280 + (c10 & 127)]!;
  const v11 = POSITION_VALUES[1408 + (c11 & 127)]!;
  const v12 = POSITION_VALUES[1536 + (c12 & 127)]!;
  const v13 = POSITION_VALUES[1664 + (c13 & 127)]!;
  const v14 = POSITION_VALUES[1792 + (c14 & 127)]!;
  const v15 = POSITION_VALUES[1920 + (c15 & 127)]!;
  const v16 = POSITION_VALUES[2048 + (c16 & 127)]!;
  const v17 = POSITION_VALUES[2176 + (c17 & 127)]!;
  if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13 | c14 | c15 | c16 | c17) > 127)
    return -1;
  if ((v0 | v1 | v2 | v3 | v4 | v5 | v6 | v7 | v8 | v9 | v10 | v11 | v12 | v13 | v14 | v15 | v16 | v17) < 0)
    return -1;
  const sum =
    v0 * W0 +
    v1 * W1 +
    v2 * W2 +
    v3 * W3 +
    v4 * W4 +
    v5 * W5 +
    v6 * W6 +
    v7 * W7 +
    v8 * W8 +
    v9 * W9 +
    v10 * W10 +
    v11 * W11 +
    v12 * W12 +
    v13 * W13 +
    v14 * W14 +
    v15 * W15 +
    v16 * W16;
  if (v17 !== (31 - (sum % 31)) % 31) return -1;
  keys[o] = ((((v0 * 31 + v1) * 31 + v2) * 31 + v3) * 31 + v4) * 31 + v5;
  keys[o + 1] = ((((v6 * 31 + v7) * 31 + v8) * 31 + v9) * 31 + v10) * 31 + v11;
  keys[o + 2] = ((((v12 * 31 + v13) * 31 + v14) * 31 + v15) * 31 + v16) * 31 + v17;
  let h = FNV_OFFSET;
  h = Math.imul(h ^ c0, FNV_PRIME);
  h = Math.imul(h ^ c1, FNV_PRIME);
  h = Math.imul(h ^ c2, FNV_PRIME);
  h = Math.imul(h ^ c3, FNV_PRIME);
  h = Math.imul(h ^ c4, FNV_PRIME);
  h = Math.imul(h ^ c5, FNV_PRIME);
  h = Math.imul(h ^ c6, FNV_PRIME);
  h = Math.imul(h ^ c7, FNV_PRIME);
  h = Math.imul(h ^ c8, FNV_PRIME);
  h = Math.imul(h ^ c9, FNV_PRIME);
  h = Math.imul(h ^ c10, FNV_PRIME);
  h = Math.imul(h ^ c11, FNV_PRIME);
  h = Math.imul(h ^ c12, FNV_PRIME);
  h = Math.imul(h ^ c13, FNV_PRIME);
  h = Math.imul(h ^ c14, FNV_PRIME);
  h = Math.imul(h ^ c15, FNV_PRIME);
  h = Math.imul(h ^ c16, FNV_PRIME);
  h = Math.imul(h ^ c17, FNV_PRIME);
  return h >>> 24;
}

function duplicateIssue(k: number, id: string): RuleIssue {
  return duplicateIdIssue(['frame', 'units', k, 'id'], id);
}

/**
 * Reads and checks every unit and puts them in commitment order (bucket, then id). Duplicates share a bucket and
 * are adjacent after the sort, so they are found there, without a set of every id: each occurrence after the
 * first (in input order) is a DRAW_DUPLICATE_ID finding at its input position. Findings come in input order.
 */
export function readUnits(frame: unknown, index: ReadonlyMap<string, number>): Result<Units, RuleIssue[]> {
  const units = frameUnits(frame, [...index.keys()]);
  if (units.isErr()) return err(units.error);
  const list = units.value;
  const total = list.length;
  const invalid: { k: number; issues: RuleIssue[] }[] = [];
  const ids: string[] = new Array<string>(total); // sized once: growing by push copied it several times
  let n = 0;
  const hs = new Int32Array(total);
  const buckets = new Uint8Array(total);
  const starts = new Int32Array(BUCKET_COUNT + 1);
  /** Sort key of unit i (see usccBucket): `keys[3i … 3i+3)`. */
  const keys = new Int32Array(3 * total);
  /** Input position of each read unit, kept once an invalid unit was skipped (before that it is the unit's number). */
  let at: Int32Array | undefined;
  // Few strata (the usual case): find the stratum by comparing with each id in table order (usually the same
  // string objects, so a pointer comparison) instead of hashing it in the map; many strata: the map.
  const names = index.size <= 16 ? [...index.keys()] : undefined;
  const nameH = names ? names.map((x) => index.get(x)!) : [];
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
    const i = n;
    let h: number | undefined;
    if (typeof stratum === 'string') {
      if (names) {
        for (let j = 0; j < names.length; j++) {
          if (names[j] === stratum) {
            h = nameH[j];
            break;
          }
        }
      } else h = index.get(stratum);
    }
    let b = h === undefined ? -1 : usccBucket(id, keys, 3 * i);
    if (b < 0) {
      const r = readUnitSlow(u, id, stratum, index, ['frame', 'units', k]);
      if (Array.isArray(r)) {
        invalid.push({ k, issues: r });
        if (!at) at = Int32Array.from({ length: total }, (_, j) => j);
        continue;
      }
      // Unreachable in practice (readUnitSlow accepts what the fast test accepts), kept for safety.
      id = r.id;
      h = r.h;
      b = usccBucket(r.id, keys, 3 * i);
      if (b < 0) {
        // Unreachable (parseUscc and usccBucket accept the same codes); never drop a unit silently.
        invalid.push({
          k,
          issues: [
            drawIssue(
              'DRAW_UNIT_INVALID',
              ['frame', 'units', k, 'id'],
              '统一社会信用代码无法读取',
              'The credit code could not be read',
            ),
          ],
        });
        if (!at) at = Int32Array.from({ length: total }, (_, j) => j);
        continue;
      }
    }
    if (at) at[i] = k;
    ids[i] = id as string;
    n++;
    hs[i] = h!;
    buckets[i] = b;
    starts[b + 1]!++;
  }
  if (n < total) ids.length = n;
  for (let b = 0; b < BUCKET_COUNT; b++) starts[b + 1]! += starts[b]!;
  // Scatter the units into bucket order (positions), keeping input order inside a bucket: a bucket's keys and
  // strata become contiguous (sequential reads, scattered writes).
  const fill = starts.slice(0, BUCKET_COUNT);
  const unitAt = new Int32Array(n);
  const hsAt = new Int32Array(n);
  const keysAt = new Int32Array(3 * n);
  for (let i = 0; i < n; i++) {
    const q = fill[buckets[i]!]!++;
    unitAt[q] = i;
    hsAt[q] = hs[i]!;
    keysAt[3 * q] = keys[3 * i]!;
    keysAt[3 * q + 1] = keys[3 * i + 1]!;
    keysAt[3 * q + 2] = keys[3 * i + 2]!;
  }
  // Sort each bucket by key (stable, so duplicates keep input order) with scratch the size of the largest
  // bucket, and put its keys, strata and units in id order.
  const largest = largestBucket(starts);
  const idx = new Int32Array(largest);
  const tmp = new Int32Array(largest);
  const uTmp = new Int32Array(largest);
  const hTmp = new Int32Array(largest);
  const kTmp = new Int32Array(3 * largest);
  const duplicates: number[] = [];
  for (let b = 0; b < BUCKET_COUNT; b++) {
    const from = starts[b]!;
    const len = starts[b + 1]! - from;
    for (let r = 0; r < len; r++) idx[r] = from + r;
    const order = idx.subarray(0, len);
    sortByKey(order, tmp, keysAt);
    let p = -1;
    for (let j = 0; j < len; j++) {
      const q = order[j]!;
      const u = unitAt[q]!;
      uTmp[j] = u;
      hTmp[j] = hsAt[q]!;
      const k0 = keysAt[3 * q]!;
      const k1 = keysAt[3 * q + 1]!;
      const k2 = keysAt[3 * q + 2]!;
      kTmp[3 * j] = k0;
      kTmp[3 * j + 1] = k1;
      kTmp[3 * j + 2] = k2;
      if (p >= 0 && keysAt[3 * p] === k0 && keysAt[3 * p + 1] === k1 && keysAt[3 * p + 2] === k2) {
        duplicates.push(u);
      }
      p = q;
    }
    unitAt.set(uTmp.subarray(0, len), from);
    hsAt.set(hTmp.subarray(0, len), from);
    keysAt.set(kTmp.subarray(0, 3 * len), 3 * from);
  }
  if (invalid.length === 0 && duplicates.length === 0)
    return ok({ ids, buckets: buckets.subarray(0, n), unitAt, hs: hsAt, keys: keysAt, starts });
  const found = [
    ...invalid,
    ...duplicates.map((i) => ({ k: at ? at[i]! : i, issues: [duplicateIssue(at ? at[i]! : i, ids[i]!)] })),
  ].sort((x, y) => x.k - y.k);
  return err(found.flatMap((f) => f.issues));
}

/** Sizes of every stratum, or the findings (ratio text, total too small; see sizes.ts). */
export function sizesFor(plan: DrawPlan, counts: readonly number[]): Result<StratumSize[], RuleIssue[]> {
  return allocateSizes(
    plan.strata.map((s) => s.rule),
    counts,
    plan.total,
    plan.reservePercent,
    plan.exempt?.mode,
  );
}

/** Per-stratum counts of units. */
export function countUnits(units: Units, strata: number): number[] {
  const counts = new Array<number>(strata).fill(0);
  const hs = units.hs;
  for (let q = 0; q < hs.length; q++) counts[hs[q]!]!++;
  return counts;
}

/** Result of one in-memory pass over some buckets. */
export interface Pass {
  readonly counts: number[];
  /** Digest of each bucket in `buckets` (others undefined). */
  readonly bucketDigests: (Uint8Array | undefined)[];
  /** Per stratum, the `capacity` smallest candidates (see {@link chosenOf}). */
  readonly kept: readonly SmallestK[];
}

/** Per stratum, the candidates a pass kept, ascending, as receipt entries. */
export function chosenOf(pass: Pass): TicketEntry[][] {
  return pass.kept.map((k) => k.sortedEntries());
}

/**
 * One pass: tickets for every unit, the k smallest per stratum, and digests of the buckets selected by
 * `inBucket` (all by default). Units may come in any order. Per stratum, only tickets whose first word is at most
 * `limits[h]` (default: {@link firstWordLimit} with `margin`) reach the heap; a stratum left with fewer than it
 * keeps is drawn again without a limit, so limits change the speed, never the result.
 */
export function runPass(
  p: Pick<Prepared, 'strata'> & { readonly key?: Uint8Array },
  units: Units,
  capacities: readonly number[],
  inBucket: (b: number) => boolean = () => true,
  margin?: number,
  limits?: readonly (number | undefined)[],
): Pass {
  const { ids, unitAt, hs, keys } = units;
  const n = unitAt.length;
  const hasher = p.key ? new TicketHasher(p.key, p.strata) : undefined;
  const counts = p.strata.map(() => 0);
  for (let q = 0; q < n; q++) counts[hs[q]!]!++;
  const firstWords = capacities.map((c, h) => limits?.[h] ?? firstWordLimit(c, counts[h]!, margin));
  const heaps = capacities.map((c, h) => new SmallestK(c, firstWords[h]));
  const bucketDigests: (Uint8Array | undefined)[] = new Array(BUCKET_COUNT);
  const label = new ByteWriter(64).lp(FRAME_BUCKET_LABEL).toBytes();
  const loop: PassLoop = {
    units,
    strataCount: p.strata.length,
    hasher,
    heaps,
    limits: firstWords,
    label,
    inBucket,
    bucketDigests,
  };
  const acc = sha256x4();
  if (!(acc && acceleratable(hasher, p.strata.length) && passWithSha256x4(acc, loop))) passInJs(loop);
  if (hasher) {
    // A stratum with fewer tickets under its limit than it keeps (never expected, see firstWordLimit) is
    // drawn again without a limit, so the result never depends on the limit.
    for (let h = 0; h < heaps.length; h++) {
      if (heaps[h]!.length >= Math.min(capacities[h]!, counts[h]!)) continue;
      const heap = new SmallestK(capacities[h]!);
      const codes = new Uint8Array(18);
      for (let q = 0; q < n; q++) {
        if (hs[q] !== h) continue;
        writeCode(keys, 3 * q, codes, 0);
        const t = hasher.ticketOfCode(h, codes, 0, ids, unitAt[q]!);
        if (!heap.rejects(t)) heap.offer(t, ids[unitAt[q]!]!);
      }
      heaps[h] = heap;
    }
  }
  return { counts, bucketDigests, kept: heaps };
}

/** runPass's loop in JavaScript (see pass-wasm.ts for the same loop on the accelerator). */
function passInJs(loop: PassLoop): void {
  const { units, hasher, heaps, label, inBucket, bucketDigests } = loop;
  const { ids, unitAt, hs, keys, starts } = units;
  const largest = largestBucket(starts);
  const buf = new Uint8Array(label.length + 1 + largest * LEAF_BYTES);
  buf.set(label, 0);
  for (let b = 0; b < BUCKET_COUNT; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    // The bucket's leaves, lp(label) ‖ u8(b) ‖ for each unit in id order: id ‖ u32(h) (18 + 4 bytes), are laid
    // out in `buf`; each code is decoded from its key once, straight into its leaf, and its ticket is computed
    // from there (in position order; the k smallest do not depend on the order they are offered in).
    let o = label.length;
    buf[o++] = b;
    for (let q = from; q < to; q++) {
      writeCode(keys, 3 * q, buf, o);
      const h = hs[q]!;
      if (hasher) {
        const heap = heaps[h]!;
        const t = hasher.ticketOfCode(h, buf, o, ids, unitAt[q]!);
        if (!heap.rejects(t)) heap.offer(t, ids[unitAt[q]!]!);
      }
      buf[o + 18] = h >>> 24;
      buf[o + 19] = h >>> 16;
      buf[o + 20] = h >>> 8;
      buf[o + 21] = h;
      o += LEAF_BYTES;
    }
    if (inBucket(b)) bucketDigests[b] = wordsToBytes(sha256Words(buf, o));
  }
}

/**
 * A first-word limit for keeping the k smallest of N tickets: ticket first words are uniform 32-bit numbers, so
 * the number under 2^32·(k + m·√k + 16)/N is about Binomial(N, (k + m√k + 16)/N), which falls short of k with
 * probability below 1e-9 for the default m = 6. Only those tickets reach the heap (k + O(√k) heap operations
 * instead of about k·(1 + ln(N/k))). Returns 2^32 − 1 (no limit) when the bound covers everything.
 */
export function firstWordLimit(k: number, N: number, margin = 6): number {
  if (k === 0) return 0;
  const share = (k + margin * Math.sqrt(k) + 16) / N;
  if (!(share < 1)) return 0xffffffff;
  return share <= 0 ? 0 : Math.floor(share * 0x100000000);
}

/** The frame commitment of units read into memory: a pass with no key and no tickets. */
export function commitmentOfUnits(strata: readonly string[], units: Units): FrameCommitment {
  const q = { strata };
  return commitmentOf(
    q,
    runPass(
      q,
      units,
      strata.map(() => 0),
    ),
  );
}

/** The frame commitment of a whole pass. */
export function commitmentOf(p: Pick<Prepared, 'strata'>, pass: Pass): FrameCommitment {
  return makeCommitment(p.strata, pass.counts, pass.bucketDigests as Uint8Array[]);
}

/** n + reserve per stratum. */
export function capacitiesOf(sizes: readonly StratumSize[]): number[] {
  return sizes.map((s) => s.n + s.reserveSize);
}
