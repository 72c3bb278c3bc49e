/**
 * What a check produces: the 实地抽查记录表 (第二十一条), the result entered and published by whoever checked
 * (第二十二条 ¶1, “谁检查、谁录入、谁公开”), and penalty information gathered by the deciding authority
 * (第二十二条 ¶2). Result categories follow the 国家企业信用信息公示系统 usage listed in docs/requirements.
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import { field } from './field.js';
import { CatalogItemIdSchema, DepartmentIdSchema, InspectorIdSchema, TaskIdSchema } from './ids.js';
import { makeParser } from './parse.js';
import { CheckMethodSchema } from './task.js';
import { text } from './text.js';
import { UsccSchema } from './uscc.js';

/**
 * 提前告知 (第二十一条 ¶1): written, phone or fax, given before the check day and telling at once (一次性告知) the
 * items, the time and the materials to prepare; or none for a surprise check (突击检查) on a lead (问题线索) held
 * by a department of the task. The told items, time and materials are optional here so that a record missing
 * them gets a finding naming what is missing (`validateOnSiteRecord`), not a bare schema error.
 */
export const AdvanceNoticeSchema = field(
  z.discriminatedUnion('mode', [
    z.object({
      mode: z.enum(['written', 'phone', 'fax']),
      /** Day the object was told. */
      date: field(
        CalendarDateSchema,
        { zh: '告知日期', en: 'the date of the notice' },
        {
          zh: '提前告知的，应载明告知日期（第二十一条）',
          en: 'an advance notice records when it was given (Article 21)',
        },
      ),
      /** 检查事项 told. */
      items: field(z.array(field(CatalogItemIdSchema, { zh: '告知的检查事项', en: 'an item told' })), {
        zh: '告知的检查事项',
        en: 'the items told',
      }).optional(),
      /** 检查时间 told: the day the check was announced for. */
      checkDate: field(CalendarDateSchema, { zh: '告知的检查时间', en: 'the check date told' }).optional(),
      /** 需要准备的检查材料 told. */
      materials: field(z.array(text('需要准备的检查材料', 'a material to prepare')), {
        zh: '需要准备的检查材料',
        en: 'the materials to prepare',
      }).optional(),
    }),
    /** 突击检查: only where a department of the task holds a lead (问题线索). */
    z.object({
      mode: z.literal('surprise'),
      lead: text('问题线索', 'the lead', {
        zh: '突击检查须载明监管执法部门掌握的问题线索（第二十一条）',
        en: 'a surprise check must state the lead the department holds (Article 21)',
      }),
      heldBy: field(
        DepartmentIdSchema,
        { zh: '掌握问题线索的部门', en: 'the department holding the lead' },
        {
          zh: '突击检查须载明掌握问题线索的部门（第二十一条）',
          en: 'a surprise check names the department holding the lead (Article 21)',
        },
      ),
    }),
  ]),
  { zh: '提前告知方式', en: 'the advance notice' },
  {
    zh: '告知方式（mode）应为 written（书面）、phone（电话）、fax（传真）或 surprise（掌握问题线索的突击检查）（第二十一条）',
    en: 'its mode is written, phone, fax or surprise (a surprise check on a lead, Article 21)',
  },
);
/** How the object was told of the check (第二十一条): written, phone or fax notice with its contents, or a surprise check on a lead. */
export type AdvanceNotice = z.infer<typeof AdvanceNoticeSchema>;

/** 监管措施 on finding a violation (第二十一条 ¶3). */
export const OnSiteMeasureSchema = field(
  z.enum(['on-site-record', 'evidence', 'order-to-stop', 'order-to-rectify']),
  { zh: '监管措施', en: 'the measure' },
  {
    zh: '应为 on-site-record（制作现场笔录）、evidence（初步提取证据）、order-to-stop（责令停止违法活动）或 order-to-rectify（督促整改）（第二十一条）',
    en: 'on-site-record, evidence, order-to-stop or order-to-rectify (Article 21)',
  },
);
/** A measure on finding a violation (监管措施, 第二十一条 ¶3): on-site record, evidence, order to stop, order to rectify. */
export type OnSiteMeasure = z.infer<typeof OnSiteMeasureSchema>;

