/**
 * 检查对象名录库 and 执法检查人员名录库 (第十一条): each department keeps both, dynamically updated. A draw
 * locks a snapshot (as of a date), never a live list; the task's object directory is the initiator's (第十八条).
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import { indexDirectory } from './directory-index.js';
import { field } from './field.js';
import { DepartmentIdSchema, DirectoryIdSchema, TaskIdSchema } from './ids.js';
import { INSPECTION_OBJECT_ARTICLES, InspectionObjectSchema } from './inspection-object.js';
import { INSPECTOR_ARTICLES, InspectorSchema } from './inspector.js';
import { makeParser, nestArticles } from './parse.js';
import { markParsed, parsedDirectories } from './parsed.js';

/** Reads an {@link ObjectDirectory} (each credit code checked, each object listed once). */
export const ObjectDirectorySchema = z
  .object({
    id: DirectoryIdSchema,
    /** The department that keeps it (for a task's directory, the initiator, 第十八条). */
    departmentId: field(DepartmentIdSchema, { zh: '建库部门', en: 'the department keeping it' }),
    /** Set when the directory was built for one task (第十八条). */
    taskId: field(TaskIdSchema, { zh: '名录库对应的任务编号', en: 'the task it was built for' }).optional(),
    /** Snapshot date: the directory as it stood that day. */
    asOf: field(CalendarDateSchema, { zh: '名录库快照日期', en: 'the snapshot date' }),
    objects: field(z.array(InspectionObjectSchema), { zh: '检查对象', en: 'the objects' }),
  })
  .meta({ id: 'ObjectDirectory', description: '检查对象名录库快照 (第十一条, 第十八条)' });
field(ObjectDirectorySchema, { zh: '检查对象名录库', en: 'the object directory' });
/** A dated snapshot of the 检查对象名录库 (第十一条, 第十八条). */
export type ObjectDirectory = z.infer<typeof ObjectDirectorySchema>;
/** What {@link ObjectDirectorySchema} accepts: an object directory as JSON gives it (dates and ids as plain strings). */
export type ObjectDirectoryInput = z.input<typeof ObjectDirectorySchema>;

/** Reads an {@link InspectorDirectory}. */
export const InspectorDirectorySchema = z
  .object({
    id: DirectoryIdSchema,
    departmentId: field(DepartmentIdSchema, { zh: '建库部门', en: 'the department keeping it' }),
    taskId: field(TaskIdSchema, { zh: '名录库对应的任务编号', en: 'the task it was built for' }).optional(),
    asOf: field(CalendarDateSchema, { zh: '名录库快照日期', en: 'the snapshot date' }),
    inspectors: field(z.array(InspectorSchema), { zh: '执法检查人员', en: 'the inspectors' }),
  })
  .meta({ id: 'InspectorDirectory', description: '执法检查人员名录库快照 (第十一条, 第十八条)' });
field(InspectorDirectorySchema, { zh: '执法检查人员名录库', en: 'the inspector directory' });
/** A dated snapshot of a department's 执法检查人员名录库 (第十一条, 第十八条). */
export type InspectorDirectory = z.infer<typeof InspectorDirectorySchema>;

const parseDirectory = makeParser(
  ObjectDirectorySchema,
  article(11),
  nestArticles(['objects', '*'], INSPECTION_OBJECT_ARTICLES),
);

/**
 * Parses an object directory snapshot. Its `objects` list and every object in it are frozen (the snapshot as of
 * `asOf`; to change an object, parse a new snapshot), and the credit codes are ordered once, so `stratify`
 * takes them without parsing, checking or sorting them again.
 */
export const parseObjectDirectory = (input: unknown) =>
  parseDirectory(input).map((d) => {
    for (const o of d.objects) {
      // Each field a parsed object holds (a test walks a parsed directory and finds nothing unfrozen).
      Object.freeze(o.objectTypes);
      Object.freeze(o.risk);
      Object.freeze(o.supervisingDepartments);
      Object.freeze(markParsed(o));
    }
    parsedDirectories.set(Object.freeze(d.objects), indexDirectory(d.objects));
    return d;
  });
/** Parses an inspector directory snapshot. */
export const parseInspectorDirectory = makeParser(
  InspectorDirectorySchema,
  article(11),
  nestArticles(['inspectors', '*'], INSPECTOR_ARTICLES),
);
