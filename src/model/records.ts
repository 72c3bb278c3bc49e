/**
 * What a check produces: the 实地抽查记录表 (第二十一条), the result entered and published by whoever checked
 * (第二十二条 ¶1, “谁检查、谁录入、谁公开”), and penalty information gathered by the deciding authority
 * (第二十二条 ¶2). Result categories follow the 国家企业信用信息公示系统 usage listed in docs/requirements.
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import {
  CatalogItemIdSchema,
  DepartmentIdSchema,
  InspectorIdSchema,
  TaskIdSchema,
  TextSchema,
} from './ids.js';
import { makeParser } from './parse.js';
import { CheckMethodSchema } from './task.js';
import { UsccSchema } from './uscc.js';

/**
 * 提前告知 (第二十一条 ¶1): written, phone or fax, given before the check day and telling at once (一次性告知) the
 * items, the time and the materials to prepare; or none for a surprise check (突击检查) on a lead (问题线索) held
 * by a department of the task. The told items, time and materials are optional here so that a record missing
 * them gets a finding naming what is missing (`validateOnSiteRecord`), not a bare schema error.
 */
export const AdvanceNoticeSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.enum(['written', 'phone', 'fax']),
    /** Day the object was told. */
    date: CalendarDateSchema,
    /** 检查事项 told. */
    items: z.array(CatalogItemIdSchema).optional(),
    /** 检查时间 told: the day the check was announced for. */
    checkDate: CalendarDateSchema.optional(),
    /** 需要准备的检查材料 told. */
    materials: z.array(TextSchema).optional(),
  }),
  /** 突击检查: only where a department of the task holds a lead (问题线索). */
  z.object({ mode: z.literal('surprise'), lead: TextSchema, heldBy: DepartmentIdSchema }),
]);
export type AdvanceNotice = z.infer<typeof AdvanceNoticeSchema>;

/** 监管措施 on finding a violation (第二十一条 ¶3). */
export const OnSiteMeasureSchema = z.enum([
  'on-site-record',
  'evidence',
  'order-to-stop',
  'order-to-rectify',
]);
export type OnSiteMeasure = z.infer<typeof OnSiteMeasureSchema>;

/** Form of an order to stop or rectify (第二十一条 ¶3): written, oral, printed by a mobile device. */
export const OrderFormSchema = z.enum(['written', 'oral', 'mobile-printout']);

/** 签名或盖章, or the inspectors' note of a refusal (第二十一条 ¶4). */
export const AcknowledgementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['signed', 'sealed']) }),
  z.object({ kind: z.literal('refused'), note: TextSchema }),
]);

export const OnSiteRecordSchema = z
  .object({
    taskId: TaskIdSchema,
    objectId: UsccSchema,
    departmentId: DepartmentIdSchema,
    method: CheckMethodSchema,
    checkDate: CalendarDateSchema,
    notice: AdvanceNoticeSchema,
    /**
     * Who was on site for the department: at least two counted inspectors (第二十一条; role inspector, certificate
     * valid on the check day, assigned to the object — see `validateOnSiteRecord`). Experts may be listed but
     * never count (第二十条).
     */
    inspectorIds: z.array(InspectorIdSchema).min(2),
    items: z.array(CatalogItemIdSchema).min(1),
    findings: TextSchema,
    measures: z.array(z.object({ measure: OnSiteMeasureSchema, form: OrderFormSchema.optional() })),
    acknowledgement: AcknowledgementSchema,
  })
  .meta({ id: 'OnSiteRecord', description: '实地抽查记录表 (第二十一条)' });
export type OnSiteRecord = z.infer<typeof OnSiteRecordSchema>;

/** 检查结果 categories (a result may carry several). */
export const ResultCategorySchema = z.enum([
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
]);
export type ResultCategory = z.infer<typeof ResultCategorySchema>;

/** 后续处置. */
export const FollowUpSchema = z.enum([
  '无需后续处置',
  '责令改正',
  '移送办案机构',
  '抄告相关部门',
  '移送司法机关',
  '其他',
]);
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const ResultEntrySchema = z
  .object({
    taskId: TaskIdSchema,
    objectId: UsccSchema,
    /** 检查实施机关: the department that checked, entered and publishes (第二十二条). */
    departmentId: DepartmentIdSchema,
    /** The day the task was completed: the 20-working-day period runs from it. */
    taskCompletedDate: CalendarDateSchema,
    checkDate: CalendarDateSchema,
    enteredDate: CalendarDateSchema.optional(),
    publishedDate: CalendarDateSchema.optional(),
    results: z.array(ResultCategorySchema).min(1),
    followUp: z.array(FollowUpSchema).min(1),
    /** 涉嫌犯罪: then 移送司法机关 is required (第二十二条 ¶2). */
    suspectedCrime: z.boolean().optional(),
    /** Department that entered the result on the 监督平台 (谁录入), when recorded; must be the one that checked. */
    enteredBy: DepartmentIdSchema.optional(),
    /** Department that published it (谁公开), when recorded; must be the one that checked. */
    publishedBy: DepartmentIdSchema.optional(),
  })
  .meta({ id: 'ResultEntry', description: '抽查检查结果 (第二十二条)' });
export type ResultEntry = z.infer<typeof ResultEntrySchema>;

export const PenaltyRecordSchema = z
  .object({
    /** 行政处罚决定书文号. */
    decisionNumber: TextSchema,
    objectId: UsccSchema,
    /** 处罚决定机关. */
    departmentId: DepartmentIdSchema,
    taskId: TaskIdSchema.optional(),
    decisionDate: CalendarDateSchema,
    /** 归集至协同监督平台和市公共信用信息平台 (within 7 working days, 第二十二条). */
    gatheredDate: CalendarDateSchema.optional(),
    publishedDate: CalendarDateSchema.optional(),
    /** When the decision was changed or revoked, and when its publicity was withdrawn. */
    change: z
      .object({
        /** 变更 or 撤销 (《行政处罚法》第四十八条 also names 确认违法、确认无效). */
        kind: z.enum(['changed', 'revoked', 'confirmed-illegal', 'confirmed-void']).optional(),
        changedDate: CalendarDateSchema,
        withdrawnDate: CalendarDateSchema.optional(),
      })
      .optional(),
    /** 涉嫌犯罪 (第二十二条 ¶2): then the transfer to the judicial organs must be recorded. */
    suspectedCrime: z.boolean().optional(),
    /** 移送司法机关: when and to whom. */
    judicialTransfer: z.object({ date: CalendarDateSchema, organ: TextSchema }).optional(),
  })
  .meta({ id: 'PenaltyRecord', description: '行政处罚信息 (第二十二条)' });
export type PenaltyRecord = z.infer<typeof PenaltyRecordSchema>;

/** Parses an on-site record. */
export const parseOnSiteRecord = makeParser(OnSiteRecordSchema, article(21));
/** Parses a result entry. */
export const parseResultEntry = makeParser(ResultEntrySchema, article(22));
/** Parses a penalty record. */
export const parsePenaltyRecord = makeParser(PenaltyRecordSchema, article(22));
