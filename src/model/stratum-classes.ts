/**
 * Which 信用风险分类 (credit-risk classes, 国市监信发〔2022〕6号: A 低, B 一般, C 较高, D 高) a ratio table's
 * strata take (第十五条 分层). An object belongs to the first stratum it matches; objects are reduced to the finitely
 * many profiles a table can tell apart — class × keyArea × seriousViolation × complaint count (0 and each threshold
 * used) — so the first stratum of each profile is exact. Plan validation and the draw both name the classes a
 * stratum exempts from the draw with it.
 */
import type { CreditClass } from './inspection-object.js';
import type { StratumMatch } from './ratio-table.js';

/** Credit classes from the lowest to the highest risk (国市监信发〔2022〕6号). */
export const CREDIT_CLASSES: readonly CreditClass[] = ['A', 'B', 'C', 'D'];

/** 信用风险分类 names (国市监信发〔2022〕6号): 低、一般、较高、高. */
export const CREDIT_CLASS_NAMES: Readonly<Record<CreditClass, { zh: string; en: string }>> = {
  A: { zh: 'A 类（信用风险低）', en: 'class A (low risk)' },
  B: { zh: 'B 类（信用风险一般）', en: 'class B (medium risk)' },
  C: { zh: 'C 类（信用风险较高）', en: 'class C (relatively high risk)' },
  D: { zh: 'D 类（信用风险高）', en: 'class D (high risk)' },
};

/** One kind of object as far as a ratio table can tell. */
export interface Profile {
  readonly creditClass: CreditClass;
  readonly keyArea: boolean;
  readonly seriousViolation: boolean;
  readonly complaints: number;
}

/** True when every condition of `m` holds for the profile. */
export function matches(m: StratumMatch, p: Profile): boolean {
  if (m.creditClasses !== undefined && !m.creditClasses.includes(p.creditClass)) return false;
  if (m.keyArea !== undefined && m.keyArea !== p.keyArea) return false;
  if (m.seriousViolation !== undefined && m.seriousViolation !== p.seriousViolation) return false;
  if (m.minComplaints !== undefined && p.complaints < m.minComplaints) return false;
  return true;
}

/** Every profile the strata can tell apart, class by class from the lowest risk. */
export function profiles(strata: readonly { readonly match: StratumMatch }[]): Profile[] {
  const counts = [
    ...new Set([0, ...strata.flatMap((s) => (s.match.minComplaints ? [s.match.minComplaints] : []))]),
  ];
  counts.sort((a, b) => a - b);
  const out: Profile[] = [];
  for (const creditClass of CREDIT_CLASSES) {
    for (const keyArea of [false, true]) {
      for (const seriousViolation of [false, true]) {
        for (const complaints of counts) out.push({ creditClass, keyArea, seriousViolation, complaints });
      }
    }
  }
  return out;
}

/** For each stratum, in table order, the credit classes some of whose objects it takes (lowest risk first). */
export function classesByStratum(strata: readonly { readonly match: StratumMatch }[]): CreditClass[][] {
  const out: CreditClass[][] = strata.map(() => []);
  for (const p of profiles(strata)) {
    const k = strata.findIndex((s) => matches(s.match, p));
    const list = k < 0 ? undefined : out[k];
    if (list && !list.includes(p.creditClass)) list.push(p.creditClass);
  }
  return out;
}

/** The classes' names joined, e.g. “A 类（信用风险低）、B 类（信用风险一般）”; empty texts for none. */
export function classNames(classes: readonly CreditClass[]): { zh: string; en: string } {
  return {
    zh: classes.map((c) => CREDIT_CLASS_NAMES[c].zh).join('、'),
    en: classes.map((c) => CREDIT_CLASS_NAMES[c].en).join(', '),
  };
}
