/**
 * 检查结果录入与公示 (第二十二条 ¶1): “谁检查、谁录入、谁公开” — only the department that inspected the object
 * enters and publishes its result, within 20 working days after the task is completed (the calendar's
 * `results-publication` deadline), published no earlier than entered; result categories as the 国家企业信用信息
 * 公示系统 uses them, 未发现问题 alone; follow-up consistent with the result, a suspected crime transferred to the
 * judicial organs (第二十二条 ¶2 “谁管辖、谁负责”).
 */
import type { Result } from 'neverthrow';
import * as z from 'zod';
import type { CnCalendar } from '../calendar/index.js';
import { article } from '../model/article.js';
import { type CalendarDate, CalendarDateSchema } from '../model/date.js';
import { deepFreeze } from '../model/freeze.js';
import type { RuleIssue } from '../model/issue.js';
import {
  type OnSiteRecord,
  type OnSiteRecordInput,
  OnSiteRecordSchema,
  type ResultCategory,
  type ResultEntry,
  type ResultEntryInput,
  ResultEntrySchema,
} from '../model/records.js';
import { type Task, TaskSchema } from '../model/task.js';
import { recordIssue } from './codes.js';
import {
  CalendarOptionSchema,
  type CheckedRecord,
  calendarOf,
  guarded,
  ids,
  recordAndContext,
  validateEach,
  verdict,
} from './input.js';
import { deadlineFindings, mergeDeadlineFindings } from './timeliness.js';
import {
  type AssignmentView,
  AssignmentViewSchema,
  DrawViewSchema,
  type LockedDrawInput,
  SubstitutesSchema,
  taskObjectIds,
} from './views.js';

const A22 = article(22);

export const ResultContextSchema = z.object({
  task: TaskSchema,
  /** The locked draw: the object must be among its selected objects. */
  draw: DrawViewSchema.optional(),
  /** Reserve objects substituted in the lifecycle (where the task enables it); they count as drawn. */
  substitutes: SubstitutesSchema.optional(),
  /** The 实地抽查记录表 of the task: who inspected which object (谁检查). */
  onSiteRecords: z.array(OnSiteRecordSchema).optional(),
  /** Stage-two assignments: who was to inspect which object, when the records are not given. */
  assignments: z.array(AssignmentViewSchema).optional(),
  calendar: CalendarOptionSchema.optional(),
  /** The day the check is made: a missing entry or publication past its deadline is then overdue. */
  asOf: CalendarDateSchema.optional(),
});

/** The context of a result entry. */
export interface ResultContext {
  readonly task: z.input<typeof TaskSchema>;
  readonly draw?: LockedDrawInput;
  /** Reserve objects that replaced drawn ones (`TaskState.objects` with origin `reserve`). */
  readonly substitutes?: readonly string[];
  readonly onSiteRecords?: readonly OnSiteRecordInput[];
  readonly assignments?: readonly AssignmentView[];
  readonly calendar?: CnCalendar;
  readonly asOf?: string;
}

interface Ctx {
  readonly task: Task;
  /** The drawn objects and named substitutes, when a draw is given. */
  readonly objects: ReadonlySet<string> | undefined;
  /** The on-site records given, by task, object and department (the first of each). */
  readonly onSiteRecords: ReadonlyMap<string, OnSiteRecord> | undefined;
  /** The (task, department, object) pairs of the assignments given. */
  readonly assigned: ReadonlySet<string> | undefined;
  readonly calendar: CnCalendar;
  readonly asOf: CalendarDate | undefined;
}

const NO_PROBLEM: ResultCategory = '未发现问题';
/** Results that say what became of the object rather than a problem found: no follow-up needed. */
const STATUS_ONLY: ReadonlySet<ResultCategory> = new Set<ResultCategory>([
  '未发现问题',
  '未发现开展本次抽查涉及的经营活动',
  '已关闭停业或正在组织清算',
  '已注销、被吊销、被撤销或已迁出',
]);

