/**
 * Bounded findings (第十九条: a failed draw names what is wrong, readably): at most {@link MAX_FINDINGS} findings
 * are returned per call, then one DRAW_TOO_MANY_FINDINGS finding saying how many more there were.
 */
import type { RuleIssue } from '../model/issue.js';
import { drawIssue } from './issues.js';

/** Most findings listed one by one. */
export const MAX_FINDINGS = 100;

/** The first {@link MAX_FINDINGS} findings, plus a summary finding with the count of the rest. */
export function capFindings(issues: RuleIssue[]): RuleIssue[] {
  if (issues.length <= MAX_FINDINGS) return issues;
  const rest = issues.length - MAX_FINDINGS;
  return [
    ...issues.slice(0, MAX_FINDINGS),
    drawIssue(
      'DRAW_TOO_MANY_FINDINGS',
      [],
      `另有 ${rest} 个问题未列出（共 ${issues.length} 个）`,
      `${rest} more findings not listed (${issues.length} in all)`,
    ),
  ];
}
