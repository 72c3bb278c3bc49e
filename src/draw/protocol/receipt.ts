/**
 * 抽取回执 (draw receipt) and 锁定名单 (locked draw), 第十九条: everything a third party needs to recompute the
 * draw with SHA-256 and docs/verification.md — algorithm id and version, library version, task, ratio-table
 * source, seed material verbatim with its encoding, the derived key, the frame commitment, each stratum's
 * rule, N, n, rounding, inclusion probability, cut-off, selection and reserve. Plain JSON data; tickets and
 * digests are lowercase hex.
 */
import * as z from 'zod';
import { field } from '../../model/field.js';
import { deepFreeze } from '../../model/freeze.js';
import type { RuleIssue } from '../../model/issue.js';
import { bytesToHex } from '../hash/sha256.js';
import { AnnouncementSchema, type DrawAnnouncement } from './announce.js';
import { exemptionWarnings } from './exempt.js';
import type { FrameCommitment } from './frame.js';
import {
  algorithmSchema,
  count,
  frameCommitmentSchema,
  hex64,
  reservePercentSchema,
  stratumRuleSchema,
  t,
} from './labels.js';
import type { DrawPlan, ExemptPolicy } from './plan.js';
import { fractionText } from './ratio.js';
import { DERIVE_KEY_LABEL, type RecordedSeed, recordSeed, SeedKindField, type SeedMaterial } from './seed.js';
import type { Allocation, StratumSize, StratumSizeRule } from './sizes.js';
import {
  DRAW_ALGORITHM_ID,
  DRAW_ALGORITHM_VERSION,
  LIBRARY_VERSION,
  RECEIPT_FORMAT,
  STAGE_ONE_LABEL,
} from './version.js';

/** One object with its ticket, in ticket order within its stratum. */
export interface TicketEntry {
  readonly id: string;
  readonly ticket: string;
}

/** One stratum of a {@link DrawReceipt}: N, n, reserve size, allocation, inclusion probability, cut-off ticket and the selected and reserve lists in ticket order. */
export interface ReceiptStratum {
  readonly id: string;
  readonly label: string;
  readonly rule: StratumSizeRule;
  /** N_h: objects in the stratum. */
  readonly N: number;
  /** n_h: objects drawn. */
  readonly n: number;
  readonly allocation: Allocation;
  /** Exact inclusion probability "n/N" (not reduced; "0/0" for an empty stratum). */
  readonly inclusionProbability: string;
  /**
   * False when n = N (every object is taken, 第十九条第二款) or n = 0 (the stratum is exempt from the draw,
   * 第十五条): nothing about this stratum was random.
   */
  readonly random: boolean;
  /** The n-th smallest ticket (every object with a ticket ≤ cut-off is drawn), or null when n = 0. */
  readonly cutoff: string | null;
  /** Drawn objects, rank 1 … n in this order. */
  readonly selected: readonly TicketEntry[];
  readonly reserveSize: number;
  /** Reserve objects, ranks n+1 … n+reserveSize in this order. */
  readonly reserve: readonly TicketEntry[];
}

/** The receipt (抽取回执) of an object draw (第十九条): everything a verifier needs with the frame and SHA-256; its fields are specified in docs/verification.md. */
export interface DrawReceipt {
  readonly format: typeof RECEIPT_FORMAT;
  readonly algorithm: { readonly id: typeof DRAW_ALGORITHM_ID; readonly version: number };
  readonly libraryVersion: string;
  readonly taskId: string;
  readonly ratioTable: { readonly source: string; readonly total?: number };
  readonly seed: RecordedSeed;
  readonly derivation: {
    readonly function: string;
    readonly labels: readonly string[];
    readonly key: string;
  };
  readonly frame: FrameCommitment;
  readonly reserveRule: { readonly percent: number; readonly size: string };
  /** The announcement published before the seed (抽取公告); its digest is the key's third label. */
  readonly announcement: DrawAnnouncement;
  readonly strata: readonly ReceiptStratum[];
}

/** An object in the locked draw. */
export interface DrawnObject {
  readonly id: string;
  readonly stratum: string;
  /** 1-based rank in its stratum (ticket order); reserve ranks continue after n. */
  readonly rank: number;
  readonly ticket: string;
}

/** A stratum's figures without its lists (N, n, inclusion probability, whether it was random, cut-off, reserve size): what a report shows. */
export interface StratumSummary {
  readonly id: string;
  readonly label: string;
  readonly N: number;
  readonly n: number;
  readonly inclusionProbability: {
    readonly numerator: number;
    readonly denominator: number;
    readonly text: string;
  };
  readonly random: boolean;
  readonly cutoff: string | null;
  readonly reserveSize: number;
}