/** Categories: 未发现问题 alone; none repeated. */
function categoryRules(e: ResultEntry): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (e.results.includes(NO_PROBLEM) && e.results.length > 1) {
    const k = e.results.indexOf(NO_PROBLEM);
    out.push(
      recordIssue(
        'RESULT_NO_PROBLEM_NOT_EXCLUSIVE',
        ['results', k],
        `“未发现问题”与其他检查结果同时出现：${e.results.filter((r) => r !== NO_PROBLEM).join('、')}`,
        `"未发现问题" appears together with other results: ${e.results.filter((r) => r !== NO_PROBLEM).join(', ')}`,
      ),
    );
  }
  e.results.forEach((r, k) => {
    if (e.results.indexOf(r) !== k) {
      out.push(recordIssue('RESULT_CATEGORY_REPEATED', ['results', k], `“${r}”重复`, `"${r}" is repeated`));
    }
  });
  return out;
}

/** 后续处置 consistent with the results (第二十二条 ¶2). */
function followUpRules(e: ResultEntry): RuleIssue[] {
  const out: RuleIssue[] = [];
  const none = e.followUp.includes('无需后续处置');
  const problems = e.results.filter((r) => !STATUS_ONLY.has(r));
  if (none && e.followUp.length > 1) {
    out.push(
      recordIssue(
        'RESULT_FOLLOW_UP_CONTRADICTORY',
        ['followUp', e.followUp.indexOf('无需后续处置')],
        `“无需后续处置”与其他后续处置同时出现：${e.followUp.filter((f) => f !== '无需后续处置').join('、')}`,
        `"无需后续处置" appears together with other follow-ups`,
      ),
    );
  } else if (none && problems.length > 0) {
    out.push(
      recordIssue(
        'RESULT_FOLLOW_UP_MISSING',
        ['followUp'],
        `检查发现问题（${problems.join('、')}），后续处置不能为“无需后续处置”`,
        `A problem was found (${problems.join(', ')}); the follow-up cannot be "无需后续处置"`,
      ),
    );
  }
  if (!none && e.results.length === 1 && e.results[0] === NO_PROBLEM) {
    out.push(
      recordIssue(
        'RESULT_FOLLOW_UP_WITHOUT_PROBLEM',
        ['followUp'],
        `未发现问题，却载明后续处置：${e.followUp.join('、')}`,
        `No problem was found, yet the follow-up is ${e.followUp.join(', ')}`,
      ),
    );
  }
  if (e.suspectedCrime === true && !e.followUp.includes('移送司法机关')) {
    out.push(
      recordIssue(
        'RESULT_CRIME_NOT_TRANSFERRED',
        ['followUp'],
        '涉嫌犯罪，后续处置须包括“移送司法机关”',
        'A suspected crime: the follow-up must include "移送司法机关" (transfer to the judicial organs)',
      ),
    );
  }
  return out;
}

/** The key of a department's check of an object in a task (ids hold no NUL). */
const checkKey = (taskId: string, objectId: string, departmentId: string) =>
  `${taskId}\u0000${objectId}\u0000${departmentId}`;

/** Whether the department inspected the object: its on-site record, else its assignment, else undecided. */
function inspected(e: ResultEntry, c: Ctx): boolean | undefined {
  const key = checkKey(e.taskId, e.objectId, e.departmentId);
  if (c.onSiteRecords !== undefined) return c.onSiteRecords.has(key);
  if (c.assigned !== undefined) return c.assigned.has(key);
  return undefined;
}

