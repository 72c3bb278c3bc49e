// 第十五条 / 第十九条 公正: every object of a stratum has the same chance n/N of being drawn, and for tiny frames
// every k-subset is equally likely (simple random sampling without replacement within each stratum).
//
// Thresholds. Each test computes a statistic that is asymptotically χ²_k under a correct implementation and
// fails only above the upper 1e-6 point. That point is computed with the Wilson–Hilferty approximation
//   χ²_{k,α} ≈ k · (1 − 2/(9k) + z·√(2/(9k)))³
// with z = 5.0 instead of z_{1−1e-6} = 4.753 (P(Z > 5) = 2.9e-7), which leaves a margin for the
// approximation error of Wilson–Hilferty and of the χ² limit itself (expected counts here are ≥ 500). Two
// tests use it, so a correct implementation fails this file with probability below 1e-6. The seeds are fixed
// texts, so the outcome is reproducible; the probability statement is over the choice of seed texts.

import { describe, expect, it } from 'vitest';
import { drawObjects } from '../helpers/untyped-draw.js';
import { makeFrame, makeTask } from './fixtures.js';

/** Upper 1e-6 (conservative: z = 5) point of χ²_k by Wilson–Hilferty. */
function chiSquareCritical(k: number, z = 5.0): number {
  const a = 2 / (9 * k);
  return k * (1 - a + z * Math.sqrt(a)) ** 3;
}

describe('the Wilson–Hilferty critical values are conservative', () => {
  it('lies above the exact upper 1e-6 points of χ²', () => {
    // Exact values (R 4.2: qchisq(1e-6, k, lower.tail = FALSE)): k = 9 → 44.811, k = 19 → 63.677,
    // k = 27 → 77.188, k = 29 → 80.436. Wilson–Hilferty with z = 5 gives 49.15, 67.92, 81.53, 84.81.
    expect(chiSquareCritical(9)).toBeGreaterThan(44.811);
    expect(chiSquareCritical(19)).toBeGreaterThan(63.677);
    expect(chiSquareCritical(27)).toBeGreaterThan(77.188);
    expect(chiSquareCritical(29)).toBeGreaterThan(80.436);
  });
});

const SEEDS = 6000;

function run(task: unknown, frame: ReturnType<typeof makeFrame>, f: (ids: string[]) => void) {
  for (let s = 0; s < SEEDS; s++) {
    const d = drawObjects({
      task,
      frame,
      seed: { kind: 'committed-text', text: `fairness-${s}` },
    })._unsafeUnwrap();
    f(d.selected.map((x) => x.id));
  }
}

describe('each object is drawn with frequency n/N (第十五条, 第十九条)', () => {
  it('passes a χ² test on per-object selection counts over 6,000 seeds', () => {
    // Strata: A 12 objects at 25% (n = 3), B 10 objects fixed count 4, C 8 objects at 50% (n = 4).
    const task = makeTask([
      { id: 'A', ratio: 0.25 },
      { id: 'B', count: 4 },
      { id: 'C', ratio: 0.5 },
    ]);
    const sizes = [12, 10, 8];
    const ns = [3, 4, 4];
    const frame = makeFrame(['A', 'B', 'C'], sizes);
    const count = new Map(frame.units.map((u) => [u.id, 0]));
    run(task, frame, (ids) => {
      for (const id of ids) count.set(id, count.get(id)! + 1);
    });
    // Per stratum, X_h = (N−1)/N · Σ_i (c_i − S·p)² / (S·p·(1−p)) with p = n/N is asymptotically χ²_{N−1}:
    // the indicators of srswor have Var = p(1−p) and Cov = −p(1−p)/(N−1), i.e. covariance
    // p(1−p)·N/(N−1)·(I − J/N), of rank N−1. Strata are independent, so Σ_h X_h ~ χ²_{Σ(N_h−1)}.
    let x = 0;
    let df = 0;
    let offset = 0;
    sizes.forEach((N, h) => {
      const p = ns[h]! / N;
      let sum = 0;
      for (const u of frame.units.slice(offset, offset + N)) {
        const c = count.get(u.id)!;
        sum += (c - SEEDS * p) ** 2 / (SEEDS * p * (1 - p));
      }
      x += ((N - 1) / N) * sum;
      df += N - 1;
      offset += N;
    });
    expect(df).toBe(27);
    expect(x).toBeLessThan(chiSquareCritical(df));
    // and each stratum's total is exact
    const total = [...count.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(SEEDS * (3 + 4 + 4));
  });

  it('passes a χ² test on the 10 subsets of size 2 from 5 objects over 6,000 seeds', () => {
    const task = makeTask([{ id: 'A', count: 2 }]);
    const frame = makeFrame(['A'], [5]);
    const freq = new Map<string, number>();
    run(task, frame, (ids) => {
      const key = [...ids].sort().join('+');
      freq.set(key, (freq.get(key) ?? 0) + 1);
    });
    expect(freq.size).toBe(10);
    const e = SEEDS / 10;
    const x = [...freq.values()].reduce((a, c) => a + (c - e) ** 2 / e, 0);
    expect(x).toBeLessThan(chiSquareCritical(9));
  });
});
