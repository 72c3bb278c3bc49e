/**
 * Rules for one task of the annual plan (第十三条, 第十四条, 第十五条, 第十八条):
 * - its departments exist, include the task's initiator and each item's 发起部门 (error); a catalog 配合部门 left
 *   out is a warning, as 第十三条 ¶1 lets the plan 调整配合部门 and 增加清单外的相关部门 (extra departments are
 *   allowed); every participant has a duty and every duty belongs to a participant (第十四条 责任分工);
 * - its items are in the catalog; an ad-hoc (临时性) task names its trigger and is initiated by each item's
 *   initiator (error, 第十三条 ¶2); a planned task initiated by another department is a warning (第十条 names the
 *   initiator, but the plan may reassign it);
 * - its schedule lies inside the plan year (第十四条 时间安排);
 * - its ratio table passes the 第十五条 checks;
 * - its base (抽查基数) equals the size of the directory it was taken from (第十四条, 第十八条), see `baseRules`.
 * Paths name the task by id: `['tasks', id, …]`.
 */
import type { CatalogEntry } from '../model/catalog.js';
import type { ObjectDirectory } from '../model/directory.js';
import type { IssuePath, RuleIssue } from '../model/issue.js';
import type { Task } from '../model/task.js';
import { type EligibilityCounter, splitObjects } from './eligibility.js';
import { type DepartmentNames, deptEn, deptListEn, deptListZh, deptZh, planIssue } from './issue.js';
import { frequencyRules, ratioTableRules } from './ratio-rules.js';

/** A directory given to the validator, with its fast eligibility counter. */
export interface IndexedDirectory {
  readonly directory: ObjectDirectory;
  readonly counter: EligibilityCounter;
}

export interface TaskContext {
  readonly year: number;
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  /** Ids of the departments given. */
  readonly departments: ReadonlySet<string>;
  /** Their names (部门名称), for messages; ids listed twice are left out. */
  readonly names: DepartmentNames;
  /**
   * Undefined when the caller gave no directories: base checks are skipped. `null` for an id given more than once
   * (reported once under `directories`; neither copy is used, so the result does not depend on their order).
   */
  readonly directories: ReadonlyMap<string, IndexedDirectory | null> | undefined;
  /** Whether a zero count or total exempting a class is a warning or an error (第十五条). */
  readonly exemptClasses: 'warn' | 'forbid';
  /** The departments leading each domain (`leadDomains`, 第十条 ¶2); a domain nobody leads is absent. */
  readonly leads: ReadonlyMap<string, ReadonlySet<string>>;
  /** The last recorded delay of each task, from the plan's history (第十六条). */
  readonly delays: ReadonlyMap<string, RecordedDelay>;
}

const TRIGGER_ZH = {
  'sudden-risk': '重点领域突发风险',
  'assigned-by-higher-level': '上级部门交办',
  'special-campaign': '专项整治',
} as const;

function departmentRules(task: Task, P: IssuePath, ctx: TaskContext): RuleIssue[] {
  const out: RuleIssue[] = [];
  task.departments.forEach((d, k) => {
    if (!ctx.departments.has(d)) {
      out.push(
        planIssue(
          'PLAN_DEPARTMENT_UNKNOWN',
          [...P, 'departments', k],
          `联合抽查部门 ${d} 不在部门列表中`,
          `Participating department ${d} is not in the department list`,
        ),
      );
    }
  });
  if (!task.departments.includes(task.initiator)) {
    out.push(
      planIssue(
        'PLAN_TASK_INITIATOR_NOT_PARTICIPANT',
        [...P, 'initiator'],
        `发起部门${deptZh(ctx.names, task.initiator)}未列入本任务的联合抽查部门`,
        `The initiator ${deptEn(ctx.names, task.initiator)} is not among the task's departments`,
      ),
    );
    if (!ctx.departments.has(task.initiator)) {
      out.push(
        planIssue(
          'PLAN_DEPARTMENT_UNKNOWN',
          [...P, 'initiator'],
          `发起部门 ${task.initiator} 不在部门列表中`,
          `The initiator ${task.initiator} is not in the department list`,
        ),
      );
    }
  }
  const participants = new Set<string>(task.departments);
  const withDuty = new Set<string>();
  task.duties.forEach((duty, k) => {
    withDuty.add(duty.departmentId);
    if (!participants.has(duty.departmentId)) {
      out.push(
        planIssue(
          'PLAN_DUTY_DEPARTMENT_NOT_PARTICIPANT',
          [...P, 'duties', k, 'departmentId'],
          `责任分工中的${deptZh(ctx.names, duty.departmentId)}不是本任务的联合抽查部门`,
          `Duty holder ${deptEn(ctx.names, duty.departmentId)} does not take part in the task`,
        ),
      );
    }
  });
  task.departments.forEach((d, k) => {
    if (withDuty.has(d) || task.departments.indexOf(d) !== k) return;
    out.push(
      planIssue(
        'PLAN_DUTY_MISSING',
        [...P, 'departments', k],
        `联合抽查部门${deptZh(ctx.names, d)}在责任分工中没有明确职责`,
        `Participating department ${deptEn(ctx.names, d)} has no duty in the division of duties`,
      ),
    );
  });
  return out;
}

