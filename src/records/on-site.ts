/**
 * 实地抽查记录表 (第二十一条): `validateOnSiteRecord(record, context)` connects a record to its task, the locked
 * draw (第十九条), the department's inspector assignment or directory (第十九条, 第十八条 ¶2) and the rules of the
 * check itself — method (第二十条), at least two counted inspectors (第二十一条 ¶1, 《行政处罚法》第四十二条;
 * experts never count, 第二十条 ¶3), items, measures and the form of orders (¶3), signature, seal or a noted
 * refusal (¶4), and advance notice unless a surprise check on a lead (¶1).
 */
import type { Result } from 'neverthrow';
import * as z from 'zod';
import { article } from '../model/article.js';
import { InspectorDirectorySchema } from '../model/directory.js';
import { deepFreeze } from '../model/freeze.js';
import type { Inspector } from '../model/inspector.js';
import type { RuleIssue } from '../model/issue.js';
import { type OnSiteRecord, type OnSiteRecordInput, OnSiteRecordSchema } from '../model/records.js';
import { type Task, TaskSchema } from '../model/task.js';
import { recordIssue } from './codes.js';
import { type CheckedRecord, guarded, ids, recordAndContext, validateEach, verdict } from './input.js';
import {
  type AssignmentView,
  AssignmentViewSchema,
  type DrawView,
  DrawViewSchema,
  type LockedDrawInput,
  type ParsedAssignment,
  SubstitutesSchema,
  taskObjectIds,
} from './views.js';

const A21 = article(21);

export const OnSiteContextSchema = z.object({
  task: TaskSchema,
  draw: DrawViewSchema,
  /** Stage-two assignments (one per department); absent until matching exists: the directory then decides. */
  assignments: z.array(AssignmentViewSchema).optional(),
  /** The departments' inspector directories: role, certificate and post of everyone on the record. */
  inspectorDirectories: z.array(InspectorDirectorySchema),
  /** Reserve objects substituted in the lifecycle (where the task enables it); they count as drawn. */
  substitutes: SubstitutesSchema.optional(),
});

/** The context of an on-site record. */
export interface OnSiteContext {
  readonly task: z.input<typeof TaskSchema>;
  readonly draw: LockedDrawInput;
  readonly assignments?: readonly AssignmentView[];
  readonly inspectorDirectories: readonly z.input<typeof InspectorDirectorySchema>[];
  /** Reserve objects that replaced drawn ones (`TaskState.objects` with origin `reserve`). */
  readonly substitutes?: readonly string[];
}

interface Ctx {
  readonly task: Task;
  readonly draw: DrawView;
  /** The task's assignments by department (the first given for each), with their objects by id. */
  readonly assignments:
    | ReadonlyMap<
        string,
        {
          readonly a: ParsedAssignment;
          readonly byObject: ReadonlyMap<string, ParsedAssignment['objects'][number]>;
        }
      >
    | undefined;
  readonly inspectors: ReadonlyMap<string, Inspector>;
  readonly objects: ReadonlySet<string>;
}

