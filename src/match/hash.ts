/**
 * SHA-256 of messages that share a prefix (第十九条: a draw cheap enough for anyone to recompute): every hash of
 * stage two is `SHA-256(K ‖ lp(label) ‖ suffix)`, so the 64-byte blocks of `K ‖ lp(label)` are compressed once
 * (the midstate) and each message then costs one compression. Exactly SHA-256 (tests compare with @noble/hashes).
 */
import { ByteWriter, compress, finishInto, SHA256_IV } from './stage-one.js';

export class PrefixHasher {
  private readonly midstate = Int32Array.from(SHA256_IV);
  private readonly full: number;
  private readonly tail: ByteWriter;
  private readonly tailStart: number;
  private readonly scratch = new Uint8Array(128);
  /** The last digest as 8 words (big-endian word i of the digest is `state[i] >>> 0`). */
  readonly state = new Int32Array(8);

  constructor(prefix: Uint8Array) {
    this.full = prefix.length - (prefix.length % 64);
    for (let off = 0; off < this.full; off += 64) compress(this.midstate, prefix, off);
    this.tail = new ByteWriter(256).raw(prefix.subarray(this.full));
    this.tailStart = this.tail.length;
  }

  /** Starts a message: returns the writer for the suffix. */
  begin(): ByteWriter {
    this.tail.length = this.tailStart;
    return this.tail;
  }

  /** Hashes prefix ‖ what was written since begin(); the digest is in `state`. */
  finish(): Int32Array {
    this.state.set(this.midstate);
    finishInto(this.state, this.tail.bytes, this.tail.length, this.full, this.scratch);
    return this.state;
  }
}

/** The prefix K ‖ lp(label). */
export function keyedPrefix(key: Uint8Array, label: string): Uint8Array {
  return new ByteWriter(128).raw(key).lp(label).toBytes();
}

const INDEX_BITS = 2 ** 21;

/** Digest words of entry a against b's, word by word (0 only for equal digests). */
function compareWords(words: Uint32Array, a: number, b: number): number {
  for (let j = 0; j < 8; j++) {
    const x = words[8 * a + j]!;
    const y = words[8 * b + j]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Indexes 0 … count−1 in ascending order of their digests (`words`: 8 words per entry, as 256-bit big-endian
 * numbers, i.e. by hex), equal digests by `tie`. Sorted by (first word, index) packed in one exact double, then
 * runs with an equal first word by the whole digest — no comparison callback in the common case.
 */
export function sortByDigest(
  words: Uint32Array,
  count: number,
  tie: (a: number, b: number) => number,
): number[] {
  const full = (a: number, b: number) => compareWords(words, a, b) || tie(a, b);
  if (count >= INDEX_BITS) return Array.from({ length: count }, (_, i) => i).sort(full);
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = words[8 * i]! * INDEX_BITS + i;
  packed.sort();
  const order = Array.from(packed, (p) => p % INDEX_BITS);
  for (let s = 0; s < order.length; ) {
    let e = s + 1;
    while (e < order.length && words[8 * order[e]!] === words[8 * order[s]!]) e++;
    if (e - s > 1) order.splice(s, e - s, ...order.slice(s, e).sort(full));
    s = e;
  }
  return order;
}

/** Whether entries a and b have the same digest. */
export function sameDigest(words: Uint32Array, a: number, b: number): boolean {
  return compareWords(words, a, b) === 0;
}
