/**
 * 计划调整 (第十六条): a published plan changes only by published adjustments — add (临时增设), delay (延迟),
 * cancel (取消) a task, change its ratio (更改抽查比例) or frequency (频次, per year and, where the task sets it, per
 * credit-risk class). `applyAdjustment` is pure: it returns
 * a new, deeply frozen plan with `version + 1` and the adjustment appended to `history`; the input is never
 * modified, and a failed adjustment leaves nothing changed.
 *
 * Design choices (see docs/plan.md):
 * - the plan must be published (第十六条: adjustments are changes to the published plan);
 * - each adjustment has a reason and a publication (the schema requires both; missing ones are reported as
 *   PLAN_ADJUSTMENT_REASON_MISSING / PLAN_ADJUSTMENT_PUBLICATION_MISSING) published no earlier than the plan and
 *   the previous adjustment;
 * - a cancelled task stays in `tasks` and its id is added to `cancelledTaskIds`, so what was cancelled stays
 *   visible; cancelled tasks cannot be adjusted further;
 * - a delay moves neither end earlier and must move at least one; it may carry the task into the next year (第十六条
 *   延迟, with the reason every adjustment records), never further; `validateAnnualPlan` then accepts that schedule
 *   for that task and reports the carry-over as a warning (PLAN_TASK_DELAYED_INTO_NEXT_YEAR);
 * - the ratio of a task already drawn (stage `drawn` or later) cannot change: the drawn list is locked (第十九条);
 * - an added task's id must be new (cancelled ids included); it is checked for its trigger (ad-hoc), schedule and
 *   ratio table; catalog and directory checks need `validateAnnualPlan` on the result.
 * Paths are relative to the plan; findings about the adjustment start with `adjustment`.
 */
import { err, ok, type Result } from 'neverthrow';
import { deepFreeze } from '../model/freeze.js';
import { type IssuePath, type RuleIssue, sortIssues } from '../model/issue.js';
import {
  type AnnualPlan,
  type AnnualPlanInput,
  type PlanAdjustment,
  type PlanAdjustmentInput,
  parsePlanAdjustment,
} from '../model/plan.js';
import { type Task, TaskStageSchema } from '../model/task.js';
import { planIssue, prefixIssues } from './issue.js';
import { isBlank, rawAt, refineRatioIssue, refineTaskIssue } from './paths.js';
import { ratioTableRules } from './ratio-rules.js';
import { scheduleRules } from './task-rules.js';
import { planArgument, type ValidPlan } from './valid.js';
import { parsePlanInput } from './validate-plan.js';

/** Stages from the draw on (第十九条: the drawn list is locked), in the lifecycle's order. */
const DRAWN_STAGES: ReadonlySet<Task['stage']> = new Set(
  TaskStageSchema.options.slice(TaskStageSchema.options.indexOf('drawn')),
);

/** Parses an adjustment, mapping missing reason/publication and task/ratio fields to plan codes. */
export function parseAdjustmentInput(input: unknown): Result<PlanAdjustment, RuleIssue[]> {
  return parsePlanAdjustment(input)
    .mapErr((issues) =>
      sortIssues(
        issues.map((i) => {
          const [top] = i.path;
          if (i.path.length === 1 && top === 'reason' && isBlank(rawAt(input, i.path))) {
            return planIssue(
              'PLAN_ADJUSTMENT_REASON_MISSING',
              i.path,
              '计划调整未载明原因',
              'The adjustment gives no reason',
            );
          }
          if (i.path.length === 1 && top === 'publication' && isBlank(rawAt(input, i.path))) {
            return planIssue(
              'PLAN_ADJUSTMENT_PUBLICATION_MISSING',
              i.path,
              '计划调整未载明公开的日期和渠道',
              'The adjustment does not record when and where it was published',
            );
          }
          if (top === 'task') return refineTaskIssue(i, rawAt(input, ['task']), i.path.slice(1));
          if (top === 'ratioTable') return refineRatioIssue(i, rawAt(input, ['ratioTable']), i.path.slice(1));
          return i;
        }),
      ),
    )
    .mapErr((issues) => prefixIssues(['adjustment'], issues));
}

