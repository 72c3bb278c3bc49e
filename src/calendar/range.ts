/**
 * The years the working-day calendar answers for (2008–2099) and a fast `YYYY-MM-DD` → day-index parser. Index
 * 0 is 2008-01-01. 2008 is the first year of the present statutory festival rules (国务院令第513号); 2099 the
 * last year whose lunar festival dates are embedded.
 */
import { type CalendarDate, dayNumberOf, daysInMonth, fromDayNumber, isCalendarDate } from '../model/date.js';

/** First supported year (statutory rules of 2008). */
export const FIRST_YEAR = 2008;
/** Last supported year. */
export const LAST_YEAR = 2099;
/** Day number (days since 1970-01-01) of index 0, 2008-01-01. */
export const BASE_DAY = dayNumberOf(FIRST_YEAR, 1, 1);
/** Number of days in the supported range. */
export const DAY_COUNT = dayNumberOf(LAST_YEAR + 1, 1, 1) - BASE_DAY;

/** `MONTH_START[(year − FIRST_YEAR) · 12 + month − 1]` = index of the first day of that month. */
const MONTH_START = (() => {
  const out = new Int32Array((LAST_YEAR - FIRST_YEAR + 1) * 12);
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    for (let m = 1; m <= 12; m++) out[(y - FIRST_YEAR) * 12 + m - 1] = dayNumberOf(y, m, 1) - BASE_DAY;
  }
  return out;
})();

/** Returned by {@link dateIndex} for anything that is not a real `YYYY-MM-DD` date. */
export const INVALID = -1;
/** Returned by {@link dateIndex} for a real date outside 2008–2099. */
export const OUT_OF_RANGE = -2;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000000;
}

/**
 * Index of a date in the supported range, {@link INVALID} or {@link OUT_OF_RANGE}. Reads the characters
 * directly (no regular expression, no allocation): this is the hot path of `isWorkingDay`.
 */
export function dateIndex(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return INVALID;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return INVALID;
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const m = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  if (y < 0 || m < 1 || m > 12 || d < 1) return INVALID;
  if (y < FIRST_YEAR || y > LAST_YEAR) return isCalendarDate(value) ? OUT_OF_RANGE : INVALID;
  if (d > 28 && d > daysInMonth(y, m)) return INVALID;
  return (MONTH_START[(y - FIRST_YEAR) * 12 + m - 1] as number) + d - 1;
}

/** The date at an index (the caller keeps it in range). */
export function dateAt(index: number): CalendarDate {
  return fromDayNumber(BASE_DAY + index);
}

/** Calendar year of an index. */
export function yearAt(index: number): number {
  // Binary search over January firsts would also do; 92 years make this loop negligible next to its callers.
  let lo = 0;
  let hi = LAST_YEAR - FIRST_YEAR;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((MONTH_START[mid * 12] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return FIRST_YEAR + lo;
}

/** Index of January 1 of a supported year. */
export function yearStart(year: number): number {
  return MONTH_START[(year - FIRST_YEAR) * 12] as number;
}
