/**
 * The task lifecycle (第十七条): `createTaskState` starts a task at `planned`; `applyTaskEvent` accepts one event
 * in order — planned → directories-built → drawn (locked) → dispatched → checked → results-entered → published →
 * closed, with adjustments before the draw (第十六条) and approved inspector replacements after dispatch (第十九条
 * ¶3) — and returns a new, deeply frozen state with the event appended to the audit trail, or every finding why
 * not; `replayTask` rebuilds a state from its events and reports the first invalid one. Inputs are never modified
 * and nothing throws.
 */
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { article } from '../model/article.js';
import type { DepartmentListInput } from '../model/department.js';
import { deepFreeze } from '../model/freeze.js';
import { type IssuePath, type RuleIssue, ruleIssue, sortIssues } from '../model/issue.js';
import type { TaskInput } from '../model/task.js';
import { recordIssue } from './codes.js';
import { guarded, parseArgument } from './input.js';
import { append, emptyList, emptyMap, emptyVec } from './persistent.js';
import { type TaskEvent, TaskEventSchema } from './task-events.js';
import {
  LifecycleStartSchema,
  publish,
  type TaskState,
  type TrailEntry,
  type Working,
  workingOf,
} from './task-state.js';
import { ALLOWED_STAGES, runStep, STEP_ARTICLES } from './task-steps.js';
import type { AssignmentView, LockedDrawInput } from './views.js';

const A17 = article(17);

/** What a lifecycle starts from: the task, optionally the departments (heads approve replacements) and options. */
export interface LifecycleStartInput {
  readonly task: TaskInput;
  readonly departments?: DepartmentListInput | undefined;
  readonly options?: { readonly reserveSubstitution?: boolean | undefined } | undefined;
}
/** What a caller writes is what the schema reads (checked by the type checker). */
const _startInputIsRead = (x: LifecycleStartInput): z.input<typeof LifecycleStartSchema> => x;
/**
 * One lifecycle event as a caller writes it: the schema's input type, except that a `draw` event takes the
 * library's `LockedDraw` (or the same JSON) and a `dispatch` event the matcher's `LockedAssignment` as they are
 * (their lists are readonly, which the schema's input type would refuse).
 */
export type TaskEventInput =
  z.input<typeof TaskEventSchema> extends infer E
    ? E extends { readonly type: 'draw' }
      ? Omit<E, 'draw'> & { readonly draw: LockedDrawInput }
      : E extends { readonly type: 'dispatch' }
        ? Omit<E, 'assignment'> & { readonly assignment: AssignmentView }
        : E
    : never;

/** Starts a task's lifecycle at `planned`, with an empty audit trail. */
export function createTaskState(input: LifecycleStartInput): Result<TaskState, RuleIssue[]> {
  return guarded(A17, () =>
    parseArgument(LifecycleStartSchema, input, [], A17).map((parsed) => {
      const start = deepFreeze(parsed);
      return publish({
        start,
        task: Object.freeze({ ...start.task, stage: 'planned' as const }),
        stage: 'planned',
        cancelled: false,
        trail: emptyList,
        objects: emptyVec,
        objectAt: emptyMap,
        assignments: [],
        checks: emptyList,
        checked: emptyMap,
        results: emptyVec,
        resultAt: emptyMap,
        published: 0,
      });
    }),
  );
}

