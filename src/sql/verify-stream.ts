/**
 * 复核 at national scale (第十九条 “公开、公正”): verifies a published receipt against a frame that is never held
 * in memory — the objects `{ id, stratum }` arrive from a database cursor, a file or any (async) iterable.
 *
 * - In ascending credit-code order (`ORDER BY id COLLATE "C"` in PostgreSQL, `ORDER BY encode(id)` in DuckDB),
 *   one pass: 256 running bucket hashes, and each object's ticket checked against the receipt's own lists
 *   (ListedTickets: every object up to a stratum's last listed ticket must be listed, every listed entry met).
 *   Memory is the receipt, bounded by the sample, not the frame: given as the bytes of its file or its JSON
 *   text, those and about 17 bytes per listed entry (receipt-text.ts); given parsed, its objects plus 37 bytes an
 *   entry. The entries are not built again: Ok holds what was verified (VerifiedDraw), not a second receipt.
 * - In any order, from a `source()` that can be read again (a query, a file): a first pass computes the tickets
 *   and the size of each commitment bucket; then each group of whole buckets holding at most `maxUnitsInMemory`
 *   objects is read, sorted and hashed. Memory is that plus the group (22 bytes an object), and a group is never
 *   less than one bucket (≈ 1/256 of the frame).
 *
 * The receipt built from the recomputed draw must equal the published one in every other field (the library version
 * may be any release: a semantic version, as verifyDraw reads it), and, when given, the announcement must be the one
 * published before the seed.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { RuleIssue } from '../model/issue.js';
import { readAnnouncedDraw } from './announced.js';
import { guardedAsync, sqlIssue } from './issues.js';
import { ListedTickets } from './listed.js';
import { readReceiptText, type TextEntries } from './receipt-text.js';
import {
  BUCKET_COUNT,
  bucketOfCode,
  buildReceipt,
  type DrawAnnouncement,
  type DrawReceipt,
  DrawReceiptListsUnreadSchema,
  type DrawReceiptSchema,
  drawIssue,
  FrameAccumulator,
  type FrameCommitment,
  firstDifference,
  makeCommitment,
  parseAnnouncement,
  readUnit,
  SEMVER,
  TicketHasher,
  type Units,
} from './stage-one.js';

/** Reads the input of `verifyDrawStream` at run time. */
export const VerifyDrawStreamInputSchema = z.strictObject({
  /**
   * The published receipt: the bytes of its file (UTF-8; the least memory, for national-scale receipts), its JSON
   * text (both read into a compact form, see receipt-text.ts), or the parsed value.
   */
  receipt: z.custom<Uint8Array | string | DrawReceipt | z.input<typeof DrawReceiptSchema>>(() => true),
  /** The frame in ascending credit-code order, read once … */
  units: z.custom<Units>(() => true).optional(),
  /** … or a function giving the frame in any order, afresh on every call (it is read several times). */
  source: z.custom<() => Units>((f) => typeof f === 'function').optional(),
  /** The announcement published before the seed, or its digest (64 hex digits). */
  announcement: z.custom<DrawAnnouncement | string>(() => true).optional(),
  /** With `source`: most objects held at once while hashing a group of buckets (default 4,194,304 ≈ 92 MB). */
  maxUnitsInMemory: z.int().min(1).optional(),
});
/** The input of `verifyDrawStream`: the published receipt, the frame as a stream (sorted, or a function giving it afresh), the published announcement or digest, and a memory bound. */
export type VerifyDrawStreamInput = z.input<typeof VerifyDrawStreamInputSchema>;

/**
 * What `verifyDrawStream` confirms: the receipt given is, field by field and entry by entry, the one the streamed
 * frame and the announcement give. The entries themselves are not returned (at national scale half a million; the
 * caller has them, in the receipt it gave).
 */
export interface VerifiedDraw {
  readonly taskId: string;
  /** The digest of the announcement the draw was made under (the published one, when given). */
  readonly announcementDigest: string;
  /** The frame commitment recomputed from the stream: the announced one. */
  readonly frame: FrameCommitment;
  /** Each stratum: N, n, the reserve listed, and the cut-off ticket (the n-th smallest; null when n = 0). */
  readonly strata: readonly {
    readonly id: string;
    readonly N: number;
    readonly n: number;
    readonly reserve: number;
    readonly cutoff: string | null;
  }[];
}

