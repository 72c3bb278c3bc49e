import { describe, expect, it } from 'vitest';
import {
  parseAnnualPlan,
  parseCatalog,
  parseDepartment,
  parseInspectionObject,
  parseUscc,
} from '../../src/model/index.js';
import { usccCheckCharacter } from '../../src/model/uscc.js';
import { loadFixture } from '../helpers/fixture.js';

type Json = Record<string, unknown>;

describe('parsing at the boundary', () => {
  it('never throws, even when a getter succeeds once and throws on a second read', () => {
    let reads = 0;
    const sly = new Proxy(
      { id: 'lt-x', name: '某局', headInspectorId: 'lt-x-01', domains: ['food-safety'] },
      {
        get(target, key, receiver) {
          if (key === 'id' && ++reads > 1) throw new Error('second read');
          return Reflect.get(target, key, receiver);
        },
      },
    );
    expect(() => parseDepartment(sly)).not.toThrow();
    const bad = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('keys');
        },
        get() {
          throw new Error('get');
        },
      },
    );
    expect(parseDepartment(bad)._unsafeUnwrapErr()[0]!.code).toBe('INPUT_UNREADABLE');
  });

  it('the English message of a custom check is English (region code, id white space)', () => {
    const object = loadFixture<{ objects: Json[] }>('object-directory.json').objects[0]!;
    const [region] = parseInspectionObject({ ...object, regionCode: '41020' })._unsafeUnwrapErr();
    expect(region).toMatchObject({ code: 'REGION_CODE_INVALID', path: ['regionCode'] });
    expect(region!.message.en).toBe('A region code (GB/T 2260) has 6 digits');
    const [id] = parseInspectionObject({
      ...object,
      supervisingDepartments: [' lt-scjgj'],
    })._unsafeUnwrapErr();
    expect(id).toMatchObject({ code: 'ID_WHITESPACE', path: ['supervisingDepartments', 0] });
    expect(id!.message.en).toMatch(/^An id must not start or end with white space/);
  });

  it('every English message is free of Chinese characters, for any schema failure', () => {
    const plan = loadFixture<Json & { tasks: Json[] }>('plan-2026.json');
    plan.tasks[0]!['name'] = '';
    plan.tasks[1]!['frequencyPerYear'] = 0;
    plan['year'] = 'two thousand';
    for (const issue of parseAnnualPlan(plan)._unsafeUnwrapErr()) {
      expect(issue.message.en, issue.code).not.toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.zh, issue.code).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('a schema finding cites the article that governs the field, not just the record', () => {
  const plan = () => loadFixture<Json & { tasks: Json[]; publication: Json }>('plan-2026.json');

  it.each([
    [
      'the plan publication date (公示)',
      (p: ReturnType<typeof plan>) => {
        p.publication['date'] = '2026-02-30';
      },
      '第十六条',
    ],
    [
      'a task name (任务名称)',
      (p: ReturnType<typeof plan>) => {
        p.tasks[0]!['name'] = '';
      },
      '第十四条',
    ],
    [
      'a stratum ratio (抽查比例)',
      (p: ReturnType<typeof plan>) => {
        const sampling = p.tasks[0]!['sampling'] as { ratioTable: { strata: Json[] } };
        sampling.ratioTable.strata[0]!['ratio'] = 2;
      },
      '第十五条',
    ],
    [
      'an ad-hoc trigger (临时性)',
      (p: ReturnType<typeof plan>) => {
        p.tasks[10]!['trigger'] = 'whim';
      },
      '第十三条',
    ],
    [
      'the check method (检查方式)',
      (p: ReturnType<typeof plan>) => {
        p.tasks[0]!['checkMethod'] = 'rumour';
      },
      '第二十条',
    ],
  ])('%s → %s', (_what, mutate, expected) => {
    const p = plan();
    mutate(p);
    const issues = parseAnnualPlan(p)._unsafeUnwrapErr();
    expect(issues.map((i) => i.article)).toEqual([expected]);
  });

  it('catalog versions and publication cite 第八条; entry fields 第十条; origin 第九条', () => {
    const catalog = loadFixture<Json & { entries: Json[] }>('catalog.json');
    catalog['effectiveDate'] = '2026-13-01';
    delete catalog.entries[0]!['item'];
    catalog.entries[1]!['origin'] = 'galactic';
    const byPath = Object.fromEntries(
      parseCatalog(catalog)
        ._unsafeUnwrapErr()
        .map((i) => [i.path.join('.'), i.article]),
    );
    expect(byPath).toEqual({
      effectiveDate: '第八条',
      'entries.0.item': '第十条',
      'entries.1.origin': '第九条',
    });
  });
});

describe('统一社会信用代码 positions 3–8 are the region code (GB 32100-2015)', () => {
  it('letters there are rejected even when the check character is right', () => {
    const first17 = '91AB0100M000100Y4';
    const code = first17 + usccCheckCharacter(first17);
    expect(parseUscc(code)._unsafeUnwrapErr()[0]!.code).toBe('USCC_REGION_CODE');
  });
});
