// Annual-plan validation (第十三条–第十六条) on the Longting 2026 plan: the plan passes as published; each
// mutation breaks one rule and fails with the rule's code at the path of the offending value. Task paths name
// the task by id.
import { describe, expect, it } from 'vitest';
import { drawCodes } from '../../src/draw/codes.js';
import { isValidCatalog, isValidPlan, validateAnnualPlan, validateCatalog } from '../../src/plan/index.js';
import { expectError, expectWarning, findings, type Json, load, taskOf, validatePlan } from './helpers.js';

const T = (id: number) => `LT-2026-T${String(id).padStart(2, '0')}`;

describe('第十二条 validateAnnualPlan on the Longting 2026 annual plan', () => {
  it('passes with no finding, against the raw catalog or a ValidCatalog', () => {
    const r = validatePlan(load.plan());
    expect(findings(r)).toEqual([]);
    expect(r.isOk()).toBe(true);
    const v = r._unsafeUnwrap();
    expect(isValidPlan(v)).toBe(true);
    expect(v.plan.tasks).toHaveLength(11);
    expect(Object.isFrozen(v.plan.tasks[0]?.sampling.ratioTable.strata)).toBe(true);
    const vc = validateCatalog(load.catalog(), load.departments())._unsafeUnwrap();
    const again = validateAnnualPlan(load.plan(), {
      catalog: vc,
      departments: load.departments(),
      directories: [load.directory()],
    });
    expect(again.isOk()).toBe(true);
  });

  it('a ValidCatalog or ValidPlan that went through JSON or structuredClone stands for its catalog / plan', () => {
    const vc = validateCatalog(load.catalog(), load.departments())._unsafeUnwrap();
    const vp = validatePlan(load.plan())._unsafeUnwrap();
    const trips = [(x: unknown) => structuredClone(x), (x: unknown) => JSON.parse(JSON.stringify(x))];
    for (const trip of trips) {
      const ctx = { catalog: trip(vc), departments: load.departments(), directories: [load.directory()] };
      expect(isValidCatalog(ctx.catalog)).toBe(false);
      const r = validateAnnualPlan(load.plan(), ctx);
      expect(findings(r)).toEqual([]);
      expect(r.isOk()).toBe(true);
      // the copy is re-validated, not trusted: a broken catalog inside the wrapper is still reported
      const broken = trip(vc) as Json;
      broken.catalog.entries[0].initiator = 'lt-unknown';
      const rb = validateAnnualPlan(load.plan(), { ...ctx, catalog: broken });
      expectError(rb, 'PLAN_CATALOG_DEPARTMENT_UNKNOWN', ['catalog', 'entries', 'LT-2026-01', 'initiator']);
      // a ValidPlan copy validates as its plan does
      const rp = validateAnnualPlan(trip(vp), ctx);
      expect(rp.isOk()).toBe(true);
      expect(findings(rp)).toEqual([]);
    }
    // a genuine ValidPlan as the first argument too
    expect(validatePlan(vp).isOk()).toBe(true);
  });

  it("neither freezes nor changes the caller's inputs (the ValidPlan holds its own frozen copy)", () => {
    const p = load.plan();
    const c = load.catalog();
    const before = JSON.stringify([p, c]);
    const v = validatePlan(p, { catalog: c })._unsafeUnwrap();
    expect(JSON.stringify([p, c])).toBe(before);
    expect(Object.isFrozen(p.tasks[0].sampling)).toBe(false);
    expect(Object.isFrozen(c.entries[0])).toBe(false);
    expect(v.plan.tasks[0]).not.toBe(p.tasks[0]);
  });

  it('a plan for another catalog version fails (第十三条)', () => {
    const p = load.plan();
    p.catalogVersion = 1;
    expectError(validatePlan(p), 'PLAN_CATALOG_VERSION_MISMATCH', ['catalogVersion']);
  });

  it('errors of a raw catalog are reported under `catalog`', () => {
    const c = load.catalog();
    c.entries[0].cooperators = ['lt-scjgj'];
    expectError(validatePlan(load.plan(), { catalog: c }), 'PLAN_CATALOG_INITIATOR_IS_COOPERATOR', [
      'catalog',
      'entries',
      'LT-2026-01',
      'cooperators',
    ]);
  });
});

