/**
 * 向社会公示 (第二十二条 ¶1): the public record of a task's results as the 国家企业信用信息公示系统 shows them — 检查
 * 实施机关, 检查类型, 检查日期, 检查结果 — one per drawn object and participating department (谁检查、谁公开). Built
 * only when every drawn object has, from every department, a valid, published result entry.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { CnCalendar } from '../calendar/index.js';
import { article } from '../model/article.js';
import { CalendarDateSchema } from '../model/date.js';
import { type Department, DepartmentListSchema } from '../model/department.js';
import { deepFreeze } from '../model/freeze.js';
import { DepartmentIdSchema, TaskIdSchema, TextSchema } from '../model/ids.js';
import { type RuleIssue, sortIssues } from '../model/issue.js';
import {
  type OnSiteRecordInput,
  ResultCategorySchema,
  type ResultEntry,
  type ResultEntryInput,
  ResultEntrySchema,
} from '../model/records.js';
import type { Task, TaskSchema } from '../model/task.js';
import { UsccSchema } from '../model/uscc.js';
import { prefixIssues } from '../plan/issue.js';
import { recordIssue } from './codes.js';
import { guarded, parseArgument } from './input.js';
import { entryVerdict, ResultContextSchema, resultRules } from './result-entry.js';
import { type AssignmentView, DrawViewSchema, type LockedDrawInput, taskObjectIds } from './views.js';

const A22 = article(22);

/** 检查类型: a task of one department is 双随机抽查; of several, 联合抽查 (第三条). */
export const InspectionTypeSchema = z.enum(['双随机抽查', '联合抽查']);

/** One line of the public record under an enterprise on the 国家企业信用信息公示系统. */
export const PublicRecordSchema = z
  .object({
    /** 统一社会信用代码 of the object. */
    objectId: UsccSchema,
    /** 检查实施机关: the name of the department that checked. */
    inspectingAuthority: TextSchema.meta({
      description: '检查实施机关 (inspecting authority): department name',
    }),
    departmentId: DepartmentIdSchema,
    /** 检查类型. */
    type: InspectionTypeSchema.meta({ description: '检查类型 (type of check)' }),
    /** 检查日期. */
    date: CalendarDateSchema.meta({ description: '检查日期 (date of the check)' }),
    /** 检查结果, as shown: the categories joined with “；”. */
    result: TextSchema.meta({ description: '检查结果 (result), categories joined with ；' }),
    /** The same categories as a list. */
    results: z.array(ResultCategorySchema).min(1),
    taskId: TaskIdSchema,
    taskName: TextSchema,
    /** 公示日期. */
    publishedDate: CalendarDateSchema.meta({ description: '公示日期 (publication date)' }),
  })
  .meta({ id: 'PublicRecord', description: '抽查检查结果公示信息 (第二十二条)' });
/** One line of the public record of a result (抽查检查结果公示信息, 第二十二条 ¶1) under an enterprise on the 国家企业信用信息公示系统. */
export type PublicRecord = z.infer<typeof PublicRecordSchema>;

/** The result context (task, draw, substitutes, records, assignments, calendar), parsed once for every entry. */
const PublicationInputSchema = ResultContextSchema.omit({ asOf: true }).extend({
  draw: DrawViewSchema,
  /** Every department's name (检查实施机关). */
  departments: DepartmentListSchema,
  entries: z.array(z.unknown()),
});

/** What `publicationRecord` takes. */
export interface PublicationInput {
  readonly task: z.input<typeof TaskSchema>;
  readonly draw: LockedDrawInput;
  readonly departments: z.input<typeof DepartmentListSchema>;
  /** The result entries of the task (each validated with `validateResultEntry`). */
  readonly entries: readonly ResultEntryInput[];
  /** Reserve objects that replaced drawn ones in the lifecycle (where the task enables it). */
  readonly substitutes?: readonly string[];
  readonly onSiteRecords?: readonly OnSiteRecordInput[];
  readonly assignments?: readonly AssignmentView[];
  readonly calendar?: CnCalendar;
}

