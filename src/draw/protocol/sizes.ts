/**
 * 抽查比例 → sample size per stratum (第十五条), exactly:
 * - a ratio r: n = ⌈r·N⌉ (r as the decimal the plan wrote, see ratio.ts);
 * - a fixed count c: n = min(c, N);
 * - a ratio table with a `total` T: fixed-count strata take min(c, N) first; of the rest R = T − Σ fixed, every
 *   one of the m non-empty ratio strata first gets one seat when R ≥ m (g = 1 guaranteed seat each); the other
 *   R − g·m seats are split over those strata in proportion to r·N by largest remainder (Hamilton), each
 *   stratum holding at most N − g of them. A stratum whose quota reaches N − g takes all N and the rest is
 *   split again among the others; remaining seats go to the largest remainders, ties to the stratum listed
 *   first in the table. If R exceeds what the ratio strata hold, they are all taken whole. When R < m there is
 *   no guaranteed seat (g = 0): the R seats go by largest remainder alone and the strata left with n = 0 are
 *   exempt from the draw — 第十五条 forbids no zero, so this is a warning (DRAW_TOTAL_TOO_SMALL on the locked
 *   draw), or refused where local rules forbid any exemption (`exemptClasses: 'forbid'`).
 * - every ratio is a canonical decimal in (0, 1] with at most 6 fractional digits (DRAW_RATIO_IMPRECISE: a
 *   longer one is floating-point noise such as 1.1/100 = 0.011000000000000001).
 * Reserve (备选) size: min(N − n, ⌈n·p/100⌉) for the recorded percentage p (default 0: these measures provide no
 * substitution, 第十九条 ¶3; a jurisdiction whose rules allow one sets p).
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../../model/issue.js';
import { drawIssue } from '../issues.js';
import { ceilTimes, type Fraction, fractionText, parseDecimal, ratioTextIssue } from './ratio.js';

/** A stratum's rule as the receipt records it: the ratio as a plain decimal string, or a fixed count. */
export type StratumSizeRule = { readonly ratio: string } | { readonly count: number };

/** How a stratum's n was reached; recorded in the receipt. */
export type Allocation =
  | { readonly rule: 'ceil-ratio' }
  | { readonly rule: 'fixed-count' }
  | {
      readonly rule: 'largest-remainder';
      /**
       * Exact quota R'·w/Σw, in lowest terms as "p/q", of the shared seats R' (after the one guaranteed seat of
       * every non-empty ratio stratum, when the seats cover one each) in the round the stratum was settled;
       * "0/1" for an empty stratum.
       */
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

/**
 * Default reserve percentage: 0. 第十九条 ¶3 — the drawn list, once locked, cannot be changed, and these measures
 * provide no substitution (an object found closed or unreachable gets its result category, docs/records.md). A
 * jurisdiction whose rules allow substitution passes `reservePercent` explicitly.
 */
export const DEFAULT_RESERVE_PERCENT = 0;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function reduced(p: bigint, q: bigint): string {
  const g = gcd(p, q) || 1n;
  return fractionText(p / g, q / g);
}

const RATIO_PATH = ['task', 'sampling', 'ratioTable', 'strata'];

/**
 * Sizes for each stratum, or the findings: a ratio that is not a canonical decimal in (0, 1] with at most 6
 * fractional digits, a total below the fixed counts (DRAW_TOTAL_BELOW_FIXED_COUNTS), or — only with
 * `exempt = 'forbid'` — a total below the fixed counts plus one seat per non-empty ratio stratum
 * (DRAW_TOTAL_TOO_SMALL, an error).
 */
export function allocateSizes(
  rules: readonly StratumSizeRule[],
  counts: readonly number[],
  total: number | undefined,
  reservePercent: number,
  exempt: 'warn' | 'forbid' = 'warn',
): Result<StratumSize[], RuleIssue[]> {
  const issues: RuleIssue[] = [];
  rules.forEach((r, h) => {
    if (!('ratio' in r)) return;
    const i = ratioTextIssue(r.ratio, [...RATIO_PATH, h, 'ratio']);
    if (i) issues.push(i);
  });
  if (issues.length > 0) return err(issues);
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
    const path = ['task', 'sampling', 'ratioTable', 'total'];
    if (total < fixed) {
      return err([
        drawIssue(
          'DRAW_TOTAL_BELOW_FIXED_COUNTS',
          path,
          `抽取总数 ${total} 小于固定数量层的抽取数之和 ${fixed}`,
          `The total ${total} is smaller than the ${fixed} the fixed-count strata take`,
        ),
      ]);
    }
    const m = rules.filter((_r, h) => ratios[h] !== undefined && counts[h]! > 0).length;
    if (total < fixed + m && exempt === 'forbid') {
      return err([
        drawIssue(
          'DRAW_TOTAL_TOO_SMALL',
          path,
          `抽取总数 ${total} 不足：固定数量层 ${fixed} 户加 ${m} 个非空比例层各 1 户，共需 ${fixed + m} 户（exemptClasses: forbid，不得有信用风险类别免于抽查）`,
          `The total ${total} is below the ${fixed} fixed-count seats plus one for each of the ${m} non-empty ratio strata, ${fixed + m} (exemptClasses: 'forbid')`,
          'error',
        ),
      ]);
    }
    largestRemainder(ratios, counts, total - fixed, n, alloc);
  }
  return ok(
    rules.map((_, h) => {
      const N = counts[h]!;
      const size = n[h]!;
      const reserve = Math.min(N - size, Math.ceil((size * reservePercent) / 100));
      return { n: size, allocation: alloc[h]!, reserveSize: reserve };
    }),
  );
}

/**
 * Splits `seats` over the non-empty ratio strata: one seat each first when there are enough (g = 1, else g = 0),
 * then the rest by largest remainder on the weights r·N, each stratum holding at most N − g of them.
 */
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
  // g guaranteed seats per non-empty stratum (1 when the seats cover one each); the shared seats R fill the
  // remaining capacity N − g.
  const g = seats >= active.length ? 1 : 0;
  let R = BigInt(seats - g * active.length);
  const room = (h: number) => BigInt(counts[h]! - g);
  for (;;) {
    if (active.length === 0) return;
    const sumW = active.reduce((s, h) => s + weight[h]!, 0n);
    const capped = active.filter((h) => R * weight[h]! >= room(h) * sumW);
    if (capped.length > 0) {
      // Every stratum capped in this round records this round's quota (R' and Σw of the round); only then do
      // their seats leave R' for the next round.
      for (const h of capped) {
        n[h] = counts[h]!;
        alloc[h] = {
          rule: 'largest-remainder',
          quota: reduced(R * weight[h]!, sumW),
          remainderSeat: false,
          capped: true,
        };
      }
      for (const h of capped) R -= room(h);
      active = active.filter((h) => !capped.includes(h));
      continue;
    }
    let given = 0n;
    for (const h of active) {
      const fl = (R * weight[h]!) / sumW;
      n[h] = g + Number(fl);
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
