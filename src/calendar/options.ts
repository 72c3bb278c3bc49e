/**
 * Options of `createCnCalendar`: local days off or working days (an autonomous region's festival, a
 * correction) and whole notices for years not embedded in this release (a future 部分节假日安排的通知). Options are
 * input like any other: parsed with zod, then checked for dates outside 2008–2099, duplicates and conflicts.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../model/date.js';
import { field } from '../model/field.js';
import { type IssuePath, type RuleIssue, ruleIssue, sortIssues } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { OFFICIAL_NOTICES } from './data/cn-official.js';
import { dateIndex, FIRST_YEAR, LAST_YEAR, OUT_OF_RANGE, yearAt } from './range.js';
import type { PlacedDay, PlacedNotice } from './table.js';
import type { LocalDay } from './types.js';

/** A name a message asks for. */
const NAMED = { zh: '应填写文字', en: 'a non-empty text' };

const NamedDaySchema = z.strictObject({
  date: field(CalendarDateSchema, { zh: '日期', en: 'the date' }),
  name: field(z.string().trim().min(1), { zh: '名称', en: 'the name' }, NAMED),
});

const NoticeSchema = z.strictObject({
  year: field(
    z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
    { zh: '通知年份', en: 'the notice year' },
    { zh: `应为 ${FIRST_YEAR}—${LAST_YEAR} 之间的年份`, en: `a year from ${FIRST_YEAR} to ${LAST_YEAR}` },
  ),
  title: field(z.string().trim().min(1), { zh: '通知标题', en: 'the notice title' }, NAMED),
  urls: field(z.array(field(z.string().trim().min(1), { zh: '通知网址', en: 'the notice URL' })), {
    zh: '通知网址',
    en: 'the notice URLs',
  }),
  off: field(z.array(NamedDaySchema), { zh: '放假日期', en: 'the days off' }),
  work: field(z.array(NamedDaySchema), { zh: '调休上班日期', en: 'the make-up working days' }),
});

/** Reads {@link CnCalendarOptions} at run time (untrusted JSON from a platform's settings). */
export const CnCalendarOptionsSchema = z
  .strictObject({
    extraOffDays: field(z.array(NamedDaySchema), { zh: '本地休息日', en: 'the local days off' }).optional(),
    extraWorkingDays: field(z.array(NamedDaySchema), {
      zh: '本地工作日',
      en: 'the local working days',
    }).optional(),
    notices: field(z.array(NoticeSchema), {
      zh: '补充的节假日安排通知',
      en: 'the supplied notices',
    }).optional(),
  })
  .meta({ description: 'Options of createCnCalendar: local days and notices not embedded in the release' });

/** A day a caller names. */
export interface NamedDay {
  readonly date: string;
  readonly name: string;
}

/** A State Council notice supplied by the caller for a year this release does not embed. */
export interface SuppliedNotice {
  readonly year: number;
  readonly title: string;
  readonly urls: readonly string[];
  /** Every announced day off, including weekend days the notice lists. */
  readonly off: readonly NamedDay[];
  /** Every announced make-up working day (调休上班). */
  readonly work: readonly NamedDay[];
}

/** Options of the China working-day calendar: extra arrangements a platform supplies (validated by {@link CnCalendarOptionsSchema}). */
export interface CnCalendarOptions {
  /** Days off added to the calendar (a local festival, a correction). */
  readonly extraOffDays?: readonly NamedDay[];
  /** Working days added to the calendar. */
  readonly extraWorkingDays?: readonly NamedDay[];
  /** Notices for years without an embedded one; such a year is no longer provisional. */
  readonly notices?: readonly SuppliedNotice[];
}

/** Options after checking: days placed in the table. */
export interface CheckedOptions {
  readonly notices: readonly PlacedNotice[];
  readonly localDays: readonly (LocalDay & { readonly index: number })[];
}

function outOfRange(path: IssuePath, date: string): RuleIssue {
  return ruleIssue({
    code: 'CALENDAR_DATE_OUT_OF_RANGE',
    path,
    zh: `日期 ${date} 超出工作日历支持的年份范围（${FIRST_YEAR}—${LAST_YEAR}）`,
    en: `Date ${date} lies outside the years the calendar supports (${FIRST_YEAR}–${LAST_YEAR})`,
  });
}

