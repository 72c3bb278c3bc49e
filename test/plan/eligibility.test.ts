// 第十八条 检查对象应当属于各参与部门监管职责范围内共同的监管对象: eligibleObjects keeps only the objects every
// participating department supervises (and, given the catalog, of the items' object type), and says why the
// others are left out. It parses its inputs (already-parsed values are accepted too) and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/model/catalog.js';
import { parseObjectDirectory } from '../../src/model/directory.js';
import { parseAnnualPlan } from '../../src/model/plan.js';
import { activeTasks, eligibleObjects, validateCatalog } from '../../src/plan/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { expectError, load, validatePlan } from './helpers.js';

const directory = deepFreeze(parseObjectDirectory(load.directory())._unsafeUnwrap());
const catalog = deepFreeze(parseCatalog(load.catalog())._unsafeUnwrap());
const plan = deepFreeze(parseAnnualPlan(load.plan())._unsafeUnwrap());
const task = (id: string) => plan.tasks.find((t) => t.id === id)!;

describe('第十八条 eligibleObjects', () => {
  it('keeps the objects every participant supervises, and gives each excluded object its reason', () => {
    const t = task('LT-2026-T03'); // 卫健委 + 市场监管 + 消防: public places
    const r = eligibleObjects({ task: t, directory })._unsafeUnwrap();
    expect(r.eligible).toHaveLength(16); // 10 public places + 6 entertainment venues (also supervised by all three)
    expect(r.eligible.length + r.excluded.length).toBe(84);
    for (const o of r.eligible) {
      for (const d of t.departments) expect(o.supervisingDepartments).toContain(d);
    }
    for (const x of r.excluded) {
      expect(x.reasons.map((i) => i.code)).toEqual(['PLAN_OBJECT_NOT_JOINTLY_SUPERVISED']);
      expect(x.reasons[0]?.article).toBe('第十八条');
      expect(x.reasons[0]?.path).toEqual(['objects', x.object.id, 'supervisingDepartments']);
    }
  });

  it("with the catalog, also requires the items' object type", () => {
    const r = eligibleObjects({ task: task('LT-2026-T03'), directory, catalog })._unsafeUnwrap();
    expect(r.eligible).toHaveLength(10);
    expect(r.eligible.every((o) => o.objectTypes.includes('公共场所经营者'))).toBe(true);
    const venue = r.excluded.find((x) => x.object.objectTypes.includes('文化娱乐场所'))!;
    expect(venue.reasons.map((i) => i.code)).toEqual(['PLAN_OBJECT_TYPE_MISMATCH']);
  });

  it('an extra department narrows the set to what it supervises too', () => {
    const t = { ...task('LT-2026-T01'), departments: [...task('LT-2026-T01').departments, 'lt-jyj'] };
    const r = eligibleObjects({ task: t, directory, catalog })._unsafeUnwrap();
    expect(r.eligible).toHaveLength(0);
    const reason = r.excluded[0]!.reasons[0]!;
    expect(reason.message.en).toContain('lt-jyj');
  });

  it('matches the fixture bases of every task, and never modifies its (frozen) inputs', () => {
    for (const t of plan.tasks) {
      expect(eligibleObjects({ task: t, directory, catalog })._unsafeUnwrap().eligible.length, t.id).toBe(
        t.sampling.base,
      );
    }
  });
});

describe('eligibleObjects and activeTasks parse their inputs and never throw', () => {
  it('bad inputs give Err with findings under the argument name, not a TypeError', () => {
    const r = eligibleObjects({ task: null, directory: null } as never);
    expect(r.isErr()).toBe(true);
    const paths = r.isErr() ? r.error.map((i) => i.path[0]) : [];
    expect(paths).toContain('task');
    expect(paths).toContain('directory');
    expect(eligibleObjects({ task: task('LT-2026-T01'), directory: { objects: 'x' } } as never).isErr()).toBe(
      true,
    );
    expect(eligibleObjects({ task: task('LT-2026-T01'), directory, catalog: 42 } as never).isErr()).toBe(
      true,
    );
    const a = activeTasks({} as never);
    expect(a.isErr()).toBe(true);
  });

  it('raw JSON, parsed values and a ValidCatalog give the same split', () => {
    const vc = validateCatalog(load.catalog(), load.departments())._unsafeUnwrap();
    const rawTask = load.plan().tasks[2];
    const a = eligibleObjects({
      task: rawTask,
      directory: load.directory(),
      catalog: load.catalog(),
    })._unsafeUnwrap();
    const b = eligibleObjects({ task: task('LT-2026-T03'), directory, catalog: vc })._unsafeUnwrap();
    expect(a.eligible.map((o) => o.id)).toEqual(b.eligible.map((o) => o.id));
    expect(a.eligible).toHaveLength(10);
  });

  it('an object listed twice in the directory is an error (it would be counted twice in the draw, 第十八条)', () => {
    const d = load.directory();
    d.objects.push(structuredClone(d.objects[5]));
    const r = eligibleObjects({ task: task('LT-2026-T01'), directory: d });
    expectError(r, 'PLAN_DIRECTORY_DUPLICATE_OBJECT', ['directory', 'objects', d.objects[5].id, 'id']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        for (const r of [
          eligibleObjects({ task: a, directory: b, catalog: c } as never),
          eligibleObjects({ task: a, directory: b } as never),
          activeTasks(a as never),
        ]) {
          expect(r.isOk() || r.isErr()).toBe(true);
        }
      }),
    );
  });

  it('activeTasks leaves out cancelled tasks, for a raw plan or a ValidPlan', () => {
    const p = load.plan();
    p.cancelledTaskIds = ['LT-2026-T02'];
    p.history = [
      {
        id: 'ADJ-1',
        kind: 'cancel-task',
        taskId: 'LT-2026-T02',
        reason: '因机构改革暂停',
        publication: { date: '2026-05-01', channels: ['国家企业信用信息公示系统（河南）'] },
      },
    ];
    p.version = 2;
    const raw = activeTasks(p)._unsafeUnwrap();
    expect(raw.map((t) => t.id)).not.toContain('LT-2026-T02');
    expect(raw).toHaveLength(10);
    const valid = validatePlan(p)._unsafeUnwrap();
    expect(
      activeTasks(valid)
        ._unsafeUnwrap()
        .map((t) => t.id),
    ).toEqual(raw.map((t) => t.id));
    expect(activeTasks(structuredClone(valid))._unsafeUnwrap()).toHaveLength(10);
  });
});