/** The VerifiedDraw of a receipt built from the recomputed draw, deeply frozen. */
function verifiedDraw(want: DrawReceipt): VerifiedDraw {
  const f = Object.freeze;
  return f({
    taskId: want.taskId,
    announcementDigest: want.announcement.digest,
    frame: want.frame,
    strata: f(
      want.strata.map((s) => f({ id: s.id, N: s.N, n: s.n, reserve: s.reserve.length, cutoff: s.cutoff })),
    ),
  });
}

const DEFAULT_MAX_UNITS = 1 << 22;
const LEAF = 22;

/** Reads an (async) iterable, calling `each(unit, k)` until it returns findings. */
async function forEachUnit(
  units: Units,
  each: (u: unknown, k: number) => RuleIssue[] | undefined,
): Promise<RuleIssue[] | undefined> {
  let k = 0;
  try {
    for await (const u of units as AsyncIterable<unknown>) {
      const bad = each(u, k++);
      if (bad) return bad;
    }
  } catch {
    return [
      sqlIssue(
        'SQL_VERIFY_MISMATCH',
        ['units', k],
        `读取第 ${k + 1} 个对象时出错`,
        `Reading object ${k + 1} of the frame failed`,
      ),
    ];
  }
  return undefined;
}

const duplicate = (id: string, path: readonly (string | number)[]) =>
  drawIssue('DRAW_DUPLICATE_ID', path, `统一社会信用代码 ${id} 重复`, `Credit code ${id} appears twice`);

interface Scan {
  readonly counts: number[];
  readonly digests: Uint8Array[];
  readonly chosen: { id: string; ticket: string }[][];
}

/** One pass over an ascending stream: buckets hashed as the objects arrive. */
async function scanSorted(
  units: Units,
  strata: readonly string[],
  index: ReadonlyMap<string, number>,
  offer: (h: number, id: string) => void,
): Promise<Result<Omit<Scan, 'chosen'>, RuleIssue[]>> {
  const acc = new FrameAccumulator(strata);
  let prev: string | undefined;
  const bad = await forEachUnit(units, (u, k) => {
    const r = readUnit(u, index, () => ['units', k]);
    if (Array.isArray(r)) return r;
    if (prev !== undefined && r.id <= prev) {
      return [
        r.id === prev
          ? duplicate(r.id, ['units', k, 'id'])
          : sqlIssue(
              'SQL_VERIFY_MISMATCH',
              ['units', k, 'id'],
              `${r.id} 排在 ${prev} 之后，对象流未按代码升序排列（乱序时请给 source）`,
              `${r.id} comes after ${prev}: the stream is not in ascending code order (give a source for any order)`,
            ),
      ];
    }
    prev = r.id;
    acc.add(r.id, r.h, bucketOfCode(r.id));
    offer(r.h, r.id);
    return undefined;
  });
  if (bad) return err(bad);
  const digests: Uint8Array[] = [];
  for (let b = 0; b < BUCKET_COUNT; b++) digests.push(acc.bucketDigest(b));
  return ok({ counts: acc.counts, digests });
}

/** Byte order of two leaves (18 code bytes; the stratum bytes break no tie between distinct codes). */
function compareLeaves(buf: Uint8Array, a: number, b: number): number {
  const x = a * LEAF;
  const y = b * LEAF;
  for (let i = 0; i < 18; i++) {
    const d = buf[x + i]! - buf[y + i]!;
    if (d !== 0) return d;
  }
  return 0;
}

const changedSource = () =>
  sqlIssue(
    'SQL_VERIFY_MISMATCH',
    ['source'],
    '再次读取底册时对象不同：source() 每次须给出同一组对象',
    'The frame changed between two readings: source() must give the same objects every time',
  );

