/**
 * Statutory deadlines in working days met by spot-checks: 第二十二条 (results entered and published within 20
 * working days of the task's completion; penalty information gathered within 7 working days),
 * 《市场监督管理行政处罚信息公示规定》第九条 (penalty information published within 20 working days) and 第十一条 with
 * 《中华人民共和国行政处罚法》第四十八条 (withdrawn within 3 working days when a decision is changed; that law's 三日 are
 * working days by its 第八十五条), 《企业经营异常名录管理暂行办法》第九条 (listed as abnormal within 10 working days).
 * Each rule counts in working days by its own words (`period`); the deadline is the Nth working day after the
 * day the period runs from (起算日, not counted: 《中华人民共和国民法典》第二百零一条). The 第二十二条 deadlines apply
 * from the day the measures took effect (第二十三条: 2022-06-08).
 */
import { article, LONGTING_EFFECTIVE_DATE, LONGTING_MEASURES, NATIONAL } from '../model/article.js';
import type { CalendarDate } from '../model/date.js';
import type { CalendarBasis } from './types.js';

/** Named deadlines. */
export type DeadlineKind =
  | 'results-publication'
  | 'penalty-information-gathering'
  | 'penalty-publicity'
  | 'penalty-withdrawal'
  | 'abnormal-list-entry';

/** A deadline's legal rule. */
export interface DeadlineRule {
  readonly kind: DeadlineKind;
  /** Number of working days after the trigger. */
  readonly days: number;
  /** Title of the law, e.g. 《龙亭区市场监管领域部门联合抽查实施办法》. */
  readonly law: string;
  /** Article, e.g. `第二十二条`. */
  readonly article: string;
  /** Law and article together, as RuleIssues cite it (several citations are joined with `、`). */
  readonly citation: string;
  /** The citation in English, e.g. `Article 22` (of the Longting measures, `law`). */
  readonly citationEn: string;
  /** The rule's own words that make the period one of working days, e.g. `“在抽查任务完成后 20 个工作日内”`. */
  readonly period: string;
  /**
   * First trigger date the rule applies to, when checked (the Longting measures: 2022-06-08, 第二十三条); an
   * earlier trigger is `CALENDAR_TRIGGER_BEFORE_EFFECTIVE`. Absent: not checked.
   */
  readonly effectiveFrom?: CalendarDate;
  /** Article that sets `effectiveFrom` (`第二十三条`). */
  readonly effectiveArticle?: string;
  /** What must be done, and what triggers the period. */
  readonly zh: string;
  readonly en: string;
}

const PUBLICITY_RULES = '《市场监督管理行政处罚信息公示规定》';
const ABNORMAL_LIST_RULES = '《企业经营异常名录管理暂行办法》';

function rule(r: DeadlineRule): DeadlineRule {
  return Object.freeze(r);
}

