/**
 * Findings of the inspector draw (第十八条–第二十一条): each takes its severity and article from the registry,
 * and no public operation throws — a hostile input (throwing getter, proxy) is MATCH_INPUT_UNREADABLE.
 */
import { err, type Result } from 'neverthrow';
import { capIssues, type IssuePath, type RuleIssue, ruleIssue } from '../model/issue.js';
import { type MatchCode, matchCodes } from './codes.js';

/** A finding with the registry's severity and article. */
export function matchIssue(code: MatchCode, path: IssuePath, zh: string, en: string): RuleIssue {
  const info = matchCodes[code];
  return ruleIssue({ code, severity: info.severity, article: info.article, path, zh, en });
}

function capped(issues: RuleIssue[]): RuleIssue[] {
  return capIssues(issues, (rest, total) =>
    matchIssue(
      'MATCH_TOO_MANY_FINDINGS',
      [],
      `另有 ${rest} 个问题未列出（共 ${total} 个）`,
      `${rest} more findings not listed (${total} in all)`,
    ),
  );
}

/** Runs `f`, turning an exception into a finding and capping the findings at 100. */
export function guarded<A extends unknown[], T>(
  f: (...a: A) => Result<T, RuleIssue[]>,
): (...a: A) => Result<T, RuleIssue[]> {
  return (...a) => {
    try {
      const r = f(...a);
      return r.isErr() ? err(capped(r.error)) : r;
    } catch {
      return err([
        matchIssue(
          'MATCH_INPUT_UNREADABLE',
          [],
          '输入无法读取（访问字段时出错）',
          'The input could not be read (accessing a field failed)',
        ),
      ]);
    }
  };
}