/** Any order, several passes: tickets and bucket sizes, then groups of whole buckets sorted and hashed. */
async function scanAnyOrder(
  source: () => Units,
  strata: readonly string[],
  index: ReadonlyMap<string, number>,
  offer: (h: number, id: string) => void,
  maxUnits: number,
): Promise<Result<Omit<Scan, 'chosen'>, RuleIssue[]>> {
  const sizes = new Float64Array(BUCKET_COUNT);
  const firstCounts = strata.map(() => 0);
  const first = await forEachUnit(source(), (u, k) => {
    const r = readUnit(u, index, () => ['units', k]);
    if (Array.isArray(r)) return r;
    sizes[bucketOfCode(r.id)]!++;
    firstCounts[r.h]!++;
    offer(r.h, r.id);
    return undefined;
  });
  if (first) return err(first);
  const acc = new FrameAccumulator(strata);
  const digests: Uint8Array[] = new Array(BUCKET_COUNT);
  let from = 0;
  while (from < BUCKET_COUNT) {
    let to = from + 1;
    let held = sizes[from]!;
    while (to < BUCKET_COUNT && held + sizes[to]! <= maxUnits) held += sizes[to++]!;
    // Leaves of buckets from … to−1, grouped by bucket: 18 code bytes and the stratum index.
    const starts = new Float64Array(to - from + 1);
    for (let b = from; b < to; b++) starts[b - from + 1] = starts[b - from]! + sizes[b]!;
    const fill = starts.slice(0, to - from);
    const buf = new Uint8Array(held * LEAF);
    const ids: string[] = new Array(held);
    const hs = new Int32Array(held);
    let changed = false;
    const bad = await forEachUnit(source(), (u, k) => {
      const r = readUnit(u, index, () => ['units', k]);
      if (Array.isArray(r)) return r;
      const b = bucketOfCode(r.id);
      if (b < from || b >= to) return undefined;
      const at = fill[b - from]!++;
      if (at >= starts[b - from + 1]!) {
        changed = true;
        return [];
      }
      for (let i = 0; i < 18; i++) buf[at * LEAF + i] = r.id.charCodeAt(i);
      ids[at] = r.id;
      hs[at] = r.h;
      return undefined;
    });
    if (bad && !changed) return err(bad);
    if (changed || fill.some((f, i) => f !== starts[i + 1])) return err([changedSource()]);
    for (let b = from; b < to; b++) {
      const lo = starts[b - from]!;
      const order = Int32Array.from({ length: starts[b - from + 1]! - lo }, (_, i) => lo + i);
      order.sort((x, y) => compareLeaves(buf, x, y));
      for (let i = 0; i < order.length; i++) {
        const q = order[i]!;
        if (i > 0 && compareLeaves(buf, order[i - 1]!, q) === 0) return err([duplicate(ids[q]!, ['source'])]);
        acc.add(ids[q]!, hs[q]!, b);
      }
      digests[b] = acc.bucketDigest(b);
    }
    from = to;
  }
  if (acc.counts.some((c, h) => c !== firstCounts[h])) return err([changedSource()]);
  return ok({ counts: acc.counts, digests });
}

function publishedDigest(given: unknown): Result<string | undefined, RuleIssue[]> {
  if (given === undefined) return ok(undefined);
  if (typeof given === 'string' && /^[0-9a-f]{64}$/.test(given)) return ok(given);
  const a = parseAnnouncement(given, ['announcement']);
  return a.isErr() ? err(a.error) : ok(a.value.digest);
}

