/**
 * The seeded orders of stage two (第十九条 “公正”), all from the department's key K and SHA-256 only
 * (docs/match-verification.md, Step 2):
 *
 *   objectTicket(o)   = SHA-256( K ‖ lp("shuangsuiji/match-order/v1") ‖ lp(o) )        the order objects are served in
 *   inspectorRank(i)  = SHA-256( K ‖ lp("shuangsuiji/match-rank/v1") ‖ lp(i) )         the order of repairs and leader ties
 *   block(o, b)       = SHA-256( K ‖ lp("shuangsuiji/match-permutation/v1") ‖ lp(o) ‖ u32(b) ),  b = 0, 1, …
 *
 * The blocks of object o, read as 32-bit big-endian words one after another, drive an exact uniform integer
 * `uniform(r)` (take the next word w; if w < 2^32 − (2^32 mod r) return w mod r, else take the next word) and a
 * Fisher–Yates shuffle of the pool, revealed lazily: π_o[k] is settled at step k by swapping position k with
 * k + uniform(n − k). π_o is the object's **seeded order**: the draw takes from it, replacements follow it.
 */
import { keyedPrefix, PrefixHasher, sortByDigest } from './hash.js';
import { compareText } from './order.js';

const ORDER_LABEL = 'shuangsuiji/match-order/v1';
const RANK_LABEL = 'shuangsuiji/match-rank/v1';
const PERMUTATION_LABEL = 'shuangsuiji/match-permutation/v1';

/** Ids sorted by ticket under `label` (as 256-bit big-endian numbers, i.e. by hex; ties, which need a SHA-256
 * collision, by id). */
function byTicket(key: Uint8Array, label: string, ids: readonly string[]): string[] {
  const h = new PrefixHasher(keyedPrefix(key, label));
  const words = new Uint32Array(8 * ids.length);
  ids.forEach((id, i) => {
    h.begin().lp(id);
    const st = h.finish();
    for (let j = 0; j < 8; j++) words[8 * i + j] = st[j]! >>> 0;
  });
  return sortByDigest(words, ids.length, (a, b) => compareText(ids[a]!, ids[b]!)).map((i) => ids[i]!);
}

/** The objects in the order they are served. */
export function objectOrder(key: Uint8Array, objects: readonly string[]): string[] {
  return byTicket(key, ORDER_LABEL, objects);
}

/** The pool in rank order (as pool indexes), and each pool index's rank. */
export function inspectorRanks(
  key: Uint8Array,
  ids: readonly string[],
): { order: Int32Array; rank: Int32Array } {
  const index = new Map(ids.map((id, k) => [id, k]));
  const order = Int32Array.from(byTicket(key, RANK_LABEL, ids), (id) => index.get(id)!);
  const rank = new Int32Array(ids.length);
  order.forEach((k, r) => {
    rank[k] = r;
  });
  return { order, rank };
}

/**
 * The seeded orders π_o of one department's objects over pool indexes 0 … n−1. One instance serves every object
 * in turn (`start` resets it), revealing each order only as far as asked.
 */
export class SeededOrder {
  private readonly hasher: PrefixHasher;
  private readonly perm: Int32Array;
  /** Positions swapped since the last start (to restore the identity cheaply). */
  private readonly touched: number[] = [];
  private objectId = '';
  private block = 0;
  private word = 8;
  /** How many positions are settled. */
  revealed = 0;

  constructor(key: Uint8Array, n: number) {
    this.hasher = new PrefixHasher(keyedPrefix(key, PERMUTATION_LABEL));
    this.perm = new Int32Array(n);
    for (let k = 0; k < n; k++) this.perm[k] = k;
  }

  /** Resets to the start of π_o. */
  start(objectId: string): this {
    for (const p of this.touched) this.perm[p] = p;
    this.touched.length = 0;
    this.objectId = objectId;
    this.block = 0;
    this.word = 8;
    this.revealed = 0;
    return this;
  }

  private nextWord(): number {
    if (this.word === 8) {
      this.hasher
        .begin()
        .lp(this.objectId)
        .u32(this.block++);
      this.hasher.finish();
      this.word = 0;
    }
    return this.hasher.state[this.word++]! >>> 0;
  }

  /** Exact uniform integer in [0, r), r ≥ 1. */
  private uniform(r: number): number {
    const limit = 0x100000000 - (0x100000000 % r);
    for (;;) {
      const w = this.nextWord();
      if (w < limit) return w % r;
    }
  }

  /** π_o[k] (reveals positions up to k). */
  at(k: number): number {
    const n = this.perm.length;
    const perm = this.perm;
    while (this.revealed <= k) {
      const s = this.revealed;
      const j = s + this.uniform(n - s);
      const t = perm[s]!;
      perm[s] = perm[j]!;
      perm[j] = t;
      this.touched.push(s, j);
      this.revealed++;
    }
    return perm[k]!;
  }

  get size(): number {
    return this.perm.length;
  }
}
