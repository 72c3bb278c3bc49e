/**
 * 抽查比例 by stratum (第十五条): objects are stratified by credit class and risk flags, and each stratum has
 * its own ratio or a fixed count. The table is plan data with its source (e.g. 河南省2021年度计划: A 1%,
 * B 2%, C 10%, D 30%), never constants in code. The first rule an object matches, in table order, is its
 * stratum, so risk-flag strata are listed before credit-class strata.
 */
import * as z from 'zod';
import { article } from './article.js';
import { field } from './field.js';
import { StratumIdSchema } from './ids.js';
import { CreditClassSchema } from './inspection-object.js';
import { makeParser, ruleParams } from './parse.js';
import { text } from './text.js';

/** Which objects a stratum takes; every condition given must hold (an empty condition matches all). */
export const StratumMatchSchema = z
  .object({
    creditClasses: field(
      z.array(CreditClassSchema).min(1),
      { zh: '该层的信用风险类别', en: 'the credit classes of the stratum' },
      { zh: '应列出 A、B、C、D 中的一类或多类', en: 'one or more of A, B, C, D' },
    ).optional(),
    keyArea: field(z.boolean(), { zh: '重点领域标记', en: 'the key-area flag' }).optional(),
    /** At least this many complaints (投诉举报较多). */
    minComplaints: field(
      z.int().min(1),
      { zh: '投诉举报件数下限', en: 'the minimum number of complaints' },
      { zh: '应为正整数', en: 'a positive whole number' },
    ).optional(),
    seriousViolation: field(z.boolean(), {
      zh: '严重违法违规记录标记',
      en: 'the serious-violation flag',
    }).optional(),
  })
  .meta({ description: 'Stratum membership condition' });
/** Which objects a stratum holds: credit classes and risk conditions (key area, a minimum of complaints, a serious violation; 第十五条 ¶2). */
export type StratumMatch = z.infer<typeof StratumMatchSchema>;

/** Reads a {@link StratumRule}. */
export const StratumRuleSchema = z
  .object({
    id: StratumIdSchema,
    label: text('分层名称', 'the stratum label'),
    match: field(StratumMatchSchema, { zh: '分层条件', en: 'the stratum condition' }),
    /** 抽查比例 in (0, 1]. Exactly one of ratio and count. */
    ratio: field(
      z.number().gt(0).lte(1),
      { zh: '抽查比例', en: 'the ratio' },
      {
        zh: '应为大于 0、不大于 1 的小数（如 0.05 表示 5%）',
        en: 'a decimal above 0 and at most 1 (0.05 means 5%)',
      },
    ).optional(),
    /** A fixed number to draw. Exactly one of ratio and count. */
    count: field(
      z.int().min(0),
      { zh: '固定抽取数', en: 'the fixed count' },
      { zh: '应为非负整数', en: 'a whole number' },
    ).optional(),
  })
  .refine((r) => (r.ratio === undefined) !== (r.count === undefined), {
    message: '每一层须且只须设置抽查比例或固定抽取数之一',
    path: ['ratio'],
    params: ruleParams(
      'STRATUM_RATIO_OR_COUNT',
      'Each stratum needs exactly one of a ratio and a fixed count',
      '第十五条',
    ),
  })
  .meta({ id: 'StratumRule', description: 'One stratum of a ratio table (第十五条)' });
field(StratumRuleSchema, { zh: '抽查比例分层', en: 'the stratum' });
/** One stratum of a ratio table: id, label, membership and a ratio or a fixed count (第十五条). */
export type StratumRule = z.infer<typeof StratumRuleSchema>;

/** Reads a {@link RatioTable}. */
export const RatioTableSchema = z
  .object({
    /** Where the ratios come from: a plan annex, a provincial notice, a department decision. */
    source: text('抽查比例的来源', 'the source of the ratios', {
      zh: '应载明比例出自的计划附件或上级文件（第十五条）',
      en: 'name the plan annex or higher-level notice the ratios come from (Article 15)',
    }),
    strata: field(
      z.array(StratumRuleSchema).min(1),
      { zh: '抽查比例分层', en: 'the strata' },
      { zh: '至少应有一层', en: 'at least one stratum' },
    ),
    /**
     * Optional fixed total: split across strata in proportion to each stratum's ratio × size, by largest
     * remainder with a deterministic tie-break (see docs/draw.md).
     */
    total: field(
      z.int().min(0),
      { zh: '抽取总数', en: 'the total' },
      { zh: '应为非负整数', en: 'a whole number' },
    ).optional(),
  })
  .meta({ id: 'RatioTable', description: '分层抽查比例表 (第十五条)' });
/** A ratio table (分层抽查比例表, 第十五条): strata with a ratio or a fixed count, an optional total and its source. */
export type RatioTable = z.infer<typeof RatioTableSchema>;
/** What {@link RatioTableSchema} accepts: a ratio table as JSON gives it (dates and ids as plain strings). */
export type RatioTableInput = z.input<typeof RatioTableSchema>;

/** Parses a ratio table on its own (e.g. one a plan adjustment proposes). */
export const parseRatioTable = makeParser(RatioTableSchema, article(15));
