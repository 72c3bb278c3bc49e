// 第十五条: per-stratum sample sizes from the ratio table, computed exactly (ceil of the decimal ratio), fixed
// counts, and a total split by largest remainder; inclusionProbabilities reports n/N before any draw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusionProbabilities } from '../../src/draw/index.js';
import { ceilTimes, decimalText, parseDecimal } from '../../src/draw/protocol/ratio.js';
import { allocateSizes } from '../../src/draw/protocol/sizes.js';
import { makeTask } from './fixtures.js';

describe('sample size n = ⌈r·N⌉ is exact (第十五条)', () => {
  it('reads a ratio as the decimal the plan wrote', () => {
    expect(decimalText(0.07)).toBe('0.07');
    expect(decimalText(1e-7)).toBe('0.0000001');
    expect(decimalText(1)).toBe('1');
    expect(decimalText(0.3)).toBe('0.3');
    expect(decimalText(0.123456789012)).toBe('0.123456789012');
  });

  it('does not inherit floating-point error: 7% of 100 is 7, not 8', () => {
    expect(Math.ceil(0.07 * 100)).toBe(8); // the trap
    expect(ceilTimes(parseDecimal(decimalText(0.07))!, 100)).toBe(7);
    expect(ceilTimes(parseDecimal('0.3')!, 10)).toBe(3);
    expect(ceilTimes(parseDecimal('0.01')!, 1)).toBe(1);
    expect(ceilTimes(parseDecimal('0.01')!, 0)).toBe(0);
  });

  it('matches exact rational ceil for every percentage 1–100 and N up to 5000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.nat(5000), (pct, N) => {
        const r = pct / 100;
        expect(ceilTimes(parseDecimal(decimalText(r))!, N)).toBe(Math.floor((pct * N + 99) / 100));
      }),
    );
  });

  it('takes min(count, N) for a fixed count', () => {
    const s = allocateSizes([{ count: 5 }, { count: 5 }], [3, 9], undefined, 10)._unsafeUnwrap();
    expect(s.map((x) => x.n)).toEqual([3, 5]);
  });
});

describe('a total is split by largest remainder with a deterministic tie-break (第十五条)', () => {
  it('splits in proportion to r·N and gives leftover seats to the largest remainders, ties to table order', () => {
    // weights 0.1·10 = 1 each for three strata: total 5 → one seat each, then 2 shared seats with quotas 2/3
    // each; ties → the first two strata. (Before the one-seat minimum, a total of 2 gave [1, 1, 0]: the third
    // class was exempt.)
    const s = allocateSizes(
      [{ ratio: '0.1' }, { ratio: '0.1' }, { ratio: '0.1' }],
      [10, 10, 10],
      5,
      0,
    )._unsafeUnwrap();
    expect(s.map((x) => x.n)).toEqual([2, 2, 1]);
    expect(s[0]!.allocation).toEqual({
      rule: 'largest-remainder',
      quota: '2/3',
      remainderSeat: true,
      capped: false,
    });
  });

  it('caps a stratum at N and redistributes', () => {
    const s = allocateSizes([{ ratio: '1' }, { ratio: '0.1' }], [3, 100], 20, 0)._unsafeUnwrap();
    // one seat each, then 18 shared: quota of the first 18·3/13 ≈ 4.2 ≥ N − 1 = 2 → capped at 3; the other 17.
    expect(s.map((x) => x.n)).toEqual([3, 17]);
    expect(s[0]!.allocation).toMatchObject({ capped: true });
  });

  it('always hands out exactly min(total, Σ N) seats and never more than N per stratum (total large enough)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.nat(60)), { minLength: 1, maxLength: 6 }),
        fc.nat(300),
        (strata, extra) => {
          const total = strata.length + extra;
          const s = allocateSizes(
            strata.map(([pct]) => ({ ratio: decimalText(pct / 100) })),
            strata.map(([, N]) => N),
            total,
            10,
          )._unsafeUnwrap();
          const sumN = strata.reduce((a, [, N]) => a + N, 0);
          expect(s.reduce((a, x) => a + x.n, 0)).toBe(Math.min(total, sumN));
          s.forEach((x, h) => {
            expect(x.n).toBeLessThanOrEqual(strata[h]![1]);
            expect(x.reserveSize).toBe(Math.min(strata[h]![1] - x.n, Math.ceil(x.n / 10)));
          });
        },
      ),
    );
  });

  it('takes fixed counts first and refuses a total below them', () => {
    expect(allocateSizes([{ count: 5 }, { ratio: '0.5' }], [10, 10], 4, 0).isErr()).toBe(true);
    expect(
      allocateSizes([{ count: 5 }, { ratio: '0.5' }], [10, 10], 8, 0)
        ._unsafeUnwrap()
        .map((x) => x.n),
    ).toEqual([5, 3]);
  });
});

