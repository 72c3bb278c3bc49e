// 第十六条 有特殊情况需要临时增设、延迟、取消任务，以及更改抽查比例和频次的，可对计划进行调整，并将调整情况公开.
// applyAdjustment returns the next plan version with its history and never modifies the (deep-frozen) input.
import { describe, expect, it } from 'vitest';
import { applyAdjustment } from '../../src/plan/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { expectError, expectWarning, findings, type Json, load, taskOf, validatePlan } from './helpers.js';

const publication = (date: string) => ({ date, channels: ['国家企业信用信息公示系统（河南）'] });

function frozenPlan(): Json {
  return deepFreeze(load.plan());
}

const delay = (over: Json = {}): Json => ({
  id: 'ADJ-2026-01',
  kind: 'delay-task',
  reason: '受汛期防汛工作影响，工贸企业安全生产联合抽查顺延一个月',
  publication: publication('2026-05-20'),
  taskId: 'LT-2026-T05',
  schedule: { start: '2026-07-01', end: '2026-10-30' },
  ...over,
});

describe('第十六条 applyAdjustment', () => {
  it('a delay makes version 2 with the adjustment in its history, and the result still validates', () => {
    const plan = frozenPlan();
    const before = JSON.stringify(plan);
    const next = applyAdjustment(plan, deepFreeze(delay()))._unsafeUnwrap();
    expect(JSON.stringify(plan)).toBe(before);
    expect(next.version).toBe(2);
    expect(next.history.map((h) => h.id)).toEqual(['ADJ-2026-01']);
    expect(next.tasks.find((t) => t.id === 'LT-2026-T05')?.schedule).toEqual({
      start: '2026-07-01',
      end: '2026-10-30',
    });
    expect(Object.isFrozen(next.tasks[4]?.schedule)).toBe(true);
    expect(validatePlan(next).isOk()).toBe(true);
  });

  it('a ValidPlan copied through JSON or structuredClone is adjusted like the plan it holds', () => {
    const valid = validatePlan(load.plan())._unsafeUnwrap();
    for (const copy of [structuredClone(valid), JSON.parse(JSON.stringify(valid))]) {
      const next = applyAdjustment(copy, delay());
      expect(next.isOk()).toBe(true);
      expect(next._unsafeUnwrap().version).toBe(2);
    }
  });

  it('adjustments chain: cancel, then change frequency, then add an ad-hoc task', () => {
    const v2 = applyAdjustment(frozenPlan(), {
      id: 'ADJ-2026-01',
      kind: 'cancel-task',
      reason: '区商务局预付卡备案系统迁移，本年度改由市级统一组织',
      publication: publication('2026-06-01'),
      taskId: 'LT-2026-T07',
    })._unsafeUnwrap();
    expect(v2.cancelledTaskIds).toEqual(['LT-2026-T07']);
    expect(v2.tasks.some((t) => t.id === 'LT-2026-T07')).toBe(true); // kept, so what was cancelled stays visible
    const v3 = applyAdjustment(v2, {
      id: 'ADJ-2026-02',
      kind: 'change-frequency',
      reason: '学校食堂投诉增加，秋季学期增加一轮抽查',
      publication: publication('2026-08-20'),
      taskId: 'LT-2026-T02',
      frequencyPerYear: 3,
    })._unsafeUnwrap();
    const added = {
      ...load.plan().tasks[10],
      id: 'LT-2026-T12',
      trigger: 'sudden-risk',
      name: '龙亭区2026年汛后食品安全突发风险联合抽查',
    };
    const v4 = applyAdjustment(v3, {
      id: 'ADJ-2026-03',
      kind: 'add-task',
      reason: '汛后食品安全风险上升',
      publication: publication('2026-08-21'),
      task: added,
    })._unsafeUnwrap();
    expect(v4.version).toBe(4);
    expect(v4.history.map((h) => h.kind)).toEqual(['cancel-task', 'change-frequency', 'add-task']);
    const r = validatePlan(v4);
    expect(r.isOk()).toBe(true);
    expect(r._unsafeUnwrap().warnings.map((i) => i.code)).toEqual(['PLAN_DOMAIN_COVERAGE_CANCELLED']);
  });

  it('an adjustment without its reason fails', () => {
    const a = delay();
    delete a.reason;
    expectError(applyAdjustment(frozenPlan(), a), 'PLAN_ADJUSTMENT_REASON_MISSING', ['adjustment', 'reason']);
  });

  it('an adjustment without its publication fails', () => {
    const a = delay();
    delete a.publication;
    expectError(applyAdjustment(frozenPlan(), a), 'PLAN_ADJUSTMENT_PUBLICATION_MISSING', [
      'adjustment',
      'publication',
    ]);
  });

  it('an adjustment published before the plan fails', () => {
    expectError(
      applyAdjustment(frozenPlan(), delay({ publication: publication('2026-02-01') })),
      'PLAN_ADJUSTMENT_BEFORE_PLAN_PUBLICATION',
      ['adjustment', 'publication', 'date'],
    );
  });

  it('an adjustment published before the previous one fails', () => {
    const v2 = applyAdjustment(frozenPlan(), delay())._unsafeUnwrap();
    const r = applyAdjustment(
      v2,
      delay({
        id: 'ADJ-2026-02',
        publication: publication('2026-05-01'),
        schedule: { start: '2026-07-01', end: '2026-11-30' },
      }),
    );
    expectError(r, 'PLAN_ADJUSTMENT_OUT_OF_ORDER', ['adjustment', 'publication', 'date']);
  });

  it('an unpublished plan cannot be adjusted', () => {
    const p = load.plan();
    delete p.publication;
    expectError(applyAdjustment(deepFreeze(p), delay()), 'PLAN_ADJUSTMENT_PLAN_NOT_PUBLISHED', [
      'publication',
    ]);
  });

  it('adjusting an unknown task fails', () => {
    expectError(
      applyAdjustment(frozenPlan(), delay({ taskId: 'LT-2026-T99' })),
      'PLAN_ADJUSTMENT_TASK_UNKNOWN',
      ['adjustment', 'taskId'],
    );
  });

  it('adjusting a cancelled task fails', () => {
    const p = load.plan();
    p.cancelledTaskIds = ['LT-2026-T05'];
    expectError(applyAdjustment(deepFreeze(p), delay()), 'PLAN_ADJUSTMENT_TASK_CANCELLED', [
      'adjustment',
      'taskId',
    ]);
  });

  it('adding a task with an id already used fails', () => {
    const r = applyAdjustment(frozenPlan(), {
      ...delay(),
      kind: 'add-task',
      task: load.plan().tasks[0],
    });
    expectError(r, 'PLAN_ADJUSTMENT_TASK_ID_TAKEN', ['adjustment', 'task', 'id']);
  });

  it('a delay that moves the task earlier fails', () => {
    expectError(
      applyAdjustment(frozenPlan(), delay({ schedule: { start: '2026-05-25', end: '2026-09-30' } })),
      'PLAN_ADJUSTMENT_NOT_A_DELAY',
      ['adjustment', 'schedule'],
    );
  });

  it('a delay into the next year (第十六条 延迟) applies, and the plan validates with a warning naming the reason', () => {
    const into = delay({ schedule: { start: '2026-11-02', end: '2027-01-29' } });
    const next = applyAdjustment(frozenPlan(), into)._unsafeUnwrap();
    expect(next.tasks.find((t) => t.id === 'LT-2026-T05')?.schedule.end).toBe('2027-01-29');
    const r = validatePlan(next);
    expect(r.isOk()).toBe(true);
    const issue = expectWarning(r, 'PLAN_TASK_DELAYED_INTO_NEXT_YEAR', [
      'tasks',
      'LT-2026-T05',
      'schedule',
      'end',
    ]);
    expect(issue.article).toBe('第十六条');
    expect(issue.message.zh).toContain('ADJ-2026-01');
    expect(issue.message.zh).toContain(into.reason);
  });

  it('a delay beyond the next year fails', () => {
    const issue = expectError(
      applyAdjustment(frozenPlan(), delay({ schedule: { start: '2026-11-02', end: '2028-01-29' } })),
      'PLAN_SCHEDULE_OUTSIDE_YEAR',
      ['adjustment', 'schedule', 'end'],
    );
    expect(issue.message.zh).toContain('下一年度 2027 年');
  });

  it('a task moved into the next year without a recorded delay still fails the plan (the schedule is unchecked otherwise)', () => {
    const p = load.plan();
    taskOf(p, 'LT-2026-T05').schedule = { start: '2026-11-02', end: '2027-01-29' };
    const issue = expectError(validatePlan(p), 'PLAN_SCHEDULE_OUTSIDE_YEAR', [
      'tasks',
      'LT-2026-T05',
      'schedule',
      'end',
    ]);
    expect(issue.message.zh).toContain('延迟调整');
  });

  it('a delayed task edited afterwards (its schedule no longer the recorded one) is checked against the plan year', () => {
    const next = structuredClone(
      applyAdjustment(
        frozenPlan(),
        delay({ schedule: { start: '2026-11-02', end: '2027-01-29' } }),
      )._unsafeUnwrap(),
    ) as Json;
    next.tasks.find((t: Json) => t.id === 'LT-2026-T05').schedule.end = '2027-02-27';
    expectError(validatePlan(next), 'PLAN_SCHEDULE_OUTSIDE_YEAR', [
      'tasks',
      'LT-2026-T05',
      'schedule',
      'end',
    ]);
  });

  it('a ratio change applies to an undrawn task and must keep every class covered', () => {
    const p = frozenPlan();
    const table = structuredClone(taskOf(load.plan(), 'LT-2026-T04').sampling.ratioTable);
    table.strata.find((s: Json) => s.id === 'D').ratio = 0.5;
    table.source = '区应急管理局2026年5月提高特种设备高风险对象抽查比例的通知';
    const change = {
      id: 'ADJ-2026-01',
      kind: 'change-ratio',
      reason: '电梯事故多发',
      publication: publication('2026-05-20'),
      taskId: 'LT-2026-T04',
      ratioTable: table,
    };
    const next = applyAdjustment(p, change as never)._unsafeUnwrap();
    expect(next.tasks.find((t) => t.id === 'LT-2026-T04')?.sampling.ratioTable.strata[7]?.ratio).toBe(0.5);

    const holed = structuredClone(table);
    holed.strata = holed.strata.filter((s: Json) => s.id !== 'D');
    expectError(applyAdjustment(p, { ...change, ratioTable: holed } as never), 'PLAN_RATIO_CLASS_UNCOVERED', [
      'adjustment',
      'ratioTable',
      'strata',
    ]);
  });

  it('the ratio of a task already drawn cannot change (第十九条 the drawn list is locked)', () => {
    const p = load.plan();
    taskOf(p, 'LT-2026-T04').stage = 'drawn';
    const table = structuredClone(taskOf(p, 'LT-2026-T04').sampling.ratioTable);
    table.strata[0].ratio = 0.6;
    const r = applyAdjustment(deepFreeze(p), {
      id: 'ADJ-2026-01',
      kind: 'change-ratio',
      reason: '提高比例',
      publication: publication('2026-05-20'),
      taskId: 'LT-2026-T04',
      ratioTable: table,
    });
    const issue = expectError(r, 'PLAN_ADJUSTMENT_TASK_ALREADY_DRAWN', ['adjustment', 'taskId']);
    expect(issue.article).toBe('第十九条');
    expect(issue.message.zh).toContain('已完成摇号，检查对象名单已锁定');
    expect(issue.message.zh).not.toContain('drawn');
    expect(issue.message.en).toContain('object list is locked');
  });

  it('a frequency change that changes nothing fails', () => {
    const r = applyAdjustment(frozenPlan(), {
      id: 'ADJ-2026-01',
      kind: 'change-frequency',
      reason: '维持',
      publication: publication('2026-05-20'),
      taskId: 'LT-2026-T02',
      frequencyPerYear: 2,
    });
    expectError(r, 'PLAN_ADJUSTMENT_NO_CHANGE', ['adjustment', 'frequencyPerYear']);
  });

  it('a frequency change may set the frequency per credit-risk class (第十五条 比例和频次), checked by the plan', () => {
    const change = (byClass: Json) =>
      applyAdjustment(frozenPlan(), {
        id: 'ADJ-2026-01',
        kind: 'change-frequency',
        reason: '根据信用风险分类结果调整各类对象的抽查频次',
        publication: publication('2026-05-20'),
        taskId: 'LT-2026-T02',
        frequencyPerYear: 2,
        frequencyByClass: byClass,
      })._unsafeUnwrap();
    const good = change({ A: 1, B: 1, C: 2, D: 2 });
    expect(good.tasks.find((t) => t.id === 'LT-2026-T02')?.frequencyByClass).toEqual({
      A: 1,
      B: 1,
      C: 2,
      D: 2,
    });
    expect(findings(validatePlan(good))).toEqual([]);
    const bad = change({ A: 2, B: 1, C: 1, D: 1 });
    expectWarning(validatePlan(bad), 'PLAN_FREQUENCY_NOT_MONOTONE', [
      'tasks',
      'LT-2026-T02',
      'frequencyByClass',
      'B',
    ]);
  });

  it('an adjustment id already in the history fails', () => {
    const v2 = applyAdjustment(frozenPlan(), delay())._unsafeUnwrap();
    const r = applyAdjustment(v2, delay({ schedule: { start: '2026-07-01', end: '2026-11-30' } }));
    expectError(r, 'PLAN_ADJUSTMENT_DUPLICATE_ID', ['adjustment', 'id']);
  });
});
