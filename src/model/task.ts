/**
 * 联合抽查任务 (joint spot-check task): one row of the annual plan with every field of 第十四条 — 任务名称,
 * 联合抽查部门, 抽查事项, 检查对象, 实施主体, 责任分工, 抽查基数和比例, 时间安排 — plus its kind (planned or
 * 临时性, 第十三条), check method (第二十条) and lifecycle stage (第十七条).
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import { field } from './field.js';
import { CatalogItemIdSchema, DepartmentIdSchema, DirectoryIdSchema, TaskIdSchema } from './ids.js';
import { type ArticleRule, makeParser, ruleParams } from './parse.js';
import { RatioTableSchema } from './ratio-table.js';
import { text } from './text.js';

/** `planned` (年度计划内) or `ad-hoc` (临时性联合抽查, 第十三条 ¶2). */
export const TaskKindSchema = field(
  z.enum(['planned', 'ad-hoc']),
  { zh: '任务类型', en: 'the task kind' },
  {
    zh: '应为 planned（年度计划内）或 ad-hoc（临时性联合抽查，第十三条）',
    en: 'planned or ad-hoc (Article 13)',
  },
);
/** A task's kind: planned or ad hoc (第十三条). */
export type TaskKind = z.infer<typeof TaskKindSchema>;

/** Why an ad-hoc task exists (第十三条 ¶2): sudden risk, work assigned by a higher level, a special campaign. */
export const AdHocTriggerSchema = field(
  z.enum(['sudden-risk', 'assigned-by-higher-level', 'special-campaign']),
  { zh: '临时性联合抽查的启动原因', en: 'the trigger of the ad-hoc task' },
  {
    zh: '应为 sudden-risk（重点领域突发风险）、assigned-by-higher-level（上级部门交办）或 special-campaign（专项整治）（第十三条第二款）',
    en: 'sudden-risk, assigned-by-higher-level or special-campaign (Article 13)',
  },
);
/** What triggered an ad-hoc task (第十三条 ¶2): a sudden risk, work assigned by a higher level, or a special campaign. */
export type AdHocTrigger = z.infer<typeof AdHocTriggerSchema>;

/** 检查方式 (第二十条): on-site as a rule; written review or online monitoring where suitable. */
export const CheckMethodSchema = field(
  z.enum(['on-site', 'document-review', 'online-monitoring']),
  { zh: '检查方式', en: 'the check method' },
  {
    zh: '应为 on-site（实地核查）、document-review（书面检查）或 online-monitoring（网络监测）（第二十条）',
    en: 'on-site, document-review or online-monitoring (Article 20)',
  },
);
/** How a task checks (第二十条): on site as a rule, by document review or by online monitoring. */
export type CheckMethod = z.infer<typeof CheckMethodSchema>;

/**
 * Lifecycle (第十七条): 分类建库 → 摇号派发 → 实地核查 → 公示处理, driven by `applyTaskEvent` in
 * `shuangsuiji/records`: planned → directories-built → drawn → dispatched → checked → results-entered →
 * published → closed.
 */
export const TaskStageSchema = field(
  z.enum([
    'planned',
    'directories-built',
    'drawn',
    'dispatched',
    'checked',
    'results-entered',
    'published',
    'closed',
  ]),
  { zh: '任务所处环节', en: 'the task stage' },
  {
    zh: '应为 planned、directories-built（分类建库）、drawn（摇号）、dispatched（派发）、checked（实地核查）、results-entered（结果录入）、published（公示处理）或 closed（办结）之一（第十七条）',
    en: 'planned, directories-built, drawn, dispatched, checked, results-entered, published or closed (Article 17)',
  },
);
/** A task's step under 第十七条: 分类建库 → 摇号派发 → 实地核查 → 公示处理. */
export type TaskStage = z.infer<typeof TaskStageSchema>;

/** 责任分工: what one department does in the task. */
export const DutySchema = z.object({
  departmentId: field(DepartmentIdSchema, { zh: '承担职责的部门', en: 'the department with the duty' }),
  duty: text('职责内容', 'the duty', {
    zh: '应写明该部门在任务中承担的职责（第十四条 责任分工）',
    en: 'say what the department does in the task (Article 14)',
  }),
});
/** A participant's duty in a task (责任分工, 第十四条): the department and what it does. */
export type Duty = z.infer<typeof DutySchema>;

/** 时间安排: first and last day of the task. */
export const ScheduleSchema = z
  .object({
    start: field(CalendarDateSchema, { zh: '时间安排的开始日期', en: 'the start of the schedule' }),
    end: field(CalendarDateSchema, { zh: '时间安排的结束日期', en: 'the end of the schedule' }),
  })
  .refine((s) => s.start <= s.end, {
    message: '时间安排的开始日期晚于结束日期',
    path: ['end'],
    params: ruleParams('SCHEDULE_INVERTED', 'The schedule ends before it starts', '第十四条'),
  });
/** A task's schedule: start and end dates (第十四条). */
export type Schedule = z.infer<typeof ScheduleSchema>;