describe('第十三条 计划覆盖清单中的所有抽查领域', () => {
  it('dropping the only task of a domain fails, naming the domain', () => {
    const p = load.plan();
    p.tasks = p.tasks.filter((t: Json) => t.id !== T(9));
    const issue = expectError(validatePlan(p), 'PLAN_DOMAIN_NOT_COVERED', ['tasks']);
    expect(issue.message.zh).toContain('人力资源服务');
    expect(issue.message.en).toContain('human-resources');
    expect(issue.article).toBe('第十三条');
  });

  it('each missing domain has its own finding', () => {
    const p = load.plan();
    p.tasks = p.tasks.filter((t: Json) => ![T(3), T(7), T(10)].includes(t.id));
    const r = validatePlan(p);
    const missing = r._unsafeUnwrapErr().filter((i) => i.code === 'PLAN_DOMAIN_NOT_COVERED');
    expect(missing.map((i) => i.message.en.split(' ')[6])).toEqual([
      'prepaid-cards',
      'public-places-hygiene',
      'vehicle-repair',
    ]);
  });

  it('an ad-hoc task does not cover a domain for the plan', () => {
    const p = load.plan();
    p.tasks = p.tasks.filter((t: Json) => t.id !== T(1));
    // T11 (ad-hoc, food sales) remains, and T02 covers food-safety through school canteens: still covered.
    expect(validatePlan(p).isOk()).toBe(true);
    p.tasks = p.tasks.filter((t: Json) => t.id !== T(2));
    expectError(validatePlan(p), 'PLAN_DOMAIN_NOT_COVERED', ['tasks']);
  });

  it('a domain whose tasks were all cancelled is a warning', () => {
    const p = load.plan();
    p.cancelledTaskIds = [T(7)];
    const r = validatePlan(p);
    expect(r.isOk()).toBe(true);
    expectWarning(r, 'PLAN_DOMAIN_COVERAGE_CANCELLED', ['tasks']);
  });
});

