/**
 * The statutory festival days (法定节假日) of 《全国年节及纪念日放假办法》, used for years without a State Council
 * holiday notice; answers from them are provisional. Only the seven festivals off for everyone count
 * (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆); 妇女节, 青年节, 儿童节 and 建军节 are off for part of the population only
 * and never move a deadline (《中华人民共和国行政处罚法》第八十五条 counts working days for everyone).
 *
 * Periods: 2008–2013 (国务院令第513号) 春节 = 除夕, 初一, 初二; 2014–2024 (国务院令第644号) 春节 = 初一–初三;
 * from 2025 (国务院令第795号) 春节 = 除夕–初三 and 劳动节 = 5月1日–2日 (before: 5月1日 only). 元旦 1月1日, 清明 (the
 * solar-term day), 端午 and 中秋 one day each, 国庆 10月1日–3日. No 调休 and no substitute day: a statutory day
 * on a weekend is simply a festival day off on a weekend.
 */
import { type CalendarDate, dayNumberOf, fromDayNumber } from '../model/date.js';
import { LUNAR_FESTIVALS, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from './data/cn-lunar.js';

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

/** The statutory days off of a year (2008–2099), in date order; empty outside that range. */
export function statutoryDays(year: number): StatutoryDay[] {
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
