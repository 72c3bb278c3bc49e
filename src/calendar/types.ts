/**
 * Values the working-day calendar returns. Every answer says whether it rests on announced State Council
 * arrangements or on the statutory rule alone (`provisional`), and cites its basis: the notices used, the
 * counting rule (《中华人民共和国民法典》第二百零一条: the trigger day is not counted) and what a working day is
 * (《国务院关于职工工作时间的规定》第七条 and the State Council's holiday arrangements).
 */
import type { CalendarDate } from '../model/date.js';

/**
 * Kind of a day: `workday` (Monday–Friday, 工作日), `weekend` (Saturday or Sunday off, 周末), `holiday` (a
 * festival day off, 节假日, including one falling on a weekend), `makeup-workday` (a weekend day worked, 调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** A State Council notice on the year's holiday arrangements (部分节假日安排的通知). */
export interface HolidayNotice {
  readonly year: number;
  readonly title: string;
  /** `urls[0]` is the annual notice; later URLs are supplementary notices of the same year. */
  readonly urls: readonly string[];
  /** True for a notice supplied through `createCnCalendar({ notices })` rather than embedded in the release. */
  readonly supplied: boolean;
}

/** A day off or working day a caller adds (a local festival, a notice not yet in a release). */
export interface LocalDay {
  readonly date: CalendarDate;
  readonly name: string;
  readonly kind: 'off' | 'working';
}

/** What an answer rests on. */
export interface CalendarBasis {
  /** 《中华人民共和国民法典》第二百零一条: counting starts on the day after the trigger. */
  readonly counting: string;
  /**
   * What a working day is: Saturday and Sunday are rest days (《国务院关于职工工作时间的规定》第七条); statutory holidays
   * and make-up working days follow the State Council's arrangements. Whether a period counts working days is the
   * rule's own wording (a deadline's `basis.period`).
   */
  readonly workingDays: string;
  /** Notices whose days lie in the years the answer spans. */
  readonly notices: readonly HolidayNotice[];
  /** Years of the span computed from the statutory festival rule alone (no announcement): provisional. */
  readonly provisionalYears: readonly number[];
  /**
   * Present when `provisionalYears` is not empty: the rule those years follow, 《全国年节及纪念日放假办法》第二条
   * (festival days) and 第六条 (补假), with the revision(s) in force.
   */
  readonly statutoryRule?: string;
  /** Caller-supplied days in the years the answer spans. */
  readonly localDays: readonly LocalDay[];
}

/** The kind of one date. */
export interface DayInfo {
  readonly date: CalendarDate;
  readonly kind: DayKind;
  /** Festival a holiday or make-up working day belongs to (e.g. `春节`); absent for ordinary days. */
  readonly name?: string;
  readonly working: boolean;
  /** True when the year has no announced arrangement and the answer follows the statutory rule alone. */
  readonly provisional: boolean;
  /** True when a caller-supplied day decides this date. */
  readonly local: boolean;
  readonly basis: CalendarBasis;
}

/** The date `n` working days after a date. */
export interface WorkingDayResult {
  readonly date: CalendarDate;
  readonly provisional: boolean;
  readonly basis: CalendarBasis;
}

/** Number of working days in a span `(from, to]`. */
export interface WorkingDayCount {
  readonly count: number;
  readonly provisional: boolean;
  readonly basis: CalendarBasis;
}
