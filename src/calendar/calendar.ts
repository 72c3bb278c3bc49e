/**
 * China's working-day calendar (工作日历) on the State Council's announced arrangements, and the statutory
 * deadlines of 第二十二条 counted on it. A working day is a Monday–Friday (《国务院关于职工工作时间的规定》第七条) that
 * the State Council's arrangements do not give off, or a make-up working day; each deadline counts in working
 * days by its own words (第二十二条 “20 个工作日”, “7 个工作日”). A period starts on the day after its trigger
 * (《中华人民共和国民法典》第二百零一条): `addWorkingDays(d, n)` is the nth working day
 * after d, and `workingDaysBetween(from, to)` counts the working days in `(from, to]`, so each inverts the other.
 */
import { err, ok, type Result } from 'neverthrow';
import { NATIONAL } from '../model/article.js';
import type { CalendarDate } from '../model/date.js';
import { type RuleIssue, ruleIssue } from '../model/issue.js';
import { OFFICIAL_NOTICES } from './data/cn-official.js';
import {
  DEADLINE_RULES,
  type DeadlineKind,
  type DeadlineResult,
  type DeadlineStatus,
  isDeadlineKind,
} from './deadlines.js';
import { type CheckedOptions, type CnCalendarOptions, checkOptions } from './options.js';
import { DAY_COUNT, dateAt, dateIndex, FIRST_YEAR, LAST_YEAR, OUT_OF_RANGE, yearAt } from './range.js';
import { statutoryRuleCitation } from './statutory.js';
import { buildTable, type DayTable, KIND_NAMES, type PlacedNotice } from './table.js';
import type { CalendarBasis, DayInfo, HolidayNotice, WorkingDayCount, WorkingDayResult } from './types.js';

/**
 * A working-day calendar. Dates are `YYYY-MM-DD` strings. Parameters are typed for the editor; every method still
 * validates its input at run time (any value gives a `Result`, never an exception).
 */
export interface CnCalendar {
  /** First and last date the calendar answers for. */
  readonly firstDate: CalendarDate;
  readonly lastDate: CalendarDate;
  /** True for a working day (a weekday not off, or a make-up working day). */
  isWorkingDay(date: string): Result<boolean, RuleIssue[]>;
  /** The kind of a day, its festival, whether it is provisional, and the notice it rests on. */
  dayKind(date: string): Result<DayInfo, RuleIssue[]>;
  /** The nth working day after `date` (the trigger day is not counted); `n = 0` gives `date` itself. */
  addWorkingDays(date: string, n: number): Result<WorkingDayResult, RuleIssue[]>;
  /** Working days in `(from, to]`; negative (minus the count in `(to, from]`) when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): Result<WorkingDayCount, RuleIssue[]>;
  /** A named statutory deadline: the Nth working day after `trigger`. */
  deadline(kind: DeadlineKind, trigger: string): Result<DeadlineResult, RuleIssue[]>;
  /** Whether an action on `actionDate` met the deadline of `kind` triggered on `trigger`. */
  deadlineStatus(input: DeadlineStatusInput): Result<DeadlineStatus, RuleIssue[]>;
}

/** What {@link CnCalendar.deadlineStatus} reads. */
export interface DeadlineStatusInput {
  /** A {@link DeadlineKind}, e.g. `'results-publication'`. */
  readonly kind: DeadlineKind;
  /** The day that starts the period (`YYYY-MM-DD`; not counted). */
  readonly trigger: string;
  /** The day the action was taken (`YYYY-MM-DD`). */
  readonly actionDate: string;
}

/** Shared answers: `isWorkingDay` allocates nothing for valid input. */
const OK_TRUE: Result<boolean, RuleIssue[]> = Object.freeze(ok(true));
const OK_FALSE: Result<boolean, RuleIssue[]> = Object.freeze(ok(false));

const COUNTING = `${NATIONAL.civilCode201}：期间开始的当日不计入，自下一日开始计算`;
const WORKING_DAYS = `${NATIONAL.workingHours7}：星期六和星期日为周休息日；法定节假日及调休上班按国务院公布的年度安排（《全国年节及纪念日放假办法》）`;

let embedded: readonly PlacedNotice[] | undefined;

