/**
 * 签号 (ticket) of one object in the object draw (第十九条): a 256-bit number
 *
 *   ticket(s, id) = SHA-256( K ‖ P ‖ lp(s) ‖ lp(id) )
 *
 * K = deriveKey(seed, ["stage-one", taskId]) (32 bytes) and P = ASCII "shuangsuiji/ticket/v1" padded with zero
 * bytes to 32, so K ‖ P is exactly the first 64-byte block: its compression (the midstate) is computed once and
 * each ticket costs one more compression when lp(s) ‖ lp(id) has at most 55 bytes (a credit code and a stratum id
 * up to 29 bytes). Tickets compare as 256-bit big-endian numbers; the stratum's sample is its n smallest.
 */

import { compress, compressLastBlock, finishInto, initialState } from '../hash/sha256.js';
import { ByteWriter } from './encoding.js';

export const TICKET_LABEL = 'shuangsuiji/ticket/v1';

/** The 32-byte P block half. */
export function ticketPad(): Uint8Array {
  const p = new Uint8Array(32);
  for (let i = 0; i < TICKET_LABEL.length; i++) p[i] = TICKET_LABEL.charCodeAt(i);
  return p;
}

/** Computes tickets under one derived key. `out` is overwritten by every call. */
export class TicketHasher {
  /** State after the first block K ‖ P. */
  readonly mid = initialState();
  private readonly tail = new ByteWriter(128);
  private readonly scratch = new Uint8Array(128);
  private readonly strataBytes: Uint8Array[];
  private readonly block = new Uint8Array(64);
  readonly out = new Int32Array(8);

  constructor(key: Uint8Array, strata: readonly string[]) {
    const block = new Uint8Array(64);
    block.set(key.subarray(0, 32), 0);
    block.set(ticketPad(), 32);
    compress(this.mid, block, 0);
    this.strataBytes = strata.map((s) => new ByteWriter(32).lp(s).toBytes());
    this.codeBlocks = this.strataBytes.map((sb) => {
      const len = sb.length + 4 + 18;
      if (len > 55) return undefined;
      const b = new Uint8Array(64);
      b.set(sb, 0);
      b[sb.length + 3] = 18;
      b[len] = 0x80;
      const bits = (64 + len) * 8;
      b[62] = bits >>> 8;
      b[63] = bits & 0xff;
      return b;
    });
  }

  /**
   * Ticket of (stratum h, an 18-character credit code given as its ASCII bytes `code[off … off+18)`, the same
   * code being `ids[unit]`) into `out`. Same value as `ticket(h, ids[unit])`, without reading the string.
   */
  ticketOfCode(stratumIndex: number, code: Uint8Array, off: number, ids: readonly string[], unit: number) {
    const b = this.codeBlocks[stratumIndex];
    if (!b) return this.ticket(stratumIndex, ids[unit]!);
    const o = this.strataBytes[stratumIndex]!.length + 4;
    for (let i = 0; i < 18; i++) b[o + i] = code[off + i]!;
    compress(this.mid, b, 0, this.out);
    return this.out;
  }

  /**
   * Stratum h's padded last block for a credit-code ticket (code bytes not filled in) and the offset of the code
   * in it; undefined when it does not fit one block. Read-only use: the block is shared.
   */
  codeTemplate(stratumIndex: number): { readonly block: Uint8Array; readonly offset: number } | undefined {
    const block = this.codeBlocks[stratumIndex];
    return block && { block, offset: this.strataBytes[stratumIndex]!.length + 4 };
  }

  /**
   * Per stratum, the padded last block of a credit-code ticket with everything but the 18 code bytes filled in:
   * lp(s) ‖ 00 00 00 12 ‖ (code) ‖ 80 ‖ zeros ‖ u64 bit length of K ‖ P ‖ lp(s) ‖ lp(code). Undefined when it
   * does not fit one block (a stratum id over 29 bytes).
   */
  private readonly codeBlocks: (Uint8Array | undefined)[];

  /** Ticket of (stratum h, id) into `out` (8 words, big-endian digest order). */
  ticket(stratumIndex: number, id: string): Int32Array {
    const sb = this.strataBytes[stratumIndex]!;
    const len = id.length;
    if (sb.length + 4 + len <= 55) {
      const b = this.block;
      b.set(sb, 0);
      let o = sb.length;
      b[o++] = 0;
      b[o++] = 0;
      b[o++] = 0;
      b[o++] = len;
      let ascii = true;
      for (let i = 0; i < len; i++) {
        const c = id.charCodeAt(i);
        if (c > 0x7f) {
          ascii = false;
          break;
        }
        b[o++] = c;
      }
      if (ascii) {
        this.out.set(this.mid);
        compressLastBlock(this.out, b, o, 64);
        return this.out;
      }
    }
    this.tail.reset().raw(this.strataBytes[stratumIndex]!).lp(id);
    this.out.set(this.mid);
    finishInto(this.out, this.tail.bytes, this.tail.length, 64, this.scratch);
    return this.out;
  }
}
