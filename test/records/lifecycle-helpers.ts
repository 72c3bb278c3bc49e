// Event builders for the lifecycle tests: the Longting task T01 from plan to publication.
import {
  applyTaskEvent,
  createTaskState,
  type TaskEventInput,
  type TaskState,
} from '../../src/records/index.js';
import { assignments, departmentList, draw, task } from './fixtures.js';

export const TASK_ID = 'LT-2026-T01';
const DEPARTMENTS = ['lt-scjgj', 'lt-wjw'] as const;

/** An event of T01 by the platform's operator. */
export function ev(type: string, on: string, fields: Record<string, unknown> = {}) {
  return { taskId: TASK_ID, type, by: '龙亭区市场监管局 王敏', on, ...fields } as unknown as TaskEventInput;
}

export const start = () => ({ task: task(), departments: departmentList });
export const fresh = (options?: { reserveSubstitution: boolean }) =>
  createTaskState({ ...start(), ...(options ? { options } : {}) } as never)._unsafeUnwrap();

/** Applies events in order; throws (in tests) at the first refusal, naming it. */
export function run(state: TaskState, events: readonly unknown[]): TaskState {
  let s = state;
  for (const e of events) {
    const r = applyTaskEvent(s, e as never);
    if (r.isErr())
      throw new Error(`${JSON.stringify(e).slice(0, 80)}: ${JSON.stringify(r.error.map((i) => i.code))}`);
    s = r.value;
  }
  return s;
}

export const directories = () =>
  ev('build-directories', '2026-03-20', {
    objectDirectoryId: 'lt-objects-2026q1',
    inspectorDirectoryIds: ['lt-scjgj-inspectors-2026', 'lt-wjw-inspectors-2026'],
  });
export const drawEvent = () => ev('draw', '2026-03-31', { draw });
export const dispatchEvents = () => assignments().map((a) => ev('dispatch', '2026-04-02', { assignment: a }));
export const checkEvents = (on = '2026-05-12') =>
  draw.selected.flatMap((o) =>
    DEPARTMENTS.map((d) => ev('record-check', on, { objectId: o.id, departmentId: d, checkDate: on })),
  );
export const complete = (on = '2026-06-30') => ev('complete-checks', on);
export const enterEvents = (on = '2026-07-10', objects = draw.selected.map((o) => o.id)) =>
  objects.flatMap((id) =>
    DEPARTMENTS.map((d) =>
      ev('enter-result', on, { objectId: id, departmentId: d, results: ['未发现问题'] }),
    ),
  );
export const publishEvents = (on = '2026-07-13', objects = draw.selected.map((o) => o.id)) =>
  objects.flatMap((id) => DEPARTMENTS.map((d) => ev('publish', on, { objectId: id, departmentId: d })));

/** Every event of T01 from planned to closed, in order. */
export function wholeLifecycle() {
  return [
    directories(),
    drawEvent(),
    ...dispatchEvents(),
    ...checkEvents(),
    complete(),
    ...enterEvents(),
    ...publishEvents(),
    ev('close', '2026-07-20'),
  ];
}
