// Catalog validation (第八条, 第十条) on the Longting 2026 catalog: it passes as published; each mutation breaks
// one rule and fails with the rule's code at the path of the offending value.
import { describe, expect, it } from 'vitest';
import { isValidCatalog, validateAnnualPlan, validateCatalog } from '../../src/plan/index.js';
import { expectError, expectWarning, findings, type Json, load, validateFixtureCatalog } from './helpers.js';

function entry(catalog: Json, id: string): Json {
  return catalog.entries.find((e: Json) => e.id === id);
}

describe('validateCatalog on the Longting 2026 catalog', () => {
  it('passes with no finding and proves it with a ValidCatalog', () => {
    const r = validateFixtureCatalog(load.catalog());
    expect(r.isOk()).toBe(true);
    const v = r._unsafeUnwrap();
    expect(v.warnings).toEqual([]);
    expect(isValidCatalog(v)).toBe(true);
    expect(isValidCatalog({ catalog: v.catalog, warnings: [] })).toBe(false);
    expect(Object.isFrozen(v.catalog.entries[0]?.cooperators)).toBe(true);
  });
});

describe('第十条 每个条目载明抽查领域、抽查事项、检查对象、发起部门和配合部门', () => {
  for (const field of ['domain', 'item', 'objectType', 'initiator', 'cooperators']) {
    it(`an entry without ${field} fails with PLAN_CATALOG_ENTRY_FIELD_MISSING`, () => {
      const c = load.catalog();
      delete entry(c, 'LT-2026-03')[field];
      const issue = expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_ENTRY_FIELD_MISSING', [
        'entries',
        'LT-2026-03',
        field,
      ]);
      expect(issue.article).toBe('第十条');
    });
  }

  it('a blank item is missing too', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-05').item = '  ';
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_ENTRY_FIELD_MISSING', [
      'entries',
      'LT-2026-05',
      'item',
    ]);
  });

  it('第三条 a joint item with no cooperator fails (配合部门 is part of every entry)', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-09').cooperators = [];
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_NO_COOPERATOR', [
      'entries',
      'LT-2026-09',
      'cooperators',
    ]);
  });

  it('the initiator is not among its own cooperators', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-07').cooperators.push('lt-swj');
    const issue = expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_INITIATOR_IS_COOPERATOR', [
      'entries',
      'LT-2026-07',
      'cooperators',
    ]);
    // Named by the department's name from the list; the id stays in the path.
    expect(issue.message.zh).toContain('“开封市龙亭区商务局”');
    expect(issue.message.zh).not.toContain('lt-swj');
  });

  it('every department exists', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-10').cooperators[1] = 'lt-jtj';
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_DEPARTMENT_UNKNOWN', [
      'entries',
      'LT-2026-10',
      'cooperators',
      1,
    ]);
  });

  it('the initiator has a supervisory duty over the domain', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-09').initiator = 'lt-wglj';
    entry(c, 'LT-2026-09').cooperators = ['lt-scjgj'];
    const issue = expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_DEPARTMENT_NO_DUTY', [
      'entries',
      'LT-2026-09',
      'initiator',
    ]);
    expect(issue.message.en).toContain('human-resources');
  });

  it('a cooperator has a supervisory duty over the domain', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-04').cooperators.push('lt-rsj');
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_DEPARTMENT_NO_DUTY', [
      'entries',
      'LT-2026-04',
      'cooperators',
      1,
    ]);
  });

  it('no (domain, item) appears twice, even with different spacing or full-width characters', () => {
    const c = load.catalog();
    const copy = { ...entry(c, 'LT-2026-01'), id: 'LT-2026-11', item: '食品销售、餐饮服务 食品安全监督检查' };
    c.entries.push(copy);
    const r = validateFixtureCatalog(c);
    expectError(r, 'PLAN_CATALOG_DUPLICATE_ITEM', ['entries', 'LT-2026-01', 'item']);
    expectError(r, 'PLAN_CATALOG_DUPLICATE_ITEM', ['entries', 'LT-2026-11', 'item']);
  });

  it('many copies of one item give one finding each, of bounded length (linear output)', () => {
    const N = 20_000;
    const c = load.catalog();
    const base = entry(c, 'LT-2026-01');
    for (let k = 1; k <= N; k++) c.entries.push({ ...base, id: `DUP-${String(k).padStart(5, '0')}` });
    const r = validateFixtureCatalog(c);
    expect(r.isErr()).toBe(true);
    const dup = r.isErr() ? r.error.filter((i) => i.code === 'PLAN_CATALOG_DUPLICATE_ITEM') : [];
    expect(dup).toHaveLength(N + 1);
    // each message names at most 5 other entries plus the count, so the output grows linearly with N
    const total = dup.reduce((n, i) => n + i.message.zh.length + i.message.en.length, 0);
    expect(total).toBeLessThan(400 * (N + 1));
    const first = dup.find((i) => i.path[1] === 'LT-2026-01')!;
    expect(first.message.en).toContain(`${N + 1} entries`);
    expect(first.message.en).toContain('DUP-00001, DUP-00002, DUP-00003, DUP-00004, DUP-00005');
    expect(first.message.en).not.toContain('DUP-00006');
  });

  it('no entry id appears twice', () => {
    const c = load.catalog();
    c.entries.push({ ...entry(c, 'LT-2026-08'), item: '校外培训机构消防安全检查' });
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_DUPLICATE_ENTRY_ID', [
      'entries',
      'LT-2026-08',
      'id',
    ]);
  });

  it('a repeated cooperator is a warning', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-06').cooperators.push('lt-wjw');
    expectWarning(validateFixtureCatalog(c), 'PLAN_CATALOG_COOPERATOR_REPEATED', [
      'entries',
      'LT-2026-06',
      'cooperators',
      3,
    ]);
  });

  it('one domain code with two names is a warning', () => {
    const c = load.catalog();
    entry(c, 'LT-2026-02').domainName = '学校食品安全';
    expectWarning(validateFixtureCatalog(c), 'PLAN_CATALOG_DOMAIN_NAME_INCONSISTENT', ['entries']);
  });

  it('a duplicated department id in the department list fails', () => {
    const d = load.departments();
    d.push({ ...d[1] });
    expectError(validateFixtureCatalog(load.catalog(), d), 'PLAN_CATALOG_DEPARTMENT_DUPLICATE_ID', [
      'departments',
      'lt-wjw',
    ]);
  });

  it('with a department listed twice, the findings do not depend on which copy comes first', () => {
    const d = load.departments();
    const other = { ...d[1], name: '另一个卫健委', domains: ['no-such-domain'] };
    const last = validateFixtureCatalog(load.catalog(), [...d, other]);
    const first = validateFixtureCatalog(load.catalog(), [other, ...d]);
    expectError(last, 'PLAN_CATALOG_DEPARTMENT_DUPLICATE_ID', ['departments', 'lt-wjw']);
    expect(findings(first)).toEqual(findings(last));
    // the same for a plan validated against that department list
    const plan = load.plan();
    const pl = validateAnnualPlan(plan, { catalog: load.catalog(), departments: [...d, other] });
    const pf = validateAnnualPlan(plan, { catalog: load.catalog(), departments: [other, ...d] });
    expectError(pl, 'PLAN_CATALOG_DEPARTMENT_DUPLICATE_ID', ['departments', 'lt-wjw']);
    expect(findings(pf)).toEqual(findings(pl));
  });
});