/** Why the stage refuses the event: the specific code where there is one. */
function stageIssue(s: Working, e: TaskEvent): RuleIssue | undefined {
  if (e.type === 'substitute' && !s.start.options.reserveSubstitution) {
    return recordIssue(
      'TASK_SUBSTITUTION_NOT_ALLOWED',
      ['event', 'type'],
      `抽取的检查对象名单一经锁定不可更改；任务 ${s.task.id} 未启用备选名单替补，对象应登记相应检查结果`,
      `The locked list cannot change; task ${s.task.id} does not enable reserve substitution, so the object gets its result category`,
    );
  }
  if (ALLOWED_STAGES[e.type].includes(s.stage)) return undefined;
  const drawnOrLater = s.locked !== undefined;
  if (e.type === 'draw' && drawnOrLater) {
    return recordIssue(
      'TASK_ALREADY_DRAWN',
      ['event', 'type'],
      `任务 ${s.task.id} 已抽取并锁定名单，不能再次抽取`,
      `Task ${s.task.id} has been drawn and locked; it cannot be drawn again`,
    );
  }
  if (e.type === 'adjust' && drawnOrLater) {
    return recordIssue(
      'TASK_ADJUSTMENT_AFTER_DRAW',
      ['event', 'type'],
      `任务 ${s.task.id} 已抽取（${s.stage}），计划调整只能在抽取前进行`,
      `Task ${s.task.id} has been drawn (${s.stage}); adjustments apply only before the draw`,
    );
  }
  if (e.type === 'close' && (s.stage === 'checked' || s.stage === 'results-entered')) {
    return recordIssue(
      'TASK_PUBLICATION_INCOMPLETE',
      ['event', 'type'],
      `任务 ${s.task.id} 仍有检查结果未录入或未公示，不能关闭`,
      `Task ${s.task.id} still has results not entered or not published; it cannot be closed`,
    );
  }
  return recordIssue(
    'TASK_EVENT_OUT_OF_ORDER',
    ['event', 'type'],
    `任务处于“${s.stage}”阶段，不能发生“${e.type}”（允许的阶段：${ALLOWED_STAGES[e.type].join('、')}）`,
    `The task is at "${s.stage}"; "${e.type}" happens only at ${ALLOWED_STAGES[e.type].join(', ')}`,
  );
}

/** Checks that do not depend on the event's kind: closed task, other task, date order, stage. */
function gateIssues(s: Working, e: TaskEvent): RuleIssue[] {
  if (s.stage === 'closed') {
    return [
      recordIssue(
        'TASK_CLOSED',
        ['event', 'type'],
        `任务 ${s.task.id} 已${s.cancelled ? '取消' : '关闭'}`,
        `Task ${s.task.id} is ${s.cancelled ? 'cancelled' : 'closed'}`,
      ),
    ];
  }
  const out: RuleIssue[] = [];
  if (e.taskId !== s.task.id) {
    out.push(
      recordIssue(
        'TASK_EVENT_WRONG_TASK',
        ['event', 'taskId'],
        `事件属于任务 ${e.taskId}，不是 ${s.task.id}`,
        `The event is for task ${e.taskId}, not ${s.task.id}`,
      ),
    );
  }
  const last = s.trail.head;
  if (last && e.on < last.on) {
    out.push(
      recordIssue(
        'TASK_EVENT_DATE_BEFORE_PREVIOUS',
        ['event', 'on'],
        `事件日期 ${e.on} 早于上一条审计记录（第 ${last.seq} 条，${last.on}）`,
        `The event is dated ${e.on}, before the previous audit entry (#${last.seq}, ${last.on})`,
      ),
    );
  }
  const stage = stageIssue(s, e);
  if (stage) out.push(stage);
  return out;
}

/**
 * Applies a parsed event to a state made by this library. The new state shares every collection the event did
 * not touch with the previous one (persistent.ts): O(log n) per event. What is new — the event (parsed, so the
 * caller's value is not touched), the trail entry, the changed fields — is frozen here; the rest already was.
 */
function apply(s: Working, e: TaskEvent): Result<TaskState, RuleIssue[]> {
  const gate = gateIssues(s, e);
  if (gate.length > 0) return err(sortIssues(gate));
  const event = deepFreeze(e);
  return runStep(s, event)
    .mapErr(sortIssues)
    .map((change) => {
      const stage = change.patch.stage ?? s.stage;
      const entry: TrailEntry = Object.freeze({
        seq: s.trail.size + 1,
        type: event.type,
        by: event.by,
        on: event.on,
        article: STEP_ARTICLES[event.type],
        what: Object.freeze({ zh: change.zh, en: change.en }),
        event,
      });
      const patch = change.patch;
      const task = patch.task ?? s.task;
      return publish({
        ...s,
        ...patch,
        ...(patch.directories ? { directories: deepFreeze(patch.directories) } : {}),
        task: patch.task === undefined && task.stage === stage ? task : deepFreeze({ ...task, stage }),
        stage,
        trail: append(s.trail, entry),
      });
    });
}

