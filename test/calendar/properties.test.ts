// Properties of counting in working days (《中华人民共和国行政处罚法》第八十五条; the trigger day is not counted,
// 《中华人民共和国民法典》第二百零一条), over the whole supported range 2008–2099 including the provisional years.
// Each property was checked once against a deliberately broken variant (see the last describe block).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/calendar/index.js';
import { type CalendarDate, dayNumberOf, fromDayNumber } from '../../src/model/date.js';

const first = dayNumberOf(2008, 1, 1);
const last = dayNumberOf(2097, 6, 30); // leaves room for more than 500 working days before 2099-12-31
const date = fc.integer({ min: first, max: last }).map((n) => fromDayNumber(n));
const n = fc.integer({ min: 0, max: 250 });

const add = (d: CalendarDate, k: number): CalendarDate => addWorkingDays(d, k)._unsafeUnwrap().date;

describe('addWorkingDays and workingDaysBetween', () => {
  it('adding a + b working days equals adding a, then b', () => {
    fc.assert(
      fc.property(date, n, n, (d, a, b) => {
        expect(add(d, a + b)).toBe(add(add(d, a), b));
      }),
    );
  });

  it('for n ≥ 1 the result is a working day, and after the trigger day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 250 }), (d, k) => {
        const r = add(d, k);
        expect(isWorkingDay(r)._unsafeUnwrap()).toBe(true);
        expect(r > d).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) = n (it counts (from, to], inverting addWorkingDays)', () => {
    fc.assert(
      fc.property(date, n, (d, k) => {
        expect(workingDaysBetween(d, add(d, k))._unsafeUnwrap().count).toBe(k);
      }),
    );
  });

  it('the result grows strictly with n', () => {
    fc.assert(
      fc.property(date, n, fc.integer({ min: 1, max: 50 }), (d, k, extra) => {
        expect(add(d, k) < add(d, k + extra)).toBe(true);
      }),
    );
  });

  it('the nth working day is the first day with n working days in (d, that day]', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (d, k) => {
        const r = add(d, k);
        const dayBefore = fromDayNumber(dayNumberOf(+r.slice(0, 4), +r.slice(5, 7), +r.slice(8, 10)) - 1);
        expect(workingDaysBetween(d, dayBefore)._unsafeUnwrap().count).toBe(k - 1);
      }),
    );
  });

  it('workingDaysBetween is antisymmetric', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const sum =
          workingDaysBetween(a, b)._unsafeUnwrap().count + workingDaysBetween(b, a)._unsafeUnwrap().count;
        expect(sum).toBe(0);
      }),
    );
  });
});

describe('the properties can fail', () => {
  // A naive variant that counts the trigger day (a classic off-by-one) breaks the working-day property.
  const broken = (d: CalendarDate, k: number): CalendarDate => {
    let day = dayNumberOf(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10));
    let left = k;
    while (left > 0) {
      if (isWorkingDay(fromDayNumber(day))._unsafeUnwrap()) left--;
      if (left > 0) day++;
    }
    return fromDayNumber(day);
  };

  it('a variant that counts the trigger day is caught', () => {
    expect(() =>
      fc.assert(
        fc.property(date, fc.integer({ min: 1, max: 30 }), (d, k) => {
          expect(workingDaysBetween(d, broken(d, k))._unsafeUnwrap().count).toBe(k);
        }),
      ),
    ).toThrow();
  });
});
