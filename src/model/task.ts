/**
 * 联合抽查任务 (joint spot-check task): one row of the annual plan with every field of 第十四条 — 任务名称,
 * 联合抽查部门, 抽查事项, 检查对象, 实施主体, 责任分工, 抽查基数和比例, 时间安排 — plus its kind (planned or
 * 临时性, 第十三条), check method (第二十条) and lifecycle stage (第十七条).
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import {
  CatalogItemIdSchema,
  DepartmentIdSchema,
  DirectoryIdSchema,
  TaskIdSchema,
  TextSchema,
} from './ids.js';
import { type ArticleRule, makeParser, ruleParams } from './parse.js';
import { RatioTableSchema } from './ratio-table.js';

/** `planned` (年度计划内) or `ad-hoc` (临时性联合抽查, 第十三条 ¶2). */
export const TaskKindSchema = z.enum(['planned', 'ad-hoc']);
export type TaskKind = z.infer<typeof TaskKindSchema>;

/** Why an ad-hoc task exists (第十三条 ¶2): sudden risk, work assigned by a higher level, a special campaign. */
export const AdHocTriggerSchema = z.enum(['sudden-risk', 'assigned-by-higher-level', 'special-campaign']);
export type AdHocTrigger = z.infer<typeof AdHocTriggerSchema>;

/** 检查方式 (第二十条): on-site as a rule; written review or online monitoring where suitable. */
export const CheckMethodSchema = z.enum(['on-site', 'document-review', 'online-monitoring']);
export type CheckMethod = z.infer<typeof CheckMethodSchema>;

/** Lifecycle (第十七条): 分类建库 → 摇号派发 → 实地核查 → 公示处理. */
export const TaskStageSchema = z.enum([
  'planned',
  'directories-built',
  'drawn',
  'dispatched',
  'checked',
  'published',
]);
export type TaskStage = z.infer<typeof TaskStageSchema>;

/** 责任分工: what one department does in the task. */
export const DutySchema = z.object({ departmentId: DepartmentIdSchema, duty: TextSchema });
export type Duty = z.infer<typeof DutySchema>;

/** 时间安排: first and last day of the task. */
export const ScheduleSchema = z
  .object({ start: CalendarDateSchema, end: CalendarDateSchema })
  .refine((s) => s.start <= s.end, {
    message: '时间安排的开始日期晚于结束日期',
    path: ['end'],
    params: ruleParams('SCHEDULE_INVERTED', 'The schedule ends before it starts', '第十四条'),
  });
export type Schedule = z.infer<typeof ScheduleSchema>;

/** 抽查基数和比例: the base (size of the directory drawn from) and the per-stratum ratio table (第十五条). */
export const SamplingSchema = z.object({
  /** 抽查基数: number of objects in the directory the draw takes from. */
  base: z.int().min(0),
  /** The object directory the base was counted in. */
  directoryId: DirectoryIdSchema.optional(),
  ratioTable: RatioTableSchema,
});
export type Sampling = z.infer<typeof SamplingSchema>;

export const TaskSchema = z
  .object({
    id: TaskIdSchema,
    /** 任务名称. */
    name: TextSchema,
    kind: TaskKindSchema,
    /** Required for ad-hoc tasks (第十三条 ¶2). */
    trigger: AdHocTriggerSchema.optional(),
    /** 发起部门 of the task. */
    initiator: DepartmentIdSchema,
    /** 联合抽查部门: every participating department, initiator included. */
    departments: z.array(DepartmentIdSchema).min(1),
    /** 抽查事项. */
    items: z.array(CatalogItemIdSchema).min(1),
    /** 检查对象: who is checked, in words. */
    objectScope: TextSchema,
    /** 实施主体. */
    implementingBody: TextSchema,
    /** 责任分工. */
    duties: z.array(DutySchema).min(1),
    sampling: SamplingSchema,
    /** 时间安排. */
    schedule: ScheduleSchema,
    /** 抽查频次: rounds per year (第十五条, 第十六条). */
    frequencyPerYear: z.int().min(1),
    checkMethod: CheckMethodSchema,
    stage: TaskStageSchema,
  })
  .meta({ id: 'Task', description: '联合抽查任务 (第十三条, 第十四条, 第十七条)' });
export type Task = z.infer<typeof TaskSchema>;
/** What {@link TaskSchema} accepts: a task as JSON gives it (dates and ids as plain strings). */
export type TaskInput = z.input<typeof TaskSchema>;

/** Articles governing a task's fields (the task as a whole: 第十四条). */
export const TASK_ARTICLES: readonly ArticleRule[] = [
  [['kind'], article(13)],
  [['trigger'], article(13)],
  [['sampling', 'ratioTable'], article(15)],
  [['frequencyPerYear'], article(15)],
  [['checkMethod'], article(20)],
  [['stage'], article(17)],
];

/** Parses one task. */
export const parseTask = makeParser(TaskSchema, article(14), TASK_ARTICLES);
