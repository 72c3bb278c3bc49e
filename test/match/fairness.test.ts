// 第十九条 公正: with no recusals and no binding cap, every inspector is equally likely for every slot of every
// object, every pair of inspectors equally likely to share an object (no fixed pairs, unlike a rotation), every
// inspector equally likely to lead — the probabilities the receipt states (docs/match-verification.md, Step 4).
//
// Thresholds. Each statistic is asymptotically χ²_k under a correct implementation; a test fails above the upper
// point given by Wilson–Hilferty, χ²_{k,α} ≈ k·(1 − 2/(9k) + z·√(2/(9k)))³, with z = 5.2 (P(Z > 5.2) = 1.0e-7,
// above z_{1−1e-7} = 5.199 — margin for the approximation; expected counts here are ≥ 200). Five tests use it,
// so a correct implementation fails this file with probability below 5e-7. The seeds are fixed texts, so the
// outcome is reproducible; the probability statement is over the choice of seed texts.
import { describe, expect, it } from 'vitest';
import { type LockedAssignment, matchInspectors } from '../../src/match/index.js';
import { INITIATOR, matchInputs } from './fixtures.js';

function chiSquareCritical(k: number, z = 5.2): number {
  const a = 2 / (9 * k);
  return k * (1 - a + z * Math.sqrt(a)) ** 3;
}

describe('the Wilson–Hilferty critical values are conservative at 1e-7', () => {
  it('lies above the exact upper 1e-7 points of χ²', () => {
    // R: qchisq(1e-7, k, lower.tail = FALSE): k = 4 → 37.37, k = 9 → 49.97.
    expect(chiSquareCritical(4)).toBeGreaterThan(37.37);
    expect(chiSquareCritical(9)).toBeGreaterThan(49.97);
  });
});

const RUNS = 2000;
const N_INSPECTORS = 5;
const OBJECTS = 4;
const inputs = matchInputs(OBJECTS, N_INSPECTORS);
const target = [...inputs.draw.selected.map((s) => s.id)].sort()[1]!;
const ids = Array.from({ length: N_INSPECTORS }, (_, k) => `${INITIATOR}-i${String(k + 1).padStart(2, '0')}`);

const runs: LockedAssignment[] = [];
for (let s = 0; s < RUNS; s++) {
  runs.push(
    matchInspectors({
      ...inputs,
      seed: { kind: 'committed-text', text: `fairness-${s}`, source: '区局官网承诺' },
    } as never)._unsafeUnwrap(),
  );
}
const on = (a: LockedAssignment) => a.objects.find((o) => o.objectId === target)!;

function pearson(counts: readonly number[], expected: number): number {
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

describe('stated probabilities', () => {
  it('the receipt states slot m/n, pair m(m−1)/(n(n−1)), leader 1/n when nothing binds', () => {
    expect(runs[0]!.receipt.inclusion).toEqual({ uniform: true, slot: '2/5', pair: '2/20', leader: '1/5' });
  });
});

describe('fairness (χ², false failure < 1e-6)', () => {
  for (const slot of [0, 1]) {
    it(`slot ${slot + 1} of an object: each inspector with probability 1/n`, () => {
      const counts = ids.map((id) => runs.filter((a) => on(a).inspectorIds[slot] === id).length);
      expect(pearson(counts, RUNS / N_INSPECTORS)).toBeLessThan(chiSquareCritical(N_INSPECTORS - 1));
    });
  }

  it('inclusion on an object: each inspector with probability m/n (srswor covariance)', () => {
    const p = 2 / N_INSPECTORS;
    const counts = ids.map((id) => runs.filter((a) => on(a).inspectorIds.includes(id)).length);
    // Under simple random sampling of m of n the counts have covariance R·p(1−p)·n/(n−1)·(I − J/n).
    const t =
      ((N_INSPECTORS - 1) / (N_INSPECTORS * p * (1 - p) * RUNS)) *
      counts.reduce((s, c) => s + (c - RUNS * p) ** 2, 0);
    expect(t).toBeLessThan(chiSquareCritical(N_INSPECTORS - 1));
  });

  it('pairs on an object: each of the C(n,2) pairs with probability 1/C(n,2)', () => {
    const pairs = new Map<string, number>();
    for (let i = 0; i < N_INSPECTORS; i++)
      for (let j = i + 1; j < N_INSPECTORS; j++) pairs.set(`${ids[i]}|${ids[j]}`, 0);
    for (const a of runs) {
      const key = [...on(a).inspectorIds].sort().join('|');
      pairs.set(key, pairs.get(key)! + 1);
    }
    expect(pairs.size).toBe(10);
    expect(pearson([...pairs.values()], RUNS / 10)).toBeLessThan(chiSquareCritical(9));
  });

  it('leader of an object: each inspector with probability 1/n', () => {
    const counts = ids.map((id) => runs.filter((a) => on(a).leaderId === id).length);
    expect(pearson(counts, RUNS / N_INSPECTORS)).toBeLessThan(chiSquareCritical(N_INSPECTORS - 1));
  });
});

describe('no fixed pairs within one draw (unlike a rotation)', () => {
  it('with 30 objects and 6 inspectors, every inspector shares objects with several others', () => {
    const a = matchInspectors(matchInputs(30, 6) as never)._unsafeUnwrap();
    for (const id of a.objects[0]!.inspectorIds) {
      const partners = new Set(a.objects.flatMap((o) => (o.inspectorIds.includes(id) ? o.inspectorIds : [])));
      expect(partners.size - 1).toBeGreaterThanOrEqual(3);
    }
  });
});
