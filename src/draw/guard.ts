/**
 * No public function of the draw throws (第十九条: a failed draw is a finding, never a crash): hostile inputs
 * such as throwing getters or proxies become a DRAW_INPUT_UNREADABLE finding.
 */
import { err, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { capFindings } from './findings.js';
import { drawIssue } from './issues.js';

function unreadable(): RuleIssue[] {
  return [
    drawIssue(
      'DRAW_INPUT_UNREADABLE',
      [],
      '输入无法读取（访问字段时出错）',
      'The input could not be read (accessing a field failed)',
    ),
  ];
}

/** Runs `f`, turning an exception into a finding. */
export function guarded<A extends unknown[], T>(
  f: (...a: A) => Result<T, RuleIssue[]>,
): (...a: A) => Result<T, RuleIssue[]> {
  return (...a) => {
    try {
      const r = f(...a);
      return r.isErr() && r.error.length > 100 ? err(capFindings(r.error)) : r;
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
      return r.isErr() && r.error.length > 100 ? err(capFindings(r.error)) : r;
    } catch {
      return err(unreadable());
    }
  };
}
