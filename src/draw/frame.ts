/**
 * 抽查底册承诺 (frame commitment, 第十九条 “公开、公正”): a digest binding every (credit code, stratum) pair of the
 * frame and the count of each stratum, independent of input order, computable in one pass over a stream and
 * from shards. It is published before the seed is known, so nobody can add or drop objects after seeing it.
 *
 *   bucket(id)        = first byte of SHA-256( lp("shuangsuiji/bucket/v1") ‖ lp(id) )           (0–255)
 *   bucketDigest_b    = SHA-256( lp("shuangsuiji/frame-bucket/v1") ‖ u8(b)
 *                                ‖ for each unit of bucket b in ascending id order: lp(id) ‖ lp(stratum) )
 *   frameDigest       = SHA-256( lp("shuangsuiji/frame/v1") ‖ u32(H)
 *                                ‖ for each stratum in table order: lp(stratumId) ‖ u64(N_h)
 *                                ‖ bucketDigest_0 ‖ … ‖ bucketDigest_255 )
 *
 * Ids are compared by their UTF-8 bytes (credit codes are ASCII, so this is plain string order).
 */
import { ByteWriter } from './encoding.js';
import {
  bytesToHex,
  compressLastBlock,
  SHA256_IV,
  Sha256Stream,
  sha256Words,
  wordsToBytes,
  wordsToHex,
} from './sha256.js';

export const BUCKET_COUNT = 256;
const BUCKET_LABEL = 'shuangsuiji/bucket/v1';
export const FRAME_BUCKET_LABEL = 'shuangsuiji/frame-bucket/v1';
const FRAME_LABEL = 'shuangsuiji/frame/v1';

/** A published frame commitment. */
export interface FrameCommitment {
  /** Lowercase hex SHA-256 frame digest. */
  readonly digest: string;
  /** Each stratum of the table in order, with its number of objects N_h. */
  readonly strata: readonly { readonly id: string; readonly count: number }[];
  /** Σ N_h. */
  readonly total: number;
}

const bucketWriter = new ByteWriter(64);
bucketWriter.lp(BUCKET_LABEL);
const BUCKET_PREFIX = bucketWriter.length;

const bucketBlock = new Uint8Array(64);
bucketBlock.set(bucketWriter.bytes.subarray(0, BUCKET_PREFIX));
const bucketState = new Int32Array(8);
const IV = Int32Array.from(SHA256_IV);

/** The commitment bucket (0–255) of a credit code. */
export function bucketOf(id: string): number {
  const len = id.length;
  if (BUCKET_PREFIX + 4 + len <= 55) {
    let ascii = true;
    const b = bucketBlock;
    let o = BUCKET_PREFIX;
    b[o++] = 0;
    b[o++] = 0;
    b[o++] = 0;
    b[o++] = len;
    for (let i = 0; i < len; i++) {
      const c = id.charCodeAt(i);
      if (c > 0x7f) {
        ascii = false;
        break;
      }
      b[o++] = c;
    }
    if (ascii) {
      bucketState.set(IV);
      compressLastBlock(bucketState, b, o, 0);
      return bucketState[0]! >>> 24;
    }
  }
  bucketWriter.length = BUCKET_PREFIX;
  bucketWriter.lp(id);
  return sha256Words(bucketWriter.bytes, bucketWriter.length)[0]! >>> 24;
}

/** `bucketOf` of the 18-character credit code whose ASCII bytes are `code[off … off+18)`. */
export function bucketOfCode(code: Uint8Array, off: number): number {
  const b = bucketBlock;
  let o = BUCKET_PREFIX;
  b[o++] = 0;
  b[o++] = 0;
  b[o++] = 0;
  b[o++] = 18;
  for (let i = 0; i < 18; i++) b[o++] = code[off + i]!;
  bucketState.set(IV);
  compressLastBlock(bucketState, b, o, 0);
  return bucketState[0]! >>> 24;
}

/** The shard (0 … shardCount−1) a credit code belongs to: bucket mod shardCount. Shards are whole buckets. */
export function shardOf(id: string, shardCount: number): number {
  return bucketOf(id) % shardCount;
}

/** Accumulates the 256 bucket digests and per-stratum counts of a frame. */
export class FrameAccumulator {
  private readonly streams: (Sha256Stream | undefined)[] = new Array(BUCKET_COUNT);
  private readonly leaf = new ByteWriter(128);
  private readonly strataBytes: Uint8Array[];
  readonly counts: number[];

  constructor(readonly strata: readonly string[]) {
    this.counts = strata.map(() => 0);
    this.strataBytes = strata.map((s) => new ByteWriter(32).lp(s).toBytes());
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

  /** Adds a unit; within one bucket, ids must come in ascending order. */
  add(id: string, stratumIndex: number, bucket: number): void {
    this.counts[stratumIndex]!++;
    this.leaf.reset().lp(id).raw(this.strataBytes[stratumIndex]!);
    this.stream(bucket).update(this.leaf.bytes, this.leaf.length);
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