describe('第十三条 联合抽查部门包括清单的发起部门；可调整配合部门，增加清单外的相关部门', () => {
  it('omitting a catalog cooperator is a warning: 可根据实际情况调整配合部门 (no duty to record why is claimed)', () => {
    const p = load.plan();
    const t = taskOf(p, T(3));
    t.departments = ['lt-wjw', 'lt-scjgj'];
    t.duties = t.duties.filter((d: Json) => d.departmentId !== 'lt-xfjy');
    const r = validatePlan(p, { directories: undefined });
    expect(r.isOk()).toBe(true);
    const issue = expectWarning(r, 'PLAN_TASK_COOPERATOR_ADJUSTED', ['tasks', T(3), 'departments']);
    expect(issue.article).toBe('第十三条');
    expect(issue.message.zh).toContain('“开封市龙亭区消防救援大队”');
    expect(issue.message.zh).not.toContain('lt-xfjy');
    expect(issue.message.zh).not.toContain('理由');
    expect(issue.message.en).not.toContain('why');
    expect(findings(r).some((i) => i.code === 'PLAN_TASK_DEPARTMENT_MISSING')).toBe(false);
  });

  it("omitting the item's initiator fails", () => {
    const p = load.plan();
    const t = taskOf(p, T(3)); // item initiator lt-wjw
    t.departments = ['lt-scjgj', 'lt-xfjy'];
    t.initiator = 'lt-scjgj';
    t.duties = t.duties.filter((d: Json) => d.departmentId !== 'lt-wjw');
    const issue = expectError(validatePlan(p), 'PLAN_TASK_DEPARTMENT_MISSING', [
      'tasks',
      T(3),
      'departments',
    ]);
    expect(issue.message.zh).toContain('“开封市龙亭区卫生健康委员会”');
    expect(issue.message.zh).not.toContain('消防救援大队');
  });

  it('an extra department is allowed when it exists (its jurisdiction narrows the base)', () => {
    const p = load.plan();
    const t = taskOf(p, T(5));
    t.departments.push('lt-wjw');
    t.duties.push({ departmentId: 'lt-wjw', duty: '检查职业卫生管理情况' });
    t.sampling.base = 0;
    const r = validatePlan(p);
    expect(r.isOk()).toBe(true);
    expectWarning(r, 'PLAN_NO_ELIGIBLE_OBJECTS', ['tasks', T(5), 'sampling', 'directoryId']);
    // Neither initiator nor cooperator of the item: allowed (增加清单外的相关部门), and reported as a reminder.
    const k = t.departments.indexOf('lt-wjw');
    const added = expectWarning(r, 'PLAN_TASK_DEPARTMENT_ADDED', ['tasks', T(5), 'departments', k]);
    expect(added.article).toBe('第十三条');
    expect(added.message.zh).toContain('“开封市龙亭区卫生健康委员会”');
  });

  it('a department that does not exist fails', () => {
    const p = load.plan();
    const t = taskOf(p, T(5));
    t.departments.push('lt-gaj');
    t.duties.push({ departmentId: 'lt-gaj', duty: '维护现场秩序' });
    expectError(validatePlan(p), 'PLAN_DEPARTMENT_UNKNOWN', ['tasks', T(5), 'departments', 3]);
  });

  it('the task initiator takes part in the task', () => {
    const p = load.plan();
    taskOf(p, T(4)).departments = ['lt-yjglj'];
    taskOf(p, T(4)).duties = [{ departmentId: 'lt-yjglj', duty: '检查' }];
    expectError(validatePlan(p), 'PLAN_TASK_INITIATOR_NOT_PARTICIPANT', ['tasks', T(4), 'initiator']);
  });

  it('every item is in the catalog', () => {
    const p = load.plan();
    taskOf(p, T(9)).items = ['LT-2026-99'];
    expectError(validatePlan(p), 'PLAN_ITEM_UNKNOWN', ['tasks', T(9), 'items', 0]);
  });

  it('a planned task initiated by another department that also leads the domain is a warning', () => {
    const p = load.plan();
    taskOf(p, T(9)).initiator = 'lt-scjgj';
    taskOf(p, T(9)).sampling.directoryId = undefined;
    const departments = load.departments();
    departments.find((d: Json) => d.id === 'lt-scjgj').leadDomains.push('human-resources'); // 重要监管职责
    const r = validatePlan(p, { departments });
    expect(r.isOk()).toBe(true);
    expectWarning(r, 'PLAN_TASK_INITIATOR_DIFFERS', ['tasks', T(9), 'initiator']);
  });

  it('a planned task reassigned to a department that does not lead the domain fails (第十条 ¶2)', () => {
    const p = load.plan();
    taskOf(p, T(9)).initiator = 'lt-scjgj'; // human-resources is led by 人力资源和社会保障局 only
    taskOf(p, T(9)).sampling.directoryId = undefined;
    const issue = expectError(validatePlan(p), 'PLAN_TASK_INITIATOR_NOT_LEAD', ['tasks', T(9), 'initiator']);
    expect(issue.article).toBe('第十条');
    expect(issue.message.zh).toContain('“开封市龙亭区人力资源和社会保障局”');
  });
});

describe('第十三条 临时性联合抽查载明启动原因，由发起部门组织', () => {
  it('an ad-hoc task without its trigger fails', () => {
    const p = load.plan();
    delete taskOf(p, T(11)).trigger;
    expectError(validatePlan(p), 'PLAN_ADHOC_TRIGGER_MISSING', ['tasks', T(11), 'trigger']);
  });

  it("an ad-hoc task initiated by a cooperator instead of the item's initiator fails", () => {
    const p = load.plan();
    taskOf(p, T(11)).initiator = 'lt-wjw';
    const issue = expectError(validatePlan(p), 'PLAN_ADHOC_INITIATOR', ['tasks', T(11), 'initiator']);
    expect(issue.message.en).toContain('开封市龙亭区市场监督管理局');
    expect(issue.message.zh).toContain('“开封市龙亭区卫生健康委员会”');
    expect(issue.message.zh).not.toMatch(/lt-/);
  });

  it('a trigger that is not one of the three is a parse error at its path', () => {
    const p = load.plan();
    taskOf(p, T(11)).trigger = 'media-report';
    expectError(validatePlan(p), 'SCHEMA_INVALID_VALUE', ['tasks', T(11), 'trigger']);
  });

  it('a planned task naming a trigger is a warning', () => {
    const p = load.plan();
    taskOf(p, T(2)).trigger = 'assigned-by-higher-level';
    expectWarning(validatePlan(p), 'PLAN_PLANNED_TASK_HAS_TRIGGER', ['tasks', T(2), 'trigger']);
  });
});

