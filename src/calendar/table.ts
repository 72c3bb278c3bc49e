/**
 * The precomputed day table behind a calendar: one byte per day for its kind, a festival-name index, and a
 * prefix count of working days, so `isWorkingDay` is one array read and `addWorkingDays` one lookup
 * (working days: Monday–Friday, 《国务院关于职工工作时间的规定》第七条, less the days the State Council gives off,
 * plus its make-up working days; 《中华人民共和国民法典》第二百零一条: the trigger day is not counted).
 */
import type { CalendarDate } from '../model/date.js';
import { BASE_DAY, DAY_COUNT, FIRST_YEAR, LAST_YEAR } from './range.js';
import { statutoryDaysOf, substituteDaysOf } from './statutory.js';
import type { DayKind, HolidayNotice, LocalDay } from './types.js';

export const WORKDAY = 0;
export const WEEKEND = 1;
export const HOLIDAY = 2;
export const MAKEUP = 3;

export const KIND_NAMES: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeup-workday'];

/** A day of a notice or of the caller's options, already placed in the table. */
export interface PlacedDay {
  readonly index: number;
  readonly date: CalendarDate;
  readonly name: string;
  /** Position in the list it came from (for issue paths). */
  readonly position: number;
}

/** A notice with its days placed in the table. */
export interface PlacedNotice {
  readonly notice: HolidayNotice;
  readonly off: readonly PlacedDay[];
  readonly work: readonly PlacedDay[];
}

export interface DayTable {
  /** Kind code per day (WORKDAY, WEEKEND, HOLIDAY, MAKEUP). */
  readonly kinds: Uint8Array;
  /** 1 for a working day, 0 otherwise. */
  readonly working: Uint8Array;
  /** Index into `names` per day; 0 = no festival. */
  readonly nameIds: Uint16Array;
  readonly names: readonly string[];
  /** 1 where a caller-supplied day decides the date. */
  readonly local: Uint8Array;
  /** `cum[i]` = working days among indexes `[0, i)`; length DAY_COUNT + 1. */
  readonly cum: Int32Array;
  /** Indexes of the working days, in order: the k-th working day (0-based) is `workIndex[k]`. */
  readonly workIndex: Int32Array;
  /** 1 for a year with an announced arrangement, per year − FIRST_YEAR. */
  readonly announced: Uint8Array;
  readonly notices: readonly PlacedNotice[];
  readonly localDays: readonly (LocalDay & { readonly index: number })[];
}

/**
 * Builds the table: weekends, then the statutory rule (festival days and 补假) for unannounced years, then
 * notices, then local days.
 */
export function buildTable(
  notices: readonly PlacedNotice[],
  localDays: readonly (LocalDay & { readonly index: number })[],
): DayTable {
  const kinds = new Uint8Array(DAY_COUNT);
  const nameIds = new Uint16Array(DAY_COUNT);
  const local = new Uint8Array(DAY_COUNT);
  const names: string[] = [''];
  const nameId = new Map<string, number>();
  const idOf = (name: string): number => {
    let id = nameId.get(name);
    if (id === undefined) {
      id = names.length;
      names.push(name);
      nameId.set(name, id);
    }
    return id;
  };

  // 1970-01-01 (day 0) was a Thursday; ISO weekday 6 and 7 are the weekend.
  for (let i = 0; i < DAY_COUNT; i++) {
    const iso = ((((BASE_DAY + i + 3) % 7) + 7) % 7) + 1;
    kinds[i] = iso >= 6 ? WEEKEND : WORKDAY;
  }

  const announced = new Uint8Array(LAST_YEAR - FIRST_YEAR + 1);
  for (const n of notices) announced[n.notice.year - FIRST_YEAR] = 1;

  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    if (announced[y - FIRST_YEAR]) continue;
    for (const s of statutoryDaysOf(y)) {
      const i = s.dayNumber - BASE_DAY;
      const prev = kinds[i] === HOLIDAY ? names[nameIds[i]!] : undefined;
      kinds[i] = HOLIDAY;
      // 中秋 can fall within 国庆 (e.g. 10月1日): one day, both names.
      nameIds[i] = idOf(prev && prev !== s.name ? `${prev}、${s.name}` : s.name);
    }
    // 补假 (《全国年节及纪念日放假办法》第六条): never on a statutory day, so never renames one.
    for (const s of substituteDaysOf(y)) {
      const i = s.dayNumber - BASE_DAY;
      kinds[i] = HOLIDAY;
      nameIds[i] = idOf(s.name);
    }
  }

  for (const n of notices) {
    for (const d of n.off) {
      kinds[d.index] = HOLIDAY;
      nameIds[d.index] = idOf(d.name);
    }
    for (const d of n.work) {
      kinds[d.index] = MAKEUP;
      nameIds[d.index] = idOf(d.name);
    }
  }

  for (const d of localDays) {
    local[d.index] = 1;
    nameIds[d.index] = idOf(d.name);
    if (d.kind === 'off') kinds[d.index] = HOLIDAY;
    else if (kinds[d.index] !== WORKDAY) kinds[d.index] = MAKEUP;
  }

  const working = new Uint8Array(DAY_COUNT);
  const cum = new Int32Array(DAY_COUNT + 1);
  let count = 0;
  for (let i = 0; i < DAY_COUNT; i++) {
    const w = kinds[i] === WORKDAY || kinds[i] === MAKEUP ? 1 : 0;
    working[i] = w;
    cum[i] = count;
    count += w;
  }
  cum[DAY_COUNT] = count;
  const workIndex = new Int32Array(count);
  for (let i = 0, k = 0; i < DAY_COUNT; i++) if (working[i]) workIndex[k++] = i;

  return { kinds, working, nameIds, names, local, cum, workIndex, announced, notices, localDays };
}
