/**
 * The objects a published receipt lists (第十九条 复核), indexed by ticket so a streamed frame can be checked
 * against them without keeping a sample of its own: every frame object whose ticket is at most the last listed
 * ticket of its stratum must be listed there, under that ticket, and every listed entry must be met. Then the
 * listed entries are exactly the stratum's smallest tickets. The entries are read from an EntryStore: a receipt
 * text's compact lists (receipt-text.ts, no object per entry) or a parsed receipt's arrays. Memory besides the
 * store: 5 bytes per listed entry (its place and a mark); a stratum's entries are searched by bisection.
 */
import type { RuleIssue } from '../model/issue.js';
import { sqlIssue } from './issues.js';
import { hasEntryKeys, type TicketEntry, ticketWords } from './stage-one.js';

type Lists = readonly { readonly selected: readonly unknown[]; readonly reserve: readonly unknown[] }[];
type Field = 'selected' | 'reserve';
const FIELDS = ['selected', 'reserve'] as const;

/** Where listed entries are kept, by storage index j: their ids and tickets, compared without copies. */
export interface EntryStore {
  id(j: number): string;
  isId(j: number, id: string): boolean;
  ticket(j: number): string;
  /** Entry j's ticket against the 8 words `t[o … o+8)`: −1, 0 or 1. */
  compareTicket(j: number, t: Int32Array, o: number): number;
  /** Entry a's ticket against entry b's: −1, 0 or 1. */
  compareTickets(a: number, b: number): number;
  /** A list as stored: its length and where its `good` leading well-formed entries are (the next is not). */
  list(list: unknown): { readonly length: number; readonly start: number; readonly good: number } | undefined;
}

/**
 * The id and ticket of an entry of the `{ id, ticket }` form (exactly these two own keys, both strings, a
 * 64-character ticket), each read once; else undefined.
 */
export function listEntry(e: unknown): TicketEntry | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const id: unknown = (e as { id?: unknown }).id;
  const ticket: unknown = (e as { ticket?: unknown }).ticket;
  return typeof id === 'string' && typeof ticket === 'string' && ticket.length === 64 && hasEntryKeys(e)
    ? { id, ticket }
    : undefined;
}

/** The lists of a parsed receipt as an EntryStore (their strings, not copies). */
class ObjectEntries implements EntryStore {
  private readonly words: Int32Array;
  private readonly ids: string[] = [];
  private readonly tickets: string[] = [];
  private readonly stored = new Map<unknown, { length: number; start: number; good: number }>();

  constructor(lists: Lists) {
    let total = 0;
    for (const l of lists) total += l.selected.length + l.reserve.length;
    this.words = new Int32Array(8 * total);
    for (const l of lists) {
      for (const field of FIELDS) {
        const list = l[field];
        const start = this.ids.length;
        let good = 0;
        while (good < list.length) {
          const e = listEntry(list[good]);
          if (!e || !ticketWords(e.ticket, this.words, 8 * this.ids.length)) break;
          this.ids.push(e.id);
          this.tickets.push(e.ticket);
          good++;
        }
        this.stored.set(list, { length: list.length, start, good });
      }
    }
  }

  id(j: number): string {
    return this.ids[j]!;
  }
  compareTicket(j: number, t: Int32Array, o: number): number {
    return compareWords(this.words, j, t, o);
  }
  compareTickets(a: number, b: number): number {
    return compareWords(this.words, a, this.words, 8 * b);
  }
  isId(j: number, id: string): boolean {
    return this.ids[j] === id;
  }
  ticket(j: number): string {
    return this.tickets[j]!;
  }
  list(list: unknown) {
    return this.stored.get(list);
  }
}

const mismatch = (path: readonly (string | number)[], zh: string, en: string) =>
  sqlIssue('SQL_VERIFY_MISMATCH', ['receipt', ...path], zh, en);