/** Places named days, reporting dates out of range and duplicates within the list. */
function place(days: readonly NamedDay[], path: IssuePath, issues: RuleIssue[]): PlacedDay[] {
  const seen = new Set<number>();
  const out: PlacedDay[] = [];
  days.forEach((d, k) => {
    const index = dateIndex(d.date);
    if (index === OUT_OF_RANGE) {
      issues.push(outOfRange([...path, k, 'date'], d.date));
      return;
    }
    if (seen.has(index)) {
      issues.push(
        ruleIssue({
          code: 'CALENDAR_OPTIONS_DUPLICATE',
          path: [...path, k, 'date'],
          zh: `日期 ${d.date} 在列表中重复出现`,
          en: `Date ${d.date} appears more than once in the list`,
        }),
      );
      return;
    }
    seen.add(index);
    out.push({ index, name: d.name, date: d.date as CalendarDate, position: k });
  });
  return out;
}

function conflicts(
  off: readonly PlacedDay[],
  work: readonly PlacedDay[],
  workPath: IssuePath,
  issues: RuleIssue[],
): void {
  const offSet = new Set(off.map((d) => d.index));
  for (const d of work) {
    if (offSet.has(d.index)) {
      issues.push(
        ruleIssue({
          code: 'CALENDAR_OPTIONS_CONFLICT',
          path: [...workPath, d.position, 'date'],
          zh: `日期 ${d.date} 同时被设为休息日和工作日`,
          en: `Date ${d.date} is given both as a day off and as a working day`,
        }),
      );
    }
  }
}

/** Parses and checks the options of `createCnCalendar`. */
export function checkOptions(input: unknown): Result<CheckedOptions, RuleIssue[]> {
  if (input === undefined) return ok({ notices: [], localDays: [] });
  const parsed = parseWith(CnCalendarOptionsSchema, input);
  if (parsed.isErr()) return err(parsed.error);
  const options = parsed.value;
  const issues: RuleIssue[] = [];

  const offDays = options.extraOffDays ?? [];
  const workDays = options.extraWorkingDays ?? [];
  const off = place(offDays, ['extraOffDays'], issues);
  const work = place(workDays, ['extraWorkingDays'], issues);
  conflicts(off, work, ['extraWorkingDays'], issues);
  const localDays = [
    ...off.map((d) => Object.freeze({ index: d.index, date: d.date, name: d.name, kind: 'off' as const })),
    ...work.map((d) =>
      Object.freeze({ index: d.index, date: d.date, name: d.name, kind: 'working' as const }),
    ),
  ];

  const embeddedYears = new Set(OFFICIAL_NOTICES.map((n) => n.year));
  const suppliedYears = new Set<number>();
  const notices: PlacedNotice[] = [];
  (options.notices ?? []).forEach((n, k) => {
    const path = ['notices', k];
    if (embeddedYears.has(n.year) || suppliedYears.has(n.year)) {
      issues.push(
        ruleIssue({
          code: 'CALENDAR_NOTICE_YEAR_TAKEN',
          path: [...path, 'year'],
          zh: `${n.year} 年已有国务院节假日安排（内置或重复提供）；如需更正请用 extraOffDays / extraWorkingDays`,
          en: `${n.year} already has a State Council arrangement (embedded or supplied twice); correct single days with extraOffDays / extraWorkingDays`,
        }),
      );
      return;
    }
    suppliedYears.add(n.year);
    const before = issues.length;
    const noticeOff = place(n.off, [...path, 'off'], issues);
    const noticeWork = place(n.work, [...path, 'work'], issues);
    conflicts(noticeOff, noticeWork, [...path, 'work'], issues);
    for (const [list, key] of [
      [noticeOff, 'off'],
      [noticeWork, 'work'],
    ] as const) {
      for (const d of list) {
        if (Math.abs(yearAt(d.index) - n.year) > 1) {
          issues.push(
            ruleIssue({
              code: 'CALENDAR_NOTICE_DATE_YEAR',
              // The caller's index: `list` skips duplicates and out-of-range dates.
              path: [...path, key, d.position, 'date'],
              zh: `${n.year} 年的节假日安排不应包含 ${yearAt(d.index)} 年的日期`,
              en: `The ${n.year} arrangement should not contain a date in ${yearAt(d.index)}`,
            }),
          );
        }
      }
    }
    if (issues.length > before) return;
    notices.push(
      Object.freeze({
        notice: Object.freeze({
          year: n.year,
          title: n.title,
          urls: Object.freeze([...n.urls]),
          supplied: true,
        }),
        off: Object.freeze(noticeOff),
        work: Object.freeze(noticeWork),
      }),
    );
  });

  if (issues.length > 0) return err(sortIssues(issues));
  return ok({ notices, localDays: localDays.sort((a, b) => a.index - b.index) });
}