/** The record's object, task, department, date and method against the task and the draw. */
function frameRules(r: OnSiteRecord, c: Ctx): RuleIssue[] {
  const out: RuleIssue[] = [];
  const { task, draw } = c;
  if (r.taskId !== task.id) {
    out.push(
      recordIssue(
        'RECORD_TASK_MISMATCH',
        ['taskId'],
        `记录属于任务 ${r.taskId}，所给任务为 ${task.id}`,
        `The record is for task ${r.taskId}, the task given is ${task.id}`,
      ),
    );
  }
  if (draw.taskId !== task.id) {
    out.push(
      recordIssue(
        'RECORD_DRAW_TASK_MISMATCH',
        ['context', 'draw', 'taskId'],
        `锁定名单属于任务 ${draw.taskId}，不是 ${task.id}`,
        `The locked draw is for task ${draw.taskId}, not ${task.id}`,
      ),
    );
  }
  if (!c.objects.has(r.objectId)) {
    const reserve = draw.reserve.some((o) => o.id === r.objectId);
    out.push(
      recordIssue(
        'RECORD_OBJECT_NOT_DRAWN',
        ['objectId'],
        `检查对象 ${r.objectId} 不在锁定的抽取名单中${reserve ? '（仅在备选名单中，未经替补不得检查）' : ''}`,
        `Object ${r.objectId} is not among the drawn objects${reserve ? ' (only on the reserve list; it is not checked unless substituted)' : ''}`,
      ),
    );
  }
  const { start, end } = task.schedule;
  if (r.checkDate < start || r.checkDate > end) {
    out.push(
      recordIssue(
        'RECORD_CHECK_DATE_OUTSIDE_SCHEDULE',
        ['checkDate'],
        `检查日期 ${r.checkDate} 不在任务时间安排 ${start}—${end} 内`,
        `Check date ${r.checkDate} is outside the schedule ${start}..${end}`,
      ),
    );
  }
  if (!task.departments.includes(r.departmentId)) {
    out.push(
      recordIssue(
        'RECORD_DEPARTMENT_NOT_PARTICIPANT',
        ['departmentId'],
        `部门 ${r.departmentId} 不是任务 ${task.id} 的联合抽查部门`,
        `Department ${r.departmentId} does not take part in task ${task.id}`,
      ),
    );
  }
  if (r.method !== task.checkMethod) {
    out.push(
      recordIssue(
        'RECORD_METHOD_DIFFERS',
        ['method'],
        `检查方式为 ${r.method}，任务确定的方式为 ${task.checkMethod}`,
        `The method is ${r.method}; the task's is ${task.checkMethod}`,
      ),
    );
  }
  return out;
}

/** The department's assignment for the object, or the finding why there is none (undefined: no assignments). */
function assignmentOf(
  r: OnSiteRecord,
  c: Ctx,
  out: RuleIssue[],
): { entry: ParsedAssignment['objects'][number] | undefined; replacedOut: Set<string> } | undefined {
  if (c.assignments === undefined) return undefined;
  const found = c.assignments.get(r.departmentId);
  if (!found) {
    out.push(
      recordIssue(
        'RECORD_ASSIGNMENT_MISSING',
        ['context', 'assignments'],
        `没有部门 ${r.departmentId} 在任务 ${c.task.id} 中的执法检查人员匹配结果`,
        `No assignment of department ${r.departmentId} for task ${c.task.id} is given`,
      ),
    );
    return { entry: undefined, replacedOut: new Set() };
  }
  const { a, byObject } = found;
  const entry = byObject.get(r.objectId);
  if (!entry) {
    out.push(
      recordIssue(
        'RECORD_OBJECT_NOT_ASSIGNED',
        ['objectId'],
        `检查对象 ${r.objectId} 不在部门 ${r.departmentId} 的匹配结果中`,
        `Object ${r.objectId} is not in department ${r.departmentId}'s assignment`,
      ),
    );
  }
  const replacedOut = new Set(
    a.events.filter((e) => e.objectId === r.objectId).map((e) => e.outInspectorId as string),
  );
  for (const id of entry?.inspectorIds ?? []) replacedOut.delete(id);
  return { entry, replacedOut };
}

