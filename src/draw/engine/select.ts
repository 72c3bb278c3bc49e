/**
 * The n smallest tickets of a stratum (第十九条): a bounded max-heap keeps the k = n + reserve smallest tickets
 * seen so far, so memory is proportional to the sample, not the frame, and input order does not matter.
 * Order: ticket as a 256-bit big-endian unsigned number, then id (a tie needs a SHA-256 collision).
 */

import { mergeSort } from '../../model/merge-sort.js';
import { wordsToHex } from '../hash/sha256.js';

export interface Candidate {
  readonly id: string;
  /** The ticket's 8 words (signed int32 storage of unsigned values). */
  readonly words: Int32Array;
}

/** Negative when a sorts before b. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  for (let i = 0; i < 8; i++) {
    const x = a.words[i]! >>> 0;
    const y = b.words[i]! >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Keeps the `capacity` smallest candidates. Tickets live in one Int32Array slab (8 words per slot) and the heap
 * is an array of slot numbers, so a kept candidate costs 32 bytes plus its id.
 */
export class SmallestK {
  private readonly words: Int32Array;
  private readonly ids: string[] = [];
  private readonly heap: Int32Array;
  private size = 0;
  /** First word (unsigned) of the current maximum (or the limit until full), for a fast reject. */
  private maxFirst: number;

  /**
   * `limit` (optional): tickets whose first word (unsigned) exceeds it are rejected by `rejects` even before the
   * heap is full. The kept set is then the k smallest of the tickets under the limit — the k smallest overall
   * whenever the heap ends full (see `full`).
   */
  constructor(
    readonly capacity: number,
    limit = 0xffffffff,
  ) {
    this.words = new Int32Array(capacity * 8);
    this.heap = new Int32Array(capacity);
    this.maxFirst = limit;
  }

  /** Number of candidates kept. */
  get length(): number {
    return this.size;
  }

  /** Compares slot a with slot b (ticket words unsigned, then id). */
  private cmp(a: number, b: number): number {
    const w = this.words;
    for (let i = 0; i < 8; i++) {
      const x = w[a * 8 + i]! >>> 0;
      const y = w[b * 8 + i]! >>> 0;
      if (x !== y) return x < y ? -1 : 1;
    }
    const ia = this.ids[a]!;
    const ib = this.ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  private lessThanSlot(t: Int32Array, at: number, id: string, slot: number): boolean {
    const w = this.words;
    for (let i = 0; i < 8; i++) {
      const x = t[at + i]! >>> 0;
      const y = w[slot * 8 + i]! >>> 0;
      if (x !== y) return x < y;
    }
    return id < this.ids[slot]!;
  }

  /** True when `offer(t, …)` would certainly keep nothing (cheap test on the first word, before fetching the id). */
  rejects(t: Int32Array): boolean {
    return this.capacity === 0 || t[0]! >>> 0 > this.maxFirst;
  }

  /** Offers the ticket `t[at … at+8)` (copied only if it enters). */
  offer(t: Int32Array, id: string, at = 0): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      const slot = this.size++;
      this.words.set(t.subarray(at, at + 8), slot * 8);
      this.ids[slot] = id;
      this.heap[slot] = slot;
      this.siftUp(slot);
      if (this.size === this.capacity) this.maxFirst = this.words[this.heap[0]! * 8]! >>> 0;
      return;
    }
    if (t[at]! >>> 0 > this.maxFirst) return;
    const top = this.heap[0]!;
    if (!this.lessThanSlot(t, at, id, top)) return;
    this.words.set(t.subarray(at, at + 8), top * 8);
    this.ids[top] = id;
    this.siftDown(0);
    this.maxFirst = this.words[this.heap[0]! * 8]! >>> 0;
  }

  /** Adds an already-built candidate (used when merging shards). */
  offerCandidate(c: Candidate): void {
    this.offer(c.words, c.id);
  }

  /** The kept tickets in ascending order as receipt entries (hex), without per-entry typed-array views. */
  sortedEntries(): { id: string; ticket: string }[] {
    const slots = this.sortedSlots();
    const out: { id: string; ticket: string }[] = new Array(slots.length);
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      out[i] = { id: this.ids[s]!, ticket: wordsToHex(this.words, s * 8) };
    }
    return out;
  }

  /**
   * An index of the kept candidates by ticket, without sorting them: `find(t, at)` is the slot of the kept ticket
   * `t[at … at+8)` (or −1), and `ids[slot]` its id. Open addressing on the ticket's first word (uniform), so a
   * lookup costs O(1): checking a claimed order this way is cheaper than sorting (verifyDraw).
   */
  ticketIndex(): { readonly find: (t: Int32Array, at: number) => number; readonly ids: readonly string[] } {
    const n = this.size;
    const w = this.words;
    let bits = 1;
    while (1 << bits < 2 * n) bits++;
    const mask = (1 << bits) - 1;
    const table = new Int32Array(mask + 1).fill(-1);
    // Occupied slots are 0 … size−1 (a slot is taken in turn, then only reused).
    for (let slot = 0; slot < n; slot++) {
      let i = w[8 * slot]! & mask;
      while (table[i] !== -1) i = (i + 1) & mask;
      table[i] = slot;
    }
    const find = (t: Int32Array, at: number): number => {
      for (let i = t[at]! & mask; ; i = (i + 1) & mask) {
        const slot = table[i]!;
        if (slot < 0) return -1;
        const o = 8 * slot;
        if (
          w[o] === t[at] &&
          w[o + 1] === t[at + 1] &&
          w[o + 2] === t[at + 2] &&
          w[o + 3] === t[at + 3] &&
          w[o + 4] === t[at + 4] &&
          w[o + 5] === t[at + 5] &&
          w[o + 6] === t[at + 6] &&
          w[o + 7] === t[at + 7]
        )
          return slot;
      }
    };
    return { find, ids: this.ids };
  }

  /** The kept candidates in ascending order. */
  sorted(): Candidate[] {
    return Array.from(this.sortedSlots(), (s) => ({
      id: this.ids[s]!,
      words: this.words.subarray(s * 8, s * 8 + 8),
    }));
  }

  /** Slots in ascending ticket order. */
  private sortedSlots(): Int32Array {
    const slots = this.heap.slice(0, this.size);
    mergeSort(slots, new Int32Array(this.size), (x, y) => this.cmp(x, y) < 0);
    return slots;
  }

  private siftUp(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.cmp(h[i]!, h[p]!) <= 0) return;
      const t = h[i]!;
      h[i] = h[p]!;
      h[p] = t;
      i = p;
    }
  }

  private siftDown(i: number): void {
    const h = this.heap;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.cmp(h[l]!, h[m]!) > 0) m = l;
      if (r < n && this.cmp(h[r]!, h[m]!) > 0) m = r;
      if (m === i) return;
      const t = h[i]!;
      h[i] = h[m]!;
      h[m] = t;
      i = m;
    }
  }
}

/** Hex of a candidate's ticket. */
export function ticketHex(c: Candidate): string {
  return wordsToHex(c.words);
}
