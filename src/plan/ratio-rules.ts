/**
 * 抽查比例 rules (第十五条). A ratio table assigns each object to the first stratum that matches it. Checked:
 * - every credit class, with or without risk flags, falls into some stratum (no class is exempt) — error;
 * - no stratum has a fixed count of 0 and the table total is not 0: either would exempt objects from the draw
 *   just as surely as leaving them out (第十五条 sets ratios by risk, it removes no class; 国市监信发〔2022〕6号
 *   applies the draw to every class) — error;
 * - stratum ids are unique — error;
 * - a stratum that can never be first for any object is unreachable — warning;
 * - a riskier credit class (A < B < C < D) gets no lower ratio than a safer one — warning;
 * - a risk-flag stratum (重点领域 keyArea, 投诉举报较多 minComplaints, 严重违法 seriousViolation) gets no lower
 *   ratio than the plain (flag-free) stratum of any class it takes or of a safer class — warning: a flagged
 *   class-C object is riskier than a plain class-C or class-B one.
 * Only ratio against ratio is compared: a fixed count's share depends on the stratum size, which the plan does not
 * fix, so strata with counts are left out of the ordering checks.
 *
 * Method: objects are reduced to the finitely many profiles the table can tell apart — class × keyArea ×
 * seriousViolation × complaint count (0 and each threshold used) — and the first matching stratum of each profile
 * is computed exactly.
 */
import type { CreditClass } from '../model/inspection-object.js';
import type { IssuePath, RuleIssue } from '../model/issue.js';
import type { RatioTable, StratumMatch, StratumRule } from '../model/ratio-table.js';
import { planIssue } from './issue.js';

/** Credit classes from the safest to the riskiest (国市监信发〔2022〕6号). */
export const CREDIT_CLASSES: readonly CreditClass[] = ['A', 'B', 'C', 'D'];

interface Profile {
  readonly creditClass: CreditClass;
  readonly keyArea: boolean;
  readonly seriousViolation: boolean;
  readonly complaints: number;
}

function matches(m: StratumMatch, p: Profile): boolean {
  if (m.creditClasses !== undefined && !m.creditClasses.includes(p.creditClass)) return false;
  if (m.keyArea !== undefined && m.keyArea !== p.keyArea) return false;
  if (m.seriousViolation !== undefined && m.seriousViolation !== p.seriousViolation) return false;
  if (m.minComplaints !== undefined && p.complaints < m.minComplaints) return false;
  return true;
}

/** A stratum defined by a risk flag of 第十五条 ¶2. */
export function isRiskStratum(s: StratumRule): boolean {
  return s.match.keyArea === true || s.match.minComplaints !== undefined || s.match.seriousViolation === true;
}

function profiles(strata: readonly StratumRule[]): Profile[] {
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

function describe(p: Profile): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  if (p.keyArea) {
    zh.push('重点领域');
    en.push('key area');
  }
  if (p.complaints > 0) {
    zh.push(`投诉举报 ${p.complaints} 件`);
    en.push(`${p.complaints} complaints`);
  }
  if (p.seriousViolation) {
    zh.push('有严重违法违规记录');
    en.push('serious violation record');
  }
  return {
    zh: `信用类别 ${p.creditClass}${zh.length ? `（${zh.join('、')}）` : '（无风险标记）'}`,
    en: `credit class ${p.creditClass}${en.length ? ` (${en.join(', ')})` : ' (no risk flag)'}`,
  };
}

/** `0.3` → `30%`, without floating-point noise. */
export function percent(r: number): string {
  return `${Number((r * 100).toFixed(4))}%`;
}

const RANK: Readonly<Record<CreditClass, number>> = { A: 0, B: 1, C: 2, D: 3 };