/** 锁定的检查对象名单: deeply frozen. A change is a new draw with a new receipt, never an edit. */
export interface LockedDraw {
  readonly taskId: string;
  readonly frameDigest: string;
  readonly strata: readonly StratumSummary[];
  readonly selected: readonly DrawnObject[];
  readonly reserve: readonly DrawnObject[];
  readonly receipt: DrawReceipt;
  /**
   * Warnings of a draw that was made: a credit-risk class exempt from it (DRAW_STRATUM_COUNT_ZERO,
   * DRAW_TOTAL_TOO_SMALL, 第十五条). Not part of the receipt, which states the exemption itself (n = 0).
   */
  readonly warnings: readonly RuleIssue[];
}

export const RESERVE_SIZE_RULE = 'min(N - n, ceil(n * percent / 100))';

/** Freezes each entry (plain strings inside, so one freeze each) and the list. */
function frozenEntries(list: TicketEntry[]): readonly TicketEntry[] {
  for (const e of list) if (!Object.isFrozen(e)) Object.freeze(e);
  return Object.freeze(list);
}

/**
 * Builds the receipt from a finished draw. `chosen[h]` holds the stratum's n + reserve smallest, ascending. The
 * receipt is deeply frozen as it is built (freezing afterwards meant walking every entry again); rules and
 * allocations are copied, so nothing passed in gets frozen except the entries.
 */
export function buildReceipt(
  plan: DrawPlan,
  seed: SeedMaterial,
  key: Uint8Array,
  commitment: FrameCommitment,
  sizes: readonly StratumSize[],
  chosen: readonly (readonly TicketEntry[])[],
  announcement: DrawAnnouncement,
): DrawReceipt {
  const f = Object.freeze;
  return f({
    format: RECEIPT_FORMAT,
    algorithm: f({ id: DRAW_ALGORITHM_ID, version: DRAW_ALGORITHM_VERSION }),
    libraryVersion: LIBRARY_VERSION,
    taskId: plan.taskId,
    ratioTable: f({ source: plan.source, ...(plan.total !== undefined ? { total: plan.total } : {}) }),
    seed: recordSeed(seed),
    derivation: f({
      function: DERIVE_KEY_LABEL,
      labels: f([STAGE_ONE_LABEL, plan.taskId, announcement.digest]),
      key: bytesToHex(key),
    }),
    frame: f({
      digest: commitment.digest,
      strata: f(commitment.strata.map((s) => f({ id: s.id, count: s.count }))),
      total: commitment.total,
    }),
    reserveRule: f({ percent: plan.reservePercent, size: RESERVE_SIZE_RULE }),
    announcement,
    strata: f(
      plan.strata.map((s, h) => {
        const N = commitment.strata[h]!.count;
        const { n, allocation, reserveSize } = sizes[h]!;
        const list = chosen[h]!;
        const selected = frozenEntries(list.slice(0, n));
        return f({
          id: s.id,
          label: s.label,
          rule: f({ ...s.rule }),
          N,
          n,
          allocation: f({ ...allocation }),
          inclusionProbability: fractionText(n, N),
          random: n > 0 && n < N,
          cutoff: n > 0 ? selected[n - 1]!.ticket : null,
          selected,
          reserveSize,
          reserve: frozenEntries(list.slice(n, n + reserveSize)),
        });
      }),
    ),
  });
}

/**
 * The locked draw around a receipt from {@link buildReceipt} (already deeply frozen), deeply frozen, with the
 * exemption warnings; `policy` (the plan's) names the exempted credit-risk classes.
 */
export function lockDraw(receipt: DrawReceipt, policy?: ExemptPolicy): LockedDraw {
  const f = Object.freeze;
  const selected: DrawnObject[] = [];
  const reserve: DrawnObject[] = [];
  for (const s of receipt.strata) {
    const sel = s.selected;
    for (let i = 0; i < sel.length; i++) {
      const e = sel[i]!;
      selected.push(f({ id: e.id, stratum: s.id, rank: i + 1, ticket: e.ticket }));
    }
    const res = s.reserve;
    for (let i = 0; i < res.length; i++) {
      const e = res[i]!;
      reserve.push(f({ id: e.id, stratum: s.id, rank: s.n + i + 1, ticket: e.ticket }));
    }
  }
  return f({
    taskId: receipt.taskId,
    frameDigest: receipt.frame.digest,
    strata: f(
      receipt.strata.map((s) =>
        f({
          id: s.id,
          label: s.label,
          N: s.N,
          n: s.n,
          inclusionProbability: f({ numerator: s.n, denominator: s.N, text: s.inclusionProbability }),
          random: s.random,
          cutoff: s.cutoff,
          reserveSize: s.reserveSize,
        }),
      ),
    ),
    selected: f(selected),
    reserve: f(reserve),
    receipt: Object.isFrozen(receipt) ? receipt : deepFreeze(receipt),
    warnings: f(exemptionWarnings(receipt, policy)),
  });
}

