/**
 * The state of a task in its lifecycle (第十七条) and its audit trail. A state is a deeply frozen value: every
 * accepted event makes a new state with one more trail entry (who, when, what, article), never an edit. The
 * locked list of drawn objects (第十九条 ¶3) is kept as drawn; substitutes from the reserve, where allowed, are
 * added beside the object they replace, which stays listed with its outcome.
 */
import * as z from 'zod';
import type { CalendarDate } from '../model/date.js';
import { type Department, DepartmentListSchema } from '../model/department.js';
import type { ResultCategory } from '../model/records.js';
import { type Task, TaskSchema, type TaskStage } from '../model/task.js';
import type { TaskEvent } from './task-events.js';

/** Options of a task's lifecycle. */
export const LifecycleOptionsSchema = z.object({
  /**
   * Substitute an object that cannot be checked with the next reserve object of its stratum (rank order). Off by
   * default: 第十九条 ¶3 says the locked list never changes; turn on only where the jurisdiction's rules allow a
   * reserve list.
   */
  reserveSubstitution: z.boolean().default(false),
});
/** Options of the task lifecycle: whether a reserve object may substitute for a drawn one (off by default; 第十九条 ¶3). */
export type LifecycleOptions = z.infer<typeof LifecycleOptionsSchema>;

/** What a lifecycle starts from. */
export const LifecycleStartSchema = z.object({
  task: TaskSchema,
  /** The departments, to check that the department head approved a replacement (第十九条 ¶3). */
  departments: DepartmentListSchema.optional(),
  options: LifecycleOptionsSchema.default({ reserveSubstitution: false }),
});
/** What a lifecycle starts from, as parsed: the task, the departments and the options. */
export type LifecycleStart = z.infer<typeof LifecycleStartSchema>;

/** An object of the task's list. */
export interface TaskObject {
  readonly objectId: string;
  readonly stratum: string;
  /** Rank in its stratum: drawn 1…n, reserve n+1… */
  readonly rank: number;
  readonly origin: 'drawn' | 'reserve';
  /** Found deregistered, closed or unreachable: the result category it gets. */
  readonly outcome?: ResultCategory;
  /** The reserve object that took its place (where substitution is allowed). */
  readonly substitutedBy?: string;
  /** For a reserve object: the object it replaces. */
  readonly replaces?: string;
}

/** One department's matched inspectors per object, with its approved replacements. */
export interface DepartmentAssignment {
  readonly departmentId: string;
  readonly random: boolean;
  readonly objects: readonly {
    readonly objectId: string;
    readonly inspectorIds: readonly string[];
    readonly leaderId?: string | undefined;
    readonly expertIds?: readonly string[] | undefined;
  }[];
  readonly replacements: readonly {
    readonly objectId: string;
    readonly outInspectorId: string;
    readonly inInspectorId: string;
    readonly reason: string;
    readonly approvedBy: string;
    readonly approvedOn: string;
  }[];
}

/** A check, a result entry and its publication, per object and department. */
export interface ObjectDepartment {
  readonly objectId: string;
  readonly departmentId: string;
}
export interface CheckDone extends ObjectDepartment {
  readonly checkDate: CalendarDate;
}
export interface ResultDone extends ObjectDepartment {
  readonly results: readonly ResultCategory[];
  readonly enteredDate: CalendarDate;
  readonly publishedDate?: CalendarDate;
}

/** One accepted event in the audit trail. */
export interface TrailEntry {
  /** 1, 2, 3, … */
  readonly seq: number;
  readonly type: TaskEvent['type'];
  readonly by: string;
  readonly on: CalendarDate;
  /** The article that governs the step. */
  readonly article: string;
  /** What happened, in both languages. */
  readonly what: { readonly zh: string; readonly en: string };
  /** The event as accepted (replaying the trail's events rebuilds the state). */
  readonly event: TaskEvent;
}

/** A task's state in its lifecycle (第十七条): its step, locked draw and assignments, and the frozen audit trail. */
export interface TaskState {
  /** What the lifecycle started from (replay starts here). */
  readonly start: LifecycleStart;
  /** The task as it now stands (adjusted before the draw; `stage` kept in step). */
  readonly task: Task;
  readonly stage: TaskStage;
  /** Cancelled by a plan adjustment (第十六条): closed without a draw. */
  readonly cancelled: boolean;
  readonly directories?: {
    readonly objectDirectoryId: string;
    readonly inspectorDirectoryIds: readonly string[];
  };
  /** The locked draw (第十九条 ¶3): never changes once set. */
  readonly locked?: {
    readonly selected: readonly { readonly id: string; readonly stratum: string; readonly rank: number }[];
    readonly reserve: readonly { readonly id: string; readonly stratum: string; readonly rank: number }[];
  };
  readonly objects: readonly TaskObject[];
  readonly assignments: readonly DepartmentAssignment[];
  readonly checks: readonly CheckDone[];
  /** 抽查任务完成 (the 20-working-day period of 第二十二条 runs from it). */
  readonly completedDate?: CalendarDate;
  readonly results: readonly ResultDone[];
  readonly trail: readonly TrailEntry[];
}

/** States made by this library (a state from elsewhere is rebuilt from its trail before use). */
const issued = new WeakSet<object>();

export function register(state: TaskState): TaskState {
  issued.add(state);
  return state;
}

export function isIssued(value: unknown): value is TaskState {
  return typeof value === 'object' && value !== null && issued.has(value);
}

/** The (object, department) pairs that need a result: every listed object, every department. */
export function pairs(state: TaskState): ObjectDepartment[] {
  return state.objects.flatMap((o) =>
    state.task.departments.map((d) => ({ objectId: o.objectId, departmentId: d })),
  );
}

export type { Department };