/** 第十五条 findings for one ratio table at `path` (unsorted). */
export function ratioTableRules(table: RatioTable, path: IssuePath): RuleIssue[] {
  const strata = table.strata;
  const out: RuleIssue[] = [];
  const ids = new Set<string>();
  strata.forEach((s, k) => {
    if (ids.has(s.id)) {
      out.push(
        planIssue(
          'PLAN_STRATUM_ID_DUPLICATE',
          [...path, 'strata', k, 'id'],
          `分层编号 ${s.id} 重复`,
          `Stratum id ${s.id} is used more than once`,
        ),
      );
    }
    ids.add(s.id);
  });

  const firstOf = new Map<Profile, number>();
  const taken = new Set<number>();
  const uncoveredByClass = new Map<CreditClass, Profile>();
  for (const p of profiles(strata)) {
    const k = strata.findIndex((s) => matches(s.match, p));
    if (k < 0) {
      if (!uncoveredByClass.has(p.creditClass)) uncoveredByClass.set(p.creditClass, p);
      continue;
    }
    firstOf.set(p, k);
    taken.add(k);
  }
  for (const p of uncoveredByClass.values()) {
    const d = describe(p);
    out.push(
      planIssue(
        'PLAN_RATIO_CLASS_UNCOVERED',
        [...path, 'strata'],
        `${d.zh}的检查对象不属于比例表的任何一层，将不会被抽取`,
        `Objects of ${d.en} fall into no stratum and would never be drawn`,
      ),
    );
  }
  if (table.total === 0) {
    out.push(
      planIssue(
        'PLAN_RATIO_TOTAL_ZERO',
        [...path, 'total'],
        '比例表的抽取总数为 0，所有检查对象都不会被抽取；不抽取任何信用类别均不符合第十五条',
        'The table draws a total of 0, so no object would ever be drawn; no class is exempt (Article 15)',
      ),
    );
  }
  strata.forEach((s, k) => {
    if (s.count !== 0) return;
    const classes = CREDIT_CLASSES.filter((c) =>
      [...firstOf].some(([p, f]) => f === k && p.creditClass === c),
    );
    const zh = classes.length > 0 ? `（信用类别 ${classes.join('、')}）` : '';
    const en = classes.length > 0 ? ` (credit class ${classes.join(', ')})` : '';
    out.push(
      planIssue(
        'PLAN_STRATUM_COUNT_ZERO',
        [...path, 'strata', k, 'count'],
        `分层“${s.label}”固定抽取 0 户，其检查对象${zh}将被免于抽查；任何信用类别都不免于抽查，可降低比例但不能为 0`,
        `Stratum ${s.id} draws a fixed count of 0, exempting its objects${en} from the draw; a ratio may be lowered, never to nothing`,
      ),
    );
  });
  strata.forEach((s, k) => {
    if (!taken.has(k)) {
      out.push(
        planIssue(
          'PLAN_STRATUM_UNREACHABLE',
          [...path, 'strata', k],
          `分层“${s.label}”的对象均已被前面的层取走，该层比例不会生效`,
          `Stratum ${s.id} is shadowed by earlier strata; its ratio never applies`,
        ),
      );
    }
  });

  // Plain (flag-free) ratio of each class, and the highest plain ratio of that class or any safer one.
  const plain = new Map<CreditClass, { k: number; ratio: number | undefined }>();
  for (const [p, k] of firstOf) {
    if (!p.keyArea && !p.seriousViolation && p.complaints === 0) {
      plain.set(p.creditClass, { k, ratio: strata[k]?.ratio });
    }
  }
  const safestMax = new Map<CreditClass, { cls: CreditClass; ratio: number }>();
  let best: { cls: CreditClass; ratio: number } | undefined;
  for (const c of CREDIT_CLASSES) {
    const r = plain.get(c)?.ratio;
    const mine = plain.get(c);
    if (mine && r !== undefined && best && best.ratio > r) {
      const s = strata[mine.k];
      out.push(
        planIssue(
          'PLAN_RATIO_NOT_MONOTONE',
          [...path, 'strata', mine.k, 'ratio'],
          `信用类别 ${c} 风险较高，抽查比例 ${percent(r)}（“${s?.label}”）却低于风险较低的 ${best.cls} 类的 ${percent(best.ratio)}`,
          `Riskier class ${c} has ratio ${percent(r)}, lower than safer class ${best.cls} at ${percent(best.ratio)}`,
        ),
      );
    }
    if (r !== undefined && (!best || r > best.ratio)) best = { cls: c, ratio: r };
    if (best) safestMax.set(c, best);
  }

  // Risk-flag strata against the plain ratios of the classes they take and of safer classes.
  strata.forEach((s, k) => {
    if (!isRiskStratum(s) || s.ratio === undefined) return;
    let worst: { cls: CreditClass; ratio: number } | undefined;
    for (const [p, first] of firstOf) {
      if (first !== k) continue;
      const m = safestMax.get(p.creditClass);
      if (
        m &&
        m.ratio > s.ratio &&
        (!worst || m.ratio > worst.ratio || (m.ratio === worst.ratio && RANK[m.cls] < RANK[worst.cls]))
      ) {
        worst = m;
      }
    }
    if (worst) {
      out.push(
        planIssue(
          'PLAN_RISK_STRATUM_RATIO_LOW',
          [...path, 'strata', k, 'ratio'],
          `风险层“${s.label}”的抽查比例 ${percent(s.ratio)} 低于风险更低的 ${worst.cls} 类普通对象的 ${percent(worst.ratio)}`,
          `Risk stratum ${s.id} has ratio ${percent(s.ratio)}, lower than plain class ${worst.cls} at ${percent(worst.ratio)}`,
        ),
      );
    }
  });
  return out;
}
