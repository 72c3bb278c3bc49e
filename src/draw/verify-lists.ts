/**
 * 复核 of the listed objects (第十九条 “公开、公正”): a receipt's selection and reserve lists, compared with the
 * tickets a verification kept (checking each entry's form as it is read), or read as entries so that verifyDraw
 * can name each difference. Helpers of verify.ts.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import type { SmallestK } from './engine/select.js';
import { drawIssue } from './issues.js';
import {
  DrawReceiptShapeSchema,
  hasEntryKeys,
  readTicketList,
  type TicketEntry,
  ticketWords,
} from './protocol/receipt.js';
import type { StratumSize } from './protocol/sizes.js';

/** A stratum of a receipt whose lists are only known to be arrays. */
export interface UnreadStratum {
  readonly selected: readonly unknown[];
  readonly reserve: readonly unknown[];
}

/** A DRAW_VERIFY_RECEIPT_INVALID finding at `receipt.<path>`. */
function malformed(path: readonly (string | number)[], zh: string, en: string): RuleIssue {
  return drawIssue(
    'DRAW_VERIFY_RECEIPT_INVALID',
    ['receipt', ...path],
    `回执格式错误：${zh}`,
    `Malformed receipt: ${en}`,
  );
}

/**
 * The findings for a receipt that is not a receipt: those of DrawReceiptShapeSchema (every list checked to be
 * `{ id, ticket }` entries with 64-character tickets), in the schema's order.
 */
export function malformedReceipt(receipt: unknown): RuleIssue[] {
  const full = parseWith(DrawReceiptShapeSchema, receipt);
  if (full.isErr()) return full.error.map((i) => malformed(i.path, i.message.zh, i.message.en));
  // Only when the receipt changed between two reads (a getter); it is refused either way.
  return [malformed([], '回执在读取时发生变化', 'the receipt changed while it was read')];
}

/** One stratum's lists, read as fresh entries. */
export interface ListedStratum {
  readonly selected: TicketEntry[];
  readonly reserve: TicketEntry[];
}

/**
 * Reads every list of the receipt (readTicketList). A list that is not `{ id, ticket }` entries makes the
 * receipt malformed (malformedReceipt); else each list's first ticket that is not 64 lowercase hex digits is a
 * DRAW_VERIFY_RECEIPT_INVALID finding at that ticket — a malformed receipt, not a wrong draw.
 */
export function readLists(
  receipt: unknown,
  strata: readonly UnreadStratum[],
): Result<ListedStratum[], RuleIssue[]> {
  const listed: ListedStratum[] = [];
  const nonHex: RuleIssue[] = [];
  for (let h = 0; h < strata.length; h++) {
    let sel: ReturnType<typeof readTicketList>;
    let res: ReturnType<typeof readTicketList>;
    try {
      sel = readTicketList(strata[h]!.selected);
      res = readTicketList(strata[h]!.reserve);
    } catch {
      // A list or entry that throws when read (a getter, a proxy) is malformed, as the schema reports it.
      return err(malformedReceipt(receipt));
    }
    for (const [field, r] of [
      ['selected', sel],
      ['reserve', res],
    ] as const) {
      if (Array.isArray(r)) continue;
      if (r.fault === 'shape') return err(malformedReceipt(receipt));
      nonHex.push(
        malformed(
          ['strata', h, field, r.index, 'ticket'],
          '签号应为 64 位小写十六进制',
          'a ticket must be 64 lowercase hex digits',
        ),
      );
    }
    if (Array.isArray(sel) && Array.isArray(res)) listed.push({ selected: sel, reserve: res });
  }
  return nonHex.length > 0 ? err(nonHex) : ok(listed);
}

/**
 * The first word (unsigned) of a stratum's last listed ticket when the stratum lists `capacity` entries — the
 * largest ticket a correct receipt lists there — else undefined.
 */