describe('第八条 清单版本载明施行日期和公开日期，并动态调整', () => {
  it('a version without a publication date fails with PLAN_CATALOG_NOT_PUBLISHED', () => {
    const c = load.catalog();
    delete c.publishedDate;
    const issue = expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_NOT_PUBLISHED', ['publishedDate']);
    expect(issue.article).toBe('第八条');
  });

  it('a draft (stage: draft) without a publication date is validated in full and passes', () => {
    const c = load.catalog();
    delete c.publishedDate;
    delete c.publishedAt;
    const r = validateCatalog(c, load.departments(), { stage: 'draft' });
    expect(findings(r)).toEqual([]);
    expect(r._unsafeUnwrap().stage).toBe('draft');
    expect(validateCatalog(load.catalog(), load.departments())._unsafeUnwrap().stage).toBe('published');
  });

  it('a draft still fails every other rule (第十条: the initiator is not its own cooperator)', () => {
    const c = load.catalog();
    delete c.publishedDate;
    const e = entry(c, 'LT-2026-07');
    e.cooperators.push(e.initiator);
    const r = validateCatalog(c, load.departments(), { stage: 'draft' });
    expectError(r, 'PLAN_CATALOG_INITIATOR_IS_COOPERATOR', ['entries', 'LT-2026-07', 'cooperators']);
    expect(r._unsafeUnwrapErr().map((i) => i.code)).not.toContain('PLAN_CATALOG_NOT_PUBLISHED');
  });

  it('a published plan cannot rest on a catalog validated as a draft', () => {
    const c = load.catalog();
    delete c.publishedDate;
    const draft = validateCatalog(c, load.departments(), { stage: 'draft' })._unsafeUnwrap();
    const ctx = { catalog: draft, departments: load.departments() };
    expectError(validateAnnualPlan(load.plan(), ctx), 'PLAN_CATALOG_NOT_PUBLISHED', [
      'catalog',
      'publishedDate',
    ]);
    expect(validateAnnualPlan(load.plan(), { ...ctx, options: { stage: 'draft' } }).isOk()).toBe(true);
  });

  it('a version without an effective date fails with PLAN_CATALOG_EFFECTIVE_DATE_MISSING', () => {
    const c = load.catalog();
    delete c.effectiveDate;
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_EFFECTIVE_DATE_MISSING', ['effectiveDate']);
  });

  it('an impossible date is a parse error at its path', () => {
    const c = load.catalog();
    c.publishedDate = '2025-02-30';
    const r = validateFixtureCatalog(c);
    expect(r.isErr()).toBe(true);
    expect(r._unsafeUnwrapErr().some((i) => i.path.join('.') === 'publishedDate')).toBe(true);
  });

  it('an amended version (version 2) without its reason fails', () => {
    const c = load.catalog();
    delete c.amendment;
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_AMENDMENT_MISSING', ['amendment']);
  });

  it('the amendment names an earlier version', () => {
    const c = load.catalog();
    c.amendment.previousVersion = 2;
    expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_AMENDMENT_VERSION', [
      'amendment',
      'previousVersion',
    ]);
  });

  it('publication after the effective date, or with no channel, is a warning', () => {
    const c = load.catalog();
    c.publishedDate = '2026-01-05';
    delete c.publishedAt;
    const r = validateFixtureCatalog(c);
    expect(r.isOk()).toBe(true);
    expectWarning(r, 'PLAN_CATALOG_PUBLISHED_AFTER_EFFECTIVE', ['publishedDate']);
    expectWarning(r, 'PLAN_CATALOG_CHANNEL_MISSING', ['publishedAt']);
  });
});

