// Bad input is a RuleIssue, never an exception: dates that do not exist or are not YYYY-MM-DD, dates outside
// 2008–2099, negative or fractional counts (a period counts whole working days),
// unknown deadline kinds and bad options. Options let a caller add local days off and working days, and
// notices not yet embedded, without a new release.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarCodes,
  createCnCalendar,
  dayKind,
  deadline,
  deadlineStatus,
  isWorkingDay,
  statutoryDays,
  substituteDays,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { modelCodes } from '../../src/model/codes.js';
import type { CodeRegistry, RuleIssue } from '../../src/model/issue.js';

const codes = (issues: readonly RuleIssue[]) => issues.map((i) => i.code);

const badDates: [value: unknown, why: string][] = [
  ['2025-02-29', 'not a leap year'],
  ['2025-13-01', 'no month 13'],
  ['2025-04-31', 'April has 30 days'],
  ['20250101', 'no separators'],
  ['2025-1-01', 'month not two digits'],
  [' 2025-01-01', 'leading space'],
  ['2025-01-01T00:00', 'a time'],
  ['２０２５-01-01', 'full-width digits'],
  [20250101, 'a number'],
  [null, 'null'],
  [undefined, 'undefined'],
  [{}, 'an object'],
];

describe('dates are checked (no exception, a RuleIssue naming the field)', () => {
  it.each(badDates)('%j (%s) is DATE_INVALID (the model’s code for the same defect)', (value) => {
    for (const r of [
      isWorkingDay(value as never),
      dayKind(value as never),
      addWorkingDays(value as never, 1),
    ]) {
      const issues = r._unsafeUnwrapErr();
      expect(codes(issues)).toEqual(['DATE_INVALID']);
      expect(issues[0]?.path).toEqual(['date']);
      expect(issues[0]?.message.zh).toContain('无效');
    }
  });

  it('a real date outside 2008–2099 is CALENDAR_DATE_OUT_OF_RANGE; a leap day that never existed is invalid', () => {
    expect(codes(isWorkingDay('2007-12-31')._unsafeUnwrapErr())).toEqual(['CALENDAR_DATE_OUT_OF_RANGE']);
    expect(codes(isWorkingDay('2100-01-01')._unsafeUnwrapErr())).toEqual(['CALENDAR_DATE_OUT_OF_RANGE']);
    expect(codes(isWorkingDay('1900-02-29')._unsafeUnwrapErr())).toEqual(['DATE_INVALID']);
    expect(isWorkingDay('2008-01-01').isOk()).toBe(true);
    expect(isWorkingDay('2099-12-31').isOk()).toBe(true);
    expect(isWorkingDay('2024-02-29').isOk()).toBe(true);
  });

  it('workingDaysBetween names which end is wrong', () => {
    const issues = workingDaysBetween('2025-02-30', 'x')._unsafeUnwrapErr();
    expect(issues.map((i) => i.path)).toEqual([['from'], ['to']]);
  });
});

describe('the number of working days is a non-negative integer', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3', undefined, null])(
    'n = %j is CALENDAR_COUNT_INVALID',
    (n) => {
      const issues = addWorkingDays('2025-03-03', n as never)._unsafeUnwrapErr();
      expect(codes(issues)).toEqual(['CALENDAR_COUNT_INVALID']);
      // An input error breaks no rule of the measures: no article (src/model/issue.ts).
      expect(issues[0]).toMatchObject({ path: ['n'] });
      expect(issues[0]?.article).toBeUndefined();
    },
  );

  it('a bad date and a bad count are both reported', () => {
    expect(codes(addWorkingDays('2025-02-29', -1)._unsafeUnwrapErr())).toEqual([
      'DATE_INVALID',
      'CALENDAR_COUNT_INVALID',
    ]);
  });

  it('n = 0 gives the date itself, even a holiday; n past 2099 is CALENDAR_RESULT_OUT_OF_RANGE', () => {
    expect(addWorkingDays('2025-10-01', 0)._unsafeUnwrap().date).toBe('2025-10-01');
    expect(codes(addWorkingDays('2099-12-01', 30)._unsafeUnwrapErr())).toEqual([
      'CALENDAR_RESULT_OUT_OF_RANGE',
    ]);
  });

  it('an unknown deadline kind is CALENDAR_DEADLINE_UNKNOWN', () => {
    expect(codes(deadline('publication' as never, '2025-03-03')._unsafeUnwrapErr())).toEqual([
      'CALENDAR_DEADLINE_UNKNOWN',
    ]);
  });
});

