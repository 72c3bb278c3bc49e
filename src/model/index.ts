/**
 * `shuangsuiji/model`: the domain of the Longting measures as zod schemas, with branded ids, plain calendar
 * dates, the RuleIssue error model and the national code validators (GB 32100, GB 11643).
 *
 * Only what users need is public: the schemas, their types and `parse*` functions, the checked date helpers and
 * the code validators. Article tables, parser factories, issue helpers and the GB 32100 lookup tables are
 * internal (test/api-report.test.ts keeps the list in api/shuangsuiji.api.md).
 *
 * @packageDocumentation
 */
export { LONGTING_ARTICLE_COUNT, LONGTING_EFFECTIVE_DATE, LONGTING_MEASURES, NATIONAL } from './article.js';
export {
  type Catalog,
  CatalogAmendmentSchema,
  type CatalogEntry,
  CatalogEntrySchema,
  type CatalogInput,
  CatalogSchema,
  type InclusionReason,
  InclusionReasonSchema,
  type ItemKind,
  ItemKindSchema,
  type ItemOrigin,
  ItemOriginSchema,
  parseCatalog,
  parseCatalogEntry,
} from './catalog.js';
export * from './codes.js';
// Dates: only the checked helpers are public; the unchecked day-number arithmetic stays internal.
export {
  addDays,
  type CalendarDate,
  CalendarDateSchema,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
  weekdayOf,
} from './date.js';
export {
  type Department,
  type DepartmentListInput,
  DepartmentListSchema,
  DepartmentSchema,
  parseDepartment,
  parseDepartments,
} from './department.js';
export * from './department-plan.js';
export * from './directory.js';
export * from './ids.js';
export {
  type CreditClass,
  CreditClassSchema,
  type InspectionObject,
  type InspectionObjectInput,
  InspectionObjectSchema,
  parseInspectionObject,
  type RiskFlags,
  RiskFlagsSchema,
} from './inspection-object.js';
export {
  type EnforcementCertificate,
  EnforcementCertificateSchema,
  type Inspector,
  type InspectorRole,
  InspectorRoleSchema,
  InspectorSchema,
  parseInspector,
} from './inspector.js';
export type { CodeInfo, CodeRegistry, IssuePath, LocalizedText, RuleIssue, Severity } from './issue.js';
export {
  type AnnualPlan,
  type AnnualPlanInput,
  AnnualPlanSchema,
  type PlanAdjustment,
  type PlanAdjustmentInput,
  PlanAdjustmentSchema,
  type Publication,
  PublicationSchema,
  parseAnnualPlan,
  parsePlanAdjustment,
} from './plan.js';
export * from './ratio-table.js';
export * from './records.js';
export { isResidentId, parseResidentId, type ResidentId } from './resident-id.js';
export {
  type AdHocTrigger,
  AdHocTriggerSchema,
  type CheckMethod,
  CheckMethodSchema,
  type Duty,
  DutySchema,
  parseTask,
  type Sampling,
  SamplingSchema,
  type Schedule,
  ScheduleSchema,
  type Task,
  type TaskInput,
  type TaskKind,
  TaskKindSchema,
  TaskSchema,
  type TaskStage,
  TaskStageSchema,
} from './task.js';
export { isUscc, parseUscc, type Uscc, UsccSchema, validateUscc } from './uscc.js';
