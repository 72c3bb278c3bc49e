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
