/**
 * 抽查比例 → sample size per stratum (第十五条), exactly:
 * - a ratio r: n = ⌈r·N⌉ (r as the decimal the plan wrote, see ratio.ts);
 * - a fixed count c: n = min(c, N);
 * - a ratio table with a `total` T: fixed-count strata take min(c, N) first; the rest R = T − Σ fixed is split
 *   over the ratio strata in proportion to r·N by largest remainder (Hamilton). A stratum whose quota reaches
 *   its N takes all N and the rest is split again among the others; remaining seats go to the largest
 *   remainders, ties to the stratum listed first in the table. If R exceeds what the ratio strata hold, they
 *   are all taken whole.
 * Reserve (备选) size: min(N − n, ⌈n·p/100⌉) for the recorded percentage p (default 10).
 */
import { ceilTimes, type Fraction, fractionText, parseDecimal } from './ratio.js';

/** A stratum's rule as the receipt records it: the ratio as a plain decimal string, or a fixed count. */
export type StratumSizeRule = { readonly ratio: string } | { readonly count: number };

/** How a stratum's n was reached; recorded in the receipt. */
export type Allocation =
  | { readonly rule: 'ceil-ratio' }
  | { readonly rule: 'fixed-count' }
  | {
      readonly rule: 'largest-remainder';
      /** Exact quota R·w/Σw as "p/q" in the round the stratum was settled. */
      readonly quota: string;
      /** True when it received one of the remainder seats. */
      readonly remainderSeat: boolean;
      /** True when its quota reached N and it was taken whole. */
      readonly capped: boolean;
    };

export interface StratumSize {
  readonly n: number;
  readonly allocation: Allocation;
  readonly reserveSize: number;
}

/** Default reserve percentage (备选名单 = ⌈10% of n⌉ next tickets per stratum). */
export const DEFAULT_RESERVE_PERCENT = 10;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function reduced(p: bigint, q: bigint): string {
  const g = gcd(p, q) || 1n;
  return fractionText(p / g, q / g);
}

/** Sizes for each stratum; `undefined` if total < Σ fixed counts (the caller reports it). */
export function sampleSizes(
  rules: readonly StratumSizeRule[],
  counts: readonly number[],
  total: number | undefined,
  reservePercent: number,
): StratumSize[] | undefined {
  const ratios: (Fraction | undefined)[] = rules.map((r) =>
    'ratio' in r ? parseDecimal(r.ratio) : undefined,
  );
  const n: number[] = rules.map(() => 0);
  const alloc: Allocation[] = rules.map((r) => ({ rule: 'ratio' in r ? 'ceil-ratio' : 'fixed-count' }));
  let fixed = 0;
  rules.forEach((r, h) => {
    if ('count' in r) {
      n[h] = Math.min(r.count, counts[h]!);
      fixed += n[h]!;
    }
  });
  if (total === undefined) {
    rules.forEach((_r, h) => {
      const f = ratios[h];
      if (f) n[h] = Math.min(counts[h]!, ceilTimes(f, counts[h]!));
    });
  } else {
    if (total < fixed) return undefined;
    largestRemainder(ratios, counts, total - fixed, n, alloc);
  }
  return rules.map((_, h) => {
    const N = counts[h]!;
    const size = n[h]!;
    const reserve = Math.min(N - size, Math.ceil((size * reservePercent) / 100));
    return { n: size, allocation: alloc[h]!, reserveSize: reserve };
  });
}

function largestRemainder(
  ratios: readonly (Fraction | undefined)[],
  counts: readonly number[],
  seats: number,
  n: number[],
  alloc: Allocation[],
): void {
  const Q = ratios.reduce((m, f) => (f && f.q > m ? f.q : m), 1n);
  const weight = ratios.map((f, h) => (f ? f.p * (Q / f.q) * BigInt(counts[h]!) : 0n));
  let active = ratios.map((_f, h) => h).filter((h) => ratios[h] !== undefined);
  for (const h of active)
    alloc[h] = { rule: 'largest-remainder', quota: '0/1', remainderSeat: false, capped: false };
  active = active.filter((h) => counts[h]! > 0);
  let R = BigInt(seats);
  for (;;) {
    if (active.length === 0) return;
    const sumW = active.reduce((s, h) => s + weight[h]!, 0n);
    const capped = active.filter((h) => R * weight[h]! >= BigInt(counts[h]!) * sumW);
    if (capped.length > 0) {
      for (const h of capped) {
        n[h] = counts[h]!;
        alloc[h] = {
          rule: 'largest-remainder',
          quota: reduced(R * weight[h]!, sumW),
          remainderSeat: false,
          capped: true,
        };
        R -= BigInt(counts[h]!);
      }
      active = active.filter((h) => !capped.includes(h));
      continue;
    }
    let given = 0n;
    for (const h of active) {
      const fl = (R * weight[h]!) / sumW;
      n[h] = Number(fl);
      given += fl;
    }
    const left = Number(R - given);
    const order = [...active].sort((a, b) => {
      const ra = (R * weight[a]!) % sumW;
      const rb = (R * weight[b]!) % sumW;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    const seated = new Set(order.slice(0, left));
    for (const h of active) {
      if (seated.has(h)) n[h] = n[h]! + 1;
      alloc[h] = {
        rule: 'largest-remainder',
        quota: reduced(R * weight[h]!, sumW),
        remainderSeat: seated.has(h),
        capped: false,
      };
    }
    return;
  }
}
