/**
 * The statutory festival days (法定节假日) of 《全国年节及纪念日放假办法》, used for years without a State Council
 * holiday notice; answers from them are provisional. Only the seven festivals off for everyone count
 * (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆); 妇女节, 青年节, 儿童节 and 建军节 are off for part of the population only
 * and never move a deadline (a deadline in working days counts the days everyone works).
 *
 * Periods: 2008–2013 (国务院令第513号) 春节 = 除夕, 初一, 初二; 2014–2024 (国务院令第644号) 春节 = 初一–初三;
 * from 2025 (国务院令第795号) 春节 = 除夕–初三 and 劳动节 = 5月1日–2日 (before: 5月1日 only). 元旦 1月1日, 清明 (the
 * solar-term day), 端午 and 中秋 one day each, 国庆 10月1日–3日.
 *
 * 补假 (第六条, unchanged in every revision since 2007: 全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假):
 * see `substituteDaysOf`. No 调休 (moving weekends around is for the annual notice alone).
 */
import { err, ok, type Result } from 'neverthrow';
import { type CalendarDate, dayNumberOf, fromDayNumber } from '../model/date.js';
import { type RuleIssue, ruleIssue } from '../model/issue.js';
import { LUNAR_FESTIVALS, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from './data/cn-lunar.js';

/** The revision of 《全国年节及纪念日放假办法》 in force in a year (2008–2099). */
export function statutoryDecree(year: number): string {
  return year <= 2013 ? '国务院令第513号' : year <= 2024 ? '国务院令第644号' : '国务院令第795号';
}

/**
 * What a provisional answer over these years rests on: the festival days (第二条) and 补假 (第六条) of the
 * revisions in force in those years.
 */
export function statutoryRuleCitation(years: readonly number[]): string {
  const decrees = [...new Set(years.map(statutoryDecree))].map((d, k) => (k === 0 ? d : d.slice(4)));
  return `《全国年节及纪念日放假办法》第二条、第六条（${decrees.join('、')}）：法定节假日，适逢星期六、星期日的在工作日补假`;
}

/** A statutory day off: its day number and festival name. */
export interface StatutoryDay {
  readonly date: CalendarDate;
  /** Days since 1970-01-01 (see src/model/date.ts). */
  readonly dayNumber: number;
  readonly name: string;
}

/** Movable festival dates of a year from the embedded table (generated with date-holidays). */
export function lunarFestivals(
  year: number,
): { springFestival: number; qingming: number; dragonBoat: number; midAutumn: number } | undefined {
  if (year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) return undefined;
  const packed = LUNAR_FESTIVALS[year - LUNAR_FIRST_YEAR];
  if (packed === undefined) return undefined;
  const at = (k: number): number =>
    dayNumberOf(year, Number(packed.slice(k * 4, k * 4 + 2)), Number(packed.slice(k * 4 + 2, k * 4 + 4)));
  return { springFestival: at(0), qingming: at(1), dragonBoat: at(2), midAutumn: at(3) };
}

/** The statutory days off of a year (2008–2099), in date order; empty outside that range (trusted input). */
export function statutoryDaysOf(year: number): StatutoryDay[] {
  const lunar = lunarFestivals(year);
  if (!lunar) return [];
  const out: StatutoryDay[] = [];
  const add = (dayNumber: number, name: string): void => {
    out.push(Object.freeze({ date: fromDayNumber(dayNumber), dayNumber, name }));
  };
  add(dayNumberOf(year, 1, 1), '元旦');
  // 春节: 正月初一 is lunar.springFestival; 除夕 is the day before it.
  const first = year <= 2013 || year >= 2025 ? -1 : 0;
  const last = year <= 2013 ? 1 : 2;
  for (let k = first; k <= last; k++) add(lunar.springFestival + k, '春节');
  add(lunar.qingming, '清明节');
  add(dayNumberOf(year, 5, 1), '劳动节');
  if (year >= 2025) add(dayNumberOf(year, 5, 2), '劳动节');
  add(lunar.dragonBoat, '端午节');
  // 国庆 before 中秋 so a 中秋 inside 国庆 reads 国庆节、中秋节, as the 2025 notice names it.
  for (let d = 1; d <= 3; d++) add(dayNumberOf(year, 10, d), '国庆节');
  add(lunar.midAutumn, '中秋节');
  return out.sort((a, b) => a.dayNumber - b.dayNumber);
}

/** A 补假 day: a working day given off for a statutory day that fell on a Saturday or Sunday (第六条). */
export interface SubstituteDay extends StatutoryDay {
  /** `春节（补假）`, … */
  readonly name: string;
  /** The festival it makes up for (`春节`, `国庆节`, …). */
  readonly festival: string;
  /** The statutory day it replaces. */
  readonly replaces: CalendarDate;
}

const isWeekend = (dayNumber: number): boolean => {
  // 1970-01-01 (day 0) was a Thursday: (dayNumber + 3) mod 7 is 5 for Saturday, 6 for Sunday.
  const w = (((dayNumber + 3) % 7) + 7) % 7;
  return w >= 5;
};

/**
 * The 补假 days of a year (2008–2099) under 《全国年节及纪念日放假办法》第六条, in date order; empty outside that
 * range. The rule, festival by festival in the order their statutory days end:
 *
 * - a festival owes one day for each of its statutory days that falls on a Saturday or Sunday;
 * - 中秋 on a 国庆 day (one day, two festivals) also owes that day once more, as the 2020 notice did (中秋 = 10月1日:
 *   10月1日–8日 off, 09-27 and 10-10 worked: four weekdays net for 国庆's three days and 中秋's one);
 * - each owed day goes, in order, to the first day after the festival's last statutory day that is a Monday–Friday,
 *   not a statutory day of any festival and not already a 补假 (so 补假 for 中秋 next to or inside 国庆 comes after
 *   国庆, and adjacent festivals never share a 补假).
 */
export function substituteDaysOf(year: number): SubstituteDay[] {
  const days = statutoryDaysOf(year);
  if (days.length === 0) return [];
  const statutory = new Set(days.map((d) => d.dayNumber));
  const festivals = new Map<string, { last: number; owed: StatutoryDay[] }>();
  const seen = new Set<number>();
  // statutoryDays lists 国庆 before 中秋 on a shared day, so the second entry of a day is the one owed again.
  for (const d of days) {
    const f = festivals.get(d.name) ?? { last: d.dayNumber, owed: [] };
    f.last = Math.max(f.last, d.dayNumber);
    if (isWeekend(d.dayNumber) || seen.has(d.dayNumber)) f.owed.push(d);
    seen.add(d.dayNumber);
    festivals.set(d.name, f);
  }
  const taken = new Set<number>();
  const out: SubstituteDay[] = [];
  const order = [...festivals].sort((a, b) => a[1].last - b[1].last);
  for (const [festival, f] of order) {
    let next = f.last + 1;
    for (const owed of f.owed) {
      while (isWeekend(next) || statutory.has(next) || taken.has(next)) next++;
      taken.add(next);
      out.push(
        Object.freeze({
          date: fromDayNumber(next),
          dayNumber: next,
          name: `${festival}（补假）`,
          festival,
          replaces: owed.date,
        }),
      );
    }
  }
  return out.sort((a, b) => a.dayNumber - b.dayNumber);
}

function yearIssue(year: unknown): RuleIssue {
  const shown = typeof year === 'number' ? String(year) : typeof year;
  return ruleIssue({
    code: 'CALENDAR_YEAR_INVALID',
    path: ['year'],
    zh: `年份 ${shown} 无效：应为 ${LUNAR_FIRST_YEAR}—${LUNAR_LAST_YEAR} 之间的整数`,
    en: `Year ${shown} is invalid: expected an integer from ${LUNAR_FIRST_YEAR} to ${LUNAR_LAST_YEAR}`,
  });
}

const isYear = (year: unknown): year is number =>
  typeof year === 'number' && Number.isInteger(year) && year >= LUNAR_FIRST_YEAR && year <= LUNAR_LAST_YEAR;

/**
 * The statutory festival days of a year 2008–2099 under 《全国年节及纪念日放假办法》第二条, in date order (a 中秋 on
 * a 国庆 day appears twice, once per festival). Anything else is `CALENDAR_YEAR_INVALID`.
 */
export function statutoryDays(year: number): Result<readonly StatutoryDay[], RuleIssue[]> {
  return isYear(year) ? ok(Object.freeze(statutoryDaysOf(year))) : err([yearIssue(year)]);
}

/** The 补假 days of a year 2008–2099 under 第六条 (see `substituteDaysOf`); else `CALENDAR_YEAR_INVALID`. */
export function substituteDays(year: number): Result<readonly SubstituteDay[], RuleIssue[]> {
  return isYear(year) ? ok(Object.freeze(substituteDaysOf(year))) : err([yearIssue(year)]);
}
