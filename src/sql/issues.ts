/**
 * Findings of `shuangsuiji/sql` (第十八条, 第十九条) from its code registry, and the guard that keeps every public
 * function from throwing: a hostile input (a throwing getter, a proxy) is SQL_INPUT_UNREADABLE.
 */
import { err, type Result } from 'neverthrow';
import { type IssuePath, type RuleIssue, ruleIssue } from '../model/issue.js';
import { type SqlCode, sqlCodes } from './codes.js';
import { capFindings } from './stage-one.js';

/** A finding with the registry's article and severity. */
export function sqlIssue(code: SqlCode, path: IssuePath, zh: string, en: string): RuleIssue {
  const info = sqlCodes[code];
  return ruleIssue({ code, severity: info.severity, article: info.article, path, zh, en });
}

function unreadable(): RuleIssue[] {
  return [
    sqlIssue(
      'SQL_INPUT_UNREADABLE',
      [],
      '输入无法读取（访问字段时出错）',
      'The input could not be read (accessing a field failed)',
    ),
  ];
}

/** Runs `f`, turning an exception into a finding and lists at most 100 findings. */
export function guarded<A extends unknown[], T>(
  f: (...a: A) => Result<T, RuleIssue[]>,
): (...a: A) => Result<T, RuleIssue[]> {
  return (...a) => {
    try {
      const r = f(...a);
      return r.isErr() ? err(capFindings(r.error)) : r;
    } catch {
      return err(unreadable());
    }
  };
}

/** Async variant of {@link guarded}. */
export function guardedAsync<A extends unknown[], T>(
  f: (...a: A) => Promise<Result<T, RuleIssue[]>>,
): (...a: A) => Promise<Result<T, RuleIssue[]>> {
  return async (...a) => {
    try {
      const r = await f(...a);
      return r.isErr() ? err(capFindings(r.error)) : r;
    } catch {
      return err(unreadable());
    }
  };
}