describe('第十条第二款 发起部门应当是抽查领域的主管部门，或者是在该领域有重要监管职责的部门', () => {
  it('the Longting catalog: every initiator leads its domain (departments list their leadDomains)', () => {
    const codes = findings(validateFixtureCatalog(load.catalog())).map((i) => i.code);
    expect(codes).not.toContain('PLAN_CATALOG_INITIATOR_NOT_LEAD');
    expect(codes).not.toContain('PLAN_CATALOG_DOMAIN_LEAD_UNDECLARED');
  });

  it('an initiator with a duty over the domain but not leading it fails', () => {
    const c = load.catalog();
    const e = entry(c, 'LT-2026-06'); // culture-market, led by 文化广电和旅游局
    e.initiator = 'lt-wjw'; // 卫生健康委 supervises culture-market (duty) but does not lead it
    e.cooperators = ['lt-xfjy', 'lt-scjgj', 'lt-wglj'];
    const issue = expectError(validateFixtureCatalog(c), 'PLAN_CATALOG_INITIATOR_NOT_LEAD', [
      'entries',
      'LT-2026-06',
      'initiator',
    ]);
    expect(issue.article).toBe('第十条');
    expect(issue.message.zh).toContain('“开封市龙亭区卫生健康委员会”');
    expect(issue.message.zh).toContain('“开封市龙亭区文化广电和旅游局”');
  });

  it('a department list that names no lead for a domain is a warning: the initiator cannot be checked', () => {
    const departments = load.departments();
    for (const d of departments)
      d.leadDomains = (d.leadDomains ?? []).filter((x: string) => x !== 'vehicle-repair');
    const r = validateFixtureCatalog(load.catalog(), departments);
    expect(r.isOk()).toBe(true);
    const issue = expectWarning(r, 'PLAN_CATALOG_DOMAIN_LEAD_UNDECLARED', ['departments']);
    expect(issue.message.zh).toContain('vehicle-repair');
  });
});