/**
 * 第十三条 增加清单外的相关部门: a department that is neither initiator nor cooperator of any of the task's items is
 * allowed, and reported so that it is a choice, not a slip (warning).
 */
function addedDepartmentRules(task: Task, P: IssuePath, ctx: TaskContext): RuleIssue[] {
  const listed = new Set<string>();
  for (const itemId of task.items) {
    const e = ctx.entries.get(itemId);
    if (!e) return []; // an unknown item is its own error; which departments it lists cannot be told
    listed.add(e.initiator);
    for (const c of e.cooperators) listed.add(c);
  }
  const out: RuleIssue[] = [];
  task.departments.forEach((d, k) => {
    if (listed.has(d) || !ctx.departments.has(d) || task.departments.indexOf(d) !== k) return;
    out.push(
      planIssue(
        'PLAN_TASK_DEPARTMENT_ADDED',
        [...P, 'departments', k],
        `联合抽查部门${deptZh(ctx.names, d)}不是所列抽查事项的发起部门或配合部门；第十三条允许增加清单外的相关部门参与联合抽查，请确认其对检查对象负有监管职责`,
        `${deptEn(ctx.names, d)} is neither initiator nor cooperator of the task's items; Article 13 allows adding related departments, so check that it supervises these objects`,
      ),
    );
  });
  return out;
}

function itemRules(task: Task, P: IssuePath, ctx: TaskContext): RuleIssue[] {
  const out: RuleIssue[] = [...addedDepartmentRules(task, P, ctx)];
  const participants = new Set<string>(task.departments);
  task.items.forEach((itemId, k) => {
    const entry = ctx.entries.get(itemId);
    if (!entry) {
      out.push(
        planIssue(
          'PLAN_ITEM_UNKNOWN',
          [...P, 'items', k],
          `抽查事项 ${itemId} 不在所依据的部门联合抽查事项清单中`,
          `Item ${itemId} is not in the catalog`,
        ),
      );
      return;
    }
    if (!participants.has(entry.initiator)) {
      out.push(
        planIssue(
          'PLAN_TASK_DEPARTMENT_MISSING',
          [...P, 'departments'],
          `抽查事项“${entry.item}”的发起部门${deptZh(ctx.names, entry.initiator)}未列入联合抽查部门`,
          `The initiator of item "${entry.item}", ${deptEn(ctx.names, entry.initiator)}, is not among the task's departments`,
        ),
      );
    }
    const dropped = entry.cooperators.filter((d) => !participants.has(d));
    if (dropped.length > 0) {
      out.push(
        planIssue(
          'PLAN_TASK_COOPERATOR_ADJUSTED',
          [...P, 'departments'],
          `抽查事项“${entry.item}”的配合部门${deptListZh(ctx.names, dropped)}未列入联合抽查部门；第十三条允许根据实际情况调整配合部门，请确认系有意调整`,
          `Cooperator(s) ${deptListEn(ctx.names, dropped)} of item "${entry.item}" are not among the task's departments; Article 13 allows adjusting cooperators, so check that this is intended`,
        ),
      );
    }
    if (task.initiator !== entry.initiator) {
      const adHoc = task.kind === 'ad-hoc';
      out.push(
        planIssue(
          adHoc ? 'PLAN_ADHOC_INITIATOR' : 'PLAN_TASK_INITIATOR_DIFFERS',
          [...P, 'initiator'],
          `${adHoc ? '临时性联合抽查' : '计划内任务'}的发起部门${deptZh(ctx.names, task.initiator)}不是抽查事项“${entry.item}”的发起部门${deptZh(ctx.names, entry.initiator)}`,
          `${adHoc ? 'Ad-hoc' : 'Planned'} task initiator ${deptEn(ctx.names, task.initiator)} is not the initiator of item "${entry.item}", ${deptEn(ctx.names, entry.initiator)}`,
        ),
      );
      // 第十条 ¶2 still binds a reassigned initiator: it must lead the item's domain, where leads are declared.
      const leads = ctx.leads.get(entry.domain);
      if (!adHoc && leads !== undefined && !leads.has(task.initiator)) {
        out.push(
          planIssue(
            'PLAN_TASK_INITIATOR_NOT_LEAD',
            [...P, 'initiator'],
            `任务的发起部门${deptZh(ctx.names, task.initiator)}不是抽查领域“${entry.domainName}”的主管部门或负有重要监管职责的部门（该领域为${deptListZh(ctx.names, leads)}）`,
            `The task initiator ${deptEn(ctx.names, task.initiator)} does not lead domain "${entry.domainName}" (led by ${deptListEn(ctx.names, leads)})`,
          ),
        );
      }
    }
  });
  if (task.kind === 'ad-hoc' && task.trigger === undefined) {
    out.push(
      planIssue(
        'PLAN_ADHOC_TRIGGER_MISSING',
        [...P, 'trigger'],
        '临时性联合抽查须载明启动原因：重点领域突发风险、上级部门交办或专项整治',
        'An ad-hoc task must name its trigger: sudden risk, assigned by a higher level or special campaign',
      ),
    );
  }
  if (task.kind === 'planned' && task.trigger !== undefined) {
    out.push(
      planIssue(
        'PLAN_PLANNED_TASK_HAS_TRIGGER',
        [...P, 'trigger'],
        `计划内任务载明了临时性抽查的启动原因“${TRIGGER_ZH[task.trigger]}”；如为临时性抽查，应将类型设为 ad-hoc`,
        `A planned task names the ad-hoc trigger ${task.trigger}; set kind to ad-hoc if it is one`,
      ),
    );
  }
  return out;
}