/** 谁检查、谁录入、谁公开; the task, draw and on-site record agree. */
function whoRules(e: ResultEntry, c: Ctx): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (e.taskId !== c.task.id) {
    out.push(
      recordIssue(
        'RESULT_TASK_MISMATCH',
        ['taskId'],
        `检查结果属于任务 ${e.taskId}，所给任务为 ${c.task.id}`,
        `The entry is for task ${e.taskId}, the task given is ${c.task.id}`,
      ),
    );
  }
  if (!c.task.departments.includes(e.departmentId)) {
    out.push(
      recordIssue(
        'RESULT_DEPARTMENT_NOT_PARTICIPANT',
        ['departmentId'],
        `部门 ${e.departmentId} 不是任务 ${c.task.id} 的联合抽查部门（${ids(c.task.departments).zh}）`,
        `Department ${e.departmentId} does not take part in task ${c.task.id} (${ids(c.task.departments).en})`,
      ),
    );
  } else if (inspected(e, c) === false) {
    out.push(
      recordIssue(
        'RESULT_NOT_INSPECTED_BY_DEPARTMENT',
        ['departmentId'],
        `部门 ${e.departmentId} 未检查对象 ${e.objectId}，不能录入其检查结果`,
        `Department ${e.departmentId} did not inspect object ${e.objectId} and cannot enter its result`,
      ),
    );
  }
  if (c.objects !== undefined && !c.objects.has(e.objectId)) {
    out.push(
      recordIssue(
        'RESULT_OBJECT_NOT_DRAWN',
        ['objectId'],
        `检查对象 ${e.objectId} 不在锁定的抽取名单中`,
        `Object ${e.objectId} is not among the drawn objects`,
      ),
    );
  }
  for (const [key, code, zh, en] of [
    ['enteredBy', 'RESULT_ENTERED_BY_OTHER_DEPARTMENT', '录入', 'entered'],
    ['publishedBy', 'RESULT_PUBLISHED_BY_OTHER_DEPARTMENT', '公示', 'published'],
  ] as const) {
    const by = e[key];
    if (by !== undefined && by !== e.departmentId) {
      out.push(
        recordIssue(
          code,
          [key],
          `检查结果由 ${by} ${zh}，实施检查的是 ${e.departmentId}`,
          `The result was ${en} by ${by}; ${e.departmentId} checked`,
        ),
      );
    }
  }
  const own = c.onSiteRecords?.get(checkKey(e.taskId, e.objectId, e.departmentId));
  if (own && own.checkDate !== e.checkDate) {
    out.push(
      recordIssue(
        'RESULT_CHECK_DATE_MISMATCH',
        ['checkDate'],
        `检查日期 ${e.checkDate} 与实地抽查记录表的 ${own.checkDate} 不一致`,
        `Check date ${e.checkDate} differs from the on-site record's ${own.checkDate}`,
      ),
    );
  }
  return out;
}

/** Dates in order, and the 20-working-day deadline of 第二十二条. */
function dateRules(e: ResultEntry, c: Ctx): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (e.checkDate > e.taskCompletedDate) {
    out.push(
      recordIssue(
        'RESULT_CHECK_AFTER_COMPLETION',
        ['checkDate'],
        `检查日期 ${e.checkDate} 晚于任务完成日期 ${e.taskCompletedDate}`,
        `Check date ${e.checkDate} is after the task's completion ${e.taskCompletedDate}`,
      ),
    );
  }
  if (e.enteredDate !== undefined && e.enteredDate < e.checkDate) {
    out.push(
      recordIssue(
        'RESULT_ENTERED_BEFORE_CHECK',
        ['enteredDate'],
        `录入日期 ${e.enteredDate} 早于检查日期 ${e.checkDate}`,
        `Entered on ${e.enteredDate}, before the check on ${e.checkDate}`,
      ),
    );
  }
  if (e.publishedDate !== undefined && (e.enteredDate === undefined || e.publishedDate < e.enteredDate)) {
    out.push(
      recordIssue(
        'RESULT_PUBLISHED_BEFORE_ENTERED',
        ['publishedDate'],
        e.enteredDate === undefined
          ? `公示日期 ${e.publishedDate}，但检查结果未录入`
          : `公示日期 ${e.publishedDate} 早于录入日期 ${e.enteredDate}`,
        e.enteredDate === undefined
          ? `Published on ${e.publishedDate} without being entered`
          : `Published on ${e.publishedDate}, before it was entered on ${e.enteredDate}`,
      ),
    );
  }
  const common = {
    calendar: c.calendar,
    kind: 'results-publication',
    trigger: e.taskCompletedDate,
    triggerPath: ['taskCompletedDate'],
    asOf: c.asOf,
    provisional: 'RESULT_DEADLINE_PROVISIONAL',
  } as const;
  const entered = deadlineFindings({
    ...common,
    action: e.enteredDate,
    actionPath: ['enteredDate'],
    late: 'RESULT_ENTRY_LATE',
    overdue: 'RESULT_ENTRY_OVERDUE',
    what: { zh: '录入', en: 'Entered' },
  });
  const published = deadlineFindings({
    ...common,
    action: e.publishedDate,
    actionPath: ['publishedDate'],
    late: 'RESULT_PUBLICATION_LATE',
    overdue: 'RESULT_PUBLICATION_OVERDUE',
    what: { zh: '公示', en: 'Published' },
  });
  out.push(...mergeDeadlineFindings([entered, published], 'RESULT_DEADLINE_PROVISIONAL'));
  return out;
}