/** The public records, one per object and department, in object then department order, and the warnings. */
export interface ResultPublication {
  readonly records: readonly PublicRecord[];
  readonly warnings: readonly RuleIssue[];
}

function toPublic(e: ResultEntry, task: Task, name: string): PublicRecord {
  return {
    objectId: e.objectId,
    inspectingAuthority: name,
    departmentId: e.departmentId,
    type: task.departments.length > 1 ? '联合抽查' : '双随机抽查',
    date: e.checkDate,
    result: e.results.join('；'),
    results: [...e.results],
    taskId: task.id,
    taskName: task.name,
    publishedDate: e.publishedDate!,
  } as PublicRecord;
}

/** Each entry checked on its own, then one per drawn object and department. */
function collect(input: z.output<typeof PublicationInputSchema>): Result<ResultPublication, RuleIssue[]> {
  const { task, draw } = input;
  const issues: RuleIssue[] = [];
  const byPair = new Map<string, ResultEntry>();
  const rules = resultRules(input);
  input.entries.forEach((raw, k) => {
    const checked = parseArgument(ResultEntrySchema, raw, [], A22).andThen((e) => entryVerdict(e, rules));
    if (checked.isErr()) {
      issues.push(...prefixIssues(['entries', k], checked.error));
      return;
    }
    const e = checked.value.record;
    issues.push(...prefixIssues(['entries', k], checked.value.warnings));
    if (e.publishedDate === undefined) {
      issues.push(
        recordIssue(
          'PUBLICATION_NOT_PUBLISHED',
          ['entries', k, 'publishedDate'],
          `对象 ${e.objectId} 由 ${e.departmentId} 录入的检查结果未载明公示日期`,
          `The result of ${e.objectId} entered by ${e.departmentId} has no publication date`,
        ),
      );
      return;
    }
    const key = `${e.objectId}\u0000${e.departmentId}`;
    if (byPair.has(key)) {
      issues.push(
        recordIssue(
          'PUBLICATION_ENTRY_DUPLICATE',
          ['entries', k],
          `对象 ${e.objectId}、部门 ${e.departmentId} 已有一条检查结果`,
          `Object ${e.objectId} and department ${e.departmentId} already have a result entry`,
        ),
      );
      return;
    }
    byPair.set(key, e);
  });
  const names = new Map(input.departments.map((d: Department) => [d.id as string, d.name]));
  for (const dept of task.departments) {
    if (!names.has(dept)) {
      issues.push(
        recordIssue(
          'PUBLICATION_DEPARTMENT_UNKNOWN',
          ['departments'],
          `部门列表中没有 ${dept} 的名称`,
          `The department list does not name ${dept}`,
        ),
      );
    }
  }
  const records: PublicRecord[] = [];
  const objects = [...taskObjectIds(draw, input.substitutes)].sort();
  const departments = [...task.departments].sort();
  for (const objectId of objects) {
    for (const dept of departments) {
      const e = byPair.get(`${objectId}\u0000${dept}`);
      if (e === undefined) {
        issues.push(
          recordIssue(
            'PUBLICATION_ENTRY_MISSING',
            ['entries'],
            `抽取的对象 ${objectId} 缺少 ${dept} 有效且已公示的检查结果`,
            `Drawn object ${objectId} lacks a valid, published result entry from ${dept}`,
          ),
        );
      } else {
        records.push(toPublic(e, task, names.get(dept) ?? dept));
      }
    }
  }
  const sorted = sortIssues(issues);
  if (sorted.some((i) => i.severity === 'error')) return err(sorted);
  return ok(deepFreeze({ records, warnings: sorted }));
}

/**
 * The public record of a task's results (第二十二条 ¶1): one line per drawn object and participating department,
 * with 检查实施机关, 检查类型, 检查日期 and 检查结果. Refused (Err with every finding, entries' findings under
 * `entries.<index>`) unless every pair has a valid, published entry. Never throws; inputs are not modified.
 */
export function publicationRecord(input: PublicationInput): Result<ResultPublication, RuleIssue[]> {
  return guarded(A22, () => parseArgument(PublicationInputSchema, input, [], A22).andThen(collect));
}
