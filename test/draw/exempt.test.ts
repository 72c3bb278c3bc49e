// 第十五条 asks to lower the ratio for law-abiding, low-risk subjects and forbids no zero: a credit-risk class
// (信用风险分类 A 低, B 一般, C 较高, D 高) may be exempt from a draw — by a fixed count of 0, or by a total smaller
// than the number of non-empty strata. Such a draw is made, exact and verifiable (n = 0, random false, cutoff
// null in the receipt), and the locked draw warns naming the exempted classes; where local rules forbid any
// exemption (`exemptClasses: 'forbid'`) it is refused and nothing is drawn.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESERVE_PERCENT, type LockedDraw, verifyDraw } from '../../src/draw/index.js';
import {
  announceDraw,
  drawObjects,
  drawObjectsStream,
  drawShard,
  inclusionProbabilities,
  mergeShards,
  shardOf,
} from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

// A: class A with a fixed count of 0; B, C, D: ratios 2%, 10%, 30% with a total of 2 for three non-empty strata.
const task = makeTask(
  [
    { id: 'A', count: 0, label: 'A类', match: { creditClasses: ['A'] } },
    { id: 'B', ratio: 0.02, label: 'B类', match: { creditClasses: ['B'] } },
    { id: 'C', ratio: 0.1, label: 'C类', match: { creditClasses: ['C'] } },
    { id: 'D', ratio: 0.3, label: 'D类', match: { creditClasses: ['D'] } },
  ],
  { total: 2 },
);
const frame = makeFrame(['A', 'B', 'C', 'D'], [30, 50, 20, 10]);
const locked = drawObjects({ task, frame, seed: SEED })._unsafeUnwrap() as LockedDraw;

