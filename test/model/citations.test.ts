// Every finding cites the article it enforces, and only that (src/model/issue.ts): a finding about a rule of
// the measures or a national rule names it; an input, range or technical error breaks no rule and cites none.
// One rule cites one article wherever it is checked.
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../src/calendar/index.js';
import { drawCodes } from '../../src/draw/codes.js';
import { calendarCodes, modelCodes, parseInspector, planCodes } from '../../src/index.js';
import { CERTIFICATE_CITATION } from '../../src/model/article.js';
import { validateCatalog } from '../../src/plan/index.js';
import { loadFixture } from '../helpers/fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are raw JSON that tests mutate freely
type Json = any;

const inspector = (): Json => (loadFixture('inspector-directories.json') as Json)[0].inspectors[0];

describe('执法资质: 第十八条第二款 and 《行政处罚法》第四十二条', () => {
  it('an inspector with a certificate parses', () => {
    expect(parseInspector(inspector()).isOk()).toBe(true);
  });

  it('an inspector without one fails, citing both the measures and the national law', () => {
    const i = inspector();
    delete i.certificate;
    const issue = parseInspector(i)._unsafeUnwrapErr()[0]!;
    expect(issue.code).toBe('INSPECTOR_CERTIFICATE_MISSING');
    expect(issue.article).toBe(CERTIFICATE_CITATION);
    expect(issue.article).toContain('第十八条第二款');
    expect(issue.article).toContain('《中华人民共和国行政处罚法》第四十二条');
    expect(modelCodes.INSPECTOR_CERTIFICATE_MISSING.article).toBe(CERTIFICATE_CITATION);
  });

  it('an expert needs none (第二十条 ¶3)', () => {
    const i = { ...inspector(), role: 'expert' };
    delete i.certificate;
    expect(parseInspector(i).isOk()).toBe(true);
  });
});

describe('input, range and technical errors cite no article', () => {
  it.each([
    ['calendarCodes', 'CALENDAR_COUNT_INVALID'],
    ['calendarCodes', 'CALENDAR_RESULT_OUT_OF_RANGE'],
    ['planCodes', 'PLAN_CATALOG_DEPARTMENT_DUPLICATE_ID'],
    ['drawCodes', 'DRAW_UNIT_INVALID'],
    ['drawCodes', 'DRAW_INPUT_UNREADABLE'],
    ['drawCodes', 'DRAW_TEXT_NOT_UNICODE'],
    ['drawCodes', 'DRAW_LABEL_INVALID'],
    ['drawCodes', 'DRAW_TOO_MANY_FINDINGS'],
    ['drawCodes', 'DRAW_COUNTS_INVALID'],
  ] as const)('%s.%s', (registry, code) => {
    const all = { calendarCodes, planCodes, drawCodes } as const;
    expect((all[registry] as Record<string, { article?: string }>)[code]?.article).toBeUndefined();
  });

  it('every DRAW_SHARD_* code (the split of one draw over machines is technique, not law)', () => {
    const shard = Object.entries(drawCodes).filter(([c]) => c.startsWith('DRAW_SHARD_'));
    expect(shard.length).toBeGreaterThan(5);
    for (const [code, info] of shard) expect((info as { article?: string }).article, code).toBeUndefined();
  });

  it('a count that is not a whole number is reported without an article', () => {
    const [issue] = addWorkingDays('2026-03-02', 1.5)._unsafeUnwrapErr();
    expect(issue?.code).toBe('CALENDAR_COUNT_INVALID');
    expect(issue?.article).toBeUndefined();
  });

  it('a department id listed twice is reported without an article (no article says ids are unique)', () => {
    const departments = loadFixture<Json[]>('departments.json');
    departments.push({ ...departments[0] });
    const r = validateCatalog(loadFixture('catalog.json'), departments);
    const issue = r._unsafeUnwrapErr().find((i) => i.code === 'PLAN_CATALOG_DEPARTMENT_DUPLICATE_ID');
    expect(issue).toBeDefined();
    expect(issue?.article).toBeUndefined();
  });

  it('every code without an article is documented so (no empty string)', () => {
    for (const registry of [calendarCodes, planCodes, drawCodes, modelCodes]) {
      for (const [code, info] of Object.entries(registry)) {
        const article = (info as { article?: string }).article;
        if (article !== undefined) expect(article.length, code).toBeGreaterThan(0);
      }
    }
  });
});

describe('one rule, one article', () => {
  it('an object listed twice: 第十八条 in the directory check and in the draw', () => {
    expect(planCodes.PLAN_DIRECTORY_DUPLICATE_OBJECT.article).toBe('第十八条');
    expect(drawCodes.DRAW_DUPLICATE_ID.article).toBe('第十八条');
  });

  it('a receipt that does not follow the plan’s ratios: 第十九条 ¶1 (按照计划确定的比例…抽取)', () => {
    for (const code of [
      'DRAW_VERIFY_SIZE_MISMATCH',
      'DRAW_VERIFY_TASK_MISMATCH',
      'DRAW_VERIFY_STRATUM_COUNT_MISMATCH',
    ] as const) {
      expect(drawCodes[code].article, code).toBe('第十九条');
    }
  });

  it('no code cites 《行政处罚法》第八十五条 (it defines that law’s own 三日 only)', () => {
    for (const registry of [calendarCodes, planCodes, drawCodes, modelCodes]) {
      for (const [code, info] of Object.entries(registry)) {
        expect((info as { article?: string }).article ?? '', code).not.toContain('第八十五条');
      }
    }
  });
});