describe('inclusionProbabilities publishes each stratum’s exact n/N before the draw (第十五条)', () => {
  it('reports n/N as an exact fraction', () => {
    const task = makeTask([
      { id: 'A', ratio: 0.01 },
      { id: 'B', ratio: 0.02 },
      { id: 'C', ratio: 0.1 },
      { id: 'D', count: 4 },
    ]);
    const r = inclusionProbabilities(task, { A: 1234, B: 50, C: 7, D: 3 })._unsafeUnwrap();
    expect(r.map((s) => [s.id, s.n, s.N, s.probability, s.random])).toEqual([
      ['A', 13, 1234, '13/1234', true],
      ['B', 1, 50, '1/50', true],
      ['C', 1, 7, '1/7', true],
      ['D', 3, 3, '3/3', false],
    ]);
  });

  it('refuses counts for a stratum the table does not have', () => {
    const task = makeTask([{ id: 'A', ratio: 0.5 }]);
    const r = inclusionProbabilities(task, { A: 3, Z: 1 });
    expect(r._unsafeUnwrapErr()[0]!.code).toBe('DRAW_UNKNOWN_STRATUM');
  });
});

describe('a split total gives every non-empty stratum at least one seat when it can (第十五条)', () => {
  it('draws from a small, low-ratio class instead of leaving it at 0 (ratios 0.01×50 and 0.3×100, total 10)', () => {
    const s = allocateSizes([{ ratio: '0.01' }, { ratio: '0.3' }], [50, 100], 10, 0)._unsafeUnwrap();
    expect(s.map((x) => x.n)).toEqual([1, 9]);
    // 8 shared seats after the two guaranteed ones: quotas 8·0.5/30.5 = 8/61 and 8·30/30.5 = 480/61.
    expect(s[0]!.allocation).toEqual({
      rule: 'largest-remainder',
      quota: '8/61',
      remainderSeat: false,
      capped: false,
    });
    expect(s[1]!.allocation).toEqual({
      rule: 'largest-remainder',
      quota: '480/61',
      remainderSeat: true,
      capped: false,
    });
  });

  it('gives an empty stratum nothing and records quota 0/1', () => {
    const s = allocateSizes([{ ratio: '0.1' }, { ratio: '0.1' }], [0, 10], 3, 0)._unsafeUnwrap();
    expect(s.map((x) => x.n)).toEqual([0, 3]);
    expect(s[0]!.allocation).toMatchObject({ quota: '0/1', capped: false, remainderSeat: false });
  });

  it('below one seat per non-empty ratio stratum, splits the seats by largest remainder alone; refused only under forbid', () => {
    // Fixed count 2 of 5, then R = 1 seat for two non-empty ratio strata (weights 0.9, 1.8): no guaranteed seat,
    // quotas 1/3 and 2/3 → the seat goes to the larger remainder; the first stratum is exempt (n = 0).
    const rules = [{ count: 2 }, { ratio: '0.1' }, { ratio: '0.2' }, { ratio: '0.1' }];
    const s = allocateSizes(rules, [5, 9, 9, 0], 3, 0)._unsafeUnwrap();
    expect(s.map((x) => x.n)).toEqual([2, 0, 1, 0]);
    expect(s[1]!.allocation).toEqual({
      rule: 'largest-remainder',
      quota: '1/3',
      remainderSeat: false,
      capped: false,
    });
    expect(s[2]!.allocation).toEqual({
      rule: 'largest-remainder',
      quota: '2/3',
      remainderSeat: true,
      capped: false,
    });
    const issue = allocateSizes(rules, [5, 9, 9, 0], 3, 0, 'forbid')._unsafeUnwrapErr()[0]!;
    expect(issue).toMatchObject({ code: 'DRAW_TOTAL_TOO_SMALL', severity: 'error', article: '第十五条' });
    expect(issue.path).toEqual(['task', 'sampling', 'ratioTable', 'total']);
    expect(issue.message.zh).toContain('信用风险类别');
    expect(issue.message.zh).not.toContain('信用等级');
    expect(
      allocateSizes([{ count: 2 }, { ratio: '0.1' }, { ratio: '0.1' }], [5, 9, 9], 4, 0, 'forbid').isOk(),
    ).toBe(true);
    expect(allocateSizes([{ count: 5 }, { ratio: '0.5' }], [10, 10], 4, 0)._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_TOTAL_BELOW_FIXED_COUNTS',
    );
  });

  it('a total of 0 exempts every stratum; a tiny stratum with a large weight can still be taken whole', () => {
    expect(
      allocateSizes([{ ratio: '0.1' }, { ratio: '0.3' }], [10, 10], 0, 0)
        ._unsafeUnwrap()
        .map((x) => x.n),
    ).toEqual([0, 0]);
    // R = 2 < m = 3; weights 1, 0.1, 0.1: the first stratum's quota 2·1/1.2 = 5/3 ≥ N = 1 caps it (takes 1), the
    // remaining seat is split between the others, whose quotas 1/2 tie: it goes to the one listed first.
    const s = allocateSizes(
      [{ ratio: '1' }, { ratio: '0.001' }, { ratio: '0.001' }],
      [1, 100, 100],
      2,
      0,
    )._unsafeUnwrap();
    expect(s.map((x) => x.n)).toEqual([1, 1, 0]);
    expect(s[0]!.allocation).toEqual({
      rule: 'largest-remainder',
      quota: '5/3',
      remainderSeat: false,
      capped: true,
    });
    expect(s[1]!.allocation).toEqual({
      rule: 'largest-remainder',
      quota: '1/2',
      remainderSeat: true,
      capped: false,
    });
  });

  it('hands out exactly min(T − fixed, Σ N) seats, at most N per stratum, at least one each when T covers it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.nat(60)), { minLength: 1, maxLength: 6 }),
        fc.nat(300),
        (strata, total) => {
          const rules = strata.map(([pct]) => ({ ratio: decimalText(pct / 100) }));
          const counts = strata.map(([, N]) => N);
          const nonEmpty = counts.filter((N) => N > 0).length;
          const forbid = allocateSizes(rules, counts, total, 10, 'forbid');
          if (total < nonEmpty) expect(forbid._unsafeUnwrapErr()[0]!.code).toBe('DRAW_TOTAL_TOO_SMALL');
          else
            expect(forbid._unsafeUnwrap()).toEqual(allocateSizes(rules, counts, total, 10)._unsafeUnwrap());
          const s = allocateSizes(rules, counts, total, 10)._unsafeUnwrap();
          const sumN = counts.reduce((a, N) => a + N, 0);
          expect(s.reduce((a, x) => a + x.n, 0)).toBe(Math.min(total, sumN));
          s.forEach((x, h) => {
            const N = counts[h]!;
            expect(x.n).toBeLessThanOrEqual(N);
            if (N > 0 && total >= nonEmpty) expect(x.n).toBeGreaterThanOrEqual(1);
          });
        },
      ),
    );
  });

  it('follows the weights: a stratum with a larger r·N never gets fewer seats than one with a smaller r·N', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 60 })), {
          minLength: 2,
          maxLength: 5,
        }),
        fc.nat(200),
        (strata, extra) => {
          const rules = strata.map(([pct]) => ({ ratio: decimalText(pct / 100) }));
          const counts = strata.map(([, N]) => N);
          const s = allocateSizes(rules, counts, strata.length + extra, 0)._unsafeUnwrap();
          for (let a = 0; a < strata.length; a++)
            for (let b = 0; b < strata.length; b++) {
              const wa = strata[a]![0] * strata[a]![1];
              const wb = strata[b]![0] * strata[b]![1];
              // Only compare strata that are not capped by their own size.
              if (wa > wb && s[a]!.n < counts[a]! && s[b]!.n <= counts[b]!) {
                expect(s[a]!.n).toBeGreaterThanOrEqual(s[b]!.n);
              }
            }
        },
      ),
    );
  });
});

