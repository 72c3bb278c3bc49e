/**
 * 抽查比例 rules (第十五条). A ratio table assigns each object to the first stratum that matches it. Checked:
 * - every credit class, with or without risk flags, falls into some stratum — error (an object in no stratum
 *   cannot be drawn at all, and the draw refuses it);
 * - a stratum with a fixed count of 0, or a table total of 0, exempts objects from the draw: a warning naming
 *   the exempted credit-risk classes. 第十五条 ¶2 asks to lower ratios for law-abiding, low-risk subjects; it
 *   forbids no zero, and national guidance allows 无事不扰 for class A. Jurisdictions whose rules forbid an
 *   exemption set `exemptClasses: 'forbid'` (then an error);
 * - stratum ids are unique — error;
 * - a stratum that can never be first for any object is unreachable — warning;
 * - 第十五条 ¶1 根据监管对象信用类别，设置不同的抽查比例: a table giving every credit class the same ratio is not
 *   differentiated — warning;
 * - a higher-risk credit class (A 低 < B 一般 < C 较高 < D 高) gets no lower ratio than a lower-risk one — warning;
 * - a risk-flag stratum (重点领域 keyArea, 投诉举报较多 minComplaints, 严重违法 seriousViolation) gets no lower
 *   ratio than the plain (flag-free) stratum of any class it takes or of a lower-risk class — warning: a flagged
 *   class-C object is riskier than a plain class-C or class-B one (第十五条 ¶2 增加抽查的比例和频次).
 * Only ratio against ratio is compared: a fixed count's share depends on the stratum size, which the plan does not
 * fix, so strata with counts are left out of the ordering checks.
 *
 * Method: objects are reduced to the finitely many profiles the table can tell apart — class × keyArea ×
 * seriousViolation × complaint count (0 and each threshold used) — and the first matching stratum of each profile
 * is computed exactly.
 */
import type { CreditClass } from '../model/inspection-object.js';
import type { IssuePath, RuleIssue } from '../model/issue.js';
import type { RatioTable, StratumRule } from '../model/ratio-table.js';
import {
  CREDIT_CLASS_NAMES,
  CREDIT_CLASSES,
  matches,
  type Profile,
  profiles,
} from '../model/stratum-classes.js';
import type { FrequencyByClass } from '../model/task.js';
import { planIssue, withSeverity } from './issue.js';

export { CREDIT_CLASS_NAMES, CREDIT_CLASSES };

/** How plan validation treats a zero count or total, which exempts objects from the draw. */
export interface RatioRuleOptions {
  /**
   * `warn` (default): a warning naming the exempted classes (第十五条 forbids no zero); `forbid`: an error, for
   * jurisdictions whose rules exempt no class.
   */
  readonly exemptClasses?: 'warn' | 'forbid';
}

/** A stratum defined by a risk flag of 第十五条 ¶2. */
export function isRiskStratum(s: StratumRule): boolean {
  return s.match.keyArea === true || s.match.minComplaints !== undefined || s.match.seriousViolation === true;
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
  const name = CREDIT_CLASS_NAMES[p.creditClass];
  return {
    zh: `${name.zh}${zh.length ? `且${zh.join('、')}` : '且无风险标记'}`,
    en: `${name.en}${en.length ? `, ${en.join(', ')}` : ', no risk flag'}`,
  };
}

/** `0.3` → `30%`, without floating-point noise. */
export function percent(r: number): string {
  return `${Number((r * 100).toFixed(4))}%`;
}

const RANK: Readonly<Record<CreditClass, number>> = { A: 0, B: 1, C: 2, D: 3 };

