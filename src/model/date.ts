/**
 * Plain China calendar dates (`YYYY-MM-DD`), as the measures count them (第二十二条 deadlines, 第十四条
 * schedules). Arithmetic is on integer day numbers, never on a local-time JS `Date`, so results do not depend
 * on the machine's time zone.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { field } from './field.js';
import { type RuleIssue, readPath, ruleIssue } from './issue.js';

/** A validated `YYYY-MM-DD` date that exists in the Gregorian calendar. */
export type CalendarDate = string & z.$brand<'CalendarDate'>;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a `YYYY-MM-DD` string naming a real date (years 0001–9999). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Checks a date string and explains, in both languages, what is wrong with it. */
export function parseCalendarDate(
  value: unknown,
  path: readonly (string | number)[] = [],
): Result<CalendarDate, RuleIssue[]> {
  if (isCalendarDate(value)) return ok(value);
  const at = readPath(path);
  const shown = typeof value === 'string' ? `"${value}"` : typeof value;
  return err([
    ruleIssue({
      code: 'DATE_INVALID',
      path: at,
      zh: `日期 ${shown} 无效：应为实际存在的公历日期，格式 YYYY-MM-DD（如 2026-03-01）`,
      en: `Date ${shown} is invalid: expected a real calendar date written YYYY-MM-DD (e.g. 2026-03-01)`,
    }),
  ]);
}

/** Parts of a date; the caller guarantees it is valid. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Day number: days since 1970-01-01 (which is day 0). Howard Hinnant's `days_from_civil`, exact for every
 * proleptic Gregorian date, integer arithmetic only.
 */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return dayNumberOf(year, month, day);
}

/** Day number of a year, month and day (no validation). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (inverse of {@link toDayNumber}). */
export function fromDayNumber(n: number): CalendarDate {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The date `days` calendar days after `date` (negative for before). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Compares two dates: negative, zero or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** zod schema for a {@link CalendarDate}; the failure carries code DATE_INVALID. */
/** The rule every date field follows, stated in messages. */
const DATE_RULE = {
  zh: '应为实际存在的公历日期，格式 YYYY-MM-DD（如 2026-03-01）',
  en: 'a real calendar date written YYYY-MM-DD (e.g. 2026-03-01)',
};

/** Reads a China calendar date `YYYY-MM-DD` (a real date, no time, no time zone). */
export const CalendarDateSchema = field(
  z
    .string()
    .refine(isCalendarDate, {
      message: '日期无效：应为实际存在的公历日期，格式 YYYY-MM-DD',
      params: {
        ruleCode: 'DATE_INVALID',
        en: 'Invalid date: expected a real calendar date written YYYY-MM-DD',
      },
    })
    .brand<'CalendarDate'>()
    .meta({ description: 'Calendar date YYYY-MM-DD (China calendar date, no time zone)', format: 'date' }),
  { zh: '日期', en: 'the date' },
  DATE_RULE,
);

/** Earliest and latest day numbers of the years 0001–9999 that {@link CalendarDate} covers. */
const MIN_DAY = dayNumberOf(1, 1, 1);
const MAX_DAY = dayNumberOf(9999, 12, 31);

function countIssue(value: unknown, path: readonly (string | number)[]): RuleIssue[] {
  return [
    ruleIssue({
      code: 'DAY_COUNT_INVALID',
      path,
      zh: `天数 ${String(value)} 无效：应为整数`,
      en: `Day count ${String(value)} is invalid: expected a whole number`,
    }),
  ];
}

function rangeIssue(path: readonly (string | number)[]): RuleIssue[] {
  return [
    ruleIssue({
      code: 'DATE_OUT_OF_RANGE',
      path,
      zh: '结果日期超出 0001-01-01 至 9999-12-31 的范围',
      en: 'The resulting date lies outside 0001-01-01 to 9999-12-31',
    }),
  ];
}

/** The date `days` calendar days after `date` (negative for before), checked: never an invalid date. */
export function addDays(date: string, days: number): Result<CalendarDate, RuleIssue[]> {
  return parseCalendarDate(date, ['date']).andThen((d) => {
    if (!Number.isSafeInteger(days)) return err(countIssue(days, ['days']));
    const n = toDayNumber(d) + (days as number);
    return n < MIN_DAY || n > MAX_DAY ? err(rangeIssue(['days'])) : ok(fromDayNumber(n));
  });
}

/** Calendar days from `from` to `to` (negative when `to` is earlier), checked. */
export function daysBetween(from: string, to: string): Result<number, RuleIssue[]> {
  return parseCalendarDate(from, ['from']).andThen((a) =>
    parseCalendarDate(to, ['to']).map((b) => toDayNumber(b) - toDayNumber(a)),
  );
}

/** ISO weekday of a date (1 = Monday … 7 = Sunday), checked. */
export function weekdayOf(date: string): Result<number, RuleIssue[]> {
  return parseCalendarDate(date, ['date']).map(isoWeekday);
}
