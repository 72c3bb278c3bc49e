/**
 * 执法检查人员 (inspector) in a department's 执法检查人员名录库 (第十一条, 第十八条 ¶2). Experts (专家, 第二十条
 * ¶3) may assist but never count toward the two-inspector minimum (第二十一条, 《行政处罚法》第四十二条), which
 * also requires a valid enforcement certificate (执法证).
 */
import * as z from 'zod';
import { article, CERTIFICATE_CITATION } from './article.js';
import { CalendarDateSchema } from './date.js';
import { DepartmentIdSchema, DomainCodeSchema, InspectorIdSchema, TextSchema } from './ids.js';
import { type ArticleRule, makeParser, ruleParams } from './parse.js';

/** 执法证 (enforcement certificate) with its validity. */
export const EnforcementCertificateSchema = z
  .object({
    /** 执法证号. */
    number: TextSchema,
    validFrom: CalendarDateSchema,
    validUntil: CalendarDateSchema,
  })
  .refine((c) => c.validFrom <= c.validUntil, {
    message: '执法证有效期的起始日期晚于截止日期',
    path: ['validUntil'],
    params: ruleParams(
      'CERTIFICATE_PERIOD_INVERTED',
      'The certificate is valid until a date before it is valid from',
    ),
  })
  .meta({ description: '执法证' });
export type EnforcementCertificate = z.infer<typeof EnforcementCertificateSchema>;

/** `inspector` counts toward minimums; `expert` (聘请的专家/第三方) never does (第二十条). */
export const InspectorRoleSchema = z.enum(['inspector', 'expert']);
export type InspectorRole = z.infer<typeof InspectorRoleSchema>;

export const InspectorSchema = z
  .object({
    id: InspectorIdSchema,
    departmentId: DepartmentIdSchema,
    name: TextSchema,
    role: InspectorRoleSchema,
    /** Required for role `inspector`; an expert has none. */
    certificate: EnforcementCertificateSchema.optional(),
    /** 执法领域 / 业务专长: the domains the inspector is qualified for (第十八条 ¶2). */
    fields: z.array(DomainCodeSchema).min(1),
    /** 在岗: false for someone on leave, transferred or retired. */
    active: z.boolean(),
  })
  .refine((i) => i.role === 'expert' || i.certificate !== undefined, {
    message: '执法检查人员须持有执法证（专家除外）',
    path: ['certificate'],
    params: ruleParams(
      'INSPECTOR_CERTIFICATE_MISSING',
      'An inspector must hold an enforcement certificate (experts excepted)',
      CERTIFICATE_CITATION,
    ),
  })
  .meta({ id: 'Inspector', description: '执法检查人员 (第十一条, 第十八条)' });
export type Inspector = z.infer<typeof InspectorSchema>;

/** Articles governing an inspector's fields (the record as a whole: 第十八条). */
export const INSPECTOR_ARTICLES: readonly ArticleRule[] = [
  [['certificate'], CERTIFICATE_CITATION],
  [['role'], article(20)],
];

/** Parses one inspector. */
export const parseInspector = makeParser(InspectorSchema, article(18), INSPECTOR_ARTICLES);