/** 第十五条 findings for one ratio table at `path` (unsorted). */
export function ratioTableRules(
  table: RatioTable,
  path: IssuePath,
  options: RatioRuleOptions = {},
): RuleIssue[] {
  const exempt = options.exemptClasses === 'forbid' ? 'error' : 'warning';
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
        `${d.zh}的检查对象不属于比例表的任何一层，无法参与摇号`,
        `Objects of ${d.en} fall into no stratum and cannot take part in the draw`,
      ),
    );
  }
  if (table.total === 0) {
    out.push(
      withSeverity(
        planIssue(
          'PLAN_RATIO_TOTAL_ZERO',
          [...path, 'total'],
          '比例表的抽取总数为 0，所有信用风险类别的检查对象均免于抽查；第十五条要求降低低风险对象的抽查比例，是否允许免于抽查以本地规定为准',
          'The table draws a total of 0, exempting objects of every credit-risk class from the draw; Article 15 asks for lower ratios for low-risk subjects, and whether an exemption is allowed is for local rules',
        ),
        exempt,
      ),
    );
  }
  strata.forEach((s, k) => {
    if (s.count !== 0) return;
    const classes = CREDIT_CLASSES.filter((c) =>
      [...firstOf].some(([p, f]) => f === k && p.creditClass === c),
    );
    const zh = classes.length > 0 ? `（${classes.map((c) => CREDIT_CLASS_NAMES[c].zh).join('、')}）` : '';
    const en = classes.length > 0 ? ` (${classes.map((c) => CREDIT_CLASS_NAMES[c].en).join(', ')})` : '';
    out.push(
      withSeverity(
        planIssue(
          'PLAN_STRATUM_COUNT_ZERO',
          [...path, 'strata', k, 'count'],
          `分层“${s.label}”固定抽取 0 户，其检查对象${zh}免于抽查；请确认本地规定允许该类对象免于抽查`,
          `Stratum "${s.label}" draws a fixed count of 0, exempting its objects${en} from the draw; check that local rules allow the exemption`,
        ),
        exempt,
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
          `Stratum "${s.label}" is shadowed by earlier strata; its ratio never applies`,
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
  const ratios = CREDIT_CLASSES.map((c) => plain.get(c)?.ratio);
  const first = ratios[0];
  if (first !== undefined && ratios.every((r) => r === first)) {
    out.push(
      planIssue(
        'PLAN_RATIO_NOT_DIFFERENTIATED',
        [...path, 'strata'],
        `比例表对 A、B、C、D 四类信用风险类别设置了相同的抽查比例 ${percent(first)}；第十五条要求根据监管对象信用类别设置不同的抽查比例`,
        `The table gives every credit-risk class (A, B, C, D) the same ratio ${percent(first)}; Article 15 asks for different ratios by credit class`,
      ),
    );
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
          `${CREDIT_CLASS_NAMES[c].zh}的抽查比例 ${percent(r)}（“${s?.label}”）低于风险较低的${CREDIT_CLASS_NAMES[best.cls].zh}的 ${percent(best.ratio)}`,
          `Higher-risk ${CREDIT_CLASS_NAMES[c].en} has ratio ${percent(r)}, lower than lower-risk ${CREDIT_CLASS_NAMES[best.cls].en} at ${percent(best.ratio)}`,
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
          `风险层“${s.label}”的抽查比例 ${percent(s.ratio)} 低于${CREDIT_CLASS_NAMES[worst.cls].zh}无风险标记对象的 ${percent(worst.ratio)}；有风险标记的对象应增加抽查比例（第十五条第二款）`,
          `Risk stratum "${s.label}" has ratio ${percent(s.ratio)}, lower than plain objects of ${CREDIT_CLASS_NAMES[worst.cls].en} at ${percent(worst.ratio)}; flagged objects call for a higher ratio (Article 15)`,
        ),
      );
    }
  });
  return out;
}

/**
 * 抽查频次 by class (第十五条 ¶2 “增加/降低抽查的比例和频次”), where a task sets it per class: all four classes at
 * one frequency is not differentiated; a higher-risk class with fewer rounds than a lower-risk one — warnings.
 */
export function frequencyRules(byClass: FrequencyByClass | undefined, path: IssuePath): RuleIssue[] {
  if (byClass === undefined) return [];
  const out: RuleIssue[] = [];
  const given = CREDIT_CLASSES.filter((c) => byClass[c] !== undefined);
  const first = byClass.A;
  if (given.length === CREDIT_CLASSES.length && given.every((c) => byClass[c] === first)) {
    out.push(
      planIssue(
        'PLAN_FREQUENCY_NOT_DIFFERENTIATED',
        path,
        `任务对 A、B、C、D 四类信用风险类别设置了相同的抽查频次（每年 ${first} 次）；第十五条要求按信用风险增加或降低抽查频次`,
        `The task gives every credit-risk class the same frequency (${first} per year); Article 15 asks for more or fewer rounds by risk`,
      ),
    );
  }
  let best: { cls: CreditClass; n: number } | undefined;
  for (const c of given) {
    const n = byClass[c]!;
    if (best && best.n > n) {
      out.push(
        planIssue(
          'PLAN_FREQUENCY_NOT_MONOTONE',
          [...path, c],
          `${CREDIT_CLASS_NAMES[c].zh}的抽查频次（每年 ${n} 次）低于风险较低的${CREDIT_CLASS_NAMES[best.cls].zh}（每年 ${best.n} 次）`,
          `Higher-risk ${CREDIT_CLASS_NAMES[c].en} is checked ${n} time(s) a year, less than lower-risk ${CREDIT_CLASS_NAMES[best.cls].en} (${best.n})`,
        ),
      );
    }
    if (!best || n > best.n) best = { cls: c, n };
  }
  return out;
}
