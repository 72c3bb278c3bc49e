/**
 * 抽查比例 by stratum (第十五条): objects are stratified by credit class and risk flags, and each stratum has
 * its own ratio or a fixed count. The table is plan data with its source (e.g. 河南省2021年度计划: A 1%,
 * B 2%, C 10%, D 30%), never constants in code. The first rule an object matches, in table order, is its
 * stratum, so risk-flag strata are listed before credit-class strata.
 */
import * as z from 'zod';
import { article } from './article.js';
import { StratumIdSchema, TextSchema } from './ids.js';
import { CreditClassSchema } from './inspection-object.js';
import { makeParser, ruleParams } from './parse.js';

/** Which objects a stratum takes; every condition given must hold (an empty condition matches all). */
export const StratumMatchSchema = z
  .object({
    creditClasses: z.array(CreditClassSchema).min(1).optional(),
    keyArea: z.boolean().optional(),
    /** At least this many complaints (投诉举报较多). */
    minComplaints: z.int().min(1).optional(),
    seriousViolation: z.boolean().optional(),
  })
  .meta({ description: 'Stratum membership condition' });
export type StratumMatch = z.infer<typeof StratumMatchSchema>;

export const StratumRuleSchema = z
  .object({
    id: StratumIdSchema,
    label: TextSchema,
    match: StratumMatchSchema,
    /** 抽查比例 in (0, 1]. Exactly one of ratio and count. */
    ratio: z.number().gt(0).lte(1).optional(),
    /** A fixed number to draw. Exactly one of ratio and count. */
    count: z.int().min(0).optional(),
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
export type StratumRule = z.infer<typeof StratumRuleSchema>;

export const RatioTableSchema = z
  .object({
    /** Where the ratios come from: a plan annex, a provincial notice, a department decision. */
    source: TextSchema,
    strata: z.array(StratumRuleSchema).min(1),
    /**
     * Optional fixed total: split across strata in proportion to each stratum's ratio × size, by largest
     * remainder with a deterministic tie-break (see docs/draw.md).
     */
    total: z.int().min(0).optional(),
  })
  .meta({ id: 'RatioTable', description: '分层抽查比例表 (第十五条)' });
export type RatioTable = z.infer<typeof RatioTableSchema>;
/** What {@link RatioTableSchema} accepts: a ratio table as JSON gives it (dates and ids as plain strings). */
export type RatioTableInput = z.input<typeof RatioTableSchema>;

/** Parses a ratio table on its own (e.g. one a plan adjustment proposes). */
export const parseRatioTable = makeParser(RatioTableSchema, article(15));
