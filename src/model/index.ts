/**
 * `shuangsuiji/model`: the domain of the Longting measures as zod schemas, with branded ids, plain calendar
 * dates, the RuleIssue error model and the national code validators (GB 32100, GB 11643).
 */
export * from './article.js';
export * from './catalog.js';
export * from './codes.js';
// Dates: only the checked helpers are public; the unchecked day-number arithmetic stays internal.
export {
  addDays,
  type CalendarDate,
  CalendarDateSchema,
  checkCalendarDate,
  compareDates,
  daysBetween,
  isCalendarDate,
  weekdayOf,
} from './date.js';
export * from './department.js';
export * from './department-plan.js';
export * from './directory.js';
export * from './ids.js';
export * from './inspection-object.js';
export * from './inspector.js';
export * from './issue.js';
export { type ArticleRule, makeParser, nestArticles, parseWith, ruleParams } from './parse.js';
export * from './plan.js';
export * from './ratio-table.js';
export * from './records.js';
export * from './resident-id.js';
export * from './task.js';
export * from './uscc.js';
