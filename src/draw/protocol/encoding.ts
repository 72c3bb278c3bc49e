/**
 * Canonical byte encodings of the draw (第十九条: a draw anyone can recompute needs bytes everyone agrees on).
 * Strings are UTF-8 of the exact text (no normalisation); `lp(x)` is a 4-byte big-endian length followed by
 * the bytes, so a concatenation of `lp` fields can be split back unambiguously.
 */

/** True when a string has no unpaired surrogate, i.e. its UTF-8 encoding is lossless. */
export function isWellFormedText(s: string): boolean {
  return !/\p{Cs}/u.test(s);
}

// TextEncoder exists in every runtime the core supports (Node 20+, browsers, workers); the core compiles without
// DOM or Node types (tsconfig `types: []`), so its one use is declared here, module-scoped.
declare const TextEncoder: new () => { encode(input: string): Uint8Array };
const encoder = new TextEncoder();

/** UTF-8 bytes of a string (exact code points, no normalisation); TextEncoder, in every runtime the core supports. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Growable byte buffer writing the draw's canonical encodings. */
export class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 256) {
    this.bytes = new Uint8Array(capacity);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let cap = this.bytes.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  reset(): this {
    this.length = 0;
    return this;
  }

  u8(v: number): this {
    this.ensure(1);
    this.bytes[this.length++] = v & 0xff;
    return this;
  }

  u32(v: number): this {
    this.ensure(4);
    const b = this.bytes;
    b[this.length++] = (v >>> 24) & 0xff;
    b[this.length++] = (v >>> 16) & 0xff;
    b[this.length++] = (v >>> 8) & 0xff;
    b[this.length++] = v & 0xff;
    return this;
  }

  /** 8-byte big-endian unsigned integer (v < 2^53). */
  u64(v: number): this {
    this.u32(Math.floor(v / 0x100000000));
    return this.u32(v >>> 0);
  }

  raw(data: Uint8Array): this {
    this.ensure(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
    return this;
  }

  /** Length-prefixed bytes: u32(len) ‖ bytes. */
  lpBytes(data: Uint8Array): this {
    return this.u32(data.length).raw(data);
  }

  /** Length-prefixed UTF-8 string. An ASCII-only string is written without an intermediate array. */
  lp(s: string): this {
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (!ascii) return this.lpBytes(utf8(s));
    this.u32(s.length);
    this.ensure(s.length);
    for (let i = 0; i < s.length; i++) this.bytes[this.length++] = s.charCodeAt(i);
    return this;
  }

  /** A copy of the written bytes. */
  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Parses lowercase hex into bytes, or undefined. */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
