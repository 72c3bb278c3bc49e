// 第十五条 抽查比例: ratios in (0, 1] or fixed counts, a named source, every credit class in some stratum, and
// warnings where a riskier stratum gets a lower ratio than a safer one. Checked on the Longting 2026 plan's
// ratio table (serious violation 50%, many complaints 40%, key area C/D 40%, key area A/B 5%, A 1% B 2% C 10%
// D 30%), which passes with no finding.
import { describe, expect, it } from 'vitest';
import { validateAnnualPlan } from '../../src/plan/index.js';
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

  it('a credit class in no stratum fails (its objects could not take part in the draw at all)', () => {
    const r = withTable((s) => s.splice(s.indexOf(stratum(s, 'B')), 1));
    const issue = expectError(r, 'PLAN_RATIO_CLASS_UNCOVERED', [...TABLE, 'strata']);
    expect(issue.message.en).toContain('class B (medium risk)');
  });

  it('a stratum with a fixed count of 0 is a warning naming the exempted class (第十五条 forbids no zero)', () => {
    const r = withTable((s) => {
      delete stratum(s, 'A').ratio;
      stratum(s, 'A').count = 0;
    });
    expect(r.isOk()).toBe(true);
    const issue = expectWarning(r, 'PLAN_STRATUM_COUNT_ZERO', [...TABLE, 'strata', 4, 'count']);
    expect(issue.article).toBe('第十五条');
    expect(issue.message.zh).toContain('A 类（信用风险低）');
    expect(issue.message.en).toContain('class A (low risk)');
  });

  it('where local rules forbid an exemption (exemptClasses: forbid) the same table fails', () => {
    const p = load.plan();
    const a = stratum(taskOf(p, TASK).sampling.ratioTable.strata, 'A');
    delete a.ratio;
    a.count = 0;
    const r = validateAnnualPlan(p, {
      catalog: load.catalog(),
      departments: load.departments(),
      options: { exemptClasses: 'forbid' },
    });
    const issue = expectError(r, 'PLAN_STRATUM_COUNT_ZERO', [...TABLE, 'strata', 4, 'count']);
    expect(issue.severity).toBe('error');
  });

  it('an unknown option is reported under options, not ignored', () => {
    const r = validateAnnualPlan(load.plan(), {
      catalog: load.catalog(),
      departments: load.departments(),
      options: { exemptClasses: 'never' as 'warn' },
    });
    expect(r._unsafeUnwrapErr().map((i) => i.path)).toEqual([['options', 'exemptClasses']]);
  });

  it('every stratum with count 0 is a warning, one finding each', () => {
    const r = withTable((s) => {
      for (const x of s) {
        delete x.ratio;
        x.count = 0;
      }
    });
    const zero = findings(r).filter((i) => i.code === 'PLAN_STRATUM_COUNT_ZERO');
    expect(zero).toHaveLength(8);
    expect(zero.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('a table total of 0 is a warning: nothing would be drawn at all', () => {
    const r = withTable((_, t) => (t.total = 0));
    const issue = expectWarning(r, 'PLAN_RATIO_TOTAL_ZERO', [...TABLE, 'total']);
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
    expect(issue.message.en).toContain('lower-risk class C (relatively high risk)');
    expect(issue.message.zh).toContain('D 类（信用风险高）');
  });

  it('a serious-violation stratum below the plain D ratio is a warning', () => {
    const r = withTable((s) => (stratum(s, 'serious-violation').ratio = 0.2));
    const issue = expectWarning(r, 'PLAN_RISK_STRATUM_RATIO_LOW', [...TABLE, 'strata', 0, 'ratio']);
    expect(issue.message.en).toContain('class D (high risk)');
    // Class D is the highest risk: the message never calls it lower-risk.
    expect(issue.message.zh).toContain('D 类（信用风险高）无风险标记对象');
    expect(issue.message.zh).not.toContain('风险更低');
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

describe('第十五条第一款 根据监管对象信用类别，设置不同的抽查比例', () => {
  it('the Longting table (A 1%, B 2%, C 10%, D 30%) is differentiated', () => {
    expect(findings(withTable(() => {})).map((i) => i.code)).not.toContain('PLAN_RATIO_NOT_DIFFERENTIATED');
  });

  it('one ratio for A, B, C and D (5% each) is a warning', () => {
    const r = withTable((s) => {
      for (const c of ['A', 'B', 'C', 'D']) stratum(s, c).ratio = 0.05;
    });
    const issue = expectWarning(r, 'PLAN_RATIO_NOT_DIFFERENTIATED', [...TABLE, 'strata']);
    expect(issue.article).toBe('第十五条');
    expect(issue.message.zh).toContain('5%');
  });

  it('one stratum taking every class is not differentiated either', () => {
    const r = withTable((s, t) => {
      t.strata = [...s.slice(0, 4), { id: 'all', label: '全部', match: {}, ratio: 0.05 }];
    });
    expectWarning(r, 'PLAN_RATIO_NOT_DIFFERENTIATED', [...TABLE, 'strata']);
  });

  it('C and D below A and B: a warning on each higher-risk class', () => {
    const r = withTable((s) => {
      stratum(s, 'A').ratio = 0.1;
      stratum(s, 'B').ratio = 0.1;
      stratum(s, 'C').ratio = 0.02;
      stratum(s, 'D').ratio = 0.01;
    });
    expectWarning(r, 'PLAN_RATIO_NOT_MONOTONE', [...TABLE, 'strata', 6, 'ratio']);
    expectWarning(r, 'PLAN_RATIO_NOT_MONOTONE', [...TABLE, 'strata', 7, 'ratio']);
  });
});

describe('第十五条第二款 抽查频次 by credit-risk class, where a task sets it', () => {
  function withFrequency(byClass: Json) {
    const p = load.plan();
    taskOf(p, TASK).frequencyByClass = byClass;
    return validatePlan(p);
  }

  it('more rounds for higher-risk classes pass', () => {
    expect(findings(withFrequency({ A: 1, B: 1, C: 2, D: 4 }))).toEqual([]);
  });

  it('one frequency for every class is a warning', () => {
    const issue = expectWarning(
      withFrequency({ A: 2, B: 2, C: 2, D: 2 }),
      'PLAN_FREQUENCY_NOT_DIFFERENTIATED',
      ['tasks', TASK, 'frequencyByClass'],
    );
    expect(issue.article).toBe('第十五条');
  });

  it('class D checked less often than class B is a warning on D', () => {
    const issue = expectWarning(withFrequency({ A: 1, B: 3, C: 3, D: 2 }), 'PLAN_FREQUENCY_NOT_MONOTONE', [
      'tasks',
      TASK,
      'frequencyByClass',
      'D',
    ]);
    expect(issue.message.zh).toContain('B 类（信用风险一般）');
  });
});
