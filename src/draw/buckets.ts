/**
 * The public bucket and shard functions (第十九条): which commitment bucket and which shard a credit code belongs
 * to, for splitting a frame across machines. They check their input and answer with a Result like every other
 * public function; the draw itself uses the unchecked `bucketOf` of frame.ts on codes it has already checked.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { parseUscc } from '../model/uscc.js';
import { guarded } from './guard.js';
import { drawIssue } from './issues.js';
import { BUCKET_COUNT, bucketOf as bucketOfCode } from './protocol/frame.js';

function bucketOfImpl(id: unknown): Result<number, RuleIssue[]> {
  const code = parseUscc(id, ['id']);
  if (code.isErr()) return err(code.error);
  return ok(bucketOfCode(code.value));
}

function shardOfImpl(id: unknown, shardCount: unknown): Result<number, RuleIssue[]> {
  if (!Number.isInteger(shardCount) || (shardCount as number) < 1 || (shardCount as number) > BUCKET_COUNT) {
    return err([
      drawIssue(
        'DRAW_SHARD_INVALID',
        ['shardCount'],
        `分片数应为 1 到 ${BUCKET_COUNT} 之间的整数`,
        `The shard count must be an integer from 1 to ${BUCKET_COUNT}`,
      ),
    ]);
  }
  return bucketOfImpl(id).map((b) => b % (shardCount as number));
}

/**
 * The commitment bucket (0–255) of a credit code: the top byte of FNV-1a-32 of its 18 ASCII bytes. An invalid
 * code is the GB 32100 finding of `parseUscc`. Never throws.
 */
export const bucketOf: (id: string) => Result<number, RuleIssue[]> = guarded(bucketOfImpl);

/**
 * The shard (0 … shardCount − 1) of a credit code: bucketOf(id) mod shardCount, 1 ≤ shardCount ≤ 256
 * (DRAW_SHARD_INVALID otherwise). Never throws.
 */
export const shardOf: (id: string, shardCount: number) => Result<number, RuleIssue[]> = guarded(shardOfImpl);
