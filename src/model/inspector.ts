/**
 * 执法检查人员 (inspector) in a department's 执法检查人员名录库 (第十一条, 第十八条 ¶2). Experts (专家, 第二十条
 * ¶3) may assist but never count toward the two-inspector minimum (第二十一条, 《行政处罚法》第四十二条), which
 * also requires a valid enforcement certificate (执法证).
 */
import * as z from 'zod';
import { article, CERTIFICATE_CITATION } from './article.js';
import { CalendarDateSchema } from './date.js';
import { field } from './field.js';
import { DepartmentIdSchema, DomainCodeSchema, InspectorIdSchema } from './ids.js';
import { type ArticleRule, makeParser, ruleParams } from './parse.js';
import { text } from './text.js';

/** 执法证 (enforcement certificate) with its validity. */
export const EnforcementCertificateSchema = z
  .object({
    /** 执法证号. */
    number: text('执法证号', 'the certificate number'),
    validFrom: field(CalendarDateSchema, { zh: '执法证有效期起始日期', en: 'the first day of validity' }),
    validUntil: field(CalendarDateSchema, { zh: '执法证有效期截止日期', en: 'the last day of validity' }),
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
/** An enforcement certificate (执法证, 《行政处罚法》第四十二条) with its period of validity. */
export type EnforcementCertificate = z.infer<typeof EnforcementCertificateSchema>;

/** `inspector` counts toward minimums; `expert` (聘请的专家/第三方) never does (第二十条). */
export const InspectorRoleSchema = field(
  z.enum(['inspector', 'expert']),
  { zh: '人员身份', en: 'the role' },
  {
    zh: '应为 inspector（执法检查人员）或 expert（聘请的专家、第三方，第二十条）',
    en: 'inspector or expert (an expert or third party, Article 20)',
  },
);
/** An inspector's role: an enforcement inspector or an expert (第二十条), who needs no certificate. */
export type InspectorRole = z.infer<typeof InspectorRoleSchema>;

/** Reads an {@link Inspector}; an inspector who is not an expert must hold a certificate. */
export const InspectorSchema = z
  .object({
    id: InspectorIdSchema,
    departmentId: field(DepartmentIdSchema, { zh: '所属部门', en: 'the department' }),
    name: text('姓名', 'the name'),
    role: InspectorRoleSchema,
    /** Required for role `inspector`; an expert has none. */
    certificate: field(EnforcementCertificateSchema, {
      zh: '执法证',
      en: 'the enforcement certificate',
    }).optional(),
    /** 执法领域 / 业务专长: the domains the inspector is qualified for (第十八条 ¶2). */
    fields: field(
      z.array(field(DomainCodeSchema, { zh: '执法领域', en: 'the field' })).min(1),
      { zh: '执法领域', en: 'the fields' },
      {
        zh: '至少应列出一个具备执法资质、业务专长的抽查领域（第十八条第二款）',
        en: 'at least one domain the inspector is qualified for (Article 18)',
      },
    ),
    /** 在岗: false for someone on leave, transferred or retired. */
    active: field(
      z.boolean(),
      { zh: '是否在岗', en: 'whether the inspector is on duty' },
      {
        zh: '应为 true 或 false',
        en: 'true or false',
      },
    ),
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
field(InspectorSchema, { zh: '执法检查人员', en: 'the inspector' });
/** An inspector (执法检查人员) or expert (第十八条 ¶2, 第二十条): department, role, certificate, fields. */
export type Inspector = z.infer<typeof InspectorSchema>;

/** Articles governing an inspector's fields (the record as a whole: 第十八条). */
export const INSPECTOR_ARTICLES: readonly ArticleRule[] = [
  [['certificate'], CERTIFICATE_CITATION],
  [['role'], article(20)],
];

/** Parses one inspector. */
export const parseInspector = makeParser(InspectorSchema, article(18), INSPECTOR_ARTICLES);
