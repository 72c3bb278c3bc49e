/**
 * 抽查比例 as exact decimals (第十五条). A plan writes "1%" or 0.01; the JS number 0.01 is not 1/100, so
 * `Math.ceil(0.01 * 300)` can be off by one. A ratio is taken as the decimal the author wrote: the shortest
 * decimal that reads back as the same number (`String(r)`, ECMAScript Number::toString), i.e. numerator/10^k,
 * and every size is computed with integers.
 */

/** An exact non-negative rational p/q with q > 0. */
export interface Fraction {
  readonly p: bigint;
  readonly q: bigint;
}

/** Plain decimal text of a number, without exponent: 1e-7 → "0.0000001", 0.3 → "0.3". */
export function decimalText(r: number): string {
  const s = String(r);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return s;
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + Number(m[3] ?? 0);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return out;
}

/** The exact fraction of a plain decimal string like "0.015", or undefined if it is not one. */
export function parseDecimal(text: string): Fraction | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const frac = m[2] ?? '';
  return { p: BigInt(m[1]! + frac), q: 10n ** BigInt(frac.length) };
}

/** ⌈p·N/q⌉ exactly. */
export function ceilTimes(f: Fraction, n: number): number {
  const num = f.p * BigInt(n);
  return Number((num + f.q - 1n) / f.q);
}

/** "p/q" text of a fraction (not reduced). */
export function fractionText(p: bigint | number, q: bigint | number): string {
  return `${p}/${q}`;
}
