/**
 * SHA-256 (FIPS 180-4) for the draw's hot path (第十九条: the draw must be cheap enough to recompute by anyone).
 * The compression function over 32-bit words as the plain 64-round loop, plus a "midstate" helper: when
 * every message starts with the same 64-byte block (the derived key and the ticket label), that block is compressed
 * once and each ticket costs one more compression. Tests check every path against @noble/hashes `sha256`.
 */

/** The SHA-256 initial state H(0). */
export const SHA256_IV: readonly number[] = Object.freeze([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** The 64 SHA-256 round constants K_0 … K_63 (FIPS 180-4 §4.2.2). */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** The message schedule W_0 … W_63, reused by every call (the draw is single-threaded). */
const W = new Int32Array(64);

/**
 * Compresses the 64-byte block at `block[offset..offset+64)` into `state` (8 words, updated in place), or from
 * `state` into `out` when given (a midstate is then reused without copying it first). The FIPS 180-4 loop:
 *   T1 = h + Σ1(e) + Ch(e,f,g) + K_i + W_i;  T2 = Σ0(a) + Maj(a,b,c);  h…a = g…a, d + T1, T1 + T2.
 * (The bulk of the draw's hashing runs four compressions at once in the WebAssembly module, sha256x4.ts; an
 * unrolled version of this loop measured no end-to-end difference on a 1M-object draw.)
 */
export function compress(
  state: Int32Array,
  block: Uint8Array,
  offset: number,
  out: Int32Array = state,
): void {
  for (let i = 0; i < 16; i++) {
    const o = offset + 4 * i;
    W[i] = (block[o]! << 24) | (block[o + 1]! << 16) | (block[o + 2]! << 8) | block[o + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15]!;
    const y = W[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + (g ^ (e & (f ^ g))) + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) | (c & (a | b)))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  out[0] = (state[0]! + a) | 0;
  out[1] = (state[1]! + b) | 0;
  out[2] = (state[2]! + c) | 0;
  out[3] = (state[3]! + d) | 0;
  out[4] = (state[4]! + e) | 0;
  out[5] = (state[5]! + f) | 0;
  out[6] = (state[6]! + g) | 0;
  out[7] = (state[7]! + h) | 0;
}

/**
 * Compresses the padded tail of a message into `state`: `tail` holds the message bytes after the blocks
 * already compressed (`prefixBytes` of them), `scratch` is a reusable buffer of at least 128 bytes.
 */
export function finishInto(
  state: Int32Array,
  tail: Uint8Array,
  tailLength: number,
  prefixBytes: number,
  scratch: Uint8Array,
): void {
  let off = 0;
  while (tailLength - off >= 64) {
    compress(state, tail, off);
    off += 64;
  }
  const rest = tailLength - off;
  const blocks = rest + 9 <= 64 ? 1 : 2;
  scratch.fill(0, 0, blocks * 64);
  for (let i = 0; i < rest; i++) scratch[i] = tail[off + i]!;
  scratch[rest] = 0x80;
  const bits = (prefixBytes + tailLength) * 8;
  const end = blocks * 64;
  const hi = Math.floor(bits / 0x100000000);
  const lo = bits >>> 0;
  scratch[end - 8] = hi >>> 24;
  scratch[end - 7] = (hi >>> 16) & 0xff;
  scratch[end - 6] = (hi >>> 8) & 0xff;
  scratch[end - 5] = hi & 0xff;
  scratch[end - 4] = lo >>> 24;
  scratch[end - 3] = (lo >>> 16) & 0xff;
  scratch[end - 2] = (lo >>> 8) & 0xff;
  scratch[end - 1] = lo & 0xff;
  compress(state, scratch, 0);
  if (blocks === 2) compress(state, scratch, 64);
}

/** A fresh state set to the initial value. */
export function initialState(): Int32Array {
  return Int32Array.from(SHA256_IV);
}

const SCRATCH = new Uint8Array(128);

/** SHA-256 of a whole message as 8 big-endian words (same as the digest's bytes). */
export function sha256Words(message: Uint8Array, length = message.length): Int32Array {
  const state = initialState();
  finishInto(state, message, length, 0, SCRATCH);
  return state;
}

/** The 32 digest bytes of a state. */
export function wordsToBytes(words: Int32Array): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const w = words[i]!;
    out[4 * i] = w >>> 24;
    out[4 * i + 1] = (w >>> 16) & 0xff;
    out[4 * i + 2] = (w >>> 8) & 0xff;
    out[4 * i + 3] = w & 0xff;
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const hexScratch: number[] = new Array(64).fill(0);

/**
 * Lowercase hex of 8 words (64 characters) starting at `offset`, big-endian. Built with one
 * `String.fromCharCode` call so the result is a flat string (concatenation would leave a rope of ~10 heap
 * objects per ticket, which dominated the memory of a large draw).
 */
export function wordsToHex(words: ArrayLike<number>, offset = 0): string {
  for (let i = 0; i < 8; i++) {
    const w = words[offset + i]! >>> 0;
    for (let j = 0; j < 8; j++) hexScratch[8 * i + j] = HEX_CODES[(w >>> (28 - 4 * j)) & 15]!;
  }
  return String.fromCharCode.apply(null, hexScratch);
}

/** Lowercase hex of bytes. */
export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!];
  return s;
}

/** SHA-256 of a message, lowercase hex. */
export function sha256Hex(message: Uint8Array): string {
  return wordsToHex(sha256Words(message));
}

/** Incremental SHA-256 over byte chunks (used for the 256 bucket digests of a frame commitment). */
export class Sha256Stream {
  private readonly state = initialState();
  private readonly buffer = new Uint8Array(64);
  private buffered = 0;
  private total = 0;

  /** Appends `length` bytes of `bytes` (from the start). */
  update(bytes: Uint8Array, length = bytes.length): void {
    let i = 0;
    this.total += length;
    if (this.buffered > 0) {
      while (i < length && this.buffered < 64) this.buffer[this.buffered++] = bytes[i++]!;
      if (this.buffered < 64) return;
      compress(this.state, this.buffer, 0);
      this.buffered = 0;
    }
    while (length - i >= 64) {
      compress(this.state, bytes, i);
      i += 64;
    }
    while (i < length) this.buffer[this.buffered++] = bytes[i++]!;
  }

  /** The digest as 8 words; the stream must not be used afterwards. */
  digestWords(): Int32Array {
    const state = Int32Array.from(this.state);
    finishInto(state, this.buffer, this.buffered, this.total - this.buffered, SCRATCH);
    return state;
  }
}

/**
 * Hashes a message that fits one padded block: `block[0..len)` holds the message (len ≤ 55) and the rest of
 * the 64 bytes is scratch. `prefixBytes` counts bytes already compressed into `state` (0 or 64).
 */
export function compressLastBlock(
  state: Int32Array,
  block: Uint8Array,
  len: number,
  prefixBytes: number,
): void {
  block[len] = 0x80;
  for (let i = len + 1; i < 60; i++) block[i] = 0;
  const bits = (prefixBytes + len) * 8;
  block[60] = bits >>> 24;
  block[61] = (bits >>> 16) & 0xff;
  block[62] = (bits >>> 8) & 0xff;
  block[63] = bits & 0xff;
  compress(state, block, 0);
}
