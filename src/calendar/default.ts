/**
 * The working-day calendar's operations on the default calendar (embedded State Council arrangements, no local
 * days), as free functions. The default calendar is built on first call, not at import. Deadlines: 第二十二条.
 */
import type { Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { type DeadlineStatusInput, getDefaultCnCalendar } from './calendar.js';
import type { DeadlineKind, DeadlineResult, DeadlineStatus } from './deadlines.js';
import type { DayInfo, WorkingDayCount, WorkingDayResult } from './types.js';

/** True for a working day on the default calendar. */
export function isWorkingDay(date: string): Result<boolean, RuleIssue[]> {
  return getDefaultCnCalendar().isWorkingDay(date);
}

/** Kind of a day on the default calendar. */
export function dayKind(date: string): Result<DayInfo, RuleIssue[]> {
  return getDefaultCnCalendar().dayKind(date);
}

/** The nth working day after `date` on the default calendar (the trigger day is not counted). */
export function addWorkingDays(date: string, n: number): Result<WorkingDayResult, RuleIssue[]> {
  return getDefaultCnCalendar().addWorkingDays(date, n);
}

/** Working days in `(from, to]` on the default calendar. */
export function workingDaysBetween(from: string, to: string): Result<WorkingDayCount, RuleIssue[]> {
  return getDefaultCnCalendar().workingDaysBetween(from, to);
}

/** A named statutory deadline on the default calendar. */
export function deadline(kind: DeadlineKind, trigger: string): Result<DeadlineResult, RuleIssue[]> {
  return getDefaultCnCalendar().deadline(kind, trigger);
}

/** Whether an action met a named deadline, on the default calendar. */
export function deadlineStatus(input: DeadlineStatusInput): Result<DeadlineStatus, RuleIssue[]> {
  return getDefaultCnCalendar().deadlineStatus(input);
}

/** 第二十二条: results entered and published within 20 working days after the task is completed. */
export function resultsPublicationDeadline(taskCompleted: string): Result<DeadlineResult, RuleIssue[]> {
  return deadline('results-publication', taskCompleted);
}

/** 第二十二条: penalty information gathered within 7 working days after the decision. */
export function penaltyInformationDeadline(decided: string): Result<DeadlineResult, RuleIssue[]> {
  return deadline('penalty-information-gathering', decided);
}
