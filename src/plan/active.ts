/** Tasks still in force (第十六条): a cancelled task stays in the plan for its history but is not carried out. */
import type { AnnualPlan } from '../model/plan.js';
import type { Task } from '../model/task.js';

export function activeTasks(plan: Pick<AnnualPlan, 'tasks' | 'cancelledTaskIds'>): Task[] {
  const cancelled = new Set<string>(plan.cancelledTaskIds);
  return plan.tasks.filter((t) => !cancelled.has(t.id));
}
