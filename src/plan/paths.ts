/**
 * Finding paths that do not depend on input order, and clearer codes for parse failures.
 *
 * Tasks and catalog entries are addressed by id, not by array index: `['tasks', 'LT-2026-T01', 'schedule']`.
 * zod reports indexes, so a parse finding at `['tasks', 3, …]` is re-keyed to the id of the raw task at index 3
 * when that id is a non-empty string used by no other raw task (otherwise the index stays). With this, the same
 * plan with its tasks in another order gives the same findings.
 *
 * A required 第十四条 field that is missing or empty comes back from the parser as a `SCHEMA_*` issue; it is
 * reported as `PLAN_TASK_FIELD_MISSING` (第十四条) with the same path, and likewise for the catalog's 第十条
 * fields, the ratio table's source and a ratio out of (0, 1] (第十五条).
 */
import type { IssuePath, RuleIssue } from '../model/issue.js';
import { planIssue } from './issue.js';

/** Reads `path` inside `root`; never throws (hostile getters give `undefined`). */
export function rawAt(root: unknown, path: IssuePath): unknown {
  try {
    let cur: unknown = root;
    for (const key of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[key];
    }
    return cur;
  } catch {
    return undefined;
  }
}

/** Missing, null, blank text or an empty list: a required field that says nothing. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * For the raw array at `root[key]`: a function mapping an index to the element's id when that id is a unique
 * non-empty string, else to the index itself.
 */
export function idKeyer(root: unknown, key: string): (index: number) => string | number {
  const arr = rawAt(root, [key]);
  if (!Array.isArray(arr)) return (i) => i;
  const ids: (string | undefined)[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < arr.length; i++) {
    const id = rawAt(arr, [i, 'id']);
    const usable = typeof id === 'string' && id.trim() !== '' ? id : undefined;
    ids.push(usable);
    if (usable !== undefined) counts.set(usable, (counts.get(usable) ?? 0) + 1);
  }
  return (i) => {
    const id = ids[i];
    return id !== undefined && counts.get(id) === 1 ? id : i;
  };
}

/**
 * When the issue's path starts with `prefix` followed by an array index, the issue with that index replaced by
 * `keyOf(index)`; otherwise the issue unchanged.
 */
export function rekey(
  issue: RuleIssue,
  prefix: IssuePath,
  keyOf: (index: number) => string | number,
): RuleIssue {
  const depth = prefix.length;
  if (prefix.some((k, i) => issue.path[i] !== k)) return issue;
  const at = issue.path[depth];
  if (typeof at !== 'number') return issue;
  const path = [...issue.path];
  path[depth] = keyOf(at);
  return Object.freeze({ ...issue, path: Object.freeze(path) });
}

interface FieldName {
  readonly zh: string;
  readonly en: string;
}

/** The 第十四条 fields of a task, by their path inside the task. */
const TASK_FIELDS: ReadonlyMap<string, FieldName> = new Map([
  ['name', { zh: '任务名称', en: 'task name' }],
  ['departments', { zh: '联合抽查部门', en: 'participating departments' }],
  ['items', { zh: '抽查事项', en: 'items' }],
  ['objectScope', { zh: '检查对象', en: 'objects' }],
  ['implementingBody', { zh: '实施主体', en: 'implementing body' }],
  ['duties', { zh: '责任分工', en: 'division of duties' }],
  ['sampling', { zh: '抽查基数和比例', en: 'base and ratio' }],
  ['sampling.base', { zh: '抽查基数', en: 'base' }],
  ['sampling.ratioTable', { zh: '抽查比例', en: 'ratio table' }],
  ['sampling.ratioTable.strata', { zh: '抽查比例分层', en: 'ratio strata' }],
  ['schedule', { zh: '时间安排', en: 'schedule' }],
  ['schedule.start', { zh: '时间安排的开始日期', en: 'schedule start' }],
  ['schedule.end', { zh: '时间安排的结束日期', en: 'schedule end' }],
]);

/** Maps a parse issue inside a ratio table (`rel` is the path below the table) to a 第十五条 code. */
export function refineRatioIssue(issue: RuleIssue, rawTable: unknown, rel: IssuePath): RuleIssue {
  if (rel.length === 1 && rel[0] === 'source' && isBlank(rawAt(rawTable, rel))) {
    return planIssue(
      'PLAN_RATIO_SOURCE_MISSING',
      issue.path,
      '抽查比例表未载明来源（如年度计划附件或上级文件）',
      'The ratio table does not name its source (e.g. a plan annex or a higher-level notice)',
    );
  }
  if (
    rel.length === 3 &&
    rel[0] === 'strata' &&
    rel[2] === 'ratio' &&
    (issue.code === 'SCHEMA_TOO_BIG' || issue.code === 'SCHEMA_TOO_SMALL')
  ) {
    const v = rawAt(rawTable, rel);
    return planIssue(
      'PLAN_RATIO_OUT_OF_RANGE',
      issue.path,
      `抽查比例 ${String(v)} 不在 (0, 1] 区间内；固定抽取数请用 count`,
      `Ratio ${String(v)} is not in (0, 1]; use count for a fixed number`,
    );
  }
  return issue;
}

/** Maps a parse issue inside a task (`rel` is the path below the task) to a clearer plan code. */
export function refineTaskIssue(issue: RuleIssue, rawTask: unknown, rel: IssuePath): RuleIssue {
  const field = TASK_FIELDS.get(rel.join('.'));
  if (field && isBlank(rawAt(rawTask, rel))) {
    return planIssue(
      'PLAN_TASK_FIELD_MISSING',
      issue.path,
      `任务缺少第十四条规定的“${field.zh}”`,
      `The task lacks its ${field.en} (Article 14)`,
    );
  }
  if (rel[0] === 'sampling' && rel[1] === 'ratioTable') {
    return refineRatioIssue(issue, rawAt(rawTask, ['sampling', 'ratioTable']), rel.slice(2));
  }
  return issue;
}