/**
 * 时间安排 inside the plan year (第十四条); a task delayed by a recorded adjustment (第十六条 延迟) may run into the
 * next year, so `lastYear` is then `year + 1`.
 */
export function scheduleRules(
  task: Pick<Task, 'schedule'>,
  year: number,
  P: IssuePath,
  lastYear: number = year,
): RuleIssue[] {
  const out: RuleIssue[] = [];
  const first = `${year}-01-01`;
  const last = `${lastYear}-12-31`;
  if (task.schedule.start < first) {
    out.push(
      planIssue(
        'PLAN_SCHEDULE_OUTSIDE_YEAR',
        [...P, 'schedule', 'start'],
        `开始日期 ${task.schedule.start} 早于计划年度 ${year} 年`,
        `Start ${task.schedule.start} is before plan year ${year}`,
      ),
    );
  }
  if (task.schedule.end > last) {
    out.push(
      planIssue(
        'PLAN_SCHEDULE_OUTSIDE_YEAR',
        [...P, 'schedule', 'end'],
        lastYear === year
          ? `结束日期 ${task.schedule.end} 晚于计划年度 ${year} 年；确需延迟至下一年度的，应以延迟调整载明原因并公开（第十六条）`
          : `延迟后的结束日期 ${task.schedule.end} 晚于计划年度的下一年度 ${lastYear} 年`,
        lastYear === year
          ? `End ${task.schedule.end} is after plan year ${year}; a task that must run into the next year is delayed by a published adjustment stating why (Article 16)`
          : `The delayed end ${task.schedule.end} is after ${lastYear}, the year after the plan year`,
      ),
    );
  }
  return out;
}

/** The schedule a task has from a recorded delay (第十六条 延迟), with the adjustment that set it. */
export interface RecordedDelay {
  readonly adjustmentId: string;
  readonly reason: string;
  readonly schedule: Task['schedule'];
}

/**
 * A task whose schedule is the one its last recorded delay set may end in the year after the plan year; when it
 * does, a warning says so with the adjustment and its reason, so the carry-over is visible.
 */
function delayedScheduleRules(task: Task, P: IssuePath, ctx: TaskContext): RuleIssue[] {
  const delay = ctx.delays.get(task.id);
  const recorded =
    delay !== undefined &&
    delay.schedule.start === task.schedule.start &&
    delay.schedule.end === task.schedule.end;
  if (!recorded) return scheduleRules(task, ctx.year, P);
  const out = scheduleRules(task, ctx.year, P, ctx.year + 1);
  if (task.schedule.end > `${ctx.year}-12-31`) {
    out.push(
      planIssue(
        'PLAN_TASK_DELAYED_INTO_NEXT_YEAR',
        [...P, 'schedule', 'end'],
        `任务“${task.name}”经调整 ${delay.adjustmentId} 延迟至 ${task.schedule.end} 结束，跨入下一年度（原因：${delay.reason}）`,
        `Task "${task.name}" was delayed by adjustment ${delay.adjustmentId} to end on ${task.schedule.end}, in the next year (reason: ${delay.reason})`,
      ),
    );
  }
  return out;
}

/**
 * 抽查基数 against the directory it was taken from. A directory built for this task (`taskId` = the task's id,
 * 第十八条) must have exactly `base` objects, all eligible, and should be the initiator's. A department's general
 * directory (no `taskId`, 第十一条) is filtered to the task's eligible objects (jointly supervised, of the items'
 * object types) and `base` must equal their number. A directory built for another task is an error.
 */
