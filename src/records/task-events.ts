/**
 * The events of a task's lifecycle (第十七条: 分类建库 → 摇号派发 → 实地核查 → 公示处理), each with who (`by`), when
 * (`on`) and the task it is for: a published plan adjustment before the draw (第十六条), the directories built
 * (第十八条), the locked draw (第十九条 ¶1), each department's inspector assignment (第十九条 ¶1) and approved
 * replacements (第十九条 ¶3), checks (第二十一条), objects found deregistered, closed or unreachable and, only where
 * the task's options allow it, their substitution from the reserve (第十九条 ¶3), completion, result entry and
 * publication (第二十二条), and closing.
 */
import * as z from 'zod';
// 更换原因 (第十九条 ¶3): the reasons of stage two's replaceInspector, one list for both.
import { ReplacementReasonSchema } from '../match/index.js';
import { CalendarDateSchema } from '../model/date.js';
import {
  DepartmentIdSchema,
  DirectoryIdSchema,
  InspectorIdSchema,
  TaskIdSchema,
  TextSchema,
} from '../model/ids.js';
import { PlanAdjustmentSchema } from '../model/plan.js';
import { ResultCategorySchema } from '../model/records.js';
import { AssignmentViewSchema, DrawViewSchema } from './views.js';

const IdText = z.string().min(1).max(128);

const common = {
  taskId: TaskIdSchema,
  /** Who did it: the officer or system account, as the platform names it. */
  by: TextSchema,
  /** When (China calendar date); events are dated in order. */
  on: CalendarDateSchema,
  note: TextSchema.optional(),
};

/** What became of an object that could not be checked: the result category it gets (第十九条 ¶3). */
export const ObjectOutcomeSchema = z.enum([
  '通过登记的住所（经营场所）无法联系',
  '已关闭停业或正在组织清算',
  '已注销、被吊销、被撤销或已迁出',
]);

/** Reads a {@link TaskEvent}. */
export const TaskEventSchema = z
  .discriminatedUnion('type', [
    z.object({ ...common, type: z.literal('adjust'), adjustment: PlanAdjustmentSchema }),
    z.object({
      ...common,
      type: z.literal('build-directories'),
      objectDirectoryId: DirectoryIdSchema,
      inspectorDirectoryIds: z.array(DirectoryIdSchema).min(1),
    }),
    z.object({ ...common, type: z.literal('draw'), draw: DrawViewSchema }),
    z.object({ ...common, type: z.literal('dispatch'), assignment: AssignmentViewSchema }),
    z.object({
      ...common,
      type: z.literal('replace-inspector'),
      departmentId: DepartmentIdSchema,
      objectId: IdText,
      outInspectorId: InspectorIdSchema,
      inInspectorId: InspectorIdSchema,
      reason: ReplacementReasonSchema,
      approvedBy: InspectorIdSchema,
      approvedOn: CalendarDateSchema,
    }),
    z.object({
      ...common,
      type: z.literal('record-check'),
      objectId: IdText,
      departmentId: DepartmentIdSchema,
      checkDate: CalendarDateSchema,
    }),
    z.object({
      ...common,
      type: z.literal('record-outcome'),
      objectId: IdText,
      outcome: ObjectOutcomeSchema,
    }),
    z.object({ ...common, type: z.literal('substitute'), objectId: IdText }),
    z.object({ ...common, type: z.literal('complete-checks') }),
    z.object({
      ...common,
      type: z.literal('enter-result'),
      objectId: IdText,
      departmentId: DepartmentIdSchema,
      results: z.array(ResultCategorySchema).min(1),
    }),
    z.object({ ...common, type: z.literal('publish'), objectId: IdText, departmentId: DepartmentIdSchema }),
    z.object({ ...common, type: z.literal('close') }),
  ])
  .meta({
    id: 'TaskEvent',
    description: '任务生命周期事件 (第十六条, 第十七条, 第十九条, 第二十一条, 第二十二条)',
  });
/** An event of a task's lifecycle (第十七条): adjusted, drawn, dispatched, checked, entered, published, closed … */
export type TaskEvent = z.infer<typeof TaskEventSchema>;
/** The type of a {@link TaskEvent}. */
export type TaskEventType = TaskEvent['type'];
