/**
 * The state of a task in its lifecycle (第十七条) and its audit trail. A state is a deeply frozen value: every
 * accepted event makes a new state with one more trail entry (who, when, what, article), never an edit. The
 * locked list of drawn objects (第十九条 ¶3) is kept as drawn; substitutes from the reserve, where allowed, are
 * added beside the object they replace, which stays listed with its outcome. Inside the library a state is worked
 * on as persistent collections shared with the states before it (`Working`, persistent.ts), so an event costs
 * O(log n); the public state shows them as frozen arrays, built when first read.
 */
import * as z from 'zod';
import type { CalendarDate } from '../model/date.js';
import { type Department, DepartmentListSchema } from '../model/department.js';
import type { ResultCategory } from '../model/records.js';
import { type Task, TaskSchema, type TaskStage } from '../model/task.js';
import { listItems, type PList, type PMap, type PVec, vecItems } from './persistent.js';
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
export interface LifecycleOptions {
  readonly reserveSubstitution: boolean;
}

/** What a lifecycle starts from. */
export const LifecycleStartSchema = z.object({
  task: TaskSchema,
  /** The departments, to check that the department head approved a replacement (第十九条 ¶3). */
  departments: DepartmentListSchema.optional(),
  options: LifecycleOptionsSchema.default({ reserveSubstitution: false }),
});
/** What a lifecycle started from, as parsed (written out so the published types need no schema). */
export interface LifecycleStart {
  readonly task: Task;
  readonly departments?: Department[] | undefined;
  readonly options: LifecycleOptions;
}
/** The parsed start is a LifecycleStart (checked by the type checker). */
const _startIsParsed = (x: z.infer<typeof LifecycleStartSchema>): LifecycleStart => x;

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

type Replacement = DepartmentAssignment['replacements'][number];
type AssignedObject = DepartmentAssignment['objects'][number];

/**
 * One department's assignment as the lifecycle works on it: persistent collections (persistent.ts) shared with the
 * previous state, and the public value, whose lists are built when first read.
 */
export interface AssignmentCore {
  readonly departmentId: string;
  readonly random: boolean;
  readonly objects: PVec<AssignedObject>;
  /** objectId → index in `objects`. */
  readonly objectAt: PMap<number>;
  readonly replacements: PList<Replacement>;
  readonly view: DepartmentAssignment;
}

/**
 * A state as the lifecycle works on it: the plain fields of TaskState, with its lists as persistent collections
 * and indexes by id, so that an event costs O(log n) however long the task (第十七条 tasks of thousands of objects).
 */
export interface Working extends Omit<TaskState, 'objects' | 'assignments' | 'checks' | 'results' | 'trail'> {
  readonly trail: PList<TrailEntry>;
  readonly objects: PVec<TaskObject>;
  /** objectId → index in `objects`. */
  readonly objectAt: PMap<number>;
  readonly assignments: readonly AssignmentCore[];
  readonly checks: PList<CheckDone>;
  /** pairKey → true for each check. */
  readonly checked: PMap<true>;
  readonly results: PVec<ResultDone>;
  /** pairKey → index in `results`. */
  readonly resultAt: PMap<number>;
  /** How many results have a publishedDate. */
  readonly published: number;
}

/** Key of an (object, department) pair. */
export function pairKey(p: { readonly objectId: string; readonly departmentId: string }): string {
  return `${p.objectId}\u0000${p.departmentId}`;
}

/**
 * A frozen plain object whose `lazy` fields are enumerable getters, each computed (frozen) on first read and then
 * kept: JSON.stringify, spreading and Object.values see ordinary data.
 */
function withLazyFields<T extends object>(plain: object, lazy: Record<string, () => unknown>): T {
  const out: Record<string, unknown> = { ...plain };
  for (const [key, make] of Object.entries(lazy)) {
    let value: unknown;
    let made = false;
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        if (!made) {
          value = Object.freeze(make());
          made = true;
        }
        return value;
      },
    });
  }
  return Object.freeze(out) as T;
}

/** The public value of an assignment core. */
export function assignmentView(a: Omit<AssignmentCore, 'view'>): DepartmentAssignment {
  return withLazyFields<DepartmentAssignment>(
    { departmentId: a.departmentId, random: a.random },
    { objects: () => vecItems(a.objects), replacements: () => listItems(a.replacements) },
  );
}

/** States made by this library, with their working form (a state from elsewhere is rebuilt from its trail). */
const issued = new WeakMap<object, Working>();

/** The public, deeply frozen state of a working state (its lists are built when first read). */
export function publish(w: Working): TaskState {
  const {
    trail,
    objects,
    objectAt: _o,
    assignments,
    checks,
    checked: _c,
    results,
    resultAt: _r,
    published: _p,
    ...plain
  } = w;
  const state = withLazyFields<TaskState>(plain, {
    objects: () => vecItems(objects),
    assignments: () => assignments.map((a) => a.view),
    checks: () => listItems(checks),
    results: () => vecItems(results),
    trail: () => listItems(trail),
  });
  issued.set(state, Object.freeze(w));
  return state;
}

/** The working form of a state made by this library, or undefined. */
export function workingOf(value: unknown): Working | undefined {
  return typeof value === 'object' && value !== null ? issued.get(value) : undefined;
}

/** The (object, department) pairs that need a result: every listed object, every department. */
export function pairs(state: Working): ObjectDepartment[] {
  return vecItems(state.objects).flatMap((o) =>
    state.task.departments.map((d) => ({ objectId: o.objectId, departmentId: d })),
  );
}

export type { Department };
