/**
 * The objects a published receipt lists (第十九条 复核), indexed by ticket so a streamed frame can be checked
 * against them without keeping a sample of its own: every frame object whose ticket is at most the last listed
 * ticket of its stratum must be listed there, under that ticket, and every listed entry must be met. Then the
 * listed entries are exactly the stratum's smallest tickets. Memory: 32 bytes and a table slot per listed entry,
 * besides the receipt itself (a separate sample of 10^5–10^6 entries would not fit the 10^7-object bound).
 */
import type { RuleIssue } from '../model/issue.js';
import { sqlIssue } from './issues.js';
import { hasEntryKeys, type TicketEntry, ticketWords } from './stage-one.js';

type Lists = readonly { readonly selected: readonly unknown[]; readonly reserve: readonly unknown[] }[];

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
  private readonly words: Int32Array;
  private readonly ids: string[];
  private readonly strata: Int32Array;
  private readonly met: Uint8Array;
  /** Per stratum, the index of its last listed entry, or −1. */
  private readonly last: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Per stratum, the index of its first listed entry and its number selected. */
  private readonly first: Int32Array;
  private readonly selected: Int32Array;

  private constructor(total: number, strataCount: number) {
    this.words = new Int32Array(8 * total);
    this.ids = new Array<string>(total);
    this.strata = new Int32Array(total);
    this.met = new Uint8Array(total);
    this.last = new Int32Array(strataCount).fill(-1);
    let size = 16;
    while (size < 2 * total) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.first = new Int32Array(strataCount);
    this.selected = new Int32Array(strataCount);
  }

  /**
   * Reads every stratum's lists: `{ id, ticket }` entries with lowercase hex tickets, strictly ascending by
   * (ticket, id), `n[h]` selected and `expected[h]` in all. Else the first finding.
   */
  static read(lists: Lists, n: readonly number[], expected: readonly number[]): ListedTickets | RuleIssue {
    if (lists.length !== n.length) {
      return mismatch(
        ['strata'],
        '回执的分层数与公告不符',
        'The receipt has another number of strata than the announcement',
      );
    }
    let total = 0;
    for (const [h, l] of lists.entries()) {
      if (l.selected.length !== n[h] || l.selected.length + l.reserve.length !== expected[h]) {
        return mismatch(
          ['strata', h, l.selected.length !== n[h] ? 'selected' : 'reserve'],
          `第 ${h + 1} 层应列 ${n[h]} 个抽中对象、共 ${expected[h]} 个（含备选），回执列 ${l.selected.length} 个、共 ${l.selected.length + l.reserve.length} 个`,
          `Stratum ${h + 1} lists ${n[h]} selected and ${expected[h]} in all; the receipt lists ${l.selected.length} and ${l.selected.length + l.reserve.length}`,
        );
      }
      total += expected[h]!;
    }
    const x = new ListedTickets(total, lists.length);
    let k = 0;
    for (const [h, l] of lists.entries()) {
      x.first[h] = k;
      x.selected[h] = l.selected.length;
      for (const field of ['selected', 'reserve'] as const) {
        const list = l[field];
        for (let i = 0; i < list.length; i++) {
          const e: unknown = list[i];
          const id: unknown = typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined;
          const ticket: unknown =
            typeof e === 'object' && e !== null ? (e as { ticket?: unknown }).ticket : undefined;
          if (
            typeof id !== 'string' ||
            typeof ticket !== 'string' ||
            ticket.length !== 64 ||
            !hasEntryKeys(e as object) ||
            !ticketWords(ticket, x.words, 8 * k)
          ) {
            return mismatch(
              ['strata', h, field, i],
              '名单条目应为 { id, ticket }，签号为 64 位小写十六进制',
              'A list entry must be { id, ticket } with a ticket of 64 lowercase hex digits',
            );
          }
          const prev = x.last[h]!;
          if (prev >= 0) {
            const c = compareWords(x.words, prev, x.words, 8 * k);
            if (c > 0 || (c === 0 && !(x.ids[prev]! < id))) {
              return mismatch(
                ['strata', h, field, i],
                `第 ${h + 1} 层名单未按（签号，代码）严格升序排列`,
                `Stratum ${h + 1}: the list is not strictly ascending by (ticket, id)`,
              );
            }
          }
          x.ids[k] = id;
          x.strata[k] = h;
          x.last[h] = k;
          x.insert(k);
          k++;
        }
      }
    }
    return x;
  }

  private insert(k: number): void {
    let s = (this.words[8 * k]! ^ this.words[8 * k + 7]!) & this.mask;
    while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
    this.slots[s] = k;
  }

  private find(t: Int32Array): number {
    let s = (t[0]! ^ t[7]!) & this.mask;
    for (let k = this.slots[s]!; k >= 0; k = this.slots[s]!) {
      if (compareWords(this.words, k, t, 0) === 0) return k;
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /**
   * A frame object of stratum h with ticket `t`: nothing when its ticket is above the stratum's last listed one;
   * otherwise it must be listed there with this ticket (marked met), else the finding.
   */
  meet(h: number, id: string, t: Int32Array): RuleIssue | undefined {
    const last = this.last[h]!;
    if (last < 0 || compareWords(this.words, last, t, 0) < 0) return undefined;
    const k = this.find(t);
    if (k < 0 || this.strata[k] !== h || this.ids[k] !== id) {
      return mismatch(
        ['strata', h],
        `底册对象 ${id} 的签号不大于第 ${h + 1} 层最后列出的签号，却未列入名单`,
        `Frame object ${id} has a ticket at most the last listed in stratum ${h + 1} but is not listed`,
      );
    }
    this.met[k] = 1;
    return undefined;
  }

  /** The first listed entry no frame object met (not in the frame, in another stratum, or a wrong ticket). */
  unmet(): RuleIssue | undefined {
    const k = this.met.indexOf(0);
    if (k < 0) return undefined;
    const h = this.strata[k]!;
    const i = k - this.first[h]!;
    const sel = this.selected[h]!;
    return mismatch(
      ['strata', h, i < sel ? 'selected' : 'reserve', i < sel ? i : i - sel],
      `名单中的 ${this.ids[k]} 不是第 ${h + 1} 层的底册对象，或其签号不符`,
      `Listed ${this.ids[k]} is not a frame object of stratum ${h + 1}, or its ticket differs`,
    );
  }

  /** Stratum h's listed entries as fresh `{ id, ticket }` objects (the receipt's strings, the caller's objects untouched). */
  entries(lists: Lists): TicketEntry[][] {
    return lists.map((l) =>
      [...l.selected, ...l.reserve].map((e) => ({
        id: (e as TicketEntry).id,
        ticket: (e as TicketEntry).ticket,
      })),
    );
  }
}