export function baseRules(task: Task, P: IssuePath, ctx: TaskContext): RuleIssue[] {
  const dirId = task.sampling.directoryId;
  if (dirId === undefined || ctx.directories === undefined) return [];
  const at = [...P, 'sampling', 'directoryId'];
  const indexed = ctx.directories.get(dirId);
  if (indexed === null) return [];
  if (!indexed) {
    return [
      planIssue(
        'PLAN_DIRECTORY_NOT_GIVEN',
        at,
        `任务引用的名录库 ${dirId} 未提供，无法核对抽查基数`,
        `Directory ${dirId} was not given, so the base cannot be checked`,
      ),
    ];
  }
  const { directory, counter } = indexed;
  if (directory.taskId !== undefined && directory.taskId !== task.id) {
    return [
      planIssue(
        'PLAN_DIRECTORY_OTHER_TASK',
        at,
        `名录库 ${dirId} 是为任务 ${directory.taskId} 建立的`,
        `Directory ${dirId} was built for task ${directory.taskId}`,
      ),
    ];
  }
  const out: RuleIssue[] = [];
  const found = task.items.flatMap((i) => {
    const e = ctx.entries.get(i);
    return e ? [e.objectType] : [];
  });
  const types = found.length > 0 ? new Set(found) : undefined;
  const base = task.sampling.base;
  const size = directory.objects.length;
  const eligibleCount = counter.count(task.departments, types);
  if (directory.taskId === task.id) {
    if (directory.departmentId !== task.initiator) {
      out.push(
        planIssue(
          'PLAN_DIRECTORY_NOT_INITIATOR',
          at,
          `任务名录库 ${dirId} 由${deptZh(ctx.names, directory.departmentId)}建立，不是发起部门${deptZh(ctx.names, task.initiator)}`,
          `Task directory ${dirId} was built by ${deptEn(ctx.names, directory.departmentId)}, not by the initiator ${deptEn(ctx.names, task.initiator)}`,
        ),
      );
    }
    if (base !== size) {
      out.push(
        planIssue(
          'PLAN_BASE_MISMATCH',
          [...P, 'sampling', 'base'],
          `抽查基数 ${base} 与任务名录库 ${dirId} 的检查对象数 ${size} 不一致`,
          `Base ${base} differs from the ${size} objects of task directory ${dirId}`,
        ),
      );
    }
    if (eligibleCount < size) {
      const entries = { entries: [...ctx.entries.values()] };
      const bad = splitObjects(task, directory.objects, entries).excluded.map((x) => x.object.id);
      const shown = [...bad].sort().slice(0, 5);
      out.push(
        planIssue(
          'PLAN_DIRECTORY_INELIGIBLE_OBJECTS',
          at,
          `任务名录库 ${dirId} 中有 ${bad.length} 个对象不属于各参与部门共同监管或与抽查事项不对应（如 ${shown.join('、')}）`,
          `Task directory ${dirId} holds ${bad.length} object(s) the task may not draw (e.g. ${shown.join(', ')})`,
        ),
      );
    }
  } else if (base !== eligibleCount) {
    out.push(
      planIssue(
        'PLAN_BASE_MISMATCH',
        [...P, 'sampling', 'base'],
        `抽查基数 ${base} 与名录库 ${dirId} 中本任务可抽取的检查对象数 ${eligibleCount}（名录库共 ${size} 个）不一致`,
        `Base ${base} differs from the ${eligibleCount} objects of directory ${dirId} this task may draw (of ${size})`,
      ),
    );
  }
  if (eligibleCount === 0) {
    out.push(
      planIssue(
        'PLAN_NO_ELIGIBLE_OBJECTS',
        at,
        `名录库 ${dirId} 中没有本任务可抽取的检查对象`,
        `Directory ${dirId} holds no object this task may draw`,
      ),
    );
  }
  return out;
}

/** Every rule for one task (unsorted). `cancelled` tasks skip the directory check: they will not be drawn. */
export function taskRules(task: Task, ctx: TaskContext, cancelled: boolean): RuleIssue[] {
  const P: IssuePath = ['tasks', task.id];
  return [
    ...departmentRules(task, P, ctx),
    ...itemRules(task, P, ctx),
    ...delayedScheduleRules(task, P, ctx),
    ...ratioTableRules(task.sampling.ratioTable, [...P, 'sampling', 'ratioTable'], {
      exemptClasses: ctx.exemptClasses,
    }),
    ...frequencyRules(task.frequencyByClass, [...P, 'frequencyByClass']),
    ...(cancelled ? [] : baseRules(task, P, ctx)),
  ];
}
