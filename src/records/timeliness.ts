/**
 * Working-day deadlines of records (第二十二条; 《市场监督管理行政处罚信息公示规定》第九条、第十一条) checked on the
 * working-day calendar: an action after the deadline is late by a number of working days; a missing action is
 * overdue only when the caller says as of which day (`asOf`), since the library has no clock; a deadline in a
 * year without a State Council notice is provisional, which is a warning.
 */
import type { CnCalendar, DeadlineKind } from '../calendar/index.js';
import type { CalendarDate } from '../model/date.js';
import type { IssuePath, RuleIssue } from '../model/issue.js';
import { prefixIssues } from '../plan/issue.js';
import { type RecordsCode, recordIssue } from './codes.js';

/** One deadline to check. */
export interface DeadlineCheck {
  readonly calendar: CnCalendar;
  readonly kind: DeadlineKind;
  readonly trigger: CalendarDate;
  /** Path of the trigger date, where calendar findings about it go. */
  readonly triggerPath: IssuePath;
  /** The day the action was taken, if it was. */
  readonly action: CalendarDate | undefined;
  readonly actionPath: IssuePath;
  readonly asOf: CalendarDate | undefined;
  readonly late: RecordsCode;
  readonly overdue: RecordsCode;
  readonly provisional: RecordsCode;
  /** What must be done, e.g. 录入 / entered. */
  readonly what: { readonly zh: string; readonly en: string };
}

/** Findings of one deadline: late, overdue, provisional, or the calendar's own findings. */
export function deadlineFindings(c: DeadlineCheck): RuleIssue[] {
  const day = c.action ?? c.asOf;
  if (day === undefined) return [];
  const status = c.calendar.deadlineStatus({ kind: c.kind, trigger: c.trigger, actionDate: day });
  if (status.isErr()) {
    const onAction = status.error.filter((i) => i.path[0] === 'actionDate');
    const rest = status.error.filter((i) => i.path[0] !== 'actionDate');
    return [
      ...prefixIssues(c.action !== undefined ? c.actionPath : ['context', 'asOf'], strip(onAction)),
      ...prefixIssues(c.triggerPath, strip(rest)),
    ];
  }
  const s = status.value;
  const out: RuleIssue[] = [];
  const due = s.deadline.date;
  if (!s.onTime && c.action !== undefined) {
    out.push(
      recordIssue(
        c.late,
        c.actionPath,
        `${c.what.zh}于 ${c.action}，期限为 ${due}（${c.trigger} 后第 ${s.deadline.basis.days} 个工作日），逾期 ${s.workingDaysLate} 个工作日`,
        `${c.what.en} on ${c.action}, due ${due} (working day ${s.deadline.basis.days} after ${c.trigger}): ${s.workingDaysLate} working day(s) late`,
      ),
    );
  } else if (!s.onTime) {
    out.push(
      recordIssue(
        c.overdue,
        c.actionPath,
        `截至 ${c.asOf} 仍未${c.what.zh}，期限 ${due} 已过 ${s.workingDaysLate} 个工作日`,
        `Not ${c.what.en.toLowerCase()} as of ${c.asOf}; due ${due}, ${s.workingDaysLate} working day(s) ago`,
      ),
    );
  }
  if (s.provisional && (c.action !== undefined || !s.onTime)) {
    out.push(
      recordIssue(
        c.provisional,
        c.actionPath,
        `期限 ${due} 按法定节假日推算（该年放假安排尚未公布），结论为暂定`,
        `The deadline ${due} rests on the statutory festivals (no holiday notice for that year yet) and is provisional`,
      ),
    );
  }
  return out;
}

/** Drops the calendar's own argument name from a finding's path (the caller's path replaces it). */
function strip(issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.map((i) => Object.freeze({ ...i, path: Object.freeze(i.path.slice(1)) }));
}

/**
 * Findings of several deadlines of one record: one provisional warning is enough, and a calendar finding about a
 * shared trigger is reported once.
 */
export function mergeDeadlineFindings(
  lists: readonly (readonly RuleIssue[])[],
  provisional: RecordsCode,
): RuleIssue[] {
  const seen = new Set<string>();
  return lists.flat().filter((i) => {
    const key = i.code === provisional ? i.code : `${i.code}@${i.path.join('.')}`;
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
}