function publicationRules(plan: AnnualPlan, adj: PlanAdjustment): RuleIssue[] {
  const out: RuleIssue[] = [];
  const date = adj.publication.date;
  const at: IssuePath = ['adjustment', 'publication', 'date'];
  if (plan.publication === undefined) {
    out.push(
      planIssue(
        'PLAN_ADJUSTMENT_PLAN_NOT_PUBLISHED',
        ['publication'],
        '计划尚未公示；公示前的修改不是第十六条的调整',
        'The plan has not been published; changes before publication are not Article 16 adjustments',
      ),
    );
  } else if (date < plan.publication.date) {
    out.push(
      planIssue(
        'PLAN_ADJUSTMENT_BEFORE_PLAN_PUBLICATION',
        at,
        `调整于 ${date} 公开，早于计划公示日期 ${plan.publication.date}`,
        `The adjustment is published on ${date}, before the plan (${plan.publication.date})`,
      ),
    );
  }
  const last = plan.history.at(-1);
  if (last && date < last.publication.date) {
    out.push(
      planIssue(
        'PLAN_ADJUSTMENT_OUT_OF_ORDER',
        at,
        `调整于 ${date} 公开，早于前一次调整 ${last.id}（${last.publication.date}）`,
        `The adjustment is published on ${date}, before the previous adjustment ${last.id} (${last.publication.date})`,
      ),
    );
  }
  if (plan.history.some((h) => h.id === adj.id)) {
    out.push(
      planIssue(
        'PLAN_ADJUSTMENT_DUPLICATE_ID',
        ['adjustment', 'id'],
        `调整编号 ${adj.id} 已在调整记录中`,
        `Adjustment id ${adj.id} is already in the history`,
      ),
    );
  }
  return out;
}

/** The task an adjustment targets, or the findings saying why it cannot be adjusted. */
function target(plan: AnnualPlan, taskId: string): Result<Task, RuleIssue[]> {
  const task = plan.tasks.find((t) => t.id === taskId);
  if (!task) {
    return err([
      planIssue(
        'PLAN_ADJUSTMENT_TASK_UNKNOWN',
        ['adjustment', 'taskId'],
        `任务 ${taskId} 不在计划中`,
        `Task ${taskId} is not in the plan`,
      ),
    ]);
  }
  if (plan.cancelledTaskIds.includes(task.id)) {
    return err([
      planIssue(
        'PLAN_ADJUSTMENT_TASK_CANCELLED',
        ['adjustment', 'taskId'],
        `任务 ${taskId} 已取消，不能再调整`,
        `Task ${taskId} has been cancelled and cannot be adjusted`,
      ),
    ]);
  }
  return ok(task);
}

function replaceTask(plan: AnnualPlan, task: Task): Task[] {
  return plan.tasks.map((t) => (t.id === task.id ? task : t));
}

