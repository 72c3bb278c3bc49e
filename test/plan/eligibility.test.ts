// 第十八条 检查对象应当属于各参与部门监管职责范围内共同的监管对象: eligibleObjects keeps only the objects every
// participating department supervises (and, given the catalog, of the items' object type), and says why the
// others are left out.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/model/catalog.js';
import { parseObjectDirectory } from '../../src/model/directory.js';
import { parseAnnualPlan } from '../../src/model/plan.js';
import { eligibleObjects } from '../../src/plan/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { load } from './helpers.js';

const directory = deepFreeze(parseObjectDirectory(load.directory())._unsafeUnwrap());
const catalog = deepFreeze(parseCatalog(load.catalog())._unsafeUnwrap());
const plan = deepFreeze(parseAnnualPlan(load.plan())._unsafeUnwrap());
const task = (id: string) => plan.tasks.find((t) => t.id === id)!;

describe('第十八条 eligibleObjects', () => {
  it('keeps the objects every participant supervises, and gives each excluded object its reason', () => {
    const t = task('LT-2026-T03'); // 卫健委 + 市场监管 + 消防: public places
    const r = eligibleObjects(t, directory);
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
    const r = eligibleObjects(task('LT-2026-T03'), directory, catalog);
    expect(r.eligible).toHaveLength(10);
    expect(r.eligible.every((o) => o.objectTypes.includes('公共场所经营者'))).toBe(true);
    const venue = r.excluded.find((x) => x.object.objectTypes.includes('文化娱乐场所'))!;
    expect(venue.reasons.map((i) => i.code)).toEqual(['PLAN_OBJECT_TYPE_MISMATCH']);
  });

  it('an extra department narrows the set to what it supervises too', () => {
    const t = { ...task('LT-2026-T01'), departments: [...task('LT-2026-T01').departments, 'lt-jyj'] };
    const r = eligibleObjects(t as never, directory, catalog);
    expect(r.eligible).toHaveLength(0);
    const reason = r.excluded[0]!.reasons[0]!;
    expect(reason.message.en).toContain('lt-jyj');
  });

  it('matches the fixture bases of every task, and never modifies its (frozen) inputs', () => {
    for (const t of plan.tasks) {
      expect(eligibleObjects(t, directory, catalog).eligible.length, t.id).toBe(t.sampling.base);
    }
  });
});
