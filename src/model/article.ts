/**
 * Article references. The Longting measures (《龙亭区市场监管领域部门联合抽查实施办法》, 2022-06-08) have
 * 23 articles; `article(19)` gives `第十九条`. National rules are cited with their title, e.g.
 * `NATIONAL.penaltyLaw42`.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Chinese numeral for 1–99 as used in article numbers (十, 十九, 二十三). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`article number out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return t + (ones === 0 ? '' : DIGITS[ones]);
}

/** Number of articles in the Longting measures. */
export const LONGTING_ARTICLE_COUNT = 23;

/** Title of the measures every bare article reference points into. */
export const LONGTING_MEASURES = '《龙亭区市场监管领域部门联合抽查实施办法》';

/** Date the measures were issued and took effect (第二十三条). */
export const LONGTING_EFFECTIVE_DATE = '2022-06-08';

/** `第N条` of the Longting measures. */
export function article(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > LONGTING_ARTICLE_COUNT) {
    throw new RangeError(`the Longting measures have articles 1–${LONGTING_ARTICLE_COUNT}, not ${n}`);
  }
  return `第${chineseNumeral(n)}条`;
}

/**
 * 执法资质 of an inspector: 第十八条第二款 (inspector directories built on 执法资质) together with
 * 《中华人民共和国行政处罚法》第四十二条 (enforcement by staff holding enforcement qualification).
 */
export const CERTIFICATE_CITATION = `${article(18)}第二款、《中华人民共和国行政处罚法》第四十二条`;

/** National rules cited alongside the Longting measures. */
export const NATIONAL = {
  /** 《中华人民共和国行政处罚法》(2021) 第四十二条: at least two qualified inspectors. */
  penaltyLaw42: '《中华人民共和国行政处罚法》第四十二条',
  /** 《中华人民共和国行政处罚法》(2021) 第四十三条: recusal (回避). */
  penaltyLaw43: '《中华人民共和国行政处罚法》第四十三条',
  /** 《中华人民共和国行政处罚法》(2021) 第四十八条: published penalty decisions withdrawn within 三日 once changed. */
  penaltyLaw48: '《中华人民共和国行政处罚法》第四十八条',
  /**
   * 《中华人民共和国行政处罚法》(2021) 第八十五条: that law's own 二日、三日、五日、七日 are working days. It governs
   * only that law's periods (e.g. the 三日 of 第四十八条), not the working days the Longting measures name themselves.
   */
  penaltyLaw85: '《中华人民共和国行政处罚法》第八十五条',
  /** 《国务院关于职工工作时间的规定》第七条: Saturday and Sunday are the weekly rest days of state organs. */
  workingHours7: '《国务院关于职工工作时间的规定》第七条',
  /** 《中华人民共和国民法典》第二百零一条: a period starts counting the next day. */
  civilCode201: '《中华人民共和国民法典》第二百零一条',
  /** 《市场监督管理行政处罚信息公示规定》第九条: publish penalty information within 20 working days. */
  penaltyPublicity9: '《市场监督管理行政处罚信息公示规定》第九条',
  /** 《市场监督管理行政处罚信息公示规定》第十一条: withdraw within 3 working days when a decision changes. */
  penaltyPublicity11: '《市场监督管理行政处罚信息公示规定》第十一条',
  /** 《企业经营异常名录管理暂行办法》第九条: unreachable at the registered address, listed within 10 working days. */
  abnormalList9: '《企业经营异常名录管理暂行办法》第九条',
  /** GB 32100-2015 统一社会信用代码. */
  gb32100: 'GB 32100-2015',
  /** GB 11714-1997 组织机构代码. */
  gb11714: 'GB 11714-1997',
  /** GB 11643-1999 公民身份号码. */
  gb11643: 'GB 11643-1999',
  /** 国市监信发〔2022〕6号 企业信用风险分类管理. */
  creditRiskClasses: '国市监信发〔2022〕6号',
} as const;
