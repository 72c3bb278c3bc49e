// Input checks of the public helpers (第十五条, 第十九条): counts, buckets, shards, and bounded findings.

import { describe, expect, it } from 'vitest';
import { bucketOf, drawObjects, inclusionProbabilities, shardOf } from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED, uscc } from './fixtures.js';

const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'D', count: 2 },
]);

describe('inclusionProbabilities reads its counts strictly (第十五条)', () => {
  it('refuses null or unreadable counts with DRAW_COUNTS_INVALID', () => {
    for (const counts of [null, 3, 'A', [1, 2]]) {
      expect(inclusionProbabilities(task, counts)._unsafeUnwrapErr()[0]!.code).toBe('DRAW_COUNTS_INVALID');
    }
  });

  it('refuses a stratum counted twice instead of keeping the last', () => {
    const r = inclusionProbabilities(task, {
      strata: [
        { id: 'A', count: 10 },
        { id: 'A', count: 20 },
      ],
    });
    expect(r._unsafeUnwrapErr()[0]!.code).toBe('DRAW_DUPLICATE_STRATUM');
  });

  it('still accepts a map or a commitment', () => {
    expect(inclusionProbabilities(task, { A: 10, D: 5 })._unsafeUnwrap()[0]!.n).toBe(1);
  });
});

describe('bucketOf and shardOf check their inputs (第十九条)', () => {
  it('refuses an invalid credit code and a shard count outside 1–256', () => {
    expect(bucketOf('not a code').isErr()).toBe(true);
    expect(bucketOf(5).isErr()).toBe(true);
    expect(shardOf(uscc(1), 0)._unsafeUnwrapErr()[0]!.code).toBe('DRAW_SHARD_INVALID');
    expect(shardOf(uscc(1), 257)._unsafeUnwrapErr()[0]!.code).toBe('DRAW_SHARD_INVALID');
    expect(shardOf(uscc(1), 1.5)._unsafeUnwrapErr()[0]!.code).toBe('DRAW_SHARD_INVALID');
    const b = bucketOf(uscc(1))._unsafeUnwrap();
    expect(shardOf(uscc(1), 7)._unsafeUnwrap()).toBe(b % 7);
  });
});

describe('findings are bounded: at most 100, then a count (第十九条)', () => {
  it('lists 100 invalid units and one DRAW_TOO_MANY_FINDINGS with the rest', () => {
    const frame = makeFrame(['A', 'D'], [300, 5]);
    const units = frame.units.map((u, i) => (i < 250 ? { ...u, stratum: 'X' } : u));
    const r = drawObjects({ task, frame: units, seed: SEED })._unsafeUnwrapErr();
    expect(r).toHaveLength(101);
    expect(r[100]!.code).toBe('DRAW_TOO_MANY_FINDINGS');
    expect(r[100]!.message.en).toContain('150 more');
  });
});

describe('drawObjects refuses a floating-point ratio (第十五条)', () => {
  it('1.1/100 = 0.011000000000000001 is DRAW_RATIO_IMPRECISE, 0.011 draws 11 of 1000', () => {
    const frame = makeFrame(['A'], [1000]);
    const noisy = drawObjects({ task: makeTask([{ id: 'A', ratio: 1.1 / 100 }]), frame, seed: SEED });
    const issue = noisy._unsafeUnwrapErr()[0]!;
    expect(issue.code).toBe('DRAW_RATIO_IMPRECISE');
    expect(issue.path).toEqual(['task', 'sampling', 'ratioTable', 'strata', 0, 'ratio']);
    const exact = drawObjects({
      task: makeTask([{ id: 'A', ratio: 0.011 }]),
      frame,
      seed: SEED,
    })._unsafeUnwrap();
    expect(exact.selected).toHaveLength(11);
  });
});

describe('第十五条 forbids no zero: a fixed count of 0 exempts a class (a warning, or refused where local rules forbid it)', () => {
  it('drawObjects draws the rest and warns; with exemptClasses: forbid it refuses and draws nothing', async () => {
    const { usccCheckCharacter } = await import('../../src/model/uscc.js');
    const units = Array.from({ length: 20 }, (_, i) => {
      const f = `91410202${String(i).padStart(9, '0')}`;
      return { id: f + usccCheckCharacter(f), stratum: i < 10 ? 'A' : 'B' };
    });
    const task = {
      id: 'T-ZERO',
      name: '零抽取测试',
      kind: 'planned',
      initiator: 'a',
      departments: ['a'],
      items: ['i'],
      objectScope: 'x',
      implementingBody: 'x',
      duties: [{ departmentId: 'a', duty: 'x' }],
      sampling: {
        base: 20,
        ratioTable: {
          source: 's',
          strata: [
            { id: 'A', label: 'A', match: { creditClasses: ['A'] }, count: 0 },
            { id: 'B', label: 'B', match: {}, ratio: 0.5 },
          ],
        },
      },
      schedule: { start: '2026-03-01', end: '2026-06-30' },
      frequencyPerYear: 1,
      checkMethod: 'on-site',
      stage: 'directories-built',
    };
    const input = {
      task,
      frame: { strata: ['A', 'B'], units },
      seed: { kind: 'beacon', text: 'round 1 value 00ff', source: 'test beacon' },
    };
    const drawn = drawObjects(input)._unsafeUnwrap();
    expect(drawn.selected.map((o) => o.stratum)).toEqual(['B', 'B', 'B', 'B', 'B']);
    expect(drawn.warnings).toEqual([
      expect.objectContaining({
        code: 'DRAW_STRATUM_COUNT_ZERO',
        severity: 'warning',
        article: '第十五条',
        path: ['task', 'sampling', 'ratioTable', 'strata', 0, 'count'],
      }),
    ]);
    expect(drawn.warnings[0]!.message.zh).toContain('A 类（信用风险低）');
    const refused = drawObjects({ ...input, options: { exemptClasses: 'forbid' } });
    expect(refused._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({
        code: 'DRAW_STRATUM_COUNT_ZERO',
        severity: 'error',
        article: '第十五条',
        path: ['task', 'sampling', 'ratioTable', 'strata', 0, 'count'],
      }),
    ]);
  });
});
