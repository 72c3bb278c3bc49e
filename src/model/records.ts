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

/** 提前告知 (第二十一条 ¶1): written, phone or fax; or none for a surprise check on a lead. */
export const AdvanceNoticeSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.enum(['written', 'phone', 'fax']), date: CalendarDateSchema }),
  /** 突击检查: only where the department holds a lead (问题线索). */
  z.object({ mode: z.literal('surprise'), lead: TextSchema }),
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
    /** Who was on site; at least two counted inspectors per department (第二十一条). */
    inspectorIds: z.array(InspectorIdSchema).min(1),
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
      .object({ changedDate: CalendarDateSchema, withdrawnDate: CalendarDateSchema.optional() })
      .optional(),
  })
  .meta({ id: 'PenaltyRecord', description: '行政处罚信息 (第二十二条)' });
export type PenaltyRecord = z.infer<typeof PenaltyRecordSchema>;

/** Parses an on-site record. */
export const parseOnSiteRecord = makeParser(OnSiteRecordSchema, article(21));
/** Parses a result entry. */
export const parseResultEntry = makeParser(ResultEntrySchema, article(22));
/** Parses a penalty record. */
export const parsePenaltyRecord = makeParser(PenaltyRecordSchema, article(22));