/** Why a list is not a receipt list: `shape` (not { id, ticket } entries) or a ticket that is not hex. */
export type ListFault = { readonly fault: 'shape' } | { readonly fault: 'hex'; readonly index: number };

const SHAPE_FAULT: ListFault = Object.freeze({ fault: 'shape' });

/** Value of a lowercase hex digit by character code (below 128), else −1. */
const HEX_DIGIT = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let d = 0; d < 16; d++) t['0123456789abcdef'.charCodeAt(d)] = d;
  return t;
})();

/**
 * Writes the 8 words of a 64-character ticket to `out[o … o+8)` (big-endian, signed storage as in SmallestK);
 * false when it is not lowercase hex.
 */
export function ticketWords(ticket: string, out: Int32Array, o: number): boolean {
  let bad = 0;
  for (let i = 0; i < 8; i++) {
    let w = 0;
    for (let j = 0; j < 8; j++) {
      const c = ticket.charCodeAt(8 * i + j);
      const v = HEX_DIGIT[c & 127]!;
      bad |= v | (127 - c); // negative for a character that is not a digit, or not ASCII
      w = (w << 4) | (v & 15);
    }
    out[o + i] = w;
  }
  return bad >= 0;
}

/**
 * True when the own enumerable keys of `e` are exactly `id` and `ticket` (checked after the cheap tests; a
 * for-in walk per entry was slower).
 */
export function hasEntryKeys(e: object): boolean {
  const keys = Object.keys(e);
  if (keys.length !== 2) return false;
  const a = keys[0];
  const b = keys[1];
  return (a === 'id' && b === 'ticket') || (a === 'ticket' && b === 'id');
}

/**
 * Reads a list of `{ id, ticket }` entries: an array whose entries are objects with exactly the two own
 * enumerable keys, a string id and a ticket of 64 lowercase hex digits. Each property is read once, so what is
 * checked is what is returned. A plain loop (no schema object per entry): receipts hold 10^5–10^6 entries.
 * A wrong shape anywhere is `shape`, whatever the tickets; else the first non-hex ticket is `hex`.
 */
export function readTicketList(x: unknown): TicketEntry[] | ListFault {
  if (!Array.isArray(x)) return SHAPE_FAULT;
  const n = x.length;
  const entries = new Array<TicketEntry>(n);
  const words = new Int32Array(8);
  let nonHex = -1;
  for (let i = 0; i < n; i++) {
    const e: unknown = x[i];
    if (typeof e !== 'object' || e === null) return SHAPE_FAULT;
    const id: unknown = (e as { id?: unknown }).id;
    const ticket: unknown = (e as { ticket?: unknown }).ticket;
    if (typeof id !== 'string' || typeof ticket !== 'string' || ticket.length !== 64) return SHAPE_FAULT;
    if (!hasEntryKeys(e)) return SHAPE_FAULT;
    if (nonHex < 0 && !ticketWords(ticket, words, 0)) nonHex = i;
    entries[i] = { id, ticket };
  }
  return nonHex >= 0 ? { fault: 'hex', index: nonHex } : entries;
}

/** True when `x` is a receipt list: {@link readTicketList} accepts it (`hex`), or finds only non-hex tickets. */
function isEntryList(x: unknown, hex: boolean): x is TicketEntry[] {
  const read = readTicketList(x);
  return Array.isArray(read) || (!hex && read.fault === 'hex');
}

const LIST_NAME = t('名单', 'the list');
const SHAPE_RULE = t('应为 { id, ticket } 列表', 'must be { id, ticket } entries');
const Entry = field(
  z.custom<TicketEntry[]>((x) => isEntryList(x, true)),
  LIST_NAME,
  SHAPE_RULE,
);
/**
 * The same without the hex test of each ticket: verifyDraw reports a non-hex ticket as its own finding (at the
 * ticket), and a list that is not `{ id, ticket }` entries with this rule.
 */
const EntryShape = field(
  z.custom<TicketEntry[]>((x) => isEntryList(x, false)),
  LIST_NAME,
  SHAPE_RULE,
);
/** Any array: verifyDraw reads the lists itself, once (readTicketList). */
const AnyList = field(
  z.custom<TicketEntry[]>((x) => Array.isArray(x)),
  LIST_NAME,
  SHAPE_RULE,
);

