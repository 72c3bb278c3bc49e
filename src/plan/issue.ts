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

/** The finding with another severity (a code whose severity a caller's option decides). */
export function withSeverity(issue: RuleIssue, severity: RuleIssue['severity']): RuleIssue {
  if (issue.severity === severity) return issue;
  return ruleIssue({
    code: issue.code,
    severity,
    article: issue.article,
    path: issue.path,
    zh: issue.message.zh,
    en: issue.message.en,
  });
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

/** Department names by id, from the department list given with the input. */
export type DepartmentNames = ReadonlyMap<string, string>;

/**
 * How a message names a department: by its name from the department list (部门名称), the id staying in the path;
 * the id itself only when the list does not name it.
 */
export function deptZh(names: DepartmentNames, id: string): string {
  const name = names.get(id);
  return name === undefined ? id : `“${name}”`;
}

/** English form of {@link deptZh} (the name is the department's own, in Chinese). */
export function deptEn(names: DepartmentNames, id: string): string {
  return names.get(id) ?? id;
}

/** Sorted list of department names for messages. */
export function deptListZh(names: DepartmentNames, ids: Iterable<string>): string {
  return [...new Set(ids)]
    .sort()
    .map((id) => deptZh(names, id))
    .join('、');
}

/** English form of {@link deptListZh}. */
export function deptListEn(names: DepartmentNames, ids: Iterable<string>): string {
  return [...new Set(ids)]
    .sort()
    .map((id) => deptEn(names, id))
    .join(', ');
}