describe('a draw with an exempt credit-risk class is made and warns (第十五条)', () => {
  it('draws nobody from the exempt strata and states it in the receipt: n = 0, random false, cutoff null', () => {
    const strata = locked.receipt.strata;
    expect(strata.map((s) => [s.id, s.N, s.n, s.random, s.cutoff === null])).toEqual([
      ['A', 30, 0, false, true],
      ['B', 50, 0, false, true],
      ['C', 20, 1, true, false],
      ['D', 10, 1, true, false],
    ]);
    expect(strata[1]!.selected).toEqual([]);
    expect(strata[1]!.inclusionProbability).toBe('0/50');
    expect(locked.strata[0]).toMatchObject({ n: 0, random: false, cutoff: null });
    expect(locked.selected.map((o) => o.stratum)).toEqual(['C', 'D']);
  });

  it('lists one warning per exempt stratum, naming its credit-risk classes, outside the receipt', () => {
    expect(locked.warnings.map((w) => [w.code, w.severity, w.article, w.path])).toEqual([
      [
        'DRAW_STRATUM_COUNT_ZERO',
        'warning',
        '第十五条',
        ['task', 'sampling', 'ratioTable', 'strata', 0, 'count'],
      ],
      ['DRAW_TOTAL_TOO_SMALL', 'warning', '第十五条', ['task', 'sampling', 'ratioTable', 'strata', 1]],
    ]);
    expect(locked.warnings[0]!.message.zh).toContain('A 类（信用风险低）');
    expect(locked.warnings[0]!.message.en).toContain('class A (low risk)');
    expect(locked.warnings[1]!.message.zh).toContain('B 类（信用风险一般）');
    expect(locked.warnings[1]!.message.zh).toContain('50 户');
    for (const w of locked.warnings) expect(w.message.zh).not.toContain('信用等级');
    expect(Object.isFrozen(locked.warnings)).toBe(true);
    expect(JSON.stringify(locked.receipt)).not.toContain('warnings');
  });

  it('names every class a stratum takes, lowest risk first', () => {
    const t = makeTask([
      { id: 'low', count: 0, label: '低风险', match: { creditClasses: ['B', 'A'] } },
      { id: 'rest', ratio: 0.5, label: '其余', match: {} },
    ]);
    const d = drawObjects({ task: t, frame: makeFrame(['low', 'rest'], [4, 4]), seed: SEED })._unsafeUnwrap();
    expect(d.warnings[0]!.message.zh).toContain('A 类（信用风险低）、B 类（信用风险一般）');
  });

  it('is verifiable: verifyDraw recomputes it with and without the task', () => {
    const receipt = JSON.parse(JSON.stringify(locked.receipt));
    expect(verifyDraw({ receipt, frame }).isOk()).toBe(true);
    expect(verifyDraw({ receipt, frame, task }).isOk()).toBe(true);
    const claimed = JSON.parse(JSON.stringify(locked.receipt));
    claimed.strata[1].random = true;
    expect(verifyDraw({ receipt: claimed, frame }).isErr()).toBe(true);
  });

  it('is the same draw, with the same warnings, when streamed or drawn in shards', async () => {
    const sorted = [...frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
    const published = announceDraw({
      task,
      frame,
      seed: { kind: SEED.kind, source: SEED.source },
    })._unsafeUnwrap();
    const s = await drawObjectsStream({ task, seed: SEED, announcement: published, units: sorted });
    expect(s._unsafeUnwrap()).toEqual(locked);
    const shards = [0, 1].map((i) =>
      drawShard({
        task,
        seed: SEED,
        announcement: published,
        shard: { index: i, count: 2 },
        frame: frame.units.filter((u) => shardOf(u.id, 2)._unsafeUnwrap() === i),
      })._unsafeUnwrap(),
    );
    expect(mergeShards({ task, seed: SEED, announcement: published, shards })._unsafeUnwrap()).toEqual(
      locked,
    );
  });

  it('publishes n = 0 and random false before the draw (inclusionProbabilities)', () => {
    const p = inclusionProbabilities(task, { A: 30, B: 50, C: 20, D: 10 })._unsafeUnwrap();
    expect(p.map((s: { n: number; random: boolean }) => [s.n, s.random])).toEqual([
      [0, false],
      [0, false],
      [1, true],
      [1, true],
    ]);
  });

  it('has no warnings when no class is exempt', () => {
    const t = makeTask([
      { id: 'A', ratio: 0.1 },
      { id: 'D', count: 2 },
    ]);
    expect(
      drawObjects({ task: t, frame: makeFrame(['A', 'D'], [20, 5]), seed: SEED })._unsafeUnwrap().warnings,
    ).toEqual([]);
  });
});

describe("exemptClasses: 'forbid' refuses a draw that exempts a class (local rules, 第十五条)", () => {
  const forbid = { exemptClasses: 'forbid' };

  it('refuses a fixed count of 0 and a total below one seat per non-empty stratum, drawing nothing', () => {
    const r = drawObjects({ task, frame, seed: SEED, options: forbid });
    expect(r._unsafeUnwrapErr().map((i) => [i.code, i.severity])).toEqual([
      ['DRAW_STRATUM_COUNT_ZERO', 'error'],
    ]);
    const noZero = makeTask(
      [
        { id: 'B', ratio: 0.02 },
        { id: 'C', ratio: 0.1 },
        { id: 'D', ratio: 0.3 },
      ],
      { total: 2 },
    );
    const small = drawObjects({
      task: noZero,
      frame: makeFrame(['B', 'C', 'D'], [50, 20, 10]),
      seed: SEED,
      options: forbid,
    });
    const issue = small._unsafeUnwrapErr()[0]!;
    expect([issue.code, issue.severity, issue.path]).toEqual([
      'DRAW_TOTAL_TOO_SMALL',
      'error',
      ['task', 'sampling', 'ratioTable', 'total'],
    ]);
    expect(issue.message.zh).toContain('信用风险类别');
  });

  it('changes nothing for a draw with no exempt class', () => {
    const t = makeTask([
      { id: 'A', ratio: 0.1 },
      { id: 'D', count: 2 },
    ]);
    const f = makeFrame(['A', 'D'], [20, 5]);
    expect(drawObjects({ task: t, frame: f, seed: SEED, options: forbid })._unsafeUnwrap()).toEqual(
      drawObjects({ task: t, frame: f, seed: SEED })._unsafeUnwrap(),
    );
  });

  it('refuses an unknown policy with a message naming the option, not zod’s generic text', () => {
    const r = drawObjects({ task, frame, seed: SEED, options: { exemptClasses: 'allow' } });
    const issue = r._unsafeUnwrapErr()[0]!;
    expect([issue.code, issue.path]).toEqual(['DRAW_OPTIONS_INVALID', ['options', 'exemptClasses']]);
    expect(issue.message.zh).toContain('免于抽查的处理方式');
    expect(issue.message.zh).not.toMatch(/无效选项|期望/);
    expect(issue.message.en).not.toMatch(/^Invalid option/);
  });
});

describe('第十九条 ¶3: the reserve is 0 unless local rules allow substitution', () => {
  it('draws no reserve by default, and the one asked for where rules allow one', () => {
    expect(DEFAULT_RESERVE_PERCENT).toBe(0);
    const t = makeTask([{ id: 'A', ratio: 0.1 }]);
    const f = makeFrame(['A'], [100]);
    const plain = drawObjects({ task: t, frame: f, seed: SEED })._unsafeUnwrap();
    expect(plain.reserve).toEqual([]);
    expect(plain.receipt.reserveRule.percent).toBe(0);
    expect(plain.receipt.announcement.reservePercent).toBe(0);
    const withReserve = drawObjects({
      task: t,
      frame: f,
      seed: SEED,
      options: { reservePercent: 20 },
    })._unsafeUnwrap();
    expect(withReserve.reserve).toHaveLength(2);
    // The reserve percentage is announced, so it is part of the key: the reserve follows the selection in ticket order.
    expect(withReserve.reserve.map((o) => o.rank)).toEqual([11, 12]);
    expect(withReserve.warnings).toEqual([]);
  });
});
