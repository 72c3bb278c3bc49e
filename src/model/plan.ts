/**
 * 联合抽查年度工作计划 (annual plan), 第十二条–第十六条: its tasks cover every domain of the catalog
 * (第十三条), each with the fields of 第十四条; it is published (第十六条), and adjusted only by published
 * adjustments — add, delay, cancel a task, change its ratio or frequency — each making a new plan version.
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import { field } from './field.js';
import { CatalogIdSchema, PlanIdSchema, TaskIdSchema } from './ids.js';
import { type ArticleRule, makeParser, nestArticles } from './parse.js';
import { RatioTableSchema } from './ratio-table.js';
import { FrequencyByClassSchema, ScheduleSchema, TASK_ARTICLES, TaskSchema } from './task.js';
import { text } from './text.js';

/** 公示 (第十六条): when and where the plan or an adjustment was made public. */
export const PublicationSchema = z.object({
  date: field(CalendarDateSchema, { zh: '公示日期', en: 'the publication date' }),
  /** 国家企业信用信息公示系统, a department website, the 监督平台. */
  channels: field(
    z.array(text('公示渠道', 'the channel')).min(1),
    { zh: '公示渠道', en: 'the channels' },
    {
      zh: '至少应列出一个渠道，如国家企业信用信息公示系统或相关网站、平台（第十六条）',
      en: 'at least one, e.g. the National Enterprise Credit Information Publicity System (Article 16)',
    },
  ),
});

const PUBLICATION = field(
  PublicationSchema,
  { zh: '公示情况', en: 'the publication' },
  {
    zh: '应载明公示日期和渠道（第十六条）',
    en: 'record the date and channels of publication (Article 16)',
  },
);
const TASK_ID = field(TaskIdSchema, { zh: '调整的任务编号', en: 'the id of the adjusted task' });
/** How a plan or adjustment was published (第十六条): the date and the channels. */
export type Publication = z.infer<typeof PublicationSchema>;

const adjustmentBase = {
  id: text('调整编号', 'the adjustment id'),
  /** 调整原因 (第十六条: 特殊情况). */
  reason: text('调整原因', 'the reason for the adjustment', {
    zh: '有特殊情况需要调整计划的，应载明原因（第十六条）',
    en: 'an adjustment is made for special circumstances, which it states (Article 16)',
  }),
  /** 调整情况公开 (第十六条). */
  publication: PUBLICATION,
};

/** 计划调整 (第十六条): one published change to the plan. */
export const PlanAdjustmentSchema = z
  .discriminatedUnion('kind', [
    z.object({ ...adjustmentBase, kind: z.literal('add-task'), task: TaskSchema }),
    z.object({
      ...adjustmentBase,
      kind: z.literal('delay-task'),
      taskId: TASK_ID,
      schedule: field(ScheduleSchema, { zh: '延迟后的时间安排', en: 'the delayed schedule' }),
    }),
    z.object({ ...adjustmentBase, kind: z.literal('cancel-task'), taskId: TASK_ID }),
    z.object({
      ...adjustmentBase,
      kind: z.literal('change-ratio'),
      taskId: TASK_ID,
      ratioTable: RatioTableSchema,
    }),
    z.object({
      ...adjustmentBase,
      kind: z.literal('change-frequency'),
      taskId: TASK_ID,
      frequencyPerYear: field(
        z.int().min(1),
        { zh: '调整后的抽查频次', en: 'the new frequency' },
        { zh: '应为每年抽查的轮次，正整数', en: 'rounds per year, a positive whole number' },
      ),
      /** The new 抽查频次 by credit-risk class, where the task sets it per class (第十五条 ¶2). */
      frequencyByClass: field(FrequencyByClassSchema, {
        zh: '调整后的分类抽查频次',
        en: 'the new frequency by class',
      }).optional(),
    }),
  ])
  .meta({ id: 'PlanAdjustment', description: '年度计划调整 (第十六条)' });
field(
  PlanAdjustmentSchema,
  { zh: '计划调整', en: 'the adjustment' },
  {
    zh: '调整类型（kind）应为 add-task（临时增设）、delay-task（延迟）、cancel-task（取消）、change-ratio（更改抽查比例）或 change-frequency（更改频次）（第十六条）',
    en: 'its kind is add-task, delay-task, cancel-task, change-ratio or change-frequency (Article 16)',
  },
);
/** A published adjustment of a plan (第十六条): add, delay, cancel, or change a ratio or frequency, with its reason. */
export type PlanAdjustment = z.infer<typeof PlanAdjustmentSchema>;
/** What {@link PlanAdjustmentSchema} accepts: a plan adjustment as JSON gives it (dates and ids as plain strings). */
export type PlanAdjustmentInput = z.input<typeof PlanAdjustmentSchema>;

/** Reads an {@link AnnualPlan}. */
export const AnnualPlanSchema = z
  .object({
    id: PlanIdSchema,
    title: text('计划名称', 'the plan title'),
    year: field(
      z.int().min(2000).max(2100),
      { zh: '计划年度', en: 'the plan year' },
      { zh: '应为 2000–2100 之间的年份', en: 'a year from 2000 to 2100' },
    ),
    /** 制定单位, e.g. 龙亭区部门联合“双随机、一公开”监管工作联席会议办公室. */
    issuedBy: text('制定单位', 'the issuing body'),
    /** The catalog version the plan covers (第十三条). */
    catalogId: field(CatalogIdSchema, { zh: '所依据的清单编号', en: 'the catalog id' }),
    catalogVersion: field(
      z.int().min(1),
      { zh: '所依据的清单版本', en: 'the catalog version' },
      { zh: '应为正整数（第十三条）', en: 'a positive whole number (Article 13)' },
    ),
    /** Version of the plan: 1 as issued, +1 per adjustment (第十六条). */
    version: field(
      z.int().min(1),
      { zh: '计划版本号', en: 'the plan version' },
      {
        zh: '应为正整数：印发时为 1，每次调整加 1（第十六条）',
        en: 'a positive whole number: 1 as issued, plus one per adjustment (Article 16)',
      },
    ),
    /** 公示 (第十六条); absent while the plan is a draft. */
    publication: PUBLICATION.optional(),
    tasks: field(z.array(TaskSchema), { zh: '任务', en: 'the tasks' }),
    /** Cancelled task ids stay listed so their history is visible. */
    cancelledTaskIds: field(
      z.array(field(TaskIdSchema, { zh: '已取消的任务编号', en: 'the cancelled task id' })),
      { zh: '已取消的任务', en: 'the cancelled tasks' },
      { zh: '应为任务编号列表（可为空）', en: 'a list of task ids (may be empty)' },
    ),
    /** Every adjustment applied so far, oldest first. */
    history: field(
      z.array(PlanAdjustmentSchema),
      { zh: '调整记录', en: 'the adjustment history' },
      {
        zh: '应为已公开的调整列表（可为空，第十六条）',
        en: 'a list of published adjustments (may be empty, Article 16)',
      },
    ),
  })
  .meta({ id: 'AnnualPlan', description: '联合抽查年度工作计划 (第十二条–第十六条)' });
field(AnnualPlanSchema, { zh: '年度工作计划', en: 'the annual plan' });
/** The district's annual joint spot-check plan (第十二条–第十六条), as parsed. */
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
  [['frequencyByClass'], article(15)],
];

/** Parses an annual plan. */
export const parseAnnualPlan = makeParser(AnnualPlanSchema, article(12), PLAN_ARTICLES);
/** Parses a plan adjustment. */
export const parsePlanAdjustment = makeParser(PlanAdjustmentSchema, article(16), PLAN_ADJUSTMENT_ARTICLES);
