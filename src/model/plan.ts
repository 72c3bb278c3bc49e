/**
 * 联合抽查年度工作计划 (annual plan), 第十二条–第十六条: its tasks cover every domain of the catalog
 * (第十三条), each with the fields of 第十四条; it is published (第十六条), and adjusted only by published
 * adjustments — add, delay, cancel a task, change its ratio or frequency — each making a new plan version.
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import { CatalogIdSchema, PlanIdSchema, TaskIdSchema, TextSchema } from './ids.js';
import { type ArticleRule, makeParser, nestArticles } from './parse.js';
import { RatioTableSchema } from './ratio-table.js';
import { ScheduleSchema, TASK_ARTICLES, TaskSchema } from './task.js';

/** 公示 (第十六条): when and where the plan or an adjustment was made public. */
export const PublicationSchema = z.object({
  date: CalendarDateSchema,
  /** 国家企业信用信息公示系统, a department website, the 监督平台. */
  channels: z.array(TextSchema).min(1),
});
export type Publication = z.infer<typeof PublicationSchema>;

const adjustmentBase = {
  id: TextSchema,
  /** 调整原因 (第十六条: 特殊情况). */
  reason: TextSchema,
  /** 调整情况公开 (第十六条). */
  publication: PublicationSchema,
};

/** 计划调整 (第十六条): one published change to the plan. */
export const PlanAdjustmentSchema = z
  .discriminatedUnion('kind', [
    z.object({ ...adjustmentBase, kind: z.literal('add-task'), task: TaskSchema }),
    z.object({
      ...adjustmentBase,
      kind: z.literal('delay-task'),
      taskId: TaskIdSchema,
      schedule: ScheduleSchema,
    }),
    z.object({ ...adjustmentBase, kind: z.literal('cancel-task'), taskId: TaskIdSchema }),
    z.object({
      ...adjustmentBase,
      kind: z.literal('change-ratio'),
      taskId: TaskIdSchema,
      ratioTable: RatioTableSchema,
    }),
    z.object({
      ...adjustmentBase,
      kind: z.literal('change-frequency'),
      taskId: TaskIdSchema,
      frequencyPerYear: z.int().min(1),
    }),
  ])
  .meta({ id: 'PlanAdjustment', description: '年度计划调整 (第十六条)' });
export type PlanAdjustment = z.infer<typeof PlanAdjustmentSchema>;
/** What {@link PlanAdjustmentSchema} accepts: a plan adjustment as JSON gives it (dates and ids as plain strings). */
export type PlanAdjustmentInput = z.input<typeof PlanAdjustmentSchema>;

export const AnnualPlanSchema = z
  .object({
    id: PlanIdSchema,
    title: TextSchema,
    year: z.int().min(2000).max(2100),
    /** 制定单位, e.g. 龙亭区部门联合“双随机、一公开”监管工作联席会议办公室. */
    issuedBy: TextSchema,
    /** The catalog version the plan covers (第十三条). */
    catalogId: CatalogIdSchema,
    catalogVersion: z.int().min(1),
    /** Version of the plan: 1 as issued, +1 per adjustment (第十六条). */
    version: z.int().min(1),
    /** 公示 (第十六条); absent while the plan is a draft. */
    publication: PublicationSchema.optional(),
    tasks: z.array(TaskSchema),
    /** Cancelled task ids stay listed so their history is visible. */
    cancelledTaskIds: z.array(TaskIdSchema),
    /** Every adjustment applied so far, oldest first. */
    history: z.array(PlanAdjustmentSchema),
  })
  .meta({ id: 'AnnualPlan', description: '联合抽查年度工作计划 (第十二条–第十六条)' });
export type AnnualPlan = z.infer<typeof AnnualPlanSchema>;
/** What {@link AnnualPlanSchema} accepts: an annual plan as JSON gives it (dates and ids as plain strings). */
export type AnnualPlanInput = z.input<typeof AnnualPlanSchema>;

/** Articles governing a plan's fields: publication and versions 第十六条, coverage 第十三条, tasks 第十四条. */
export const PLAN_ARTICLES: readonly ArticleRule[] = [
  [['publication'], article(16)],
  [['version'], article(16)],
  [['history'], article(16)],
  [['cancelledTaskIds'], article(16)],
  [['catalogId'], article(13)],
  [['catalogVersion'], article(13)],
  [['tasks'], article(14)],
  ...nestArticles(['tasks', '*'], TASK_ARTICLES),
];

/** Articles governing an adjustment's fields (the adjustment as a whole: 第十六条). */
export const PLAN_ADJUSTMENT_ARTICLES: readonly ArticleRule[] = [
  [['task'], article(14)],
  ...nestArticles(['task'], TASK_ARTICLES),
  [['ratioTable'], article(15)],
  [['frequencyPerYear'], article(15)],
];

/** Parses an annual plan. */
export const parseAnnualPlan = makeParser(AnnualPlanSchema, article(12), PLAN_ARTICLES);
/** Parses a plan adjustment. */
export const parsePlanAdjustment = makeParser(PlanAdjustmentSchema, article(16), PLAN_ADJUSTMENT_ARTICLES);