async function verifyDrawStreamImpl(
  input: VerifyDrawStreamInput,
): Promise<Result<VerifiedDraw, RuleIssue[]>> {
  const read = VerifyDrawStreamInputSchema.safeParse(input);
  if (!read.success || (read.data.units === undefined) === (read.data.source === undefined)) {
    return err([
      sqlIssue(
        'SQL_INPUT_INVALID',
        [],
        '须给出回执，以及按代码升序的 units 或可重复读取的 source（二者之一）',
        'Give the receipt and either units in ascending code order or a re-readable source (exactly one)',
      ),
    ]);
  }
  const v = read.data;
  let text: TextEntries | undefined;
  let given: unknown = v.receipt;
  if (typeof given === 'string' || given instanceof Uint8Array) {
    const t = readReceiptText(given);
    if (!t) {
      return err([
        sqlIssue(
          'SQL_INPUT_INVALID',
          ['receipt'],
          '回执不是 JSON 文本（或不是 UTF-8 编码）',
          'The receipt text is not JSON (or its bytes are not UTF-8)',
        ),
      ]);
    }
    text = t.entries;
    given = t.value;
  }
  // The lists are only required to be arrays here (a text's are placeholders): ListedTickets reads each entry once.
  const parsed = DrawReceiptListsUnreadSchema.safeParse(given);
  if (!parsed.success) {
    return err([
      sqlIssue('SQL_INPUT_INVALID', ['receipt'], '回执格式错误', 'The receipt is malformed (see verifyDraw)'),
    ]);
  }
  const r = parsed.data as unknown as DrawReceipt;
  const drawn = readAnnouncedDraw(
    r.announcement,
    {
      kind: r.seed.kind,
      text: r.seed.text,
      ...(r.seed.source !== undefined ? { source: r.seed.source } : {}),
    },
    { announcement: ['receipt', 'announcement'], seed: ['receipt', 'seed'] },
  );
  if (drawn.isErr()) return err(drawn.error);
  const { announcement: a, plan, sizes, keep, prepared: p } = drawn.value;
  const published = publishedDigest(v.announcement);
  if (published.isErr()) return err(published.error);
  if (published.value !== undefined && published.value !== a.digest) {
    return err([
      drawIssue(
        'DRAW_VERIFY_ANNOUNCEMENT_MISMATCH',
        ['receipt', 'announcement', 'digest'],
        `回执中的公告摘要 ${a.digest} 与事先公布的 ${published.value} 不符`,
        `The receipt's announcement digest ${a.digest} differs from the published ${published.value}`,
      ),
    ]);
  }
  const listed = ListedTickets.read(
    r.strata as unknown as { selected: unknown[]; reserve: unknown[] }[],
    sizes.map((x) => x.n),
    keep.map((c, h) => Math.min(c, a.frame.strata[h]!.count)),
    text,
  );
  if (!(listed instanceof ListedTickets)) return err([listed]);
  const hasher = new TicketHasher(p.key, p.strata);
  let unlisted: RuleIssue | undefined;
  const offer = (h: number, id: string) => {
    unlisted ??= listed.meet(h, id, hasher.ticket(h, id));
  };
  const scan = v.units
    ? await scanSorted(v.units, p.strata, p.index, offer)
    : await scanAnyOrder(v.source!, p.strata, p.index, offer, v.maxUnitsInMemory ?? DEFAULT_MAX_UNITS);
  if (scan.isErr()) return err(scan.error);
  const commitment = makeCommitment(p.strata, scan.value.counts, scan.value.digests);
  if (commitment.digest !== a.frame.digest) {
    return err([
      drawIssue(
        'DRAW_VERIFY_FRAME_MISMATCH',
        ['receipt', 'announcement', 'frame', 'digest'],
        `底册摘要应为 ${commitment.digest}，公告为 ${a.frame.digest}（各层对象数 ${commitment.strata.map((s) => s.count).join('/')}，公告 ${a.frame.strata.map((s) => s.count).join('/')}）`,
        `The frame digest is ${commitment.digest}, the announcement says ${a.frame.digest} (counts ${commitment.strata.map((s) => s.count).join('/')}, announced ${a.frame.strata.map((s) => s.count).join('/')})`,
      ),
    ]);
  }
  const missing = unlisted ?? listed.unmet();
  if (missing) return err([missing]);
  // Every listed entry is a frame object of its stratum with its ticket, and every object with a ticket up to
  // the last listed one is listed: the lists are the draw's. The rest of the receipt is compared field by field
  // with the receipt built from the recomputed draw, whose lists stand for the checked ones (cutoffLists: only
  // the entry the cut-off ticket is read from is built; lists of the checked lengths compare equal to them).
  const lists = listed.cutoffLists();
  const want = buildReceipt(plan, p.seed, p.key, commitment, sizes, lists, a);
  const asPublished = {
    ...(r as object),
    strata: r.strata.map((s, h) => {
      const sel = listed.selectedCount(h);
      const all = lists[h]!.length;
      const built = want.strata[h];
      return built && built.selected.length === sel && built.reserve.length === all - sel
        ? { ...s, selected: built.selected, reserve: built.reserve }
        : { ...s, selected: new Array(sel), reserve: new Array(all - sel) };
    }),
  };
  // The library version is informational (docs/verification.md), as verifyDraw reads it: any release may have
  // made the receipt; it must only be a semantic version.
  if (typeof r.libraryVersion !== 'string' || !SEMVER.test(r.libraryVersion)) {
    return err([
      drawIssue(
        'DRAW_VERIFY_RECEIPT_INVALID',
        ['receipt', 'libraryVersion'],
        `库版本 ${String(r.libraryVersion)} 不是语义化版本号（如 0.1.0）`,
        `Library version ${String(r.libraryVersion)} is not a semantic version (e.g. 0.1.0)`,
      ),
    ]);
  }
  const diff = firstDifference({ ...asPublished, libraryVersion: want.libraryVersion }, want);
  if (diff !== undefined) {
    return err([
      sqlIssue(
        'SQL_VERIFY_MISMATCH',
        ['receipt', ...diff],
        `回执字段 ${diff.join('.')} 与按底册重算的结果不符`,
        `Receipt field ${diff.join('.')} differs from the draw recomputed from the frame`,
      ),
    ]);
  }
  return ok(verifiedDraw(want));
}

/**
 * Verifies a published receipt against a frame streamed from where it lives (see module comment): Ok with what
 * was verified ({@link VerifiedDraw}: the receipt given is then exactly the one the frame gives), or the first
 * discrepancy. Never throws.
 */
export const verifyDrawStream = guardedAsync(verifyDrawStreamImpl);
