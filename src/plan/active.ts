/**
 * Tasks still in force (第十六条): a cancelled task stays in the plan for its history but is not carried out.
 * The plan is parsed (raw JSON, a parsed plan, or a `ValidPlan`, genuine or copied); never throws.
 */
import { ok, type Result } from 'neverthrow';
import { deepFreeze } from '../model/freeze.js';
import type { RuleIssue } from '../model/issue.js';
import type { AnnualPlan, AnnualPlanInput } from '../model/plan.js';
import type { Task } from '../model/task.js';
import { isValidPlan, planArgument, type ValidPlan } from './valid.js';
import { parsePlanInput } from './validate-plan.js';

function inForce(plan: Pick<AnnualPlan, 'tasks' | 'cancelledTaskIds'>): readonly Task[] {
  const cancelled = new Set<string>(plan.cancelledTaskIds);
  return Object.freeze(plan.tasks.filter((t) => !cancelled.has(t.id)));
}

/** The tasks not cancelled, in plan order (frozen); Err with the parse findings when `plan` is not a plan. */
export function activeTasks(plan: AnnualPlanInput | ValidPlan): Result<readonly Task[], RuleIssue[]> {
  if (isValidPlan(plan)) return ok(inForce(plan.plan));
  return parsePlanInput(planArgument(plan)).map((p) => inForce(deepFreeze(p)));
}
