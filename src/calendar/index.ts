/**
 * `shuangsuiji/calendar`: China's working-day calendar on the State Council's announced arrangements
 * (2015–2026 embedded, statutory rule otherwise, marked provisional) and the working-day deadlines of
 * 第二十二条 and related national rules.
 *
 * @packageDocumentation
 */
export {
  type CnCalendar,
  createCnCalendar,
  type DeadlineStatusInput,
  getDefaultCnCalendar,
} from './calendar.js';
export { type CalendarCode, calendarCodes } from './codes.js';
export { OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR } from './data/cn-official.js';
export {
  DEADLINE_KINDS,
  DEADLINE_RULES,
  type DeadlineKind,
  type DeadlineResult,
  type DeadlineRule,
  type DeadlineStatus,
  isDeadlineKind,
} from './deadlines.js';
export {
  addWorkingDays,
  dayKind,
  deadline,
  deadlineStatus,
  isWorkingDay,
  penaltyInformationDeadline,
  resultsPublicationDeadline,
  workingDaysBetween,
} from './default.js';
export {
  type CnCalendarOptions,
  CnCalendarOptionsSchema,
  type NamedDay,
  type SuppliedNotice,
} from './options.js';
export { type StatutoryDay, type SubstituteDay, statutoryDays, substituteDays } from './statutory.js';
export type {
  CalendarBasis,
  DayInfo,
  DayKind,
  HolidayNotice,
  LocalDay,
  WorkingDayCount,
  WorkingDayResult,
} from './types.js';