/** 抽查基数和比例: the base (size of the directory drawn from) and the per-stratum ratio table (第十五条). */
export const SamplingSchema = z.object({
  /** 抽查基数: number of objects in the directory the draw takes from. */
  base: field(
    z.int().min(0),
    { zh: '抽查基数', en: 'the base' },
    {
      zh: '应为名录库中可抽取检查对象的个数（非负整数，第十四条）',
      en: 'the number of objects in the directory drawn from, a whole number (Article 14)',
    },
  ),
  /** The object directory the base was counted in. */
  directoryId: field(DirectoryIdSchema, {
    zh: '抽查基数所依据的名录库编号',
    en: 'the directory id',
  }).optional(),
  ratioTable: field(
    RatioTableSchema,
    { zh: '抽查比例表', en: 'the ratio table' },
    { zh: '应按信用风险分类设置抽查比例（第十五条）', en: 'ratios by credit-risk class (Article 15)' },
  ),
});
/** A task's sampling (第十四条, 第十五条): the base, the directory it was counted in, and the ratio table. */
export type Sampling = z.infer<typeof SamplingSchema>;

function classFrequency(cls: string) {
  return field(
    z.int().min(0),
    { zh: `${cls} 类对象的抽查频次`, en: `the frequency for class ${cls}` },
    { zh: '应为每年抽查的轮次，非负整数（第十五条）', en: 'rounds per year, a whole number (Article 15)' },
  );
}

/** 抽查频次 per credit-risk class (第十五条 ¶2): each class given its rounds per year. */
export const FrequencyByClassSchema = z
  .object({
    A: classFrequency('A').optional(),
    B: classFrequency('B').optional(),
    C: classFrequency('C').optional(),
    D: classFrequency('D').optional(),
  })
  .meta({ description: '抽查频次 by credit-risk class (第十五条)' });
export type FrequencyByClass = z.infer<typeof FrequencyByClassSchema>;

/** 第十四条: what every task of the plan contains. */
const A14_FIELDS = {
  zh: '年度计划的任务应包括第十四条规定的内容',
  en: 'a task of the plan has every field of Article 14',
};

/** Reads a {@link Task}. */
export const TaskSchema = z
  .object({
    id: TaskIdSchema,
    /** 任务名称. */
    name: text('任务名称', 'the task name', A14_FIELDS),
    kind: TaskKindSchema,
    /** Required for ad-hoc tasks (第十三条 ¶2). */
    trigger: AdHocTriggerSchema.optional(),
    /** 发起部门 of the task. */
    initiator: field(DepartmentIdSchema, { zh: '任务的发起部门', en: 'the task initiator' }),
    /** 联合抽查部门: every participating department, initiator included. */
    departments: field(
      z.array(field(DepartmentIdSchema, { zh: '联合抽查部门', en: 'the participating department' })).min(1),
      { zh: '联合抽查部门', en: 'the participating departments' },
      A14_FIELDS,
    ),
    /** 抽查事项. */
    items: field(
      z.array(field(CatalogItemIdSchema, { zh: '抽查事项编号', en: 'the item id' })).min(1),
      { zh: '抽查事项', en: 'the items' },
      A14_FIELDS,
    ),
    /** 检查对象: who is checked, in words. */
    objectScope: text('检查对象', 'the objects', A14_FIELDS),
    /** 实施主体. */
    implementingBody: text('实施主体', 'the implementing body', A14_FIELDS),
    /** 责任分工. */
    duties: field(z.array(DutySchema).min(1), { zh: '责任分工', en: 'the division of duties' }, A14_FIELDS),
    sampling: field(SamplingSchema, { zh: '抽查基数和比例', en: 'the base and ratio' }, A14_FIELDS),
    /** 时间安排. */
    schedule: field(ScheduleSchema, { zh: '时间安排', en: 'the schedule' }, A14_FIELDS),
    /** 抽查频次: rounds per year (第十五条, 第十六条). */
    frequencyPerYear: field(
      z.int().min(1),
      { zh: '抽查频次', en: 'the frequency' },
      {
        zh: '应为每年抽查的轮次，正整数（第十五条）',
        en: 'rounds per year, a positive whole number (Article 15)',
      },
    ),
    /**
     * 抽查频次 by credit-risk class, where the task sets it per class (第十五条 ¶2 比例和频次): rounds per year in which
     * objects of that class are drawn. Higher-risk classes get no fewer rounds than lower-risk ones.
     */
    frequencyByClass: field(
      FrequencyByClassSchema,
      { zh: '按信用风险类别的抽查频次', en: 'the frequency by class' },
      {
        zh: '应为各信用风险类别（A、B、C、D）每年抽查的轮次',
        en: 'rounds per year for each credit-risk class (A, B, C, D)',
      },
    ).optional(),
    checkMethod: CheckMethodSchema,
    stage: TaskStageSchema,
  })
  .meta({ id: 'Task', description: '联合抽查任务 (第十三条, 第十四条, 第十七条)' });
field(TaskSchema, { zh: '任务', en: 'the task' });
/** A joint spot-check task (第十三条, 第十四条, 第十七条), as parsed. */
export type Task = z.infer<typeof TaskSchema>;
/** What {@link TaskSchema} accepts: a task as JSON gives it (dates and ids as plain strings). */
export type TaskInput = z.input<typeof TaskSchema>;

/** Articles governing a task's fields (the task as a whole: 第十四条). */
export const TASK_ARTICLES: readonly ArticleRule[] = [
  [['kind'], article(13)],
  [['trigger'], article(13)],
  [['sampling', 'ratioTable'], article(15)],
  [['frequencyPerYear'], article(15)],
  [['frequencyByClass'], article(15)],
  [['checkMethod'], article(20)],
  [['stage'], article(17)],
];

/** Parses one task. */
export const parseTask = makeParser(TaskSchema, article(14), TASK_ARTICLES);
