/** Reading a published frame commitment back (第十九条): the strata must be the task's, in table order. */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../../model/issue.js';
import { drawIssue } from '../issues.js';
import type { FrameCommitment } from './frame.js';
import { frameCommitmentSchema, parseLabelled } from './labels.js';

const CommitmentSchema = frameCommitmentSchema(false);

/** Parses a commitment and checks that it lists exactly `strata` and that the counts add up to the total. */
export function parseCommitment(
  input: unknown,
  strata: readonly string[],
): Result<FrameCommitment, RuleIssue[]> {
  const c = parseLabelled(CommitmentSchema, input, 'DRAW_COMMITMENT_INVALID', ['commitment']);
  if (!c.ok) return err(c.issues);
  const bad = (zh: string, en: string) =>
    err([
      drawIssue(
        'DRAW_COMMITMENT_INVALID',
        ['commitment'],
        `底册承诺无效：${zh}`,
        `The frame commitment is invalid: ${en}`,
      ),
    ]);
  const v = c.value;
  if (v.strata.length !== strata.length || v.strata.some((s, h) => s.id !== strata[h])) {
    return bad(
      '其分层不是任务比例表的分层（须按表中顺序）',
      "its strata are not the task's strata in table order",
    );
  }
  if (v.strata.reduce((a, s) => a + s.count, 0) !== v.total)
    return bad('各层对象数之和不等于总数', 'the counts do not add up to the total');
  return ok(
    Object.freeze({
      digest: v.digest,
      strata: Object.freeze(v.strata.map((s) => Object.freeze({ ...s }))),
      total: v.total,
    }),
  );
}
