/**
 * 抽查比例 as exact decimals (第十五条). A plan writes "1%" or 0.01; the JS number 0.01 is not 1/100, so
 * `Math.ceil(0.01 * 300)` can be off by one. A ratio is taken as the decimal the author wrote: the shortest
 * decimal that reads back as the same number (`String(r)`, ECMAScript Number::toString), i.e. numerator/10^k,
 * and every size is computed with integers. A ratio with more than 6 fractional digits is refused
 * (DRAW_RATIO_IMPRECISE): `1.1 / 100` is 0.011000000000000001, which would draw 12 of 1000 instead of 11.
 */
import type { RuleIssue } from '../../model/issue.js';
import { drawIssue } from '../issues.js';

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

/** Most fractional digits a ratio may have: more is floating-point noise (1.1/100 = 0.011000000000000001). */
export const RATIO_MAX_DECIMALS = 6;

/**
 * Why a ratio's decimal text cannot be drawn with (undefined when it can): it must be canonical — "1" or
 * "0." followed by digits not ending in 0 — so that one ratio has one text (DRAW_RATIO_NOT_CANONICAL); lie in
 * (0, 1] (DRAW_RATIO_OUT_OF_RANGE); and have at most {@link RATIO_MAX_DECIMALS} fractional digits
 * (DRAW_RATIO_IMPRECISE, asking for the rounded value).
 */
export function ratioTextIssue(text: string, path: readonly (string | number)[]): RuleIssue | undefined {
  const f = parseDecimal(text);
  if (f !== undefined && (f.p === 0n || f.p > f.q)) {
    return drawIssue(
      'DRAW_RATIO_OUT_OF_RANGE',
      path,
      `抽查比例 ${text} 须大于 0 且不大于 1`,
      `The sampling ratio ${text} must be greater than 0 and at most 1`,
    );
  }
  if (f === undefined || !/^(?:1|0\.\d*[1-9])$/.test(text)) {
    return drawIssue(
      'DRAW_RATIO_NOT_CANONICAL',
      path,
      `抽查比例“${text}”应写成规范小数（如 0.05 或 1，无多余的 0）`,
      `The sampling ratio "${text}" must be a canonical decimal (e.g. 0.05 or 1, no extra zeros)`,
    );
  }
  const decimals = text.length - 2;
  if (decimals > RATIO_MAX_DECIMALS) {
    const rounded = decimalText(Number(Number(text).toFixed(RATIO_MAX_DECIMALS)));
    return drawIssue(
      'DRAW_RATIO_IMPRECISE',
      path,
      `抽查比例 ${text} 有 ${decimals} 位小数（多于 ${RATIO_MAX_DECIMALS} 位，多为浮点误差），请写成舍入后的值，如 ${rounded}`,
      `The sampling ratio ${text} has ${decimals} decimal places (more than ${RATIO_MAX_DECIMALS}, likely floating-point error); write the rounded value, e.g. ${rounded}`,
    );
  }
  return undefined;
}
