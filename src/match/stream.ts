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
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { compareText } from './order.js';
import { ByteWriter } from './stage-one.js';

const ORDER_LABEL = 'shuangsuiji/match-order/v1';
const RANK_LABEL = 'shuangsuiji/match-rank/v1';
const PERMUTATION_LABEL = 'shuangsuiji/match-permutation/v1';

function ticket(key: Uint8Array, label: string, id: string): string {
  return bytesToHex(sha256(new ByteWriter(128).raw(key).lp(label).lp(id).toBytes()));
}

/** Ids sorted by ticket under `label` (ties, which need a SHA-256 collision, by id). */
function byTicket(key: Uint8Array, label: string, ids: readonly string[]): string[] {
  const t = new Map(ids.map((id) => [id, ticket(key, label, id)]));
  return [...ids].sort((a, b) => {
    const x = t.get(a)!;
    const y = t.get(b)!;
    return x < y ? -1 : x > y ? 1 : compareText(a, b);
  });
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

/** The seeded order π_o of one object over pool indexes 0 … n−1, revealed as far as asked. */
export class SeededOrder {
  private readonly prefix: ByteWriter;
  private readonly perm: Int32Array;
  private block = -1;
  private words: Uint8Array = new Uint8Array(0);
  private word = 8;
  /** How many positions are settled. */
  revealed = 0;

  constructor(key: Uint8Array, objectId: string, n: number) {
    this.prefix = new ByteWriter(128).raw(key).lp(PERMUTATION_LABEL).lp(objectId);
    this.perm = new Int32Array(n);
    for (let k = 0; k < n; k++) this.perm[k] = k;
  }

  private nextWord(): number {
    if (this.word === 8) {
      this.block++;
      const base = this.prefix.length;
      this.words = sha256(this.prefix.u32(this.block).toBytes());
      this.prefix.length = base;
      this.word = 0;
    }
    const b = this.words;
    const i = 4 * this.word++;
    return ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
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
    while (this.revealed <= k) {
      const s = this.revealed;
      const j = s + this.uniform(n - s);
      const t = this.perm[s]!;
      this.perm[s] = this.perm[j]!;
      this.perm[j] = t;
      this.revealed++;
    }
    return this.perm[k]!;
  }

  get size(): number {
    return this.perm.length;
  }
}