/** The tasks and cancelled ids after the adjustment, or why it cannot apply. */
function applyKind(
  plan: AnnualPlan,
  adj: PlanAdjustment,
): Result<{ tasks: Task[]; cancelledTaskIds: AnnualPlan['cancelledTaskIds'] }, RuleIssue[]> {
  const keep = plan.cancelledTaskIds;
  switch (adj.kind) {
    case 'add-task': {
      const t = adj.task;
      const issues: RuleIssue[] = [];
      if (plan.tasks.some((x) => x.id === t.id) || plan.cancelledTaskIds.includes(t.id)) {
        issues.push(
          planIssue(
            'PLAN_ADJUSTMENT_TASK_ID_TAKEN',
            ['adjustment', 'task', 'id'],
            `任务编号 ${t.id} 已在计划中使用`,
            `Task id ${t.id} is already used in the plan`,
          ),
        );
      }
      if (t.kind === 'ad-hoc' && t.trigger === undefined) {
        issues.push(
          planIssue(
            'PLAN_ADHOC_TRIGGER_MISSING',
            ['adjustment', 'task', 'trigger'],
            '临时增设的临时性联合抽查须载明启动原因',
            'An added ad-hoc task must name its trigger',
          ),
        );
      }
      issues.push(...scheduleRules(t, plan.year, ['adjustment', 'task']));
      issues.push(
        ...ratioTableRules(t.sampling.ratioTable, ['adjustment', 'task', 'sampling', 'ratioTable']).filter(
          (i) => i.severity === 'error',
        ),
      );
      return issues.length > 0 ? err(issues) : ok({ tasks: [...plan.tasks, t], cancelledTaskIds: keep });
    }
    case 'delay-task':
      return target(plan, adj.taskId).andThen((task) => {
        // 第十六条 延迟: a delay may carry the task into the next year (its reason is on record), not further.
        const issues = scheduleRules({ schedule: adj.schedule }, plan.year, ['adjustment'], plan.year + 1);
        const s = adj.schedule;
        const o = task.schedule;
        if (s.start < o.start || s.end < o.end || (s.start === o.start && s.end === o.end)) {
          issues.push(
            planIssue(
              'PLAN_ADJUSTMENT_NOT_A_DELAY',
              ['adjustment', 'schedule'],
              `新的时间安排 ${s.start}—${s.end} 未将原安排 ${o.start}—${o.end} 延后`,
              `The new schedule ${s.start}..${s.end} does not delay ${o.start}..${o.end}`,
            ),
          );
        }
        return issues.length > 0
          ? err(issues)
          : ok({ tasks: replaceTask(plan, { ...task, schedule: { ...s } }), cancelledTaskIds: keep });
      });
    case 'cancel-task':
      return target(plan, adj.taskId).map((task) => ({
        tasks: [...plan.tasks],
        cancelledTaskIds: [...keep, task.id],
      }));
    case 'change-ratio':
      return target(plan, adj.taskId).andThen((task) => {
        const issues = ratioTableRules(adj.ratioTable, ['adjustment', 'ratioTable']).filter(
          (i) => i.severity === 'error',
        );
        if (DRAWN_STAGES.has(task.stage)) {
          issues.push(
            planIssue(
              'PLAN_ADJUSTMENT_TASK_ALREADY_DRAWN',
              ['adjustment', 'taskId'],
              `任务“${task.name}”已完成摇号，检查对象名单已锁定（第十九条），不能再更改抽查比例`,
              `Task "${task.name}" has been drawn and its object list is locked (Article 19); its ratios can no longer change`,
            ),
          );
        }
        if (JSON.stringify(adj.ratioTable) === JSON.stringify(task.sampling.ratioTable)) {
          issues.push(
            planIssue(
              'PLAN_ADJUSTMENT_NO_CHANGE',
              ['adjustment', 'ratioTable'],
              '新的比例表与原表相同',
              'The new ratio table equals the old one',
            ),
          );
        }
        return issues.length > 0
          ? err(issues)
          : ok({
              tasks: replaceTask(plan, {
                ...task,
                sampling: { ...task.sampling, ratioTable: adj.ratioTable },
              }),
              cancelledTaskIds: keep,
            });
      });
    case 'change-frequency':
      return target(plan, adj.taskId).andThen((task) => {
        const byClass = adj.frequencyByClass ?? task.frequencyByClass;
        const same =
          task.frequencyPerYear === adj.frequencyPerYear &&
          JSON.stringify(byClass) === JSON.stringify(task.frequencyByClass);
        return same
          ? err([
              planIssue(
                'PLAN_ADJUSTMENT_NO_CHANGE',
                ['adjustment', 'frequencyPerYear'],
                `任务“${task.name}”的抽查频次已是每年 ${task.frequencyPerYear} 次`,
                `Task "${task.name}" already has frequency ${task.frequencyPerYear} per year`,
              ),
            ])
          : ok({
              tasks: replaceTask(plan, {
                ...task,
                frequencyPerYear: adj.frequencyPerYear,
                ...(byClass !== undefined ? { frequencyByClass: { ...byClass } } : {}),
              }),
              cancelledTaskIds: keep,
            });
      });
  }
}

/**
 * Applies one published adjustment to a published plan (第十六条). Returns the next plan version (deeply
 * frozen, history appended) or every finding; `plan` may be raw JSON, an `AnnualPlan` or a `ValidPlan`. Never
 * modifies its inputs and never throws.
 */
export function applyAdjustment(
  plan: AnnualPlanInput | ValidPlan,
  adjustment: PlanAdjustmentInput,
): Result<AnnualPlan, RuleIssue[]> {
  const p = parsePlanInput(planArgument(plan));
  const a = parseAdjustmentInput(adjustment);
  if (p.isErr() || a.isErr()) {
    return err(sortIssues([...(p.isErr() ? p.error : []), ...(a.isErr() ? a.error : [])]));
  }
  const current = p.value;
  const adj = a.value;
  const pubIssues = publicationRules(current, adj);
  const applied = applyKind(current, adj);
  const issues = [...pubIssues, ...(applied.isErr() ? applied.error : [])];
  if (issues.length > 0 || applied.isErr()) return err(sortIssues(issues));
  const next: AnnualPlan = {
    ...current,
    version: current.version + 1,
    tasks: applied.value.tasks,
    cancelledTaskIds: applied.value.cancelledTaskIds,
    history: [...current.history, adj],
  };
  return ok(deepFreeze(next));
}