/** The embedded notices, placed in the table (computed once, on first use). */
function embeddedNotices(): readonly PlacedNotice[] {
  if (embedded) return embedded;
  embedded = Object.freeze(
    OFFICIAL_NOTICES.map((n) => {
      const placed = (groups: typeof n.off) =>
        groups.flatMap(([name, ...dates]) =>
          dates.map((date, position) => ({
            index: dateIndex(date),
            date: date as CalendarDate,
            name,
            position,
          })),
        );
      const notice: HolidayNotice = Object.freeze({
        year: n.year,
        title: n.title,
        urls: n.urls,
        supplied: false,
      });
      return Object.freeze({ notice, off: placed(n.off), work: placed(n.work) });
    }),
  );
  return embedded;
}

function dateIssue(value: unknown, index: number, path: string): RuleIssue {
  const shown = typeof value === 'string' ? `"${value}"` : typeof value;
  if (index === OUT_OF_RANGE) {
    return ruleIssue({
      code: 'CALENDAR_DATE_OUT_OF_RANGE',
      path: [path],
      zh: `日期 ${shown} 超出工作日历支持的年份范围（${FIRST_YEAR}—${LAST_YEAR}）`,
      en: `Date ${shown} lies outside the years the working-day calendar supports (${FIRST_YEAR}–${LAST_YEAR})`,
    });
  }
  return ruleIssue({
    code: 'DATE_INVALID',
    path: [path],
    zh: `日期 ${shown} 无效：应为实际存在的公历日期，格式 YYYY-MM-DD（如 2026-03-01）`,
    en: `Date ${shown} is invalid: expected a real calendar date written YYYY-MM-DD (e.g. 2026-03-01)`,
  });
}

function countIssue(n: unknown): RuleIssue {
  const shown = typeof n === 'number' ? String(n) : typeof n;
  return ruleIssue({
    code: 'CALENDAR_COUNT_INVALID',
    path: ['n'],
    zh: `工作日天数 ${shown} 无效：应为非负整数`,
    en: `Number of working days ${shown} is invalid: expected a non-negative integer`,
  });
}

/**
 * Counting ran past 2099-12-31. A limit of the calendar, not a breach of any rule, so it cites no article; a
 * deadline's own rule is named in the message (`rule`).
 */
function resultOutOfRange(from: CalendarDate, n: number, path: string, rule?: string): RuleIssue {
  const of = rule ? `（${rule}规定的期限）` : '';
  const ofEn = rule ? ` (the period of ${rule})` : '';
  return ruleIssue({
    code: 'CALENDAR_RESULT_OUT_OF_RANGE',
    path: [path],
    zh: `自 ${from} 起第 ${n} 个工作日${of}超出工作日历支持的范围（至 ${LAST_YEAR}-12-31）`,
    en: `The working day ${n} after ${from}${ofEn} lies beyond the calendar's range (up to ${LAST_YEAR}-12-31)`,
  });
}