/** A state made here, or one rebuilt from the start and trail it carries (e.g. after JSON). */
function trusted(state: unknown): Result<Working, RuleIssue[]> {
  const own = workingOf(state);
  if (own) return ok(own);
  const s = state as Partial<TaskState> | null;
  const rebuilt =
    typeof s === 'object' && s !== null && Array.isArray(s.trail)
      ? replayTask({ ...(s.start as LifecycleStartInput), events: s.trail })
      : err<TaskState, RuleIssue[]>([]);
  const invalid = (zh: string, en: string): RuleIssue =>
    ruleIssue({ code: 'TASK_STATE_INVALID', article: A17, path: ['state'], zh, en });
  if (rebuilt.isErr()) {
    return err([
      invalid(
        '任务状态不是由本库生成，且无法由其起点和审计记录重建',
        'The task state was not made by this library and cannot be rebuilt from its start and audit trail',
      ),
      ...rebuilt.error.map((i) => Object.freeze({ ...i, path: Object.freeze(['state', ...i.path]) })),
    ]);
  }
  // A state whose fields say something else than its trail has been edited: the trail is what happened.
  if (!sameData(rebuilt.value, state)) {
    return err([
      invalid(
        '任务状态与其审计记录重建的结果不一致（状态被修改过）',
        'The task state differs from the one its audit trail rebuilds (it has been edited)',
      ),
    ]);
  }
  return ok(workingOf(rebuilt.value)!);
}

/** Deep equality of plain data, ignoring key order and keys whose value is undefined. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (x: object) => Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameData((a as Record<string, unknown>)[k], rb[k]));
}

/**
 * Applies one lifecycle event. Ok: the next state (deeply frozen, one more trail entry). Err: every finding, the
 * event's under `event`. The input state is never modified; a state not made by this library (e.g. read back from
 * JSON) is first rebuilt from its `start` and `trail`.
 */
export function applyTaskEvent(state: TaskState, event: TaskEventInput): Result<TaskState, RuleIssue[]> {
  return guarded(A17, () =>
    trusted(state).andThen((s) =>
      parseArgument(TaskEventSchema, event, ['event'], A17).andThen((e) => apply(s, e)),
    ),
  );
}

/** The event of a trail entry, or the value itself. */
function eventOf(x: unknown): unknown {
  try {
    if (typeof x === 'object' && x !== null && 'seq' in x && 'event' in x)
      return (x as { event: unknown }).event;
  } catch {
    return x;
  }
  return x;
}

function atEvent(k: number, path: IssuePath): IssuePath {
  return path[0] === 'event' ? ['events', k, ...path.slice(1)] : ['events', k, ...path];
}

/**
 * Rebuilds a task's state from its start and its events (or its audit trail's entries). Err: the findings of the
 * first invalid event, under `events.<index>` (or of the start). Replaying a state's own trail gives that state.
 */
export function replayTask(
  input: LifecycleStartInput & { readonly events: readonly (TaskEventInput | TrailEntry)[] },
): Result<TaskState, RuleIssue[]> {
  return guarded(A17, () => {
    const events = (input as { events?: unknown }).events;
    if (!Array.isArray(events)) {
      return err([
        ruleIssue({
          code: 'SCHEMA_INVALID_TYPE',
          article: A17,
          path: ['events'],
          zh: '事件须为数组',
          en: 'events must be an array',
        }),
      ]);
    }
    const { events: _, ...start } = input;
    let state = createTaskState(start);
    for (let k = 0; k < events.length && state.isOk(); k++) {
      state = applyTaskEvent(state.value, eventOf(events[k]) as TaskEventInput).mapErr((issues) =>
        issues.map((i) => Object.freeze({ ...i, path: Object.freeze(atEvent(k, i.path)) })),
      );
    }
    return state;
  });
}