describe('no public function throws, whatever it is given', () => {
  it('holds for arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        for (const r of [
          isWorkingDay(a as never),
          dayKind(a as never),
          addWorkingDays(a as never, b as never),
          workingDaysBetween(a as never, b as never),
          deadline(a as never, b as never),
          deadlineStatus({ kind: a, trigger: b, actionDate: a } as never),
          statutoryDays(a as never),
          substituteDays(a as never),
          createCnCalendar(a as never),
        ]) {
          expect(r.isOk() || r.isErr()).toBe(true);
        }
      }),
    );
  });

  it('every code emitted is registered (calendarCodes, or modelCodes for schema issues)', () => {
    const emitted = [
      ...isWorkingDay('x')._unsafeUnwrapErr(),
      ...isWorkingDay('1999-01-01')._unsafeUnwrapErr(),
      ...addWorkingDays('2099-12-31', 1)._unsafeUnwrapErr(),
      ...deadline('results-publication', '2099-12-20')._unsafeUnwrapErr(),
      ...deadline('penalty-publicity', '2099-12-20')._unsafeUnwrapErr(),
      ...deadline('results-publication', '2020-01-02')._unsafeUnwrapErr(),
      ...addWorkingDays('2025-01-01', -1)._unsafeUnwrapErr(),
      ...deadline('x' as never, '2025-01-01')._unsafeUnwrapErr(),
      ...statutoryDays(2007)._unsafeUnwrapErr(),
      ...createCnCalendar({ bogus: 1 } as never)._unsafeUnwrapErr(),
      ...createCnCalendar({ extraOffDays: [{ date: '2025-03-03', name: '' }] })._unsafeUnwrapErr(),
      ...createCnCalendar({
        extraOffDays: [
          { date: '2025-03-03', name: 'a' },
          { date: '2025-03-03', name: 'a' },
        ],
        extraWorkingDays: [{ date: '2025-03-03', name: 'b' }],
        notices: [{ year: 2025, title: 't', urls: [], off: [], work: [] }],
      })._unsafeUnwrapErr(),
      ...createCnCalendar({
        notices: [{ year: 2027, title: 't', urls: [], off: [{ date: '2030-01-01', name: 'x' }], work: [] }],
      })._unsafeUnwrapErr(),
    ];
    const registry: CodeRegistry = { ...modelCodes, ...calendarCodes };
    const unregistered = emitted.filter((i) => !Object.hasOwn(registry, i.code));
    expect(unregistered).toEqual([]);
    // An issue cites the article its registry entry names (docs/error-codes.md is generated from the registry).
    const misCited = emitted
      .filter((i) => registry[i.code]?.article !== i.article)
      .map((i) => `${i.code} ${i.article}`);
    expect(misCited).toEqual([]);
    expect(Object.keys(calendarCodes)).not.toContain('CALENDAR_DATE_INVALID');
    expect(new Set(codes(emitted).filter((c) => c.startsWith('CALENDAR_')))).toEqual(
      new Set(Object.keys(calendarCodes)),
    );
  });
});

describe('every public function takes unknown input and answers with a Result (JS callers, forms, files)', () => {
  it('deadline and deadlineStatus take an unknown kind', () => {
    const kind: unknown = 'results-publication';
    expect(deadline(kind as never, '2025-01-20')._unsafeUnwrap().date).toBe('2025-02-21');
    expect(
      deadlineStatus({ kind, trigger: '2025-01-20', actionDate: '2025-02-21' } as never)._unsafeUnwrap()
        .onTime,
    ).toBe(true);
  });

  it.each<[unknown, string]>([
    [2007, 'before 2008'],
    [2100, 'after 2099'],
    [2027.5, 'not an integer'],
    ['2027', 'a string'],
    [Number.NaN, 'NaN'],
    [undefined, 'undefined'],
  ])('statutoryDays(%j) and substituteDays (%s) are CALENDAR_YEAR_INVALID', (year) => {
    for (const r of [statutoryDays(year as never), substituteDays(year as never)]) {
      const issues = r._unsafeUnwrapErr();
      expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['CALENDAR_YEAR_INVALID', 'year']]);
    }
  });

  it('statutoryDays and substituteDays of a supported year are frozen lists', () => {
    const days = statutoryDays(2027)._unsafeUnwrap();
    expect(days).toHaveLength(13);
    expect(Object.isFrozen(days)).toBe(true);
    expect(
      substituteDays(2027)
        ._unsafeUnwrap()
        .map((d) => d.date),
    ).toContain('2027-02-09');
    expect(statutoryDays(2008).isOk() && statutoryDays(2099).isOk()).toBe(true);
  });
});

