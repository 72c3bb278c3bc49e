// The commitment bucket (第十九条 frame commitment, version 2): top byte of FNV-1a-32 of the credit code. It only
// partitions the frame, but shards are whole buckets, so it must spread real-looking codes evenly.
import { describe, expect, it } from 'vitest';
import { bucketOf as bucketOfResult, shardOf as shardOfResult } from '../../src/draw/index.js';
import { BUCKET_COUNT } from '../../src/draw/protocol/frame.js';

const bucketOf = (id: string) => bucketOfResult(id)._unsafeUnwrap();
const shardOf = (id: string, k: number) => shardOfResult(id, k)._unsafeUnwrap();

import { bucketOf as rawBucketOf } from '../../src/draw/protocol/frame.js';
import { usccCheckCharacter } from '../../src/model/uscc.js';
import { uscc } from './fixtures.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Pearson's chi-square of bucket counts against the uniform distribution. */
function chiSquare(ids: readonly string[]): number {
  const counts = new Array<number>(BUCKET_COUNT).fill(0);
  for (const id of ids) counts[bucketOf(id)]!++;
  const e = ids.length / BUCKET_COUNT;
  return counts.reduce((a, c) => a + (c - e) ** 2 / e, 0);
}

// For 255 degrees of freedom a uniform random assignment exceeds 400 with probability about 2e-8
// (Wilson–Hilferty: z ≈ 5.5), so a bucket rule that fails this is visibly uneven, not unlucky.
const CHI_SQUARE_BOUND = 400;

describe('commitment buckets (第十九条)', () => {
  it('is FNV-1a-32 of the UTF-8 bytes, top byte', () => {
    const fnv = (bytes: Uint8Array) => {
      let h = 0x811c9dc5;
      for (const c of bytes) h = Math.imul(h ^ c, 0x01000193);
      return h >>> 24;
    };
    for (const id of [uscc(1), uscc(77, '91350100'), '', 'a', '重点领域-1']) {
      expect(rawBucketOf(id)).toBe(fnv(new TextEncoder().encode(id)));
    }
    // The public bucketOf takes credit codes only and answers with a Result.
    expect(bucketOf(uscc(1))).toBe(fnv(new TextEncoder().encode(uscc(1))));
    expect(bucketOfResult('a').isErr()).toBe(true);
  });

  it('spreads consecutive credit codes of one district evenly', () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => uscc(i + 1));
    expect(chiSquare(ids)).toBeLessThan(CHI_SQUARE_BOUND);
  });

  it('spreads varied credit codes evenly', () => {
    let s = 2025;
    const next = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s >>> 8;
    };
    const ids = Array.from({ length: 60_000 }, () => {
      let f = `9${'123'[next() % 3]}${String(110000 + (next() % 550000)).slice(0, 6)}`;
      for (let j = 0; j < 9; j++) f += ALPHABET[next() % 31];
      return f + usccCheckCharacter(f);
    });
    expect(chiSquare(ids)).toBeLessThan(CHI_SQUARE_BOUND);
  });

  it('gives shards of nearly equal size (shard = bucket mod k)', () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => uscc(i + 1));
    for (const k of [2, 3, 7, 16]) {
      const sizes = new Array<number>(k).fill(0);
      for (const id of ids) sizes[shardOf(id, k)]!++;
      // ±10% of the mean: a uniform assignment deviates that much with probability far below 1e-6 at these sizes.
      for (const n of sizes) expect(Math.abs(n - ids.length / k)).toBeLessThan((0.1 * ids.length) / k);
    }
  });
});
