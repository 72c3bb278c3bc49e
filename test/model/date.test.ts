import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  type CalendarDate,
  fromDayNumber,
  isoWeekday,
  toDayNumber,
} from '../../src/model/date.js';
import { addDays, daysBetween, isCalendarDate, parseCalendarDate, weekdayOf } from '../../src/model/index.js';

describe('plain calendar dates (YYYY-MM-DD, no time zone)', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-04-31', false],
    ['20250101', false],
    ['2025-1-01', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('%s is a calendar date: %s', (s, expected) => {
    expect(isCalendarDate(s)).toBe(expected);
  });

  it('an invalid date is a DATE_INVALID issue with both languages, never an exception', () => {
    const [issue] = parseCalendarDate('2025-02-29', ['schedule', 'start'])._unsafeUnwrapErr();
    expect(issue).toMatchObject({ code: 'DATE_INVALID', path: ['schedule', 'start'] });
    expect(issue!.message.zh).toContain('2025-02-29');
    expect(parseCalendarDate(20250101).isErr()).toBe(true);
  });

  it('1970-01-01 is day 0 and a Thursday; 2026-11-27 is a Friday', () => {
    expect(toDayNumber('1970-01-01' as CalendarDate)).toBe(0);
    expect(isoWeekday('1970-01-01' as CalendarDate)).toBe(4);
    expect(isoWeekday('2026-11-27' as CalendarDate)).toBe(5);
    expect(addCalendarDays('2024-02-28' as CalendarDate, 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28' as CalendarDate, 1)).toBe('2025-03-01');
  });

  it('property: day numbers agree with UTC milliseconds (an independent oracle) and round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const date = fromDayNumber(n);
        const utc = new Date(n * 86_400_000).toISOString().slice(0, 10);
        return isCalendarDate(date) && date === utc && toDayNumber(date) === n;
      }),
    );
  });
});

describe('the public date helpers are checked: bad input is an issue, never an invalid date', () => {
  it.each([
    [['2026-01-01', 0.5], 'DAY_COUNT_INVALID'],
    [['2026-01-01', Number.NaN], 'DAY_COUNT_INVALID'],
    [['2026-01-01', '3'], 'DAY_COUNT_INVALID'],
    [['2026-02-30', 1], 'DATE_INVALID'],
    [['9999-12-31', 1], 'DATE_OUT_OF_RANGE'],
    [['0001-01-01', -1], 'DATE_OUT_OF_RANGE'],
    [['2026-01-01', 1e12], 'DATE_OUT_OF_RANGE'],
  ])('addDays(%j) → %s', ([date, days], code) => {
    expect(addDays(date as never, days as never)._unsafeUnwrapErr()[0]!.code).toBe(code);
  });

  it('valid input gives the plain answer', () => {
    expect(addDays('2024-02-28', 1)._unsafeUnwrap()).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)._unsafeUnwrap()).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-12-31')._unsafeUnwrap()).toBe(364);
    expect(weekdayOf('2026-11-27')._unsafeUnwrap()).toBe(5);
    expect(weekdayOf('2026-11-31').isErr()).toBe(true);
  });

  it('property: addDays then daysBetween is the identity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -600_000, max: 2_800_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        (n, k) => {
          const start = fromDayNumber(n);
          const moved = addDays(start, k);
          return moved.isOk() && daysBetween(start, moved.value)._unsafeUnwrap() === k;
        },
      ),
    );
  });
});