/** Form of an order to stop or rectify (第二十一条 ¶3): written, oral, printed by a mobile device. */
export const OrderFormSchema = field(
  z.enum(['written', 'oral', 'mobile-printout']),
  { zh: '责令或督促的方式', en: 'the form of the order' },
  {
    zh: '应为 written（书面）、oral（口头）或 mobile-printout（移动执法设备打印）（第二十一条）',
    en: 'written, oral or mobile-printout (Article 21)',
  },
);

/** 签名或盖章, or the inspectors' note of a refusal (第二十一条 ¶4). */
export const AcknowledgementSchema = field(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.enum(['signed', 'sealed']) }),
    z.object({
      kind: z.literal('refused'),
      note: text('执法检查人员的现场记录说明', 'the inspectors’ note', {
        zh: '被检查对象拒绝签名或盖章的，应由执法检查人员现场记录说明（第二十一条）',
        en: 'where the object refuses to sign or seal, the inspectors record it on the spot (Article 21)',
      }),
    }),
  ]),
  { zh: '被检查对象签名或盖章', en: 'the acknowledgement' },
  {
    zh: '应为 signed（签名）、sealed（盖章）或 refused（拒绝，并由执法检查人员记录说明）（第二十一条）',
    en: 'signed, sealed or refused (with the inspectors’ note, Article 21)',
  },
);

/** Reads an {@link OnSiteRecord}. */
export const OnSiteRecordSchema = z
  .object({
    taskId: TaskIdSchema,
    objectId: field(UsccSchema, {
      zh: '被检查对象的统一社会信用代码',
      en: 'the credit code of the object checked',
    }),
    departmentId: field(DepartmentIdSchema, { zh: '实施检查的部门', en: 'the department that checked' }),
    method: CheckMethodSchema,
    checkDate: field(CalendarDateSchema, { zh: '检查日期', en: 'the check date' }),
    notice: AdvanceNoticeSchema,
    /**
     * Who was on site for the department: at least two counted inspectors (第二十一条; role inspector, certificate
     * valid on the check day, assigned to the object — see `validateOnSiteRecord`). Experts may be listed but
     * never count (第二十条).
     */
    inspectorIds: field(
      z.array(field(InspectorIdSchema, { zh: '实地核查人员', en: 'the inspector on site' })).min(2),
      { zh: '实地核查人员', en: 'the inspectors on site' },
      {
        zh: '各参与部门实地核查人员不得少于两人（第二十一条）',
        en: 'at least two inspectors per participating department (Article 21)',
      },
    ),
    items: field(
      z.array(field(CatalogItemIdSchema, { zh: '检查事项', en: 'the item checked' })).min(1),
      { zh: '检查事项', en: 'the items checked' },
      { zh: '至少应列出一个抽查事项', en: 'at least one item' },
    ),
    findings: text('检查情况', 'the findings', {
      zh: '应在实地抽查记录表中记录检查情况（第二十一条）',
      en: 'the on-site record states what was found (Article 21)',
    }),
    measures: field(
      z.array(z.object({ measure: OnSiteMeasureSchema, form: OrderFormSchema.optional() })),
      { zh: '采取的监管措施', en: 'the measures taken' },
      {
        zh: '应为监管措施列表（未采取措施的为空列表）',
        en: 'a list of measures (empty when none was taken)',
      },
    ),
    acknowledgement: AcknowledgementSchema,
  })
  .meta({ id: 'OnSiteRecord', description: '实地抽查记录表 (第二十一条)' });
field(OnSiteRecordSchema, { zh: '实地抽查记录表', en: 'the on-site record' });
/** A 实地抽查记录表 (第二十一条), as parsed. */
export type OnSiteRecord = z.infer<typeof OnSiteRecordSchema>;
/** What {@link OnSiteRecordSchema} accepts: an 实地抽查记录表 as JSON gives it (dates and ids as plain strings). */
export type OnSiteRecordInput = z.input<typeof OnSiteRecordSchema>;

