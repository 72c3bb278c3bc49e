/**
 * 检查对象 (inspection object): an enterprise or other market subject in the 检查对象名录库 (第十一条,
 * 第十八条). Its credit class and risk flags place it in a stratum of the draw (第十五条).
 */

import * as z from 'zod';
import { article } from './article.js';
import { field } from './field.js';
import { DepartmentIdSchema } from './ids.js';
import { type ArticleRule, makeParser, ruleParams } from './parse.js';
import { markParsed } from './parsed.js';
import { text } from './text.js';
import { UsccSchema } from './uscc.js';

/**
 * 信用风险分类 (国市监信发〔2022〕6号): A 低 (low), B 一般 (medium), C 较高 (relatively high), D 高 (high) risk. No class is exempt from the
 * draw; the plan sets each class's ratio (第十五条).
 */
export const CreditClassSchema = field(
  z.enum(['A', 'B', 'C', 'D']).meta({ description: '信用风险分类 A低 B一般 C较高 D高' }),
  { zh: '信用风险分类', en: 'the credit-risk class' },
  {
    zh: '应为 A（低）、B（一般）、C（较高）或 D（高）（国市监信发〔2022〕6号）',
    en: 'A (low), B (medium), C (relatively high) or D (high)',
  },
);
/** A credit-risk class (国市监信发〔2022〕6号): A 低, B 一般, C 较高, D 高. */
export type CreditClass = z.infer<typeof CreditClassSchema>;

/** Risk flags of 第十五条 ¶2: a key area (安全、民生), many complaints, a serious violation record. */
const FLAG = { zh: '应为 true 或 false', en: 'true or false' };

/** Reads {@link RiskFlags}. */
export const RiskFlagsSchema = z
  .object({
    /** 涉及安全、民生等重点监管领域. */
    keyArea: field(z.boolean(), { zh: '是否涉及重点监管领域', en: 'whether it is in a key area' }, FLAG),
    /** 投诉举报件数 in the period the plan looks at. */
    complaintCount: field(
      z.int().min(0),
      { zh: '投诉举报件数', en: 'the number of complaints' },
      { zh: '应为非负整数', en: 'a whole number' },
    ),
    /** 有严重违法违规记录. */
    seriousViolation: field(
      z.boolean(),
      { zh: '是否有严重违法违规记录', en: 'whether it has a serious violation record' },
      FLAG,
    ),
  })
  .meta({ description: 'Risk flags (第十五条)' });
/** An object's risk flags (第十五条 ¶2): key area, complaints, serious violations. */
export type RiskFlags = z.infer<typeof RiskFlagsSchema>;

/** Reads an {@link InspectionObject}; the credit code is checked against GB 32100. */
export const InspectionObjectSchema = z
  .object({
    /** 统一社会信用代码 as the object's id. */
    id: UsccSchema,
    name: text('检查对象名称', 'the object name'),
    /** 行政区划代码 (GB/T 2260), 6 digits, e.g. 410202 for 龙亭区. */
    regionCode: field(
      z
        .string()
        .refine((s) => /^\d{6}$/.test(s), {
          message: '行政区划代码应为 6 位数字',
          params: ruleParams('REGION_CODE_INVALID', 'A region code (GB/T 2260) has 6 digits'),
        })
        .meta({ pattern: '^\\d{6}$' }),
      { zh: '行政区划代码', en: 'the region code' },
      { zh: '应为 6 位数字（GB/T 2260）', en: '6 digits (GB/T 2260)' },
    ),
    /** 行业 (GB/T 4754 code or name). */
    industry: text('行业', 'the industry'),
    /** 检查对象类型 matched against catalog entries, e.g. 食品经营者. */
    objectTypes: field(
      z.array(text('检查对象类型', 'the object type')).min(1),
      { zh: '检查对象类型', en: 'the object types' },
      {
        zh: '至少应列出一种，与清单的检查对象对应（第十八条）',
        en: 'at least one, matched against the catalog (Article 18)',
      },
    ),
    creditClass: CreditClassSchema,
    risk: field(RiskFlagsSchema, { zh: '风险标记', en: 'the risk flags' }),
    /** Departments that supervise it; a joint task only takes objects all participants supervise (第十八条). */
    supervisingDepartments: field(
      z.array(field(DepartmentIdSchema, { zh: '监管部门', en: 'the supervising department' })).min(1),
      { zh: '监管部门', en: 'the supervising departments' },
      {
        zh: '至少应列出一个对其负有监管职责的部门（第十八条）',
        en: 'at least one department that supervises it (Article 18)',
      },
    ),
  })
  .meta({ id: 'InspectionObject', description: '检查对象 (第十一条, 第十八条)' });
field(InspectionObjectSchema, { zh: '检查对象', en: 'the inspection object' });
/** An inspection object (检查对象): credit code, name, domains, credit class and risk flags (第十一条, 第十五条). */
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

const parseOneObject = makeParser(InspectionObjectSchema, article(11), INSPECTION_OBJECT_ARTICLES);

/** Parses one inspection object. */
export const parseInspectionObject = (input: unknown) => parseOneObject(input).map(markParsed);