describe('第十四条 任务载明任务名称、联合抽查部门、抽查事项、检查对象、实施主体、责任分工、抽查基数和比例、时间安排', () => {
  const fields: [string, (t: Json) => void, (string | number)[]][] = [
    ['任务名称', (t) => delete t.name, ['name']],
    ['联合抽查部门', (t) => (t.departments = []), ['departments']],
    ['抽查事项', (t) => (t.items = []), ['items']],
    ['检查对象', (t) => (t.objectScope = ' '), ['objectScope']],
    ['实施主体', (t) => delete t.implementingBody, ['implementingBody']],
    ['责任分工', (t) => (t.duties = []), ['duties']],
    ['抽查基数', (t) => delete t.sampling.base, ['sampling', 'base']],
    ['抽查比例', (t) => delete t.sampling.ratioTable, ['sampling', 'ratioTable']],
    ['时间安排', (t) => delete t.schedule, ['schedule']],
    ['时间安排的结束日期', (t) => delete t.schedule.end, ['schedule', 'end']],
  ];
  for (const [name, mutate, rel] of fields) {
    it(`a task without its ${name} fails with PLAN_TASK_FIELD_MISSING`, () => {
      const p = load.plan();
      mutate(taskOf(p, T(6)));
      const issue = expectError(validatePlan(p), 'PLAN_TASK_FIELD_MISSING', ['tasks', T(6), ...rel]);
      expect(issue.article).toBe('第十四条');
      expect(issue.message.zh).toContain(name);
    });
  }

  it('a schedule starting before the plan year fails', () => {
    const p = load.plan();
    taskOf(p, T(2)).schedule.start = '2025-12-15';
    expectError(validatePlan(p), 'PLAN_SCHEDULE_OUTSIDE_YEAR', ['tasks', T(2), 'schedule', 'start']);
  });

  it('a schedule ending after the plan year fails', () => {
    const p = load.plan();
    taskOf(p, T(10)).schedule.end = '2027-01-15';
    expectError(validatePlan(p), 'PLAN_SCHEDULE_OUTSIDE_YEAR', ['tasks', T(10), 'schedule', 'end']);
  });

  it('an inverted schedule fails with the model code', () => {
    const p = load.plan();
    taskOf(p, T(10)).schedule.end = '2026-09-01';
    expectError(validatePlan(p), 'SCHEDULE_INVERTED', ['tasks', T(10), 'schedule', 'end']);
  });

  it('a participating department without a duty fails', () => {
    const p = load.plan();
    const t = taskOf(p, T(6));
    t.duties = t.duties.filter((d: Json) => d.departmentId !== 'lt-wjw');
    const k = t.departments.indexOf('lt-wjw');
    const issue = expectError(validatePlan(p), 'PLAN_DUTY_MISSING', ['tasks', T(6), 'departments', k]);
    expect(issue.message.zh).toBe('联合抽查部门“开封市龙亭区卫生健康委员会”在责任分工中没有明确职责');
  });

  it('a duty held by a non-participant fails', () => {
    const p = load.plan();
    taskOf(p, T(7)).duties.push({ departmentId: 'lt-jyj', duty: '配合' });
    expectError(validatePlan(p), 'PLAN_DUTY_DEPARTMENT_NOT_PARTICIPANT', [
      'tasks',
      T(7),
      'duties',
      2,
      'departmentId',
    ]);
  });

  it('two tasks with one id fail', () => {
    const p = load.plan();
    taskOf(p, T(8)).id = T(7);
    expectError(validatePlan(p), 'PLAN_TASK_DUPLICATE_ID', ['tasks', T(7), 'id']);
  });
});

