/**
 * What the record validators and the lifecycle read from other stages, as structural views checked at run time:
 * the locked draw of stage one (第十九条 ¶1, `LockedDraw` of `shuangsuiji/draw` satisfies `DrawView`) and a
 * department's inspector assignment of stage two (第十九条 ¶1 “自行抽取匹配执法检查人员”, with the approved
 * replacements of ¶3; the matcher's `LockedAssignment` satisfies `AssignmentView`). Only the fields read here are
 * checked; other fields pass through unread.
 */
import * as z from 'zod';
import type { LockedDraw } from '../draw/index.js';
import { CalendarDateSchema } from '../model/date.js';
import { DepartmentIdSchema, InspectorIdSchema, TaskIdSchema, TextSchema } from '../model/ids.js';

const IdText = z.string().min(1).max(128);

/** One drawn or reserve object of a locked draw. */
const DrawnObjectViewSchema = z.object({
  id: IdText,
  stratum: IdText,
  rank: z.int().min(1),
});

/** The parts of a `LockedDraw` read here: its task, the selected objects and the reserve, in rank order. */
export const DrawViewSchema = z.object({
  taskId: TaskIdSchema,
  selected: z.array(DrawnObjectViewSchema),
  reserve: z.array(DrawnObjectViewSchema),
});
export type DrawView = z.infer<typeof DrawViewSchema>;

/** An approved replacement of an inspector after dispatch (第十九条 ¶3: 经本部门负责人同意). */
export const ReplacementEventSchema = z.object({
  kind: z.literal('replacement'),
  objectId: IdText,
  outInspectorId: InspectorIdSchema,
  inInspectorId: InspectorIdSchema,
  /** 岗位调整、工作冲突、健康状况、执法回避 or the like. */
  reason: TextSchema,
  note: TextSchema.optional(),
  /** The department head who approved it. */
  approvedBy: InspectorIdSchema,
  approvedOn: CalendarDateSchema,
});

/** One department's matched inspectors per object (stage two of 二次随机). */
export const AssignmentViewSchema = z.object({
  taskId: TaskIdSchema,
  departmentId: DepartmentIdSchema,
  /** False when only the objects were random (第十九条 ¶2). */
  random: z.boolean(),
  objects: z.array(
    z.object({
      objectId: IdText,
      /** Counted inspectors currently assigned, after approved replacements. */
      inspectorIds: z.array(InspectorIdSchema),
      leaderId: InspectorIdSchema.optional(),
      /** Experts and third parties (第二十条 ¶3): never counted. */
      expertIds: z.array(InspectorIdSchema).optional(),
    }),
  ),
  events: z.array(ReplacementEventSchema),
});
export type ParsedAssignment = z.infer<typeof AssignmentViewSchema>;

/**
 * A department's inspector assignment as the records area reads it. `LockedAssignment` of `shuangsuiji/match`
 * satisfies it; so does plain JSON of the same shape.
 */
export interface AssignmentView {
  readonly taskId: string;
  readonly departmentId: string;
  readonly random: boolean;
  readonly objects: readonly {
    readonly objectId: string;
    /** Counted inspectors currently assigned, after approved replacements. */
    readonly inspectorIds: readonly string[];
    readonly leaderId?: string | undefined;
    readonly expertIds?: readonly string[] | undefined;
  }[];
  readonly events: readonly {
    readonly kind: 'replacement';
    readonly objectId: string;
    readonly outInspectorId: string;
    readonly inInspectorId: string;
    readonly reason: string;
    readonly note?: string | undefined;
    readonly approvedBy: string;
    readonly approvedOn: string;
  }[];
}

/** A locked draw as the records area takes it: a `LockedDraw`, or plain JSON with the same fields. */
export type LockedDrawInput =
  | LockedDraw
  | {
      readonly taskId: string;
      readonly selected: readonly { readonly id: string; readonly stratum: string; readonly rank: number }[];
      readonly reserve: readonly { readonly id: string; readonly stratum: string; readonly rank: number }[];
    };

/** Reserve objects that took a drawn object's place in the lifecycle (`TaskState.objects`, origin `reserve`). */
export const SubstitutesSchema = z.array(IdText);

/**
 * The objects of the task: the drawn ones, plus reserve objects named as substitutes (only where the task enables
 * reserve substitution; a name not on the reserve list adds nothing).
 */
export function taskObjectIds(draw: DrawView, substitutes: readonly string[] | undefined): Set<string> {
  const ids = new Set(draw.selected.map((o) => o.id));
  if (substitutes !== undefined) {
    const named = new Set(substitutes);
    for (const r of draw.reserve) if (named.has(r.id)) ids.add(r.id);
  }
  return ids;
}
