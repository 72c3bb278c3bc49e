/**
 * 免于抽查 (exemption from the draw), 第十五条: a stratum that draws nobody while it holds objects — a fixed count of
 * 0, or a ratio stratum left without a seat by a `total` that, after the fixed counts, is smaller than the number of
 * non-empty ratio strata. The measures ask to lower the ratio for low-risk, law-abiding subjects and forbid no
 * zero, so an exemption is a warning naming the exempted credit-risk classes (信用风险分类 A 低, B 一般, C 较高, D 高); jurisdictions whose rules forbid any
 * exemption pass `exemptClasses: 'forbid'` and the draw is refused instead. The warnings are the locked draw's
 * `warnings`, not part of the receipt: the receipt states the exemption itself (n = 0, random false, cutoff null).
 */
import type { CreditClass } from '../../model/inspection-object.js';
import type { RuleIssue } from '../../model/issue.js';
import { classNames } from '../../model/stratum-classes.js';
import { drawIssue } from '../issues.js';
import type { ExemptPolicy } from './plan.js';
import type { DrawReceipt } from './receipt.js';

/** “（A 类（信用风险低））” and “ (class A (low risk))”, or empty texts when the classes are not known. */
function named(classes: readonly CreditClass[]): { zh: string; en: string } {
  const names = classNames(classes);
  return { zh: names.zh ? `（${names.zh}）` : '', en: names.en ? ` (${names.en})` : '' };
}

/** What the policy says: check local rules (a warning), or local rules exempt no class (an error). */
function policyText(severity: 'warning' | 'error'): { zh: string; en: string } {
  return severity === 'error'
    ? {
        zh: '依所选规则（exemptClasses: forbid）不得免于抽查',
        en: "exemptClasses: 'forbid' allows no exemption",
      }
    : { zh: '请确认本地规定允许免于抽查', en: 'check that local rules allow the exemption' };
}

/**
 * DRAW_STRATUM_COUNT_ZERO for stratum k (label `label`, taking `classes`): a fixed count of 0 exempts its objects
 * from the draw — a warning, or an error where local rules forbid any exemption.
 */
export function countZeroIssue(
  label: string,
  classes: readonly CreditClass[],
  k: number,
  severity: 'warning' | 'error',
): RuleIssue {
  const { zh, en } = named(classes);
  const rule = policyText(severity);
  return drawIssue(
    'DRAW_STRATUM_COUNT_ZERO',
    ['task', 'sampling', 'ratioTable', 'strata', k, 'count'],
    `分层“${label}”固定抽取 0 户，其检查对象${zh}免于抽查；${rule.zh}`,
    `Stratum "${label}" draws a fixed count of 0, exempting its objects${en} from the draw; ${rule.en}`,
    severity,
  );
}

/**
 * The exemption warnings of a finished draw, in table order: DRAW_STRATUM_COUNT_ZERO for each fixed count of 0,
 * DRAW_TOTAL_TOO_SMALL for each non-empty ratio stratum the total left without a seat. `policy` names the classes
 * (absent: the strata are named by label only).
 */
export function exemptionWarnings(receipt: DrawReceipt, policy: ExemptPolicy | undefined): RuleIssue[] {
  const out: RuleIssue[] = [];
  const total = receipt.ratioTable.total;
  receipt.strata.forEach((s, k) => {
    const classes = policy?.classes[k] ?? [];
    if ('count' in s.rule && s.rule.count === 0) {
      out.push(countZeroIssue(s.label, classes, k, 'warning'));
    } else if ('ratio' in s.rule && s.n === 0 && s.N > 0) {
      const { zh, en } = named(classes);
      const rule = policyText('warning');
      out.push(
        drawIssue(
          'DRAW_TOTAL_TOO_SMALL',
          ['task', 'sampling', 'ratioTable', 'strata', k],
          `分层“${s.label}”的 ${s.N} 户检查对象${zh}因抽取总数 ${total} 不足未分得名额，免于抽查；${rule.zh}`,
          `Stratum "${s.label}": its ${s.N} objects${en} got no seat from the total ${total} and are exempt from the draw; ${rule.en}`,
        ),
      );
    }
  });
  return out;
}