/**
 * Validates a result entry (第二十二条 ¶1) against its task and, when given, the locked draw, the task's on-site
 * records or assignments (谁检查), a calendar and the day of the check (`asOf`). Ok carries the parsed, frozen
 * entry and its warnings; Err every finding, sorted. Never throws; inputs are not modified.
 */
export function validateResultEntry(
  entry: ResultEntryInput,
  context: ResultContext,
): Result<CheckedRecord<ResultEntry>, RuleIssue[]> {
  return guarded(A22, () =>
    recordAndContext(
      A22,
      { record: ResultEntrySchema, context: ResultContextSchema },
      { record: entry, context },
    ).andThen(([e, c]) => entryVerdict(e, resultRules(c))),
  );
}

/**
 * Validates many result entries of one task against one context, parsed once: Err with the context's findings
 * (under `context`) or when `entries` is not a list; else one verdict per entry, in order, each exactly what
 * `validateResultEntry` gives for that entry with this context. Never throws; inputs are not modified.
 */
export function validateResultEntries(
  entries: readonly ResultEntryInput[],
  context: ResultContext,
): Result<readonly Result<CheckedRecord<ResultEntry>, RuleIssue[]>[], RuleIssue[]> {
  return validateEach(
    A22,
    { record: ResultEntrySchema, context: ResultContextSchema },
    { records: entries, context },
    (c) => {
      const rules = resultRules(c);
      return (e) => entryVerdict(e, rules);
    },
  );
}

/** On-site records by task, object and department, the first of each (as a search in order would find). */
function recordIndex(records: readonly OnSiteRecord[]): Map<string, OnSiteRecord> {
  const m = new Map<string, OnSiteRecord>();
  for (const r of records) {
    const k = checkKey(r.taskId, r.objectId, r.departmentId);
    if (!m.has(k)) m.set(k, r);
  }
  return m;
}

/** The rules of a result entry, bound to a parsed context (parsed once for many entries by `publicationRecord`). */
export type ResultRules = (e: ResultEntry) => RuleIssue[];

export function resultRules(c: z.output<typeof ResultContextSchema>): ResultRules {
  const ctx: Ctx = {
    task: c.task,
    objects: c.draw && taskObjectIds(c.draw, c.substitutes),
    onSiteRecords: c.onSiteRecords && recordIndex(c.onSiteRecords),
    assigned:
      c.assignments &&
      new Set(
        c.assignments.flatMap((a) => a.objects.map((o) => checkKey(a.taskId, o.objectId, a.departmentId))),
      ),
    calendar: calendarOf(c.calendar),
    asOf: c.asOf,
  };
  return (e) => [...categoryRules(e), ...followUpRules(e), ...whoRules(e, ctx), ...dateRules(e, ctx)];
}

/** Ok with the frozen entry and its warnings, or every finding. */
export function entryVerdict(
  e: ResultEntry,
  rules: ResultRules,
): Result<CheckedRecord<ResultEntry>, RuleIssue[]> {
  return verdict(deepFreeze(e), rules(e));
}