describe('第十四条、第十八条 抽查基数等于其所取自的名录库的对象数', () => {
  it('a base that differs from the eligible objects of a department directory fails', () => {
    const p = load.plan();
    taskOf(p, T(1)).sampling.base = 84;
    const issue = expectError(validatePlan(p), 'PLAN_BASE_MISMATCH', ['tasks', T(1), 'sampling', 'base']);
    expect(issue.message.en).toContain('24');
  });

  it('without directories the base is not checked', () => {
    const p = load.plan();
    taskOf(p, T(1)).sampling.base = 84;
    expect(validatePlan(p, { directories: undefined }).isOk()).toBe(true);
  });

  it('a directory not given is a warning', () => {
    const p = load.plan();
    taskOf(p, T(4)).sampling.directoryId = 'lt-objects-2025q4';
    expectWarning(validatePlan(p), 'PLAN_DIRECTORY_NOT_GIVEN', ['tasks', T(4), 'sampling', 'directoryId']);
  });

  it("a task's own directory must hold exactly `base` objects, all eligible, built by the initiator", () => {
    const dir = load.directory();
    const own = {
      ...dir,
      id: 'lt-objects-T04',
      taskId: T(4),
      objects: dir.objects.filter((o: Json) => o.objectTypes.includes('特种设备使用单位')),
    };
    const p = load.plan();
    taskOf(p, T(4)).sampling.directoryId = 'lt-objects-T04';
    expect(validatePlan(p, { directories: [load.directory(), own] }).isOk()).toBe(true);

    own.objects = [...own.objects, dir.objects[0]];
    const r = validatePlan(p, { directories: [load.directory(), own] });
    expectError(r, 'PLAN_BASE_MISMATCH', ['tasks', T(4), 'sampling', 'base']);
    expectError(r, 'PLAN_DIRECTORY_INELIGIBLE_OBJECTS', ['tasks', T(4), 'sampling', 'directoryId']);

    const other = { ...own, objects: own.objects.slice(0, 8), departmentId: 'lt-yjglj' };
    expectWarning(validatePlan(p, { directories: [other] }), 'PLAN_DIRECTORY_NOT_INITIATOR', [
      'tasks',
      T(4),
      'sampling',
      'directoryId',
    ]);
  });

  it('a directory built for another task fails', () => {
    const p = load.plan();
    const dir = { ...load.directory(), id: 'lt-objects-T05', taskId: T(5) };
    taskOf(p, T(4)).sampling.directoryId = 'lt-objects-T05';
    expectError(validatePlan(p, { directories: [load.directory(), dir] }), 'PLAN_DIRECTORY_OTHER_TASK', [
      'tasks',
      T(4),
      'sampling',
      'directoryId',
    ]);
  });
});

describe('第十六条 计划向社会公示', () => {
  it('a plan without its publication fails with PLAN_NOT_PUBLISHED', () => {
    const p = load.plan();
    delete p.publication;
    const issue = expectError(validatePlan(p), 'PLAN_NOT_PUBLISHED', ['publication']);
    expect(issue.article).toBe('第十六条');
  });

  it('a draft plan (stage: draft) is validated in full without its publication, and passes', () => {
    const p = load.plan();
    delete p.publication;
    const r = validateAnnualPlan(p, {
      catalog: load.catalog(),
      departments: load.departments(),
      directories: [load.directory()],
      options: { stage: 'draft' },
    });
    expect(findings(r)).toEqual([]);
    expect(r._unsafeUnwrap().stage).toBe('draft');
  });

  it('a draft plan still fails every other rule (第十三条 coverage)', () => {
    const p = load.plan();
    delete p.publication;
    p.tasks = p.tasks.filter((t: Json) => t.id !== T(5));
    const r = validateAnnualPlan(p, {
      catalog: load.catalog(),
      departments: load.departments(),
      options: { stage: 'draft' },
    });
    expect(r._unsafeUnwrapErr().map((i) => i.code)).toContain('PLAN_DOMAIN_NOT_COVERED');
    expect(r._unsafeUnwrapErr().map((i) => i.code)).not.toContain('PLAN_NOT_PUBLISHED');
  });

  it('a draft plan may rest on a raw catalog not yet published; a published one may not', () => {
    const c = load.catalog();
    delete c.publishedDate;
    const ctx = { catalog: c, departments: load.departments() };
    expect(validateAnnualPlan(load.plan(), { ...ctx, options: { stage: 'draft' } }).isOk()).toBe(true);
    expectError(validateAnnualPlan(load.plan(), ctx), 'PLAN_CATALOG_NOT_PUBLISHED', [
      'catalog',
      'publishedDate',
    ]);
  });

  it('a publication without a channel is a parse error at its path', () => {
    const p = load.plan();
    p.publication.channels = [];
    expectError(validatePlan(p), 'SCHEMA_TOO_SMALL', ['publication', 'channels']);
  });

  it('publishing after a task started is a warning', () => {
    const p = load.plan();
    p.publication.date = '2026-03-20';
    expectWarning(validatePlan(p), 'PLAN_PUBLISHED_AFTER_TASK_START', ['publication', 'date']);
  });

  it('the version equals one plus the number of adjustments', () => {
    const p = load.plan();
    p.version = 2;
    expectError(validatePlan(p), 'PLAN_VERSION_HISTORY_MISMATCH', ['version']);
  });

  it('a cancelled id names a task of the plan', () => {
    const p = load.plan();
    p.cancelledTaskIds = ['LT-2026-T99'];
    expectError(validatePlan(p), 'PLAN_CANCELLED_UNKNOWN_TASK', ['cancelledTaskIds', 0]);
  });
});

