// The calendar reproduces the State Council's announced arrangements 2015–2026 exactly: every one of the 4,383
// days has the kind the notices give it (a deadline off by one day is a legal defect under 第二十二条).
import { describe, expect, it } from 'vitest';
import { OFFICIAL_NOTICES } from '../../src/calendar/data/cn-official.js';
import { createCnCalendar, dayKind, isWorkingDay } from '../../src/calendar/index.js';
import { addCalendarDays, type CalendarDate, isoWeekday } from '../../src/model/date.js';
import { readOfficialCsv } from './official-csv.js';

const rows = readOfficialCsv();
const byDate = new Map(rows.map((r) => [r.date, r]));

function* days2015to2026(): Generator<CalendarDate> {
  for (let d = '2015-01-01' as CalendarDate; d <= '2026-12-31'; d = addCalendarDays(d, 1)) yield d;
}

describe('embedded arrangements match data/cn-holiday-arrangements-2015-2026.csv', () => {
  it('has one notice per year 2015–2026, each citing the papers of the CSV', () => {
    expect(OFFICIAL_NOTICES.map((n) => n.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const n of OFFICIAL_NOTICES) {
      const papers = [...new Set(rows.filter((r) => r.noticeYear === n.year).flatMap((r) => r.papers))];
      expect(n.urls, `${n.year}`).toEqual(papers);
      expect(n.title).toBe(`国务院办公厅关于${n.year}年部分节假日安排的通知`);
    }
  });

  it('lists exactly the CSV rows, with their festival names and notice years (fails when the data is stale)', () => {
    const embedded = OFFICIAL_NOTICES.flatMap((n) => [
      ...n.off.flatMap(([name, ...dates]) => dates.map((date) => `${date},true,${name},${n.year}`)),
      ...n.work.flatMap(([name, ...dates]) => dates.map((date) => `${date},false,${name},${n.year}`)),
    ]).sort();
    const fromCsv = rows.map((r) => `${r.date},${r.off},${r.name},${r.noticeYear}`).sort();
    expect(embedded).toEqual(fromCsv);
  });
});

describe('every day of 2015–2026 is classified as the official notices say', () => {
  it('covers 4,383 days', () => {
    expect([...days2015to2026()].length).toBe(4383);
  });

  it('a listed day off is a holiday, a listed working day a make-up working day, other days follow the weekday', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const d of days2015to2026()) {
      const row = byDate.get(d);
      const weekend = isoWeekday(d) >= 6;
      const expectedKind = row ? (row.off ? 'holiday' : 'makeup-workday') : weekend ? 'weekend' : 'workday';
      const expectedWorking = row ? !row.off : !weekend;
      const info = dayKind(d)._unsafeUnwrap();
      const working = isWorkingDay(d)._unsafeUnwrap();
      if (
        info.kind !== expectedKind ||
        info.working !== expectedWorking ||
        working !== expectedWorking ||
        info.name !== row?.name ||
        info.provisional
      ) {
        wrong.push(`${d}: got ${info.kind}/${info.name}, expected ${expectedKind}/${row?.name}`);
      }
      checked++;
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(4383);
  });

  it('cites the notice of the year, including the December days of the next year’s notice (2018-12-29 → 2019)', () => {
    const dec = dayKind('2018-12-29')._unsafeUnwrap();
    expect(dec.kind).toBe('makeup-workday');
    expect(dec.basis.notices.map((n) => n.year)).toEqual([2018, 2019]);
    expect(dayKind('2020-01-31')._unsafeUnwrap().basis.notices[0]?.urls).toContain(
      'http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm', // 春节假期延长 (2020)
    );
  });

  it('a calendar built with empty options is the same calendar', () => {
    const cal = createCnCalendar({ extraOffDays: [], extraWorkingDays: [], notices: [] })._unsafeUnwrap();
    for (const d of days2015to2026()) {
      expect(cal.isWorkingDay(d)._unsafeUnwrap()).toBe(isWorkingDay(d)._unsafeUnwrap());
    }
  });
});
