/** Reading a published frame commitment back (第十九条): the strata must be the task's, in table order. */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { RuleIssue } from '../../model/issue.js';
import { drawIssue } from '../issues.js';
import type { FrameCommitment } from './frame.js';

const CommitmentSchema = z.object({
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  strata: z.array(z.object({ id: z.string(), count: z.int().min(0) })),
  total: z.int().min(0),
});

/** Parses a commitment and checks that it lists exactly `strata` and that the counts add up to the total. */
export function parseCommitment(
  input: unknown,
  strata: readonly string[],
): Result<FrameCommitment, RuleIssue[]> {
  const c = CommitmentSchema.safeParse(input);
  const bad = (en: string) =>
    err([
      drawIssue(
        'DRAW_COMMITMENT_INVALID',
        ['commitment'],
        `底册承诺格式错误或与任务分层不符（${en}）`,
        `The frame commitment is invalid: ${en}`,
      ),
    ]);
  if (!c.success) return bad('malformed');
  const v = c.data;
  if (v.strata.length !== strata.length || v.strata.some((s, h) => s.id !== strata[h])) {
    return bad("its strata are not the task's strata in table order");
  }
  if (v.strata.reduce((a, s) => a + s.count, 0) !== v.total)
    return bad('the counts do not add up to the total');
  return ok(
    Object.freeze({
      digest: v.digest,
      strata: Object.freeze(v.strata.map((s) => Object.freeze({ ...s }))),
      total: v.total,
    }),
  );
}