describe('a ratio is an exact, canonical decimal with at most 6 places (第十五条)', () => {
  it('refuses floating-point noise such as 1.1/100 = 0.011000000000000001 (DRAW_RATIO_IMPRECISE)', () => {
    const text = decimalText(1.1 / 100);
    expect(text).toBe('0.011000000000000001');
    const issue = allocateSizes([{ ratio: text }], [1000], undefined, 0)._unsafeUnwrapErr()[0]!;
    expect(issue.code).toBe('DRAW_RATIO_IMPRECISE');
    expect(issue.message.en).toContain('0.011');
    expect(allocateSizes([{ ratio: '0.011' }], [1000], undefined, 0)._unsafeUnwrap()[0]!.n).toBe(11);
    expect(allocateSizes([{ ratio: '0.000001' }], [1000], undefined, 0).isOk()).toBe(true);
    expect(allocateSizes([{ ratio: '0.0000001' }], [1000], undefined, 0)._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_RATIO_IMPRECISE',
    );
  });

  it.each([
    ['0', 'DRAW_RATIO_OUT_OF_RANGE'],
    ['0.0', 'DRAW_RATIO_OUT_OF_RANGE'],
    ['1.5', 'DRAW_RATIO_OUT_OF_RANGE'],
    ['2', 'DRAW_RATIO_OUT_OF_RANGE'],
    ['0.50', 'DRAW_RATIO_NOT_CANONICAL'],
    ['1.0', 'DRAW_RATIO_NOT_CANONICAL'],
    ['00.5', 'DRAW_RATIO_NOT_CANONICAL'],
    ['.5', 'DRAW_RATIO_NOT_CANONICAL'],
    ['5e-1', 'DRAW_RATIO_NOT_CANONICAL'],
  ])('refuses the ratio text %s (%s)', (text, code) => {
    expect(allocateSizes([{ ratio: text }], [10], undefined, 0)._unsafeUnwrapErr()[0]!.code).toBe(code);
  });
});