describe('第十八条、第十九条 名录库编号唯一，名录库中每个检查对象只列一次', () => {
  const DIR = 'lt-objects-2026q1';

  it('two directories with one id fail, and neither is used for the base check, in either order', () => {
    const p = load.plan();
    const half = { ...load.directory(), objects: load.directory().objects.slice(0, 42) };
    const a = validatePlan(p, { directories: [load.directory(), half] });
    const b = validatePlan(p, { directories: [half, load.directory()] });
    const issue = expectError(a, 'PLAN_DIRECTORY_DUPLICATE_ID', ['directories', DIR, 'id']);
    expect(issue.message.en).toContain('2 times');
    expect(findings(a).filter((i) => i.code === 'PLAN_BASE_MISMATCH')).toEqual([]);
    expect(findings(b)).toEqual(findings(a));
  });

  it('an object listed twice in a directory fails, citing 第十八条 as the draw does (one rule, one article)', () => {
    const dir = load.directory();
    const twice = dir.objects[3];
    dir.objects.push(structuredClone(twice));
    const r = validatePlan(load.plan(), { directories: [dir] });
    const issue = expectError(r, 'PLAN_DIRECTORY_DUPLICATE_OBJECT', [
      'directories',
      DIR,
      'objects',
      twice.id,
      'id',
    ]);
    expect(issue.article).toBe('第十八条');
    expect(issue.article).toBe(drawCodes.DRAW_DUPLICATE_ID.article);
    expect(issue.message.zh).toContain('在摇号中被重复计入');
    expect(issue.message.en).toContain('2 times');
  });

  it('a wrong GB 11714 check digit inside a directory object’s credit code is a warning', () => {
    const dir = load.directory();
    const id = '92410202MAYHFP7D0Y'; // GB 32100 check character right, embedded organisation code wrong
    dir.objects[0].id = id;
    const r = validatePlan(load.plan(), { directories: [dir] });
    expect(r.isOk()).toBe(true);
    const w = expectWarning(r, 'USCC_ORG_CODE_CHECK', ['directories', DIR, 'objects', id, 'id']);
    expect(w.message.en).toContain('"5"');
  });
});

describe('第八条第一款 清单内的抽查领域不再单独开展日常性监督检查', () => {
  const ownPlan = (checks: Json[]) => [{ id: 'LT-WJW-2026', departmentId: 'lt-wjw', year: 2026, checks }];

  it('a department plan with checks on complaints, or routine checks outside the joint domains, passes', () => {
    const r = validatePlan(load.plan(), {
      departmentPlans: ownPlan([
        { id: 'C1', name: '投诉举报核查', domain: 'public-places-hygiene', kind: 'complaint' },
        { id: 'C2', name: '医疗机构日常监督', domain: 'medical-institutions', kind: 'routine' },
      ]),
    } as Json);
    expect(findings(r)).toEqual([]);
  });

  it('a separate routine check in a joint-catalog domain is a warning naming the department and the domain', () => {
    const r = validatePlan(load.plan(), {
      departmentPlans: ownPlan([
        { id: 'C1', name: '公共场所卫生日常监督检查', domain: 'public-places-hygiene', kind: 'routine' },
      ]),
    } as Json);
    expect(r.isOk()).toBe(true);
    const issue = expectWarning(r, 'PLAN_SEPARATE_ROUTINE_CHECK', [
      'departmentPlans',
      'LT-WJW-2026',
      'checks',
      'C1',
    ]);
    expect(issue.article).toBe('第八条');
    expect(issue.message.zh).toContain('“开封市龙亭区卫生健康委员会”');
    expect(issue.message.zh).toContain('不再单独开展日常性监督检查');
  });

  it('a malformed department plan is reported under departmentPlans', () => {
    const r = validatePlan(load.plan(), {
      departmentPlans: ownPlan([{ id: 'C1', name: '检查', domain: 'x', kind: 'daily' }]),
    } as Json);
    expectError(r, 'SCHEMA_INVALID_VALUE', ['departmentPlans', 'LT-WJW-2026', 'checks', 0, 'kind']);
  });
});