/** Whether one listed person counts toward the two-inspector minimum; pushes the reason when not. */
function counts(
  r: OnSiteRecord,
  c: Ctx,
  k: number,
  assigned: ReturnType<typeof assignmentOf>,
  out: RuleIssue[],
) {
  const id = r.inspectorIds[k]!;
  const at = ['inspectorIds', k];
  const who = c.inspectors.get(id);
  if (!who) {
    out.push(
      recordIssue(
        'RECORD_INSPECTOR_UNKNOWN',
        at,
        `${id} 不在所给的执法检查人员名录库中`,
        `${id} is not in the inspector directories given`,
      ),
    );
    return false;
  }
  if (who.departmentId !== r.departmentId) {
    out.push(
      recordIssue(
        'RECORD_INSPECTOR_OTHER_DEPARTMENT',
        at,
        `${who.name}（${id}）属于部门 ${who.departmentId}，不是 ${r.departmentId}`,
        `${id} belongs to department ${who.departmentId}, not ${r.departmentId}`,
      ),
    );
    return false;
  }
  if (who.role === 'expert' || assigned?.entry?.expertIds?.includes(who.id)) {
    out.push(
      recordIssue(
        'RECORD_EXPERT_NOT_COUNTED',
        at,
        `${who.name}（${id}）为专家或第三方人员，不计入执法检查人员人数`,
        `${id} is an expert or third party and does not count as an inspector`,
      ),
    );
    return false;
  }
  const cert = who.certificate;
  if (!cert || r.checkDate < cert.validFrom || r.checkDate > cert.validUntil) {
    out.push(
      recordIssue(
        'RECORD_CERTIFICATE_NOT_VALID',
        at,
        `${who.name}（${id}）的执法证${cert ? `有效期 ${cert.validFrom}—${cert.validUntil}` : '缺失'}，检查日期为 ${r.checkDate}`,
        `${id}'s certificate ${cert ? `is valid ${cert.validFrom}..${cert.validUntil}` : 'is missing'}; the check was on ${r.checkDate}`,
      ),
    );
    return false;
  }
  if (assigned === undefined) {
    if (who.active) return true;
    out.push(
      recordIssue(
        'RECORD_INSPECTOR_INACTIVE',
        at,
        `${who.name}（${id}）在名录库中为不在岗状态`,
        `${id} is marked not on duty in the directory`,
      ),
    );
    return false;
  }
  if (assigned.entry?.inspectorIds.includes(who.id)) return true;
  if (assigned.entry === undefined) return false;
  if (assigned.replacedOut.has(who.id)) {
    out.push(
      recordIssue(
        'RECORD_INSPECTOR_REPLACED',
        at,
        `${who.name}（${id}）已经批准更换，不再是该对象的检查人员`,
        `${id} was replaced (approved) and is no longer an inspector of this object`,
      ),
    );
    return false;
  }
  out.push(
    recordIssue(
      'RECORD_INSPECTOR_NOT_ASSIGNED',
      at,
      `${who.name}（${id}）不是为该对象匹配的执法检查人员；已匹配：${ids(assigned.entry.inspectorIds).zh}`,
      `${id} was not matched to this object; matched: ${ids(assigned.entry.inspectorIds).en}`,
    ),
  );
  return false;
}

/** 各参与部门实地核查人员不得少于两人 (第二十一条 ¶1), counting only qualified, assigned inspectors. */
function inspectorRules(r: OnSiteRecord, c: Ctx): RuleIssue[] {
  const out: RuleIssue[] = [];
  const assigned = assignmentOf(r, c, out);
  const counted = new Set<string>();
  const seen = new Set<string>();
  r.inspectorIds.forEach((id, k) => {
    if (seen.has(id)) {
      out.push(
        recordIssue(
          'RECORD_INSPECTOR_DUPLICATE',
          ['inspectorIds', k],
          `${id} 在记录中重复列出`,
          `${id} is listed more than once`,
        ),
      );
      return;
    }
    seen.add(id);
    if (counts(r, c, k, assigned, out)) counted.add(id);
  });
  if (counted.size < 2) {
    out.push(
      recordIssue(
        'RECORD_INSPECTORS_TOO_FEW',
        ['inspectorIds'],
        `部门 ${r.departmentId} 计入人数的实地核查人员为 ${counted.size} 人，不得少于两人`,
        `Department ${r.departmentId} had ${counted.size} counted inspector(s) on site; at least two are required`,
      ),
    );
  }
  return out;
}

const ORDERS = new Set(['order-to-stop', 'order-to-rectify']);

