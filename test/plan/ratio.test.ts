// 第十五条 抽查比例: ratios in (0, 1] or fixed counts, a named source, every credit class in some stratum, and
// warnings where a riskier stratum gets a lower ratio than a safer one. Checked on the Longting 2026 plan's
// ratio table (serious violation 50%, many complaints 40%, key area C/D 40%, key area A/B 5%, A 1% B 2% C 10%
// D 30%), which passes with no finding.
import { describe, expect, it } from 'vitest';
import { expectError, expectWarning, findings, type Json, load, taskOf, validatePlan } from './helpers.js';

const TASK = 'LT-2026-T01';
const TABLE = ['tasks', TASK, 'sampling', 'ratioTable'];

function withTable(mutate: (strata: Json[], table: Json) => void) {
  const p = load.plan();
  const table = taskOf(p, TASK).sampling.ratioTable;
  mutate(table.strata, table);
  return validatePlan(p);
}

function stratum(strata: Json[], id: string): Json {
  return strata.find((s) => s.id === id);
}

describe('第十五条 比例在 (0, 1] 之内或为固定抽取数，比例表载明来源', () => {
  it('a ratio above 1 fails with PLAN_RATIO_OUT_OF_RANGE', () => {
    const r = withTable((s) => (stratum(s, 'D').ratio = 30));
    const issue = expectError(r, 'PLAN_RATIO_OUT_OF_RANGE', [...TABLE, 'strata', 7, 'ratio']);
    expect(issue.article).toBe('第十五条');
  });

  it('a zero ratio fails', () => {
    const r = withTable((s) => (stratum(s, 'A').ratio = 0));
    expectError(r, 'PLAN_RATIO_OUT_OF_RANGE', [...TABLE, 'strata', 4, 'ratio']);
  });

  it('a fixed count instead of a ratio is accepted', () => {
    const r = withTable((s) => {
      delete stratum(s, 'serious-violation').ratio;
      stratum(s, 'serious-violation').count = 5;
    });
    expect(findings(r)).toEqual([]);
  });

  it('both a ratio and a count in one stratum fails with the model code', () => {
    const r = withTable((s) => (stratum(s, 'B').count = 3));
    expectError(r, 'STRATUM_RATIO_OR_COUNT', [...TABLE, 'strata', 5, 'ratio']);
  });

  it('a table without its source fails with PLAN_RATIO_SOURCE_MISSING', () => {
    const r = withTable((_, t) => delete t.source);
    expectError(r, 'PLAN_RATIO_SOURCE_MISSING', [...TABLE, 'source']);
  });

  it('a credit class in no stratum fails (no class is exempt from the draw)', () => {
    const r = withTable((s) => s.splice(s.indexOf(stratum(s, 'B')), 1));
    const issue = expectError(r, 'PLAN_RATIO_CLASS_UNCOVERED', [...TABLE, 'strata']);
    expect(issue.message.en).toContain('credit class B');
  });

  it('a stratum with a fixed count of 0 fails: it would exempt its objects from the draw', () => {
    const r = withTable((s) => {
      delete stratum(s, 'A').ratio;
      stratum(s, 'A').count = 0;
    });
    const issue = expectError(r, 'PLAN_STRATUM_COUNT_ZERO', [...TABLE, 'strata', 4, 'count']);
    expect(issue.article).toBe('第十五条');
    expect(issue.message.en).toContain('credit class A');
  });

  it('every stratum with count 0 fails, one finding each', () => {
    const r = withTable((s) => {
      for (const x of s) {
        delete x.ratio;
        x.count = 0;
      }
    });
    expect(r.isErr()).toBe(true);
    const zero = r.isErr() ? r.error.filter((i) => i.code === 'PLAN_STRATUM_COUNT_ZERO') : [];
    expect(zero).toHaveLength(8);
  });

  it('a table total of 0 fails: nothing would be drawn at all', () => {
    const r = withTable((_, t) => (t.total = 0));
    const issue = expectError(r, 'PLAN_RATIO_TOTAL_ZERO', [...TABLE, 'total']);
    expect(issue.article).toBe('第十五条');
  });

  it('a positive table total is accepted', () => {
    const r = withTable((_, t) => (t.total = 10));
    expect(findings(r)).toEqual([]);
  });

  it('two strata with one id fail', () => {
    const r = withTable((s) => (stratum(s, 'C').id = 'B'));
    expectError(r, 'PLAN_STRATUM_ID_DUPLICATE', [...TABLE, 'strata', 6, 'id']);
  });
});

describe('第十五条 风险越高比例不得越低（警告）', () => {
  it('class D with a lower ratio than class C is a warning on D', () => {
    const r = withTable((s) => (stratum(s, 'D').ratio = 0.05));
    expect(r.isOk()).toBe(true);
    const issue = expectWarning(r, 'PLAN_RATIO_NOT_MONOTONE', [...TABLE, 'strata', 7, 'ratio']);
    expect(issue.message.en).toContain('safer class C');
  });

  it('a serious-violation stratum below the plain D ratio is a warning', () => {
    const r = withTable((s) => (stratum(s, 'serious-violation').ratio = 0.2));
    const issue = expectWarning(r, 'PLAN_RISK_STRATUM_RATIO_LOW', [...TABLE, 'strata', 0, 'ratio']);
    expect(issue.message.en).toContain('class D');
  });

  it('a many-complaints stratum below a safer plain class is a warning', () => {
    const r = withTable((s) => (stratum(s, 'many-complaints').ratio = 0.015));
    expectWarning(r, 'PLAN_RISK_STRATUM_RATIO_LOW', [...TABLE, 'strata', 1, 'ratio']);
  });

  it('a key-area stratum limited to classes A and B is compared with A and B only', () => {
    const ok = withTable((s) => (stratum(s, 'key-area-ab').ratio = 0.02));
    expect(findings(ok)).toEqual([]);
    const low = withTable((s) => (stratum(s, 'key-area-ab').ratio = 0.015));
    expectWarning(low, 'PLAN_RISK_STRATUM_RATIO_LOW', [...TABLE, 'strata', 3, 'ratio']);
  });

  it('a fixed count is not compared with ratios', () => {
    const r = withTable((s) => {
      delete stratum(s, 'D').ratio;
      stratum(s, 'D').count = 1;
    });
    expect(findings(r)).toEqual([]);
  });

  it('a risk stratum listed after the credit classes never applies: a warning', () => {
    const r = withTable((s) => s.push(s.shift()));
    expectWarning(r, 'PLAN_STRATUM_UNREACHABLE', [...TABLE, 'strata', 7]);
  });
});
