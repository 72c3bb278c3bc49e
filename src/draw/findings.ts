/**
 * Bounded findings (第十九条: a failed draw names what is wrong, readably): at most {@link MAX_FINDINGS} findings
 * are returned per call, then one DRAW_TOO_MANY_FINDINGS finding saying how many more there were.
 */
import { capIssues, MAX_FINDINGS, type RuleIssue } from '../model/issue.js';
import { drawIssue } from './issues.js';

export { MAX_FINDINGS };

/** The first {@link MAX_FINDINGS} findings, plus a summary finding with the count of the rest. */
export function capFindings(issues: RuleIssue[]): RuleIssue[] {
  return capIssues(issues, (rest, total) =>
    drawIssue(
      'DRAW_TOO_MANY_FINDINGS',
      [],
      `另有 ${rest} 个问题未列出（共 ${total} 个）`,
      `${rest} more findings not listed (${total} in all)`,
    ),
  );
}
