/**
 * 检查对象 (inspection object): an enterprise or other market subject in the 检查对象名录库 (第十一条,
 * 第十八条). Its credit class and risk flags place it in a stratum of the draw (第十五条).
 */
import * as z from 'zod';
import { article } from './article.js';
import { DepartmentIdSchema, TextSchema } from './ids.js';
import { type ArticleRule, makeParser, ruleParams } from './parse.js';
import { UsccSchema } from './uscc.js';

/**
 * 信用风险分类 (国市监信发〔2022〕6号): A low, B medium, C high, D very high risk. No class is exempt from the
 * draw; the plan sets each class's ratio (第十五条).
 */
export const CreditClassSchema = z
  .enum(['A', 'B', 'C', 'D'])
  .meta({ description: '信用风险分类 A低 B一般 C较高 D高' });
export type CreditClass = z.infer<typeof CreditClassSchema>;

/** Risk flags of 第十五条 ¶2: a key area (安全、民生), many complaints, a serious violation record. */
export const RiskFlagsSchema = z
  .object({
    /** 涉及安全、民生等重点监管领域. */
    keyArea: z.boolean(),
    /** 投诉举报件数 in the period the plan looks at. */
    complaintCount: z.int().min(0),
    /** 有严重违法违规记录. */
    seriousViolation: z.boolean(),
  })
  .meta({ description: 'Risk flags (第十五条)' });
export type RiskFlags = z.infer<typeof RiskFlagsSchema>;

export const InspectionObjectSchema = z
  .object({
    /** 统一社会信用代码 as the object's id. */
    id: UsccSchema,
    name: TextSchema,
    /** 行政区划代码 (GB/T 2260), 6 digits, e.g. 410202 for 龙亭区. */
    regionCode: z
      .string()
      .refine((s) => /^\d{6}$/.test(s), {
        message: '行政区划代码应为 6 位数字',
        params: ruleParams('REGION_CODE_INVALID', 'A region code (GB/T 2260) has 6 digits'),
      })
      .meta({ pattern: '^\\d{6}$' }),
    /** 行业 (GB/T 4754 code or name). */
    industry: TextSchema,
    /** 检查对象类型 matched against catalog entries, e.g. 食品经营者. */
    objectTypes: z.array(TextSchema).min(1),
    creditClass: CreditClassSchema,
    risk: RiskFlagsSchema,
    /** Departments that supervise it; a joint task only takes objects all participants supervise (第十八条). */
    supervisingDepartments: z.array(DepartmentIdSchema).min(1),
  })
  .meta({ id: 'InspectionObject', description: '检查对象 (第十一条, 第十八条)' });
export type InspectionObject = z.infer<typeof InspectionObjectSchema>;
/** What {@link InspectionObjectSchema} accepts: an inspection object as JSON gives it (dates and ids as plain strings). */
export type InspectionObjectInput = z.input<typeof InspectionObjectSchema>;

/** Articles governing an object's fields (the record as a whole: 第十一条). */
export const INSPECTION_OBJECT_ARTICLES: readonly ArticleRule[] = [
  [['creditClass'], article(15)],
  [['risk'], article(15)],
  [['objectTypes'], article(18)],
  [['supervisingDepartments'], article(18)],
];

/** Parses one inspection object. */
export const parseInspectionObject = makeParser(
  InspectionObjectSchema,
  article(11),
  INSPECTION_OBJECT_ARTICLES,
);
