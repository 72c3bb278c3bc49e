// Working-day calendar throughput. Targets (issue 3): isWorkingDay ≥ 10M calls/s; addWorkingDays(·, 20) ≥ 2M
// calls/s and at least 20× a day-by-day loop over isWorkingDay measured in the same run.

import { addWorkingDays, getDefaultCnCalendar, isWorkingDay } from '../src/calendar/index.js';
import { addCalendarDays, type CalendarDate, dayNumberOf, fromDayNumber } from '../src/model/date.js';

/** Calls per second of `fn` over `inputs`, best of `rounds` timed passes after a warm-up. */
function rate(fn: (i: number) => unknown, calls: number, rounds = 5): number {
  let sink = 0;
  for (let i = 0; i < Math.min(calls, 200_000); i++) if (fn(i)) sink++;
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) if (fn(i)) sink++;
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    best = Math.max(best, calls / secs);
  }
  if (sink === -1) console.log(sink);
  return best;
}

/** The baseline: step one calendar day at a time, asking isWorkingDay, until n working days have passed. */
function addWorkingDaysLoop(date: CalendarDate, n: number): CalendarDate {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addCalendarDays(d, 1);
    if (isWorkingDay(d)._unsafeUnwrap()) left--;
  }
  return d;
}

const fmt = (x: number) => `${(x / 1e6).toFixed(2)}M calls/s`;

export async function run(): Promise<void> {
  const t0 = process.hrtime.bigint();
  getDefaultCnCalendar();
  console.log(
    `build default calendar (2008–2099): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`,
  );

  // 4,096 dates spread over 2015–2030 (announced and provisional years).
  const first = dayNumberOf(2015, 1, 1);
  const dates: CalendarDate[] = Array.from({ length: 4096 }, (_, i) =>
    fromDayNumber(first + ((i * 1423) % 5844)),
  );
  const mask = dates.length - 1;

  const check = dates
    .slice(0, 200)
    .every((d) => addWorkingDaysLoop(d, 20) === addWorkingDays(d, 20)._unsafeUnwrap().date);
  console.log(`fast and day-by-day addWorkingDays agree on 200 dates: ${check}`);

  const isWd = rate((i) => isWorkingDay(dates[i & mask]!).isOk(), 10_000_000);
  const add20 = rate((i) => addWorkingDays(dates[i & mask]!, 20).isOk(), 2_000_000);
  const loop20 = rate((i) => addWorkingDaysLoop(dates[i & mask]!, 20), 100_000);

  console.log(
    `isWorkingDay:                ${fmt(isWd)}  (target ≥ 10M: ${isWd >= 10e6 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `addWorkingDays(·, 20):       ${fmt(add20)}  (target ≥ 2M: ${add20 >= 2e6 ? 'met' : 'NOT met'})`,
  );
  console.log(`day-by-day loop (baseline):  ${fmt(loop20)}`);
  console.log(
    `ratio addWorkingDays / loop: ${(add20 / loop20).toFixed(1)}×  (target ≥ 20×: ${add20 / loop20 >= 20 ? 'met' : 'NOT met'})`,
  );
}
