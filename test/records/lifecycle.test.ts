// 第十七条 task lifecycle: 分类建库 → 摇号派发 → 实地核查 → 公示处理, refused out of order, audited.
import { describe, expect, it } from 'vitest';
import type { LockedDraw } from '../../src/draw/index.js';
import type { LockedAssignment } from '../../src/match/index.js';
import {
  type AssignmentView,
  applyTaskEvent,
  replayTask,
  type TaskEventInput,
  type TaskState,
} from '../../src/records/index.js';
import { expectFinding } from './expect.js';
import { draw } from './fixtures.js';
import {
  checkEvents,
  complete,
  directories,
  dispatchEvents,
  drawEvent,
  enterEvents,
  ev,
  fresh,
  publishEvents,
  run,
  start,
  wholeLifecycle,
} from './lifecycle-helpers.js';

const A16 = '第十六条';
const A17 = '第十七条';
const A19 = '第十九条';
const A21 = '第二十一条';
const A22 = '第二十二条';
const OBJ = draw.selected[0]!.id;

function everyObject(x: unknown, out: object[] = []): object[] {
  if (x !== null && typeof x === 'object') {
    out.push(x);
    for (const v of Object.values(x)) everyObject(v, out);
  }
  return out;
}

describe('第十七条 lifecycle (applyTaskEvent)', () => {
  it('takes the library’s own locked draw and assignment as they are (checked by the type checker)', () => {
    const drawEventOf = (d: LockedDraw): TaskEventInput => ({
      ...ev('close', '2026-03-31'),
      type: 'draw',
      draw: d,
    });
    const dispatchOf = (a: LockedAssignment): TaskEventInput => ({
      ...ev('close', '2026-04-03'),
      type: 'dispatch',
      assignment: a,
    });
    const view = (a: LockedAssignment): AssignmentView => a;
    expect(applyTaskEvent(run(fresh(), [directories()]), drawEventOf(draw)).isOk()).toBe(true);
    expect([dispatchOf, view].every((f) => typeof f === 'function')).toBe(true);
  });

  it('goes planned → directories-built → drawn → dispatched → checked → results-entered → published → closed', () => {
    const stages: string[] = [];
    let s = fresh();
    stages.push(s.stage);
    for (const e of wholeLifecycle()) {
      s = run(s, [e]);
      if (stages.at(-1) !== s.stage) stages.push(s.stage);
    }
    expect(stages).toEqual([
      'planned',
      'directories-built',
      'drawn',
      'dispatched',
      'checked',
      'results-entered',
      'published',
      'closed',
    ]);
    expect(s.task.stage).toBe('closed');
    expect(s.completedDate).toBe('2026-06-30');
    expect(s.trail).toHaveLength(wholeLifecycle().length);
    expect(s.trail.map((t) => t.seq)).toEqual(s.trail.map((_, k) => k + 1));
    expect(s.trail[1]).toMatchObject({
      type: 'draw',
      article: A19,
      by: '龙亭区市场监管局 王敏',
      on: '2026-03-31',
    });
    expect(s.trail[1]!.what.zh).toContain(`抽中 ${draw.selected.length} 户`);
  });

  it('every state is deeply frozen, and the input state is never modified', () => {
    const s0 = run(fresh(), [directories(), drawEvent()]);
    const before = JSON.stringify(s0);
    const s1 = run(s0, dispatchEvents());
    expect(JSON.stringify(s0)).toBe(before);
    for (const o of everyObject(s1)) expect(Object.isFrozen(o)).toBe(true);
    expect(() => {
      (s1.trail as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('refuses matching before drawing, a second draw, results before the check, publication before entry', () => {
    const planned = run(fresh(), [directories()]);
    expectFinding(applyTaskEvent(planned, dispatchEvents()[0]!), 'TASK_EVENT_OUT_OF_ORDER', A17, [
      'event',
      'type',
    ]);
    const drawn = run(planned, [drawEvent()]);
    expectFinding(applyTaskEvent(drawn, drawEvent()), 'TASK_ALREADY_DRAWN', A19, ['event', 'type']);
    const dispatched = run(drawn, dispatchEvents());
    expectFinding(applyTaskEvent(dispatched, enterEvents()[0]!), 'TASK_EVENT_OUT_OF_ORDER', A17, [
      'event',
      'type',
    ]);
    const checked = run(dispatched, [...checkEvents(), complete()]);
    expectFinding(applyTaskEvent(checked, publishEvents()[0]!), 'TASK_RESULT_NOT_ENTERED', A22, [
      'event',
      'objectId',
    ]);
    expectFinding(applyTaskEvent(checked, ev('close', '2026-07-20')), 'TASK_PUBLICATION_INCOMPLETE', A22, [
      'event',
      'type',
    ]);
  });

  it('refuses an event dated before the previous one, for another task, or after closing', () => {
    const s = run(fresh(), [directories()]);
    expectFinding(
      applyTaskEvent(s, ev('draw', '2026-03-19', { draw })),
      'TASK_EVENT_DATE_BEFORE_PREVIOUS',
      A17,
      ['event', 'on'],
    );
    expectFinding(
      applyTaskEvent(s, { ...drawEvent(), taskId: 'LT-2026-T02' } as never),
      'TASK_EVENT_WRONG_TASK',
      A17,
      ['event', 'taskId'],
    );
    const closed = run(fresh(), wholeLifecycle());
    expectFinding(applyTaskEvent(closed, ev('close', '2026-07-21')), 'TASK_CLOSED', A17, ['event', 'type']);
  });

  it('a malformed event is a schema finding under event', () => {
    const r = applyTaskEvent(fresh(), { ...directories(), on: '2026-02-30' } as never);
    expect(r._unsafeUnwrapErr()[0]!.path).toEqual(['event', 'on']);
  });

  describe('第十六条 adjustments, before the draw only', () => {
    const delay = (on: string) =>
      ev('adjust', on, {
        adjustment: {
          id: 'ADJ-2026-03',
          kind: 'delay-task',
          taskId: 'LT-2026-T01',
          schedule: { start: '2026-05-01', end: '2026-07-31' },
          reason: '配合省级食品安全专项整治，顺延一个月',
          publication: { date: '2026-03-18', channels: ['开封市龙亭区人民政府网站'] },
        },
      });

    it('a published delay changes the task’s schedule and is audited', () => {
      const s = run(fresh(), [delay('2026-03-18')]);
      expect(s.task.schedule).toEqual({ start: '2026-05-01', end: '2026-07-31' });
      expect(s.trail[0]).toMatchObject({ type: 'adjust', article: A16 });
      expect(fresh().task.schedule.start).toBe('2026-04-01');
    });

    it('after the draw it is refused', () => {
      const s = run(fresh(), [directories(), drawEvent()]);
      expectFinding(applyTaskEvent(s, delay('2026-04-01')), 'TASK_ADJUSTMENT_AFTER_DRAW', A19, [
        'event',
        'type',
      ]);
    });

    it('an adjustment that is not a delay is refused; a cancellation closes the task', () => {
      const s = fresh();
      const early = delay('2026-03-18') as { adjustment: { schedule: unknown } };
      early.adjustment.schedule = { start: '2026-03-01', end: '2026-06-30' };
      expectFinding(applyTaskEvent(s, early as never), 'TASK_ADJUSTMENT_INVALID', A16, [
        'event',
        'adjustment',
      ]);
      const cancelled = run(s, [
        ev('adjust', '2026-03-18', {
          adjustment: {
            id: 'ADJ-2026-04',
            kind: 'cancel-task',
            taskId: 'LT-2026-T01',
            reason: '任务并入省级专项行动',
            publication: { date: '2026-03-18', channels: ['开封市龙亭区人民政府网站'] },
          },
        }),
      ]);
      expect(cancelled).toMatchObject({ stage: 'closed', cancelled: true });
      expectFinding(applyTaskEvent(cancelled, directories()), 'TASK_CLOSED', A17, ['event', 'type']);
    });
  });

  describe('第十九条 dispatch and replacement', () => {
    const drawn = () => run(fresh(), [directories(), drawEvent()]);

    it('a department outside the task, a second matching, or a partial list is refused', () => {
      const [a] = dispatchEvents() as unknown as { assignment: Record<string, unknown> }[];
      expectFinding(
        applyTaskEvent(
          drawn(),
          ev('dispatch', '2026-04-02', { assignment: { ...a!.assignment, departmentId: 'lt-jyj' } }),
        ),
        'TASK_DEPARTMENT_NOT_PARTICIPANT',
        A19,
        ['event', 'assignment', 'departmentId'],
      );
      const once = run(drawn(), [dispatchEvents()[0]!]);
      expectFinding(applyTaskEvent(once, dispatchEvents()[0]!), 'TASK_DEPARTMENT_ALREADY_DISPATCHED', A19, [
        'event',
        'assignment',
        'departmentId',
      ]);
      const objects = (a!.assignment.objects as unknown[]).slice(1);
      expectFinding(
        applyTaskEvent(drawn(), ev('dispatch', '2026-04-02', { assignment: { ...a!.assignment, objects } })),
        'TASK_ASSIGNMENT_OBJECTS_MISMATCH',
        A19,
        ['event', 'assignment', 'objects'],
      );
    });

    it('第二十一条: fewer than two inspectors for an object is refused', () => {
      const [a] = dispatchEvents() as unknown as { assignment: { objects: { inspectorIds: string[] }[] } }[];
      a!.assignment.objects[0]!.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-02'];
      expectFinding(applyTaskEvent(drawn(), a as never), 'TASK_ASSIGNMENT_TOO_FEW_INSPECTORS', A21, [
        'event',
        'assignment',
        'objects',
        0,
        'inspectorIds',
      ]);
    });

    const replace = (fields: Record<string, unknown> = {}) =>
      ev('replace-inspector', '2026-04-10', {
        departmentId: 'lt-scjgj',
        objectId: OBJ,
        outInspectorId: 'lt-scjgj-03',
        inInspectorId: 'lt-scjgj-05',
        reason: '执法回避',
        approvedBy: 'lt-scjgj-01',
        approvedOn: '2026-04-09',
        ...fields,
      });

    it('an approved replacement swaps the inspector for that object and is audited', () => {
      const s = run(drawn(), [...dispatchEvents(), replace()]);
      const a = s.assignments.find((x) => x.departmentId === 'lt-scjgj')!;
      expect(a.objects.find((o) => o.objectId === OBJ)!.inspectorIds).toEqual(['lt-scjgj-02', 'lt-scjgj-05']);
      expect(a.replacements).toHaveLength(1);
      expect(s.trail.at(-1)).toMatchObject({ type: 'replace-inspector', article: A19 });
    });

    it('refuses a replacement before dispatch, not approved by the head, of someone not assigned, or after the check', () => {
      expectFinding(applyTaskEvent(drawn(), replace()), 'TASK_EVENT_OUT_OF_ORDER', A17, ['event', 'type']);
      const s = run(drawn(), dispatchEvents());
      expectFinding(
        applyTaskEvent(s, replace({ approvedBy: 'lt-scjgj-02' })),
        'TASK_REPLACEMENT_NOT_APPROVED',
        A19,
        ['event', 'approvedBy'],
      );
      expectFinding(
        applyTaskEvent(s, replace({ outInspectorId: 'lt-scjgj-07' })),
        'TASK_REPLACEMENT_NOT_ASSIGNED',
        A19,
        ['event', 'outInspectorId'],
      );
      expectFinding(
        applyTaskEvent(s, replace({ inInspectorId: 'lt-scjgj-02' })),
        'TASK_REPLACEMENT_ALREADY_ASSIGNED',
        A19,
        ['event', 'inInspectorId'],
      );
      const checked = run(s, [checkEvents('2026-04-10')[0]!]);
      expectFinding(applyTaskEvent(checked, replace()), 'TASK_REPLACEMENT_AFTER_CHECK', A19, [
        'event',
        'objectId',
      ]);
    });
  });

  describe('第十九条 ¶3: a drawn object is never replaced', () => {
    const dispatched = (options?: { reserveSubstitution: boolean }) =>
      run(fresh(options), [directories(), drawEvent(), ...dispatchEvents()]);
    const unreachable = ev('record-outcome', '2026-05-12', {
      objectId: OBJ,
      outcome: '通过登记的住所（经营场所）无法联系',
    });

    it('an unreachable object keeps its place and gets its result category; checks of it are refused', () => {
      const s = run(dispatched(), [unreachable]);
      expect(s.objects.map((o) => o.objectId)).toEqual(draw.selected.map((o) => o.id));
      expect(s.objects[0]!.outcome).toBe('通过登记的住所（经营场所）无法联系');
      expectFinding(applyTaskEvent(s, checkEvents()[0]!), 'TASK_OBJECT_HAS_OUTCOME', A19, [
        'event',
        'objectId',
      ]);
      const done = run(s, [...checkEvents().slice(2), complete()]);
      expectFinding(
        applyTaskEvent(
          done,
          ev('enter-result', '2026-07-10', {
            objectId: OBJ,
            departmentId: 'lt-wjw',
            results: ['未发现问题'],
          }),
        ),
        'TASK_RESULT_OUTCOME_MISMATCH',
        A22,
        ['event', 'results'],
      );
      run(done, [
        ev('enter-result', '2026-07-10', {
          objectId: OBJ,
          departmentId: 'lt-wjw',
          results: ['通过登记的住所（经营场所）无法联系'],
        }),
      ]);
    });

    it('substitution is refused unless the task enables a reserve list', () => {
      const s = run(dispatched(), [unreachable]);
      expectFinding(
        applyTaskEvent(s, ev('substitute', '2026-05-13', { objectId: OBJ })),
        'TASK_SUBSTITUTION_NOT_ALLOWED',
        A19,
        ['event', 'type'],
      );
    });

    it('where enabled, it takes the next reserve object of the stratum in rank order, audited; the drawn list stays', () => {
      const s0 = dispatched({ reserveSubstitution: true });
      expectFinding(
        applyTaskEvent(s0, ev('substitute', '2026-05-12', { objectId: OBJ })),
        'TASK_SUBSTITUTION_NO_CAUSE',
        A19,
        ['event', 'objectId'],
      );
      // key-area-cd: three drawn (ranks 1-3), two in reserve (ranks 4, 5).
      const [a, b, c] = draw.selected.filter((o) => o.stratum === 'key-area-cd');
      const reserve = draw.reserve.filter((r) => r.stratum === 'key-area-cd');
      expect(reserve.map((r) => r.rank)).toEqual([4, 5]);
      const closed = (o: { id: string }, on: string) =>
        ev('record-outcome', on, { objectId: o.id, outcome: '已注销、被吊销、被撤销或已迁出' });
      const s = run(s0, [
        closed(b!, '2026-05-12'),
        ev('substitute', '2026-05-13', { objectId: b!.id }),
        closed(a!, '2026-05-14'),
        ev('substitute', '2026-05-14', { objectId: a!.id }),
        closed(c!, '2026-05-15'),
      ]);
      expect(s.locked!.selected).toEqual(s0.locked!.selected);
      expect(s.objects.slice(0, draw.selected.length).map((o) => o.objectId)).toEqual(
        draw.selected.map((o) => o.id),
      );
      expect(s.objects.slice(draw.selected.length)).toEqual([
        { objectId: reserve[0]!.id, stratum: 'key-area-cd', rank: 4, origin: 'reserve', replaces: b!.id },
        { objectId: reserve[1]!.id, stratum: 'key-area-cd', rank: 5, origin: 'reserve', replaces: a!.id },
      ]);
      expect(s.objects.find((o) => o.objectId === b!.id)!.substitutedBy).toBe(reserve[0]!.id);
      expect(s.trail.filter((t) => t.type === 'substitute').map((t) => t.article)).toEqual([A19, A19]);
      expectFinding(
        applyTaskEvent(s, ev('substitute', '2026-05-16', { objectId: c!.id })),
        'TASK_RESERVE_EXHAUSTED',
        A19,
        ['event', 'objectId'],
      );
      // The substitutes must be matched (a supplementary dispatch) before the checks can complete.
      expectFinding(applyTaskEvent(s, complete('2026-06-30')), 'TASK_CHECKS_INCOMPLETE', A17, ['event']);
      const supplement = (departmentId: string, x: string, y: string) =>
        ev('dispatch', '2026-05-16', {
          assignment: {
            taskId: 'LT-2026-T01',
            departmentId,
            random: true,
            objects: reserve.map((r) => ({ objectId: r.id, inspectorIds: [x, y] })),
            events: [],
          },
        });
      const t = run(s, [
        supplement('lt-scjgj', 'lt-scjgj-05', 'lt-scjgj-06'),
        supplement('lt-wjw', 'lt-wjw-01', 'lt-wjw-05'),
      ]);
      expect(t.assignments.find((x) => x.departmentId === 'lt-wjw')!.objects).toHaveLength(
        draw.selected.length + 2,
      );
    });
  });

  it('results: only the department that checked enters (谁检查、谁录入), once', () => {
    const s = run(fresh(), [directories(), drawEvent(), ...dispatchEvents(), ...checkEvents(), complete()]);
    const entered = run(s, [enterEvents()[0]!]);
    expectFinding(applyTaskEvent(entered, enterEvents()[0]!), 'TASK_RESULT_ALREADY_ENTERED', A22, [
      'event',
      'objectId',
    ]);
    const published = run(entered, [publishEvents()[0]!]);
    expectFinding(applyTaskEvent(published, publishEvents()[0]!), 'TASK_RESULT_ALREADY_PUBLISHED', A22, [
      'event',
      'objectId',
    ]);
    expectFinding(
      applyTaskEvent(
        s,
        ev('enter-result', '2026-07-10', { objectId: OBJ, departmentId: 'lt-jyj', results: ['未发现问题'] }),
      ),
      'TASK_DEPARTMENT_NOT_PARTICIPANT',
      A19,
      ['event', 'departmentId'],
    );
  });

  it('completion needs every object checked by every department', () => {
    const s = run(fresh(), [directories(), drawEvent(), ...dispatchEvents(), ...checkEvents().slice(1)]);
    expectFinding(applyTaskEvent(s, complete()), 'TASK_CHECKS_INCOMPLETE', A17, ['event']);
    expectFinding(applyTaskEvent(s, checkEvents()[1]!), 'TASK_OBJECT_ALREADY_CHECKED', A21, [
      'event',
      'objectId',
    ]);
  });
});

describe('replayTask', () => {
  it('replaying a state’s trail gives the same state', () => {
    const s = run(fresh(), wholeLifecycle());
    expect(replayTask({ ...s.start, events: s.trail })._unsafeUnwrap()).toEqual(s);
  });

  it('reports the first invalid event with its index', () => {
    const events = wholeLifecycle();
    const bad = [...events.slice(0, 3), enterEvents()[0], ...events.slice(3)];
    const issues = replayTask({ ...start(), events: bad } as never)._unsafeUnwrapErr();
    expect(issues[0]).toMatchObject({ code: 'TASK_EVENT_OUT_OF_ORDER', path: ['events', 3, 'type'] });
  });

  it('a state read back from JSON is rebuilt from its trail; a forged one is refused', () => {
    const s: TaskState = JSON.parse(JSON.stringify(run(fresh(), [directories(), drawEvent()])));
    const next = applyTaskEvent(s, dispatchEvents()[0]!)._unsafeUnwrap();
    expect(next.trail).toHaveLength(3);
    const forged = { ...s, trail: [s.trail[1]] } as TaskState;
    expectFinding(applyTaskEvent(forged, dispatchEvents()[0]!), 'TASK_STATE_INVALID', A17, ['state']);
    const edited = { ...s, objects: s.objects.slice(1) } as TaskState;
    const hit = expectFinding(applyTaskEvent(edited, dispatchEvents()[0]!), 'TASK_STATE_INVALID', A17, [
      'state',
    ]);
    expect(hit.message.zh).toContain('被修改');
  });
});
