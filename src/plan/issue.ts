/**
 * Builds this area's findings: severity and article come from `planCodes`, so a finding cannot cite another
 * article than its code documents.
 */
import { type IssuePath, type RuleIssue, ruleIssue } from '../model/issue.js';
import { type PlanCode, planCodes } from './codes.js';

export function planIssue(code: PlanCode, path: IssuePath, zh: string, en: string): RuleIssue {
  const info = planCodes[code];
  return ruleIssue({ code, severity: info.severity, article: info.article, path, zh, en });
}

/** Prefixes every finding's path (findings about a second argument carry its name first). */
export function prefixIssues(prefix: IssuePath, issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.map((i) =>
    ruleIssue({
      code: i.code,
      severity: i.severity,
      article: i.article,
      path: [...prefix, ...i.path],
      zh: i.message.zh,
      en: i.message.en,
    }),
  );
}

/** Sorted, de-duplicated list of ids or names for messages (so messages never depend on input order). */
export function listOf(values: Iterable<string>): string {
  return [...new Set(values)].sort().join('、');
}

/** English list. */
export function listEn(values: Iterable<string>): string {
  return [...new Set(values)].sort().join(', ');
}
