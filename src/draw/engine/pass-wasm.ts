/**
 * The loop of one pass (engine.ts `runPass`, 第十九条) on the WebAssembly accelerator (sha256x4.ts): the same
 * leaves, the same tickets and the same bucket digests as the JavaScript loop, four buckets at a time. Each
 * bucket's message lp(label) ‖ u8(b) ‖ leaves is laid out (and padded) in the accelerator's memory, its tickets
 * are computed there and only those under their stratum's first-word limit come back to the heaps; then the four
 * buckets' digests are computed side by side in the four SIMD lanes.
 */

import { wordsToBytes } from '../hash/sha256.js';
import { BUCKET_COUNT, LEAF_BYTES, largestBucket } from '../protocol/frame.js';
import type { TicketHasher } from '../protocol/ticket.js';
import { writeCode } from './code-key.js';
import type { SmallestK } from './select.js';
import { SHA256X4_ARENA, type Sha256x4, STRATUM_RECORD_BYTES, TICKET_RECORD_BYTES } from './sha256x4.js';

/** What a pass's loop works on (engine.ts `runPass` builds it; the loop runs here or in JavaScript). */
export interface PassLoop {
  /** The units in commitment order (see engine.ts `Units`). */
  readonly units: {
    readonly ids: readonly string[];
    readonly unitAt: Int32Array;
    readonly hs: Int32Array;
    readonly keys: Int32Array;
    readonly starts: Int32Array;
  };
  readonly strataCount: number;
  /** Absent for a commitment-only pass. */
  readonly hasher: TicketHasher | undefined;
  readonly heaps: readonly SmallestK[];
  /** Heap h's first-word limit: only tickets under it are offered. */
  readonly limits: readonly number[];
  /** lp(FRAME_BUCKET_LABEL). */
  readonly label: Uint8Array;
  readonly inBucket: (b: number) => boolean;
  /** Filled with the digest of every bucket `inBucket` selects. */
  readonly bucketDigests: (Uint8Array | undefined)[];
}

/** True when every stratum's credit-code ticket fits one block, which the accelerator requires. */
export function acceleratable(hasher: TicketHasher | undefined, strata: number): boolean {
  if (!hasher) return true;
  for (let h = 0; h < strata; h++) if (!hasher.codeTemplate(h)) return false;
  return true;
}

/**
 * Offers every unit's ticket to its stratum's heap (when there is a hasher) and digests the buckets `inBucket`
 * selects. Only tickets under their heap's first-word limit are offered, as the JavaScript loop's `rejects` test
 * does before a heap is full. False, with nothing done, when the accelerator cannot get the memory.
 */
export function passWithSha256x4(acc: Sha256x4, loop: PassLoop): boolean {
  const { units, strataCount, hasher, heaps, limits, label, inBucket, bucketDigests } = loop;
  const { ids, unitAt, hs, keys, starts } = units;
  const largest = largestBucket(starts);
  // Layout after the arena start: stratum records, midstate, four padded bucket messages, ticket records, digests.
  const strataAt = SHA256X4_ARENA;
  const midAt = strataAt + STRATUM_RECORD_BYTES * strataCount;
  const region = Math.ceil((label.length + 1 + largest * LEAF_BYTES + 9) / 64) * 64;
  const messagesAt = Math.ceil((midAt + 32) / 64) * 64;
  const recordsAt = messagesAt + 4 * region;
  const digestsAt = recordsAt + TICKET_RECORD_BYTES * Math.max(largest, 4);
  if (!acc.reserve(digestsAt + 128 - SHA256X4_ARENA)) return false; // nothing offered yet: JavaScript takes over
  const mem = acc.bytes();
  const words = acc.words();
  if (hasher) {
    for (let h = 0; h < strataCount; h++) {
      const t = hasher.codeTemplate(h)!;
      const at = strataAt + STRATUM_RECORD_BYTES * h;
      mem.set(t.block, at);
      words[(at + 64) >>> 2] = t.offset;
      words[(at + 68) >>> 2] = limits[h]!;
    }
    words.set(hasher.mid, midAt >>> 2);
  }
  const blocks = [0, 0, 0, 0];
  for (let g = 0; g < BUCKET_COUNT; g += 4) {
    let digest = false;
    for (let j = 0; j < 4; j++) {
      const b = g + j;
      const from = starts[b]!;
      const to = starts[b + 1]!;
      const base = messagesAt + j * region;
      mem.set(label, base);
      let o = base + label.length;
      mem[o++] = b;
      const leaves = o;
      for (let q = from; q < to; q++) {
        writeCode(keys, 3 * q, mem, o);
        const h = hs[q]!;
        mem[o + 18] = h >>> 24;
        mem[o + 19] = h >>> 16;
        mem[o + 20] = h >>> 8;
        mem[o + 21] = h;
        o += LEAF_BYTES;
      }
      if (hasher && to > from) {
        const n = acc.tickets(leaves, to - from, strataAt, midAt, recordsAt);
        for (let r = 0; r < n; r++) {
          const at = (recordsAt + TICKET_RECORD_BYTES * r) >>> 2;
          const q = from + words[at]!;
          heaps[hs[q]!]!.offer(words, ids[unitAt[q]!]!, at + 1);
        }
      }
      if (inBucket(b)) digest = true;
      // SHA-256 padding: 0x80, zeros, the message length in bits as a 64-bit big-endian number.
      const length = o - base;
      blocks[j] = Math.ceil((length + 9) / 64);
      const end = base + 64 * blocks[j]!;
      mem.fill(0, o, end);
      mem[o] = 0x80;
      const bits = length * 8; // below 2^32: the first four length bytes stay zero
      mem[end - 4] = bits >>> 24;
      mem[end - 3] = bits >>> 16;
      mem[end - 2] = bits >>> 8;
      mem[end - 1] = bits;
    }
    if (!digest) continue;
    acc.digest4(
      messagesAt,
      messagesAt + region,
      messagesAt + 2 * region,
      messagesAt + 3 * region,
      blocks[0]!,
      blocks[1]!,
      blocks[2]!,
      blocks[3]!,
      digestsAt,
    );
    for (let j = 0; j < 4; j++) {
      if (inBucket(g + j)) {
        const at = (digestsAt >>> 2) + 8 * j;
        bucketDigests[g + j] = wordsToBytes(words.subarray(at, at + 8));
      }
    }
  }
  return true;
}