/** Items within the task; the form of each order (第二十一条 ¶3). */
function contentRules(r: OnSiteRecord, task: Task): RuleIssue[] {
  const out: RuleIssue[] = [];
  r.items.forEach((item, k) => {
    if (!task.items.includes(item)) {
      out.push(
        recordIssue(
          'RECORD_ITEM_NOT_IN_TASK',
          ['items', k],
          `检查事项 ${item} 不是任务 ${task.id} 的抽查事项（${ids(task.items).zh}）`,
          `Item ${item} is not among task ${task.id}'s items (${ids(task.items).en})`,
        ),
      );
    }
  });
  const seen = new Set<string>();
  r.measures.forEach((m, k) => {
    if (seen.has(m.measure)) {
      out.push(
        recordIssue(
          'RECORD_MEASURE_REPEATED',
          ['measures', k],
          `措施 ${m.measure} 重复`,
          `${m.measure} repeated`,
        ),
      );
    }
    seen.add(m.measure);
    if (ORDERS.has(m.measure) && m.form === undefined) {
      out.push(
        recordIssue(
          'RECORD_ORDER_FORM_MISSING',
          ['measures', k, 'form'],
          `${m.measure === 'order-to-stop' ? '责令停止违法' : '督促整改'}未载明方式（书面、口头或移动执法设备打印）`,
          `The ${m.measure} does not state its form (written, oral or mobile printout)`,
        ),
      );
    } else if (!ORDERS.has(m.measure) && m.form !== undefined) {
      out.push(
        recordIssue(
          'RECORD_MEASURE_FORM_UNEXPECTED',
          ['measures', k, 'form'],
          `措施 ${m.measure} 不是责令，不适用方式 ${m.form}`,
          `${m.measure} is not an order; the form ${m.form} does not apply`,
        ),
      );
    }
  });
  return out;
}

/** 提前告知 (第二十一条 ¶1), or a surprise check on a lead held by a department of the task. */
function noticeRules(r: OnSiteRecord, task: Task): RuleIssue[] {
  const n = r.notice;
  if (n.mode === 'surprise') {
    return task.departments.includes(n.heldBy)
      ? []
      : [
          recordIssue(
            'RECORD_SURPRISE_LEAD_NOT_HELD',
            ['notice', 'heldBy'],
            `问题线索由 ${n.heldBy} 掌握，不是本任务的联合抽查部门`,
            `The lead is held by ${n.heldBy}, which does not take part in the task`,
          ),
        ];
  }
  const out: RuleIssue[] = [];
  if (n.date >= r.checkDate) {
    out.push(
      recordIssue(
        'RECORD_NOTICE_NOT_BEFORE_CHECK',
        ['notice', 'date'],
        `告知日期 ${n.date} 不早于检查日期 ${r.checkDate}`,
        `The notice (${n.date}) was not given before the check date (${r.checkDate})`,
      ),
    );
  }
  const missing = (key: 'items' | 'checkDate' | 'materials', zh: string, en: string) => {
    const v = n[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) {
      out.push(
        recordIssue(
          'RECORD_NOTICE_INCOMPLETE',
          ['notice', key],
          `提前告知未载明${zh}`,
          `The notice does not state the ${en}`,
        ),
      );
    }
  };
  missing('items', '检查事项', 'items to be checked');
  missing('checkDate', '检查时间', 'time of the check');
  missing('materials', '需要准备的检查材料', 'materials to prepare');
  const told = new Set<string>(n.items ?? []);
  if (n.items !== undefined && n.items.length > 0) {
    const untold = r.items.filter((i) => !told.has(i));
    if (untold.length > 0) {
      out.push(
        recordIssue(
          'RECORD_NOTICE_ITEMS_NOT_TOLD',
          ['notice', 'items'],
          `检查了未告知的事项：${ids(untold).zh}`,
          `Items checked without being told: ${ids(untold).en}`,
        ),
      );
    }
  }
  if (n.checkDate !== undefined && n.checkDate !== r.checkDate) {
    out.push(
      recordIssue(
        'RECORD_NOTICE_TIME_DIFFERS',
        ['notice', 'checkDate'],
        `告知的检查时间为 ${n.checkDate}，实际检查日期为 ${r.checkDate}`,
        `The notice told ${n.checkDate}; the check took place on ${r.checkDate}`,
      ),
    );
  }
  return out;
}