describe('options: local days and notices not yet embedded', () => {
  it('a local festival (壮族三月三, 2025-03-31) is a day off on that calendar only', () => {
    const guangxi = createCnCalendar({
      extraOffDays: [{ date: '2025-03-31', name: '壮族三月三' }],
    })._unsafeUnwrap();
    expect(guangxi.dayKind('2025-03-31')._unsafeUnwrap()).toMatchObject({
      kind: 'holiday',
      name: '壮族三月三',
      local: true,
      provisional: false,
    });
    expect(isWorkingDay('2025-03-31')._unsafeUnwrap()).toBe(true);
    // 3 working days after Fri 03-28: 04-01, 04-02, 04-03 locally; 03-31, 04-01, 04-02 on the default calendar.
    const local = guangxi.addWorkingDays('2025-03-28', 3)._unsafeUnwrap();
    expect(local.date).toBe('2025-04-03');
    expect(local.basis.localDays).toEqual([{ date: '2025-03-31', name: '壮族三月三', kind: 'off' }]);
    expect(addWorkingDays('2025-03-28', 3)._unsafeUnwrap().date).toBe('2025-04-02');
  });

  it('an extra working day on a weekend is a make-up working day', () => {
    const cal = createCnCalendar({
      extraWorkingDays: [{ date: '2030-02-09', name: '春节' }],
    })._unsafeUnwrap();
    expect(cal.dayKind('2030-02-09')._unsafeUnwrap()).toMatchObject({
      kind: 'makeup-workday',
      working: true,
    });
  });

  it('a supplied notice for 2027 replaces the statutory rule and makes 2027 final', () => {
    const cal = createCnCalendar({
      notices: [
        {
          year: 2027,
          title: '国务院办公厅关于2027年部分节假日安排的通知',
          urls: ['https://www.gov.cn/example-2027'],
          off: [
            { date: '2027-01-01', name: '元旦' },
            { date: '2027-01-02', name: '元旦' },
            { date: '2027-01-03', name: '元旦' },
          ],
          work: [{ date: '2026-12-27', name: '元旦' }],
        },
      ],
    })._unsafeUnwrap();
    const d = cal.dayKind('2026-12-27')._unsafeUnwrap();
    expect(d).toMatchObject({ kind: 'makeup-workday', name: '元旦', provisional: false });
    expect(d.basis.notices.map((n) => [n.year, n.supplied])).toEqual([
      [2026, false],
      [2027, true],
    ]);
    expect(cal.dayKind('2027-05-03')._unsafeUnwrap()).toMatchObject({ kind: 'workday', provisional: false });
    const r = cal.deadline('penalty-publicity', '2026-12-10')._unsafeUnwrap();
    expect(r.provisional).toBe(false);
  });

  it('conflicts, duplicates, taken years and out-of-range dates are reported with paths', () => {
    const issues = createCnCalendar({
      extraOffDays: [
        { date: '2025-03-03', name: 'a' },
        { date: '2025-03-03', name: 'a' },
        { date: '2100-01-01', name: 'c' },
      ],
      extraWorkingDays: [{ date: '2025-03-03', name: 'b' }],
      notices: [{ year: 2026, title: 't', urls: [], off: [], work: [] }],
    })._unsafeUnwrapErr();
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['CALENDAR_OPTIONS_DUPLICATE', 'extraOffDays.1.date'],
      ['CALENDAR_DATE_OUT_OF_RANGE', 'extraOffDays.2.date'],
      ['CALENDAR_OPTIONS_CONFLICT', 'extraWorkingDays.0.date'],
      ['CALENDAR_NOTICE_YEAR_TAKEN', 'notices.0.year'],
    ]);
  });

  it('a notice date far from its year is reported at its own index, even after a skipped duplicate', () => {
    const issues = createCnCalendar({
      notices: [
        {
          year: 2027,
          title: 't',
          urls: [],
          off: [
            { date: '2027-01-01', name: '元旦' },
            { date: '2027-01-01', name: '元旦' },
            { date: '2030-05-01', name: '劳动节' },
          ],
          work: [],
        },
      ],
    })._unsafeUnwrapErr();
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['CALENDAR_OPTIONS_DUPLICATE', 'notices.0.off.1.date'],
      ['CALENDAR_NOTICE_DATE_YEAR', 'notices.0.off.2.date'],
    ]);
  });

  it('schema errors name the field; the options object is left untouched', () => {
    const options = Object.freeze({
      extraOffDays: Object.freeze([Object.freeze({ date: '2025-02-29', name: 'x' })]),
    });
    const issues = createCnCalendar(options as never)._unsafeUnwrapErr();
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['DATE_INVALID', 'extraOffDays.0.date']]);
    expect(options).toEqual({ extraOffDays: [{ date: '2025-02-29', name: 'x' }] });
  });
});