/**
 * The receipt's schema with `entry` for its lists. Every field is labelled (model/field.ts), so a malformed receipt
 * is reported as “回执格式错误：缺少任务编号” and not with zod's generic text.
 */
const ALLOCATION = t('名额分配记录', 'the allocation record');
const ALLOCATION_RULE = t('见 verification.md 第 3 步', 'see Step 3 of verification.md');

function receiptSchema(entry: typeof Entry) {
  return field(
    z.strictObject({
      format: field(z.literal(RECEIPT_FORMAT), t('回执格式标识', 'the receipt format')),
      algorithm: algorithmSchema(),
      libraryVersion: field(z.string(), t('程序库版本', 'the library version')),
      taskId: field(z.string().min(1), t('任务编号', 'the task id')),
      ratioTable: field(
        z.strictObject({
          source: field(z.string(), t('比例来源', 'the source of the ratios')),
          total: count('抽取总数', 'the total').optional(),
        }),
        t('比例表', 'the ratio table'),
      ),
      seed: field(
        z.strictObject({
          kind: SeedKindField,
          text: field(z.string(), t('种子文本', 'the seed text')),
          source: field(z.string(), t('种子来源', 'the seed source')).optional(),
          encoding: field(z.literal('utf-8'), t('种子编码', 'the seed encoding')),
          bytes: field(z.string().regex(/^(?:[0-9a-f]{2})*$/), t('种子字节', 'the seed bytes')),
        }),
        t('随机种子', 'the seed'),
      ),
      derivation: field(
        z.strictObject({
          function: field(z.string(), t('密钥派生函数', 'the key-derivation function')),
          labels: field(z.array(z.string()), t('派生标签', 'the derivation labels')),
          key: hex64('派生密钥', 'the derived key'),
        }),
        t('密钥派生记录', 'the key derivation'),
      ),
      frame: frameCommitmentSchema(true),
      reserveRule: field(
        z.strictObject({
          percent: reservePercentSchema(),
          size: field(z.string(), t('备选数计算式', 'the reserve size rule')),
        }),
        t('备选规则', 'the reserve rule'),
      ),
      announcement: AnnouncementSchema,
      strata: field(
        z
          .array(
            field(
              z.strictObject({
                id: field(z.string().min(1), t('分层标识', 'the stratum id')),
                label: field(z.string(), t('分层名称', 'the stratum label')),
                rule: stratumRuleSchema(z.string().regex(/^\d+(?:\.\d+)?$/)),
                N: count('分层对象数（N）', 'the stratum size N'),
                n: count('抽取数（n）', 'the number drawn n'),
                allocation: field(
                  z.union([
                    field(z.strictObject({ rule: z.literal('ceil-ratio') }), ALLOCATION, ALLOCATION_RULE),
                    field(z.strictObject({ rule: z.literal('fixed-count') }), ALLOCATION, ALLOCATION_RULE),
                    field(
                      z.strictObject({
                        rule: z.literal('largest-remainder'),
                        quota: field(z.string(), t('配额', 'the quota')),
                        remainderSeat: field(z.boolean(), t('是否分得余额名额', 'the remainder-seat flag')),
                        capped: field(z.boolean(), t('是否整层抽取', 'the capped flag')),
                      }),
                      ALLOCATION,
                      ALLOCATION_RULE,
                    ),
                  ]),
                  ALLOCATION,
                  ALLOCATION_RULE,
                ),
                inclusionProbability: field(z.string(), t('入样概率', 'the inclusion probability')),
                random: field(z.boolean(), t('是否随机抽取', 'the random flag')),
                cutoff: hex64('截止签号', 'the cut-off ticket').nullable(),
                selected: entry,
                reserveSize: count('备选数', 'the reserve size'),
                reserve: entry,
              }),
              t('分层抽取结果', 'a stratum result'),
            ),
          )
          .min(1),
        t('各层抽取结果', 'the strata'),
      ),
    }),
    t('抽取回执', 'the draw receipt'),
  );
}

/** Schema of a published receipt (what verifyDraw accepts). */
export const DrawReceiptSchema = receiptSchema(Entry);
/** DrawReceiptSchema without the hex test of each listed ticket (verifyDraw's findings for a malformed list). */
export const DrawReceiptShapeSchema = receiptSchema(EntryShape);
/** DrawReceiptSchema with the lists only required to be arrays: verifyDraw then reads them with readTicketList. */
export const DrawReceiptListsUnreadSchema = receiptSchema(AnyList);
