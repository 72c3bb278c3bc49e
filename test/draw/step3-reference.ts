// An implementation of Step 3 of docs/verification.md ("sample sizes") written from the text alone, with
// exact fractions, to check src/draw/protocol/sizes.ts against (第十五条). It deliberately shares no code with the
// library: its own rationals, its own rounds, its own reduction to lowest terms.

/** A non-negative rational num/den, den > 0, always in lowest terms. */
class Q {
  readonly num: bigint;
  readonly den: bigint;
  constructor(num: bigint, den = 1n) {
    let a = num < 0n ? -num : num;
    let b = den;
    while (b !== 0n) [a, b] = [b, a % b];
    const g = a === 0n ? 1n : a;
    this.num = num / g;
    this.den = den / g;
  }
  static decimal(text: string): Q {
    const [int, frac = ''] = text.split('.');
    return new Q(BigInt(`${int}${frac}`), 10n ** BigInt(frac.length));
  }
  plus(o: Q): Q {
    return new Q(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  times(o: Q): Q {
    return new Q(this.num * o.num, this.den * o.den);
  }
  over(o: Q): Q {
    return new Q(this.num * o.den, this.den * o.num);
  }
  floor(): bigint {
    return this.num / this.den;
  }
  frac(): Q {
    return new Q(this.num % this.den, this.den);
  }
  compare(o: Q): number {
    const d = this.num * o.den - o.num * this.den;
    return d === 0n ? 0 : d < 0n ? -1 : 1;
  }
  text(): string {
    return `${this.num}/${this.den}`;
  }
}

export type Rule = { ratio: string } | { count: number };
export interface Size {
  n: number;
  allocation: Record<string, unknown>;
  reserveSize: number;
}

/** Step 3 for a table with the given rules, counts N_h, optional total T and reserve percentage. */
export function step3(
  rules: Rule[],
  N: number[],
  T: number | undefined,
  percent: number,
  /** Filled with the round (1, 2, …) in which each ratio stratum was settled, 0 for the others. */
  rounds: number[] = [],
): Size[] | 'too small' {
  for (let h = 0; h < rules.length; h++) rounds[h] = 0;
  let round = 0;
  const n: number[] = rules.map(() => 0);
  const allocation: Record<string, unknown>[] = rules.map((r) =>
    'ratio' in r ? { rule: T === undefined ? 'ceil-ratio' : 'largest-remainder' } : { rule: 'fixed-count' },
  );
  rules.forEach((r, h) => {
    if ('count' in r) n[h] = Math.min(r.count, N[h]!);
    else if (T === undefined) {
      // n = min(N, ⌈r·N⌉)
      const rN = Q.decimal(r.ratio).times(new Q(BigInt(N[h]!)));
      const ceil = rN.frac().num === 0n ? rN.floor() : rN.floor() + 1n;
      n[h] = Math.min(N[h]!, Number(ceil));
    }
  });
  if (T !== undefined) {
    const fixed = rules.reduce((s, r, h) => s + ('count' in r ? n[h]! : 0), 0);
    const ratioStrata = rules.flatMap((r, h) => ('ratio' in r ? [h] : []));
    // An empty ratio stratum takes part in no round.
    for (const h of ratioStrata)
      allocation[h] = { rule: 'largest-remainder', quota: '0/1', remainderSeat: false, capped: false };
    let active = ratioStrata.filter((h) => N[h]! > 0);
    const m = active.length;
    if (T < fixed) return 'too small'; // DRAW_TOTAL_BELOW_FIXED_COUNTS
    // "every non-empty ratio stratum first gets one seat when T − Σ fixed ≥ m (g = 1), else none (g = 0)"
    const g = T - fixed >= m ? 1 : 0;
    let R = new Q(BigInt(T - fixed - g * m));
    const w = new Map(
      active.map((h) => [h, Q.decimal((rules[h] as { ratio: string }).ratio).times(new Q(BigInt(N[h]!)))]),
    );
    while (active.length > 0) {
      round++;
      const sum = active.reduce((s, h) => s.plus(w.get(h)!), new Q(0n));
      const q = new Map(active.map((h) => [h, R.times(w.get(h)!).over(sum)]));
      const capped = active.filter((h) => q.get(h)!.compare(new Q(BigInt(N[h]! - g))) >= 0);
      if (capped.length > 0) {
        // "those strata take all N_h (capped: true), R' drops by their N_h − g, and the quotas are recomputed
        // among the others"; each records q_h of the round in which it was settled.
        for (const h of capped) {
          rounds[h] = round;
          n[h] = N[h]!;
          allocation[h] = {
            rule: 'largest-remainder',
            quota: q.get(h)!.text(),
            remainderSeat: false,
            capped: true,
          };
        }
        R = capped.reduce((r, h) => new Q(r.num - BigInt(N[h]! - g) * r.den, r.den), R);
        active = active.filter((h) => !capped.includes(h));
        continue;
      }
      // "each takes g + ⌊q_h⌋ and the R' − Σ⌊q_h⌋ leftover seats go to the largest fractional parts, ties to
      // the stratum listed first"
      const leftover = Number(R.floor() - active.reduce((s, h) => s + q.get(h)!.floor(), 0n));
      const order = [...active].sort((a, b) => q.get(b)!.frac().compare(q.get(a)!.frac()) || a - b);
      const seated = new Set(order.slice(0, leftover));
      for (const h of active) {
        rounds[h] = round;
        n[h] = g + Number(q.get(h)!.floor()) + (seated.has(h) ? 1 : 0);
        allocation[h] = {
          rule: 'largest-remainder',
          quota: q.get(h)!.text(),
          remainderSeat: seated.has(h),
          capped: false,
        };
      }
      break;
    }
  }
  return rules.map((_r, h) => ({
    n: n[h]!,
    allocation: allocation[h]!,
    // min(N − n, ⌈n · percent / 100⌉)
    reserveSize: Math.min(N[h]! - n[h]!, Math.ceil((n[h]! * percent) / 100)),
  }));
}
