/**
 * `shuangsuiji/records`: the rules that connect a record to its task, draw, assignment and calendar — the
 * 实地抽查记录表 (第二十一条), result entries and their publication (第二十二条 ¶1), penalty information
 * (第二十二条 ¶2) — and the task lifecycle (第十七条) with its audit trail. See docs/records.md.
 *
 * @packageDocumentation
 */
export { type RecordsCode, recordsCodes } from './codes.js';
export type { CheckedRecord } from './input.js';
export { type OnSiteContext, validateOnSiteRecord, validateOnSiteRecords } from './on-site.js';
export { type PenaltyContext, validatePenaltyRecord } from './penalty.js';
export {
  InspectionTypeSchema,
  type PublicationInput,
  type PublicRecord,
  PublicRecordSchema,
  publicationRecord,
  type ResultPublication,
} from './publication.js';
export { type ResultContext, validateResultEntries, validateResultEntry } from './result-entry.js';
export {
  ObjectOutcomeSchema,
  type TaskEvent,
  TaskEventSchema,
  type TaskEventType,
} from './task-events.js';
export {
  applyTaskEvent,
  createTaskState,
  type LifecycleStartInput,
  replayTask,
  type TaskEventInput,
} from './task-lifecycle.js';
export {
  type CheckDone,
  type DepartmentAssignment,
  type LifecycleOptions,
  LifecycleOptionsSchema,
  type LifecycleStart,
  LifecycleStartSchema,
  type ObjectDepartment,
  type ResultDone,
  type TaskObject,
  type TaskState,
  type TrailEntry,
} from './task-state.js';
export { type AssignmentView, AssignmentViewSchema, DrawViewSchema, type LockedDrawInput } from './views.js';