/** −1, 0 or 1 as ticket a (at `words[8a …]`) is below, equal to or above the ticket at `t[o …]`. */
function compareWords(words: Int32Array, a: number, t: Int32Array, o: number): number {
  for (let j = 0; j < 8; j++) {
    const x = words[8 * a + j]! >>> 0;
    const y = t[o + j]! >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export class ListedTickets {
  /** Listed entry k (stratum by stratum, selected then reserve, ascending) is stored at `at[k]`. */
  private readonly at: Int32Array;
  private readonly met: Uint8Array;
  /** Per stratum, the index of its last listed entry, or −1, and that entry's ticket (8 words). */
  private readonly last: Int32Array;
  private readonly lastWords: Int32Array;
  /** Per stratum, the index of its first listed entry and its number selected. */
  private readonly first: Int32Array;
  private readonly selected: Int32Array;

  private constructor(
    private readonly store: EntryStore,
    total: number,
    strataCount: number,
  ) {
    this.at = new Int32Array(total);
    this.met = new Uint8Array(total);
    this.last = new Int32Array(strataCount).fill(-1);
    this.lastWords = new Int32Array(8 * strataCount);
    this.first = new Int32Array(strataCount);
    this.selected = new Int32Array(strataCount);
  }

  /**
   * Reads every stratum's lists: `{ id, ticket }` entries with lowercase hex tickets, strictly ascending by
   * (ticket, id), `n[h]` selected and `expected[h]` in all. Else the first finding. The entries are read from
   * `store` (a receipt text's compact lists, see receipt-text.ts), or from the lists themselves.
   */
  static read(
    lists: Lists,
    n: readonly number[],
    expected: readonly number[],
    store: EntryStore = new ObjectEntries(lists),
  ): ListedTickets | RuleIssue {
    if (lists.length !== n.length) {
      return mismatch(
        ['strata'],
        '回执的分层数与公告不符',
        'The receipt has another number of strata than the announcement',
      );
    }
    const stored = lists.map((l) => FIELDS.map((f) => store.list(l[f])!));
    let total = 0;
    for (const [h, [sel, res]] of stored.entries()) {
      if (sel!.length !== n[h] || sel!.length + res!.length !== expected[h]) {
        return mismatch(
          ['strata', h, sel!.length !== n[h] ? 'selected' : 'reserve'],
          `第 ${h + 1} 层应列 ${n[h]} 个抽中对象、共 ${expected[h]} 个（含备选），回执列 ${sel!.length} 个、共 ${sel!.length + res!.length} 个`,
          `Stratum ${h + 1} lists ${n[h]} selected and ${expected[h]} in all; the receipt lists ${sel!.length} and ${sel!.length + res!.length}`,
        );
      }
      total += expected[h]!;
    }
    const x = new ListedTickets(store, total, lists.length);
    let k = 0;
    for (const [h, pair] of stored.entries()) {
      x.first[h] = k;
      x.selected[h] = pair[0]!.length;
      for (const [f, list] of pair.entries()) {
        const field: Field = FIELDS[f]!;
        for (let i = 0; i < list.length; i++) {
          if (i >= list.good) {
            return mismatch(
              ['strata', h, field, i],
              '名单条目应为 { id, ticket }，签号为 64 位小写十六进制',
              'A list entry must be { id, ticket } with a ticket of 64 lowercase hex digits',
            );
          }
          const j = list.start + i;
          const prev = x.last[h]!;
          if (prev >= 0) {
            const c = store.compareTickets(x.at[prev]!, j);
            if (c > 0 || (c === 0 && !(store.id(x.at[prev]!) < store.id(j)))) {
              return mismatch(
                ['strata', h, field, i],
                `第 ${h + 1} 层名单未按（签号，代码）严格升序排列`,
                `Stratum ${h + 1}: the list is not strictly ascending by (ticket, id)`,
              );
            }
          }
          x.at[k] = j;
          x.last[h] = k;
          k++;
        }
      }
      if (x.last[h]! >= 0) ticketWords(store.ticket(x.at[x.last[h]!]!), x.lastWords, 8 * h);
    }
    return x;
  }

  /**
   * A frame object of stratum h with ticket `t`: nothing when its ticket is above the stratum's last listed one;
   * otherwise it must be listed there with this ticket (marked met), else the finding. The stratum's entries
   * ascend by ticket: the first with a ticket not below `t` is found by bisection.
   */
  meet(h: number, id: string, t: Int32Array): RuleIssue | undefined {
    const last = this.last[h]!;
    if (last < 0 || compareWords(this.lastWords, h, t, 0) < 0) return undefined;
    let lo = this.first[h]!;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.store.compareTicket(this.at[mid]!, t, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    const j = this.at[lo]!;
    if (this.store.compareTicket(j, t, 0) !== 0 || !this.store.isId(j, id)) {
      return mismatch(
        ['strata', h],
        `底册对象 ${id} 的签号不大于第 ${h + 1} 层最后列出的签号，却未列入名单`,
        `Frame object ${id} has a ticket at most the last listed in stratum ${h + 1} but is not listed`,
      );
    }
    this.met[lo] = 1;
    return undefined;
  }

  /** The first listed entry no frame object met (not in the frame, in another stratum, or a wrong ticket). */
  unmet(): RuleIssue | undefined {
    const k = this.met.indexOf(0);
    if (k < 0) return undefined;
    let h = 0;
    while (!(this.first[h]! <= k && k <= this.last[h]!)) h++;
    const i = k - this.first[h]!;
    const sel = this.selected[h]!;
    const id = this.store.id(this.at[k]!);
    return mismatch(
      ['strata', h, i < sel ? 'selected' : 'reserve', i < sel ? i : i - sel],
      `名单中的 ${id} 不是第 ${h + 1} 层的底册对象，或其签号不符`,
      `Listed ${id} is not a frame object of stratum ${h + 1}, or its ticket differs`,
    );
  }

  /**
   * Each stratum's lists as `buildReceipt` reads them once every entry is checked: arrays of the listed lengths
   * holding only the last selected entry, the one the receipt's cut-off ticket is read from. A national-scale
   * verification compares the rest of the receipt without building again the half million entries it checked.
   */
  cutoffLists(): TicketEntry[][] {
    return Array.from(this.first, (from, h) => {
      const to = h + 1 < this.first.length ? this.first[h + 1]! : this.at.length;
      const list = new Array<TicketEntry>(to - from);
      const sel = this.selected[h]!;
      if (sel > 0) {
        const j = this.at[from + sel - 1]!;
        list[sel - 1] = { id: this.store.id(j), ticket: this.store.ticket(j) };
      }
      return list;
    });
  }

  /** Stratum h's number of listed selected entries (the rest are its reserve). */
  selectedCount(h: number): number {
    return this.selected[h]!;
  }
}
