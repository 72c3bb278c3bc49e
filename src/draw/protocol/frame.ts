/**
 * 抽查底册承诺 (frame commitment, 第十九条 “公开、公正”): a digest binding every (credit code, stratum) pair of the
 * frame and the count of each stratum, independent of input order, computable in one pass over a stream and
 * from shards. It is published before the seed is known, so nobody can add or drop objects after seeing it.
 *
 *   bucket(id)        = top byte of FNV-1a-32( UTF-8(id) )                                      (0–255)
 *   bucketDigest_b    = SHA-256( lp("shuangsuiji/frame-bucket/v2") ‖ u8(b)
 *                                ‖ for each unit of bucket b in ascending id order: id ‖ u32(h) )
 *   frameDigest       = SHA-256( lp("shuangsuiji/frame/v2") ‖ u32(H)
 *                                ‖ for each stratum in table order: lp(stratumId) ‖ u64(N_h)
 *                                ‖ bucketDigest_0 ‖ … ‖ bucketDigest_255 )
 *
 * Ids are compared by their UTF-8 bytes (credit codes are ASCII, so this is plain string order). Each leaf is a
 * fixed 22-byte record: the 18 ASCII bytes of the credit code (every frame id is a GB 32100 code, so no length
 * prefix is needed) and h, the index of its stratum in table order — the order the frame digest itself lists
 * the strata in, so a verifier reads h off the commitment. A compact leaf costs about a fifth fewer SHA-256
 * compressions than lp(id) ‖ lp(stratum) did (unreleased algorithm version 2 was redefined for it).
 */

import { bytesToHex, Sha256Stream, sha256Words, wordsToBytes, wordsToHex } from '../hash/sha256.js';
import { ByteWriter, utf8 } from './encoding.js';

export const BUCKET_COUNT = 256;

/** Bytes of a commitment leaf: the 18 code bytes and u32(stratum index). */
export const LEAF_BYTES = 22;

/** Units in the largest bucket, given each bucket's start position (`starts[b] … starts[b+1]`). */
export function largestBucket(starts: Int32Array): number {
  let largest = 0;
  for (let b = 0; b < BUCKET_COUNT; b++) largest = Math.max(largest, starts[b + 1]! - starts[b]!);
  return largest;
}
export const FRAME_BUCKET_LABEL = 'shuangsuiji/frame-bucket/v2';
const FRAME_LABEL = 'shuangsuiji/frame/v2';

/** A published frame commitment. */
export interface FrameCommitment {
  /** Lowercase hex SHA-256 frame digest. */
  readonly digest: string;
  /** Each stratum of the table in order, with its number of objects N_h. */
  readonly strata: readonly { readonly id: string; readonly count: number }[];
  /** Σ N_h. */
  readonly total: number;
}

/** FNV-1a 32-bit offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * The commitment bucket (0–255) of a credit code: the top byte of the 32-bit FNV-1a hash of its UTF-8 bytes,
 *
 *   h = 0x811c9dc5; for each byte c: h = ((h XOR c) × 0x01000193) mod 2^32;  bucket = h >> 24.
 *
 * Buckets only partition the frame (for the commitment and for shards); they need not be cryptographic, only
 * fixed and roughly uniform. The commitment's security rests on the SHA-256 bucket and frame digests.
 */
export function bucketOf(id: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c > 0x7f) {
      const bytes = utf8(id);
      return bucketOfBytes(bytes, 0, bytes.length);
    }
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 24;
}

/** `bucketOf` of the UTF-8 bytes `bytes[off … off+len)`. */
function bucketOfBytes(bytes: Uint8Array, off: number, len: number): number {
  let h = FNV_OFFSET;
  for (let i = off; i < off + len; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 24;
}

/** The shard (0 … shardCount−1) a credit code belongs to: bucket mod shardCount. Shards are whole buckets. */
export function shardOf(id: string, shardCount: number): number {
  return bucketOf(id) % shardCount;
}

/** Accumulates the 256 bucket digests and per-stratum counts of a frame. */
export class FrameAccumulator {
  private readonly streams: (Sha256Stream | undefined)[] = new Array(BUCKET_COUNT);
  private readonly leaf = new Uint8Array(LEAF_BYTES);
  readonly counts: number[];

  constructor(readonly strata: readonly string[]) {
    this.counts = strata.map(() => 0);
  }

  private stream(b: number): Sha256Stream {
    let s = this.streams[b];
    if (!s) {
      s = new Sha256Stream();
      s.update(new ByteWriter(40).lp(FRAME_BUCKET_LABEL).u8(b).toBytes());
      this.streams[b] = s;
    }
    return s;
  }

  /** Adds a unit (a checked credit code); within one bucket, ids must come in ascending order. */
  add(id: string, stratumIndex: number, bucket: number): void {
    this.counts[stratumIndex]!++;
    const leaf = this.leaf;
    if (id.length === 18) {
      // A checked credit code: 18 ASCII characters, written without allocating.
      for (let i = 0; i < 18; i++) leaf[i] = id.charCodeAt(i);
      leaf[18] = stratumIndex >>> 24;
      leaf[19] = stratumIndex >>> 16;
      leaf[20] = stratumIndex >>> 8;
      leaf[21] = stratumIndex;
      this.stream(bucket).update(leaf, LEAF_BYTES);
    } else {
      const w = new ByteWriter(64).raw(utf8(id)).u32(stratumIndex);
      this.stream(bucket).update(w.bytes, w.length);
    }
  }

  /** Digest of bucket b (32 bytes). Call once per bucket, after its last unit. */
  bucketDigest(b: number): Uint8Array {
    return wordsToBytes(this.stream(b).digestWords());
  }
}

/** The frame digest from the per-stratum counts and all 256 bucket digests (in bucket order). */
export function frameDigest(
  strata: readonly string[],
  counts: readonly number[],
  buckets: readonly Uint8Array[],
): string {
  const w = new ByteWriter(64 + 32 * BUCKET_COUNT).lp(FRAME_LABEL).u32(strata.length);
  for (const [h, s] of strata.entries()) w.lp(s).u64(counts[h]!);
  for (const d of buckets) w.raw(d);
  return wordsToHex(sha256Words(w.bytes, w.length));
}

/** Builds the commitment object. */
export function makeCommitment(
  strata: readonly string[],
  counts: readonly number[],
  buckets: readonly Uint8Array[],
): FrameCommitment {
  return Object.freeze({
    digest: frameDigest(strata, counts, buckets),
    strata: Object.freeze(strata.map((id, h) => Object.freeze({ id, count: counts[h]! }))),
    total: counts.reduce((a, b) => a + b, 0),
  });
}

/** Hex of a bucket digest (for shard results). */
export function bucketDigestHex(d: Uint8Array): string {
  return bytesToHex(d);
}