/** 检查结果 categories (a result may carry several). */
export const ResultCategorySchema = field(
  z.enum([
    '未发现问题',
    '未按规定公示应当公示的信息',
    '公示信息隐瞒真实情况、弄虚作假',
    '发现问题经责令已改正',
    '发现问题待后续处理',
    '未发现开展本次抽查涉及的经营活动',
    '通过登记的住所（经营场所）无法联系',
    '不配合检查，情节严重',
    '已关闭停业或正在组织清算',
    '已注销、被吊销、被撤销或已迁出',
  ]),
  { zh: '检查结果', en: 'the result' },
  {
    zh: '应为国家企业信用信息公示系统使用的检查结果类别之一',
    en: 'one of the result categories used by the National Enterprise Credit Information Publicity System',
  },
);
/** A check's result category (检查结果) as the National Enterprise Credit Information Publicity System lists them; published and used in credit evaluation (第二十二条). */
export type ResultCategory = z.infer<typeof ResultCategorySchema>;

/** 后续处置. */
export const FollowUpSchema = field(
  z.enum(['无需后续处置', '责令改正', '移送办案机构', '抄告相关部门', '移送司法机关', '其他']),
  { zh: '后续处置', en: 'the follow-up' },
  {
    zh: '应为无需后续处置、责令改正、移送办案机构、抄告相关部门、移送司法机关或其他之一',
    en: 'one of the follow-up categories (无需后续处置, 责令改正, 移送办案机构, 抄告相关部门, 移送司法机关, 其他)',
  },
);
/** A result's follow-up (后续处置, 第二十二条 ¶2), e.g. 责令改正 or 移送司法机关. */
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** Reads a {@link ResultEntry}. */
export const ResultEntrySchema = z
  .object({
    taskId: TaskIdSchema,
    objectId: field(UsccSchema, {
      zh: '被检查对象的统一社会信用代码',
      en: 'the credit code of the object checked',
    }),
    /** 检查实施机关: the department that checked, entered and publishes (第二十二条). */
    departmentId: field(
      DepartmentIdSchema,
      { zh: '检查实施机关', en: 'the department that checked' },
      {
        zh: '谁检查、谁录入、谁公开（第二十二条）',
        en: 'whoever checks enters and publishes (Article 22)',
      },
    ),
    /** The day the task was completed: the 20-working-day period runs from it. */
    taskCompletedDate: field(
      CalendarDateSchema,
      { zh: '抽查任务完成日期', en: 'the task completion date' },
      {
        zh: '20 个工作日的录入公示期限自此日起算（第二十二条）',
        en: 'the 20-working-day period runs from it (Article 22)',
      },
    ),
    checkDate: field(CalendarDateSchema, { zh: '检查日期', en: 'the check date' }),
    enteredDate: field(CalendarDateSchema, { zh: '录入监督平台日期', en: 'the date entered' }).optional(),
    publishedDate: field(CalendarDateSchema, { zh: '向社会公示日期', en: 'the publication date' }).optional(),
    results: field(
      z.array(ResultCategorySchema).min(1),
      { zh: '检查结果', en: 'the results' },
      { zh: '至少应有一项检查结果', en: 'at least one result' },
    ),
    followUp: field(
      z.array(FollowUpSchema).min(1),
      { zh: '后续处置', en: 'the follow-up' },
      { zh: '至少应有一项后续处置（含无需后续处置）', en: 'at least one follow-up (无需后续处置 included)' },
    ),
    /** 涉嫌犯罪: then 移送司法机关 is required (第二十二条 ¶2). */
    suspectedCrime: field(z.boolean(), { zh: '是否涉嫌犯罪', en: 'whether a crime is suspected' }).optional(),
    /** Department that entered the result on the 监督平台 (谁录入), when recorded; must be the one that checked. */
    enteredBy: field(DepartmentIdSchema, { zh: '录入部门', en: 'the department that entered it' }).optional(),
    /** Department that published it (谁公开), when recorded; must be the one that checked. */
    publishedBy: field(DepartmentIdSchema, {
      zh: '公示部门',
      en: 'the department that published it',
    }).optional(),
  })
  .meta({ id: 'ResultEntry', description: '抽查检查结果 (第二十二条)' });