/** Builds a calendar from checked options. */
function buildCalendar(options: CheckedOptions): CnCalendar {
  const notices = [...embeddedNotices(), ...options.notices];
  const table: DayTable = buildTable(notices, options.localDays);
  const { kinds, working, nameIds, names, local, cum, workIndex, announced } = table;

  // Years each notice touches (the 2019 notice puts days in December 2018).
  const noticeYears = notices.map((n) => {
    const years = [...n.off, ...n.work].map((d) => yearAt(d.index));
    return {
      notice: n.notice,
      from: Math.min(n.notice.year, ...years),
      to: Math.max(n.notice.year, ...years),
    };
  });

  // Result dates, formatted once per day on demand (most answers fall on a few thousand days).
  const dateStrings: (CalendarDate | undefined)[] = new Array(DAY_COUNT);
  const dateOf = (i: number): CalendarDate => {
    let s = dateStrings[i];
    if (s === undefined) {
      s = dateAt(i);
      dateStrings[i] = s;
    }
    return s;
  };

  const basisCache = new Map<number, CalendarBasis>();
  /** Basis of an answer spanning the years `[fromYear, toYear]` (cached: answers share frozen values). */
  const basisFor = (fromYear: number, toYear: number): CalendarBasis => {
    const key = (fromYear - FIRST_YEAR) * 1000 + (toYear - FIRST_YEAR);
    const hit = basisCache.get(key);
    if (hit) return hit;
    const provisionalYears: number[] = [];
    for (let y = fromYear; y <= toYear; y++) if (!announced[y - FIRST_YEAR]) provisionalYears.push(y);
    const basis: CalendarBasis = Object.freeze({
      counting: COUNTING,
      workingDays: WORKING_DAYS,
      notices: Object.freeze(
        noticeYears.filter((n) => n.from <= toYear && n.to >= fromYear).map((n) => n.notice),
      ),
      provisionalYears: Object.freeze(provisionalYears),
      ...(provisionalYears.length > 0 ? { statutoryRule: statutoryRuleCitation(provisionalYears) } : {}),
      localDays: Object.freeze(
        table.localDays
          .filter((d) => {
            const y = yearAt(d.index);
            return y >= fromYear && y <= toYear;
          })
          .map((d) => Object.freeze({ date: d.date, name: d.name, kind: d.kind })),
      ),
    });
    basisCache.set(key, basis);
    return basis;
  };

  /** Years of the span `(a, b]` of indexes (a ≤ b); an empty span stands for the year of `a`. */
  const spanYears = (a: number, b: number): [number, number] =>
    a === b ? [yearAt(a), yearAt(a)] : [yearAt(a + 1), yearAt(b)];

  const provisionalSpan = (fromYear: number, toYear: number): boolean => {
    for (let y = fromYear; y <= toYear; y++) if (!announced[y - FIRST_YEAR]) return true;
    return false;
  };

  const isWorkingDay = (date: unknown): Result<boolean, RuleIssue[]> => {
    const i = dateIndex(date);
    if (i < 0) return err([dateIssue(date, i, 'date')]);
    return working[i] === 1 ? OK_TRUE : OK_FALSE;
  };

  const dayKind = (date: unknown): Result<DayInfo, RuleIssue[]> => {
    const i = dateIndex(date);
    if (i < 0) return err([dateIssue(date, i, 'date')]);
    const year = yearAt(i);
    const nameId = nameIds[i] as number;
    const info: DayInfo = {
      date: date as CalendarDate,
      kind: KIND_NAMES[kinds[i] as number]!,
      ...(nameId !== 0 ? { name: names[nameId]! } : {}),
      working: working[i] === 1,
      provisional: !announced[year - FIRST_YEAR],
      local: local[i] === 1,
      basis: basisFor(year, year),
    };
    return ok(Object.freeze(info));
  };

  /** Index of the nth working day after index i (n ≥ 0), or −1 beyond the range. */
  const nthAfter = (i: number, n: number): number => {
    if (n === 0) return i;
    const k = (cum[i + 1] as number) + n - 1;
    return k < workIndex.length ? (workIndex[k] as number) : -1;
  };

  const addWorkingDays = (date: unknown, n: unknown): Result<WorkingDayResult, RuleIssue[]> => {
    const i = dateIndex(date);
    const countOk = typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
    if (i < 0 || !countOk) {
      const issues: RuleIssue[] = [];
      if (i < 0) issues.push(dateIssue(date, i, 'date'));
      if (!countOk) issues.push(countIssue(n));
      return err(issues);
    }
    const j = nthAfter(i, n);
    if (j < 0) return err([resultOutOfRange(date as CalendarDate, n, 'n')]);
    const [fy, ty] = spanYears(i, j);
    return ok(
      Object.freeze({ date: dateOf(j), provisional: provisionalSpan(fy, ty), basis: basisFor(fy, ty) }),
    );
  };

  const workingDaysBetween = (from: unknown, to: unknown): Result<WorkingDayCount, RuleIssue[]> => {
    const a = dateIndex(from);
    const b = dateIndex(to);
    if (a < 0 || b < 0) {
      const issues: RuleIssue[] = [];
      if (a < 0) issues.push(dateIssue(from, a, 'from'));
      if (b < 0) issues.push(dateIssue(to, b, 'to'));
      return err(issues);
    }
    const count = (cum[b + 1] as number) - (cum[a + 1] as number);
    const [fy, ty] = a <= b ? spanYears(a, b) : spanYears(b, a);
    return ok(Object.freeze({ count, provisional: provisionalSpan(fy, ty), basis: basisFor(fy, ty) }));
  };

  const deadline = (kind: unknown, trigger: unknown): Result<DeadlineResult, RuleIssue[]> => {
    const issues: RuleIssue[] = [];
    if (!isDeadlineKind(kind)) {
      issues.push(
        ruleIssue({
          code: 'CALENDAR_DEADLINE_UNKNOWN',
          path: ['kind'],
          zh: `未知的期限类型 ${typeof kind === 'string' ? kind : typeof kind}；可选：${Object.keys(DEADLINE_RULES).join('、')}`,
          en: `Unknown deadline kind ${typeof kind === 'string' ? kind : typeof kind}; one of: ${Object.keys(DEADLINE_RULES).join(', ')}`,
        }),
      );
    }
    const i = dateIndex(trigger);
    if (i < 0) issues.push(dateIssue(trigger, i, 'trigger'));
    if (issues.length > 0 || !isDeadlineKind(kind)) return err(issues);
    const rule = DEADLINE_RULES[kind];
    if (rule.effectiveFrom !== undefined && (trigger as string) < rule.effectiveFrom) {
      return err([
        ruleIssue({
          code: 'CALENDAR_TRIGGER_BEFORE_EFFECTIVE',
          article: rule.effectiveArticle,
          path: ['trigger'],
          zh: `期限的起算日 ${trigger as string} 早于${rule.law}施行之日（${rule.effectiveFrom}），${rule.citation}规定的期限不适用`,
          en: `The period would run from ${trigger as string}, before the Longting measures took effect (${rule.effectiveFrom}); the ${rule.citationEn} deadline does not apply`,
        }),
      ]);
    }
    const j = nthAfter(i, rule.days);
    if (j < 0)
      return err([
        resultOutOfRange(trigger as CalendarDate, rule.days, 'trigger', `${rule.law}${rule.article}`),
      ]);
    const [fy, ty] = spanYears(i, j);
    return ok(
      Object.freeze({
        date: dateOf(j),
        trigger: trigger as CalendarDate,
        provisional: provisionalSpan(fy, ty),
        basis: Object.freeze({
          kind: rule.kind,
          days: rule.days,
          law: rule.law,
          article: rule.article,
          citation: rule.citation,
          period: rule.period,
          calendar: basisFor(fy, ty),
        }),
      }),
    );
  };

  const deadlineStatus = (input: DeadlineStatusInput): Result<DeadlineStatus, RuleIssue[]> => {
    let kind: unknown;
    let trigger: unknown;
    let actionDate: unknown;
    try {
      ({ kind, trigger, actionDate } = (input ?? {}) as Partial<Record<keyof DeadlineStatusInput, unknown>>);
    } catch {
      return err([
        ruleIssue({
          code: 'INPUT_UNREADABLE',
          zh: '输入无法读取（访问字段时出错）',
          en: 'The input could not be read (accessing a field failed)',
        }),
      ]);
    }
    const d = deadline(kind, trigger);
    const a = dateIndex(actionDate);
    if (d.isErr() || a < 0) {
      return err([...(d.isErr() ? d.error : []), ...(a < 0 ? [dateIssue(actionDate, a, 'actionDate')] : [])]);
    }
    const due = d.value;
    const dueIndex = dateIndex(due.date);
    const late = Math.max(0, (cum[a + 1] as number) - (cum[dueIndex + 1] as number));
    const lateProvisional = a > dueIndex && provisionalSpan(...spanYears(dueIndex, a));
    return ok(
      Object.freeze({
        deadline: due,
        actionDate: actionDate as CalendarDate,
        onTime: a <= dueIndex,
        workingDaysLate: late,
        provisional: due.provisional || lateProvisional,
      }),
    );
  };

  return Object.freeze({
    firstDate: dateAt(0),
    lastDate: dateAt(DAY_COUNT - 1),
    isWorkingDay,
    dayKind,
    addWorkingDays,
    workingDaysBetween,
    deadline,
    deadlineStatus,
  });
}

/**
 * Creates a working-day calendar: the embedded State Council arrangements 2015–2026, the statutory rule for
 * 2008–2014 and 2027–2099 (provisional), plus the caller's local days and notices. Bad options give RuleIssues.
 */
export function createCnCalendar(options?: CnCalendarOptions): Result<CnCalendar, RuleIssue[]> {
  return checkOptions(options).map(buildCalendar);
}

let defaultCalendar: CnCalendar | undefined;

/** The calendar without options, built on first use (importing the module costs nothing). */
export function getDefaultCnCalendar(): CnCalendar {
  defaultCalendar ??= buildCalendar({ notices: [], localDays: [] });
  return defaultCalendar;
}
