// Independent cross-check: the npm package chinese-days (its own table of the State Council notices, a dev
// dependency only) agrees with this calendar on whether each day of 2020–2026 is a working day.
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/calendar/index.js';
import { addCalendarDays, type CalendarDate } from '../../src/model/date.js';

describe('working days 2020–2026 agree with chinese-days (《中华人民共和国行政处罚法》第八十五条)', () => {
  it('every day from 2020-01-01 to 2026-12-31', () => {
    const disagreements: string[] = [];
    let days = 0;
    for (let d = '2020-01-01' as CalendarDate; d <= '2026-12-31'; d = addCalendarDays(d, 1)) {
      const ours = isWorkingDay(d)._unsafeUnwrap();
      const theirs = chineseDays.isWorkday(d);
      if (ours !== theirs) disagreements.push(`${d}: ours ${ours}, chinese-days ${theirs}`);
      days++;
    }
    expect(days).toBe(2557);
    expect(disagreements).toEqual([]);
  });
});
