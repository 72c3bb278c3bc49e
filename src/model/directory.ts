/**
 * 检查对象名录库 and 执法检查人员名录库 (第十一条): each department keeps both, dynamically updated. A draw
 * locks a snapshot (as of a date), never a live list; the task's object directory is the initiator's (第十八条).
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import { DepartmentIdSchema, DirectoryIdSchema, TaskIdSchema } from './ids.js';
import { INSPECTION_OBJECT_ARTICLES, InspectionObjectSchema } from './inspection-object.js';
import { INSPECTOR_ARTICLES, InspectorSchema } from './inspector.js';
import { makeParser, nestArticles } from './parse.js';

export const ObjectDirectorySchema = z
  .object({
    id: DirectoryIdSchema,
    /** The department that keeps it (for a task's directory, the initiator, 第十八条). */
    departmentId: DepartmentIdSchema,
    /** Set when the directory was built for one task (第十八条). */
    taskId: TaskIdSchema.optional(),
    /** Snapshot date: the directory as it stood that day. */
    asOf: CalendarDateSchema,
    objects: z.array(InspectionObjectSchema),
  })
  .meta({ id: 'ObjectDirectory', description: '检查对象名录库快照 (第十一条, 第十八条)' });
export type ObjectDirectory = z.infer<typeof ObjectDirectorySchema>;
/** What {@link ObjectDirectorySchema} accepts: an object directory as JSON gives it (dates and ids as plain strings). */
export type ObjectDirectoryInput = z.input<typeof ObjectDirectorySchema>;

export const InspectorDirectorySchema = z
  .object({
    id: DirectoryIdSchema,
    departmentId: DepartmentIdSchema,
    taskId: TaskIdSchema.optional(),
    asOf: CalendarDateSchema,
    inspectors: z.array(InspectorSchema),
  })
  .meta({ id: 'InspectorDirectory', description: '执法检查人员名录库快照 (第十一条, 第十八条)' });
export type InspectorDirectory = z.infer<typeof InspectorDirectorySchema>;

/** Parses an object directory snapshot. */
export const parseObjectDirectory = makeParser(
  ObjectDirectorySchema,
  article(11),
  nestArticles(['objects', '*'], INSPECTION_OBJECT_ARTICLES),
);
/** Parses an inspector directory snapshot. */
export const parseInspectorDirectory = makeParser(
  InspectorDirectorySchema,
  article(11),
  nestArticles(['inspectors', '*'], INSPECTOR_ARTICLES),
);