/** Every named deadline with its legal basis. */
export const DEADLINE_RULES: Readonly<Record<DeadlineKind, DeadlineRule>> = Object.freeze({
  'results-publication': rule({
    kind: 'results-publication',
    effectiveFrom: LONGTING_EFFECTIVE_DATE as CalendarDate,
    effectiveArticle: article(23),
    days: 20,
    law: LONGTING_MEASURES,
    article: article(22),
    citation: article(22),
    citationEn: 'Article 22',
    period: '第二十二条第一款：“在抽查任务完成后 20 个工作日内”',
    zh: '抽查检查结果自抽查任务完成之日起20个工作日内录入监督平台并向社会公示',
    en: 'Results entered on the supervision platform and published within 20 working days after the task is completed',
  }),
  'penalty-information-gathering': rule({
    kind: 'penalty-information-gathering',
    effectiveFrom: LONGTING_EFFECTIVE_DATE as CalendarDate,
    effectiveArticle: article(23),
    days: 7,
    law: LONGTING_MEASURES,
    article: article(22),
    citation: article(22),
    citationEn: 'Article 22',
    period: '第二十二条第二款：“在 7 个工作日内归集”',
    zh: '行政处罚信息由处罚决定机关在7个工作日内归集至协同监督平台和市公共信用信息平台，记于相应市场主体名下，向社会公示',
    en: 'Penalty information gathered by the deciding authority within 7 working days onto the joint supervision platform and the municipal public credit information platform, under the subject’s name, and published',
  }),
  'penalty-publicity': rule({
    kind: 'penalty-publicity',
    days: 20,
    law: PUBLICITY_RULES,
    article: '第九条',
    citation: NATIONAL.penaltyPublicity9,
    citationEn:
      'Article 9 of the Rules on Publicity of Market Supervision Administrative Penalty Information',
    period: '《市场监督管理行政处罚信息公示规定》第九条：二十个工作日内',
    zh: '行政处罚信息自作出决定之日起20个工作日内公示',
    en: 'Penalty information published within 20 working days after the decision',
  }),
  'penalty-withdrawal': rule({
    kind: 'penalty-withdrawal',
    days: 3,
    law: PUBLICITY_RULES,
    article: '第十一条',
    citation: `${NATIONAL.penaltyPublicity11}、${NATIONAL.penaltyLaw48}`,
    citationEn:
      'Article 11 of the Rules on Publicity of Market Supervision Administrative Penalty Information and Article 48 of the Administrative Penalty Law',
    period: `${NATIONAL.penaltyPublicity11}：三个工作日内；${NATIONAL.penaltyLaw48}“三日内撤回”，${NATIONAL.penaltyLaw85}：该法“三日”指工作日，不含法定节假日`,
    zh: '行政处罚决定被变更、撤销等的，在3个工作日内撤下或更新公示信息',
    en: 'Published penalty information withdrawn or updated within 3 working days after the decision changes',
  }),
  'abnormal-list-entry': rule({
    kind: 'abnormal-list-entry',
    days: 10,
    law: ABNORMAL_LIST_RULES,
    article: '第九条',
    citation: NATIONAL.abnormalList9,
    citationEn: 'Article 9 of the Interim Measures on the List of Enterprises with Abnormal Operations',
    period: '《企业经营异常名录管理暂行办法》第九条：自查实之日起10个工作日内',
    zh: '通过登记的住所无法联系的企业，在查实之日起10个工作日内列入经营异常名录',
    en: 'An enterprise unreachable at its registered address is listed as abnormal within 10 working days',
  }),
});

/** All deadline kinds, in a stable order. */
export const DEADLINE_KINDS: readonly DeadlineKind[] = Object.freeze(
  Object.keys(DEADLINE_RULES) as DeadlineKind[],
);

/** Type guard for a deadline kind. */
export function isDeadlineKind(value: unknown): value is DeadlineKind {
  return typeof value === 'string' && Object.hasOwn(DEADLINE_RULES, value);
}

/** A deadline and what it rests on. */
export interface DeadlineResult {
  /** Last day on which the action is on time. */
  readonly date: CalendarDate;
  readonly trigger: CalendarDate;
  readonly provisional: boolean;
  readonly basis: {
    readonly kind: DeadlineKind;
    readonly days: number;
    readonly law: string;
    readonly article: string;
    readonly citation: string;
    /** The rule's own words that make it a period of working days (see {@link DeadlineRule.period}). */
    readonly period: string;
    readonly calendar: CalendarBasis;
  };
}

/** Whether an action taken on `actionDate` met the deadline. */
export interface DeadlineStatus {
  readonly deadline: DeadlineResult;
  readonly actionDate: CalendarDate;
  readonly onTime: boolean;
  /** Working days after the deadline on which the action was taken (0 when on time). */
  readonly workingDaysLate: number;
  /** True when the deadline or the lateness count rests on a provisional year. */
  readonly provisional: boolean;
}