/** Clearer codes for the record's own parse findings. */
function refineParse(issues: readonly RuleIssue[], raw: unknown): RuleIssue[] {
  return issues.map((i) => {
    const p = i.path.join('.');
    if (p === 'inspectorIds' && i.code === 'SCHEMA_TOO_SMALL') {
      const n = Array.isArray(raw) ? 0 : ((raw as { inspectorIds?: unknown[] })?.inspectorIds?.length ?? 0);
      return recordIssue(
        'RECORD_INSPECTORS_TOO_FEW',
        i.path,
        `记录只列出 ${n} 名实地核查人员，每一参与部门不得少于两人`,
        `The record lists ${n} inspector(s); each department needs at least two on site`,
      );
    }
    if (p === 'findings') {
      return recordIssue(
        'RECORD_FINDINGS_MISSING',
        i.path,
        '记录表须写明检查情况（未发现问题的也应写明）',
        'The record must state what the check found (also when nothing was found)',
      );
    }
    if (p === 'acknowledgement') {
      return recordIssue(
        'RECORD_ACKNOWLEDGEMENT_MISSING',
        i.path,
        '记录表缺少被检查对象的签名、盖章或拒绝签名的说明',
        'The record lacks the signature, seal or refusal note',
      );
    }
    if (p === 'acknowledgement.note') {
      return recordIssue(
        'RECORD_REFUSAL_NOTE_MISSING',
        i.path,
        '被检查对象拒绝签名或盖章，执法检查人员须现场记录说明',
        'The object refused to sign or seal; the inspectors must note it',
      );
    }
    return i;
  });
}

function inspectorIndex(dirs: readonly { inspectors: readonly Inspector[] }[]): Map<string, Inspector> {
  const m = new Map<string, Inspector>();
  for (const d of dirs) for (const i of d.inspectors) if (!m.has(i.id)) m.set(i.id, i);
  return m;
}

/** The context bound once: the task's assignments and the inspectors indexed, the task's objects listed. */
function contextOf(c: z.output<typeof OnSiteContextSchema>): Ctx {
  let assignments:
    | Map<string, { a: ParsedAssignment; byObject: Map<string, ParsedAssignment['objects'][number]> }>
    | undefined;
  if (c.assignments !== undefined) {
    assignments = new Map();
    for (const a of c.assignments) {
      if (a.taskId !== c.task.id || assignments.has(a.departmentId)) continue;
      const byObject = new Map<string, ParsedAssignment['objects'][number]>();
      for (const o of a.objects) if (!byObject.has(o.objectId)) byObject.set(o.objectId, o);
      assignments.set(a.departmentId, { a, byObject });
    }
  }
  return {
    task: c.task,
    draw: c.draw,
    assignments,
    inspectors: inspectorIndex(c.inspectorDirectories),
    objects: taskObjectIds(c.draw, c.substitutes),
  };
}

/** The rules of 第二十一条 and the record's frame for one parsed record. */
function checkOnSite(r: OnSiteRecord, ctx: Ctx): Result<CheckedRecord<OnSiteRecord>, RuleIssue[]> {
  const issues = [
    ...frameRules(r, ctx),
    ...inspectorRules(r, ctx),
    ...contentRules(r, ctx.task),
    ...noticeRules(r, ctx.task),
  ];
  return verdict(deepFreeze(r), issues);
}

/**
 * Validates an 实地抽查记录表 against its task, the locked draw, the department's assignment (or, before stage
 * two exists, its inspector directory) and 第二十一条. Ok carries the parsed, frozen record and its warnings; Err
 * carries every finding, sorted. Context findings start with `context`. Never throws; inputs are not modified.
 */
export function validateOnSiteRecord(
  record: OnSiteRecordInput,
  context: OnSiteContext,
): Result<CheckedRecord<OnSiteRecord>, RuleIssue[]> {
  return guarded(A21, () =>
    recordAndContext(
      A21,
      { record: OnSiteRecordSchema, context: OnSiteContextSchema },
      { record, context },
      (e) => refineParse(e, record),
    ).andThen(([r, c]) => checkOnSite(r, contextOf(c))),
  );
}

/**
 * Validates many 实地抽查记录表 of one task against one context, parsed and indexed once (a task's records at
 * national scale cost one context parse, not one each): Err with the context's findings (under `context`) or when
 * `records` is not a list; else one verdict per record, in order, each exactly what `validateOnSiteRecord` gives
 * for that record with this context. Never throws; inputs are not modified.
 */
export function validateOnSiteRecords(
  records: readonly OnSiteRecordInput[],
  context: OnSiteContext,
): Result<readonly Result<CheckedRecord<OnSiteRecord>, RuleIssue[]>[], RuleIssue[]> {
  return validateEach(
    A21,
    { record: OnSiteRecordSchema, context: OnSiteContextSchema },
    { records, context },
    (c) => {
      const ctx = contextOf(c);
      return (r) => checkOnSite(r, ctx);
    },
    refineParse,
  );
}