export function lastListedFirstWord(s: UnreadStratum, capacity: number): number | undefined {
  try {
    if (capacity === 0 || s.selected.length + s.reserve.length !== capacity) return undefined;
    const last: unknown =
      s.reserve.length > 0 ? s.reserve[s.reserve.length - 1] : s.selected[s.selected.length - 1];
    if (typeof last !== 'object' || last === null) return undefined;
    const ticket: unknown = (last as { ticket?: unknown }).ticket;
    const words = new Int32Array(8);
    if (typeof ticket !== 'string' || ticket.length !== 64 || !ticketWords(ticket, words, 0))
      return undefined;
    return words[0]! >>> 0;
  } catch {
    return undefined; // unreadable: no limit (readLists then reports the receipt as malformed)
  }
}

/**
 * When every stratum lists exactly its kept candidates, in ascending order, with the recomputed split into
 * selection (n) and reserve, and every entry is well-formed: per stratum, fresh entries of what was listed
 * (equal to the recomputed ones). Else undefined, and verifyDraw compares the lists entry by entry to name the
 * differences. The kept tickets are neither sorted nor written out in hex: each listed ticket is looked up among
 * them, and the list must ascend strictly. Listed entries that are all kept, distinct and as many as the kept
 * ones are exactly the kept ones; ascending, they are in the recomputed order.
 */
export function keptAsListed(
  strata: readonly UnreadStratum[],
  kept: readonly SmallestK[],
  sizes: readonly StratumSize[],
): TicketEntry[][] | undefined {
  if (strata.length !== kept.length || sizes.length !== kept.length) return undefined;
  const out: TicketEntry[][] = [];
  for (let h = 0; h < kept.length; h++) {
    let entries: TicketEntry[] | undefined;
    try {
      const { selected, reserve } = strata[h]!;
      const k = kept[h]!;
      if (selected.length !== sizes[h]!.n || selected.length + reserve.length !== k.length) return undefined;
      entries = listedKept(selected, reserve, k);
    } catch {
      return undefined; // unreadable (a getter, a proxy): readLists then reports the receipt as malformed
    }
    if (!entries) return undefined;
    out.push(entries);
  }
  return out;
}

/**
 * One stratum of keptAsListed, in separate loops over the entries (reading, tickets, ids, entries): each loop
 * then waits on fewer memory reads at a time. Each property is read once.
 */
function listedKept(
  selected: readonly unknown[],
  reserve: readonly unknown[],
  kept: SmallestK,
): TicketEntry[] | undefined {
  const n = selected.length + reserve.length;
  const ids = new Array<unknown>(n);
  const tickets = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const e: unknown = i < selected.length ? selected[i] : reserve[i - selected.length];
    if (typeof e !== 'object' || e === null) return undefined;
    const ticket: unknown = (e as { ticket?: unknown }).ticket;
    if (typeof ticket !== 'string' || ticket.length !== 64 || !hasEntryKeys(e)) return undefined;
    ids[i] = (e as { id?: unknown }).id;
    tickets[i] = ticket;
  }
  const index = kept.ticketIndex();
  const slots = new Int32Array(n);
  const words = new Int32Array(16); // this ticket at 0 or 8, the one before at the other
  for (let i = 0; i < n; i++) {
    const at = 8 * (i & 1);
    if (!ticketWords(tickets[i]!, words, at)) return undefined;
    const slot = index.find(words, at);
    if (slot < 0 || (i > 0 && !ascends(words, 8 - at, at))) return undefined;
    slots[i] = slot;
  }
  // The kept id is a string, so a listed id equal to it is one.
  for (let i = 0; i < n; i++) if (ids[i] !== index.ids[slots[i]!]) return undefined;
  const entries = new Array<TicketEntry>(n);
  for (let i = 0; i < n; i++) entries[i] = { id: ids[i] as string, ticket: tickets[i]! };
  return entries;
}

/** True when ticket `w[b … b+8)` is above ticket `w[a … a+8)` (unsigned words, big-endian). */
function ascends(w: Int32Array, a: number, b: number): boolean {
  for (let j = 0; j < 8; j++) {
    const x = w[a + j]! >>> 0;
    const y = w[b + j]! >>> 0;
    if (x !== y) return x < y;
  }
  return false;
}