field(ResultEntrySchema, { zh: '抽查检查结果', en: 'the result entry' });
/** A result entry (抽查检查结果, 第二十二条 ¶1): who checked, entered and published it, and when. */
export type ResultEntry = z.infer<typeof ResultEntrySchema>;
/** What {@link ResultEntrySchema} accepts: a result entry as JSON gives it (dates and ids as plain strings). */
export type ResultEntryInput = z.input<typeof ResultEntrySchema>;

/** Reads a {@link PenaltyRecord}. */
export const PenaltyRecordSchema = z
  .object({
    /** 行政处罚决定书文号. */
    decisionNumber: text('行政处罚决定书文号', 'the decision number'),
    objectId: field(UsccSchema, { zh: '当事人的统一社会信用代码', en: 'the credit code of the party' }),
    /** 处罚决定机关. */
    departmentId: field(DepartmentIdSchema, { zh: '处罚决定机关', en: 'the deciding authority' }),
    taskId: TaskIdSchema.optional(),
    decisionDate: field(CalendarDateSchema, { zh: '处罚决定日期', en: 'the decision date' }),
    /** 归集至协同监督平台和市公共信用信息平台 (within 7 working days, 第二十二条). */
    gatheredDate: field(
      CalendarDateSchema,
      { zh: '归集日期', en: 'the date gathered' },
      {
        zh: '行政处罚信息应在 7 个工作日内归集至协同监督平台和市公共信用信息平台（第二十二条）',
        en: 'gathered within 7 working days onto the joint supervision and municipal credit platforms (Article 22)',
      },
    ).optional(),
    publishedDate: field(CalendarDateSchema, { zh: '公示日期', en: 'the publication date' }).optional(),
    /** When the decision was changed or revoked, and when its publicity was withdrawn. */
    change: field(
      z.object({
        /** 变更 or 撤销 (《行政处罚法》第四十八条 also names 确认违法、确认无效). */
        kind: field(z.enum(['changed', 'revoked', 'confirmed-illegal', 'confirmed-void']), {
          zh: '决定变更情形',
          en: 'the kind of change',
        }).optional(),
        changedDate: field(CalendarDateSchema, {
          zh: '决定变更或撤销日期',
          en: 'the date the decision changed',
        }),
        withdrawnDate: field(CalendarDateSchema, {
          zh: '撤下公示日期',
          en: 'the date the publicity was withdrawn',
        }).optional(),
      }),
      { zh: '处罚决定变更情况', en: 'the change of the decision' },
    ).optional(),
    /** 涉嫌犯罪 (第二十二条 ¶2): then the transfer to the judicial organs must be recorded. */
    suspectedCrime: field(z.boolean(), { zh: '是否涉嫌犯罪', en: 'whether a crime is suspected' }).optional(),
    /** 移送司法机关: when and to whom. */
    judicialTransfer: field(
      z.object({
        date: field(CalendarDateSchema, { zh: '移送日期', en: 'the transfer date' }),
        organ: text('接收移送的司法机关', 'the judicial organ'),
      }),
      { zh: '移送司法机关情况', en: 'the judicial transfer' },
    ).optional(),
  })
  .meta({ id: 'PenaltyRecord', description: '行政处罚信息 (第二十二条)' });
field(PenaltyRecordSchema, { zh: '行政处罚信息', en: 'the penalty record' });
/** Penalty information (行政处罚信息, 第二十二条 ¶2): decision, gathering, publication and withdrawal. */
export type PenaltyRecord = z.infer<typeof PenaltyRecordSchema>;
/** What {@link PenaltyRecordSchema} accepts: penalty information as JSON gives it (dates and ids as plain strings). */
export type PenaltyRecordInput = z.input<typeof PenaltyRecordSchema>;

/** Parses an on-site record. */
export const parseOnSiteRecord = makeParser(OnSiteRecordSchema, article(21));
/** Parses a result entry. */
export const parseResultEntry = makeParser(ResultEntrySchema, article(22));
/** Parses a penalty record. */
export const parsePenaltyRecord = makeParser(PenaltyRecordSchema, article(22));
