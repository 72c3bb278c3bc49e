// Boundary cases around every make-up working day (调休上班) announced for 2024–2026: the day before, the day
// itself and the day after, as the notices set them. A deadline counted across these days (第二十二条) moves
// by exactly one day when one of them is misclassified.
import { describe, expect, it } from 'vitest';
import { type DayKind, dayKind, isWorkingDay } from '../../src/calendar/index.js';

type Row = [date: string, kind: DayKind, name: string | undefined];

// biome-ignore format: readable table, one day per line
const table: Row[] = [
  // 2024 春节: off 02-10 – 02-17; work Sun 02-04 and Sun 02-18
  ['2024-02-03', 'weekend', undefined], // Sat, ordinary weekend
  ['2024-02-04', 'makeup-workday', '春节'], // Sun worked
  ['2024-02-05', 'workday', undefined], // Mon
  ['2024-02-17', 'holiday', '春节'], // Sat, last day off
  ['2024-02-18', 'makeup-workday', '春节'], // Sun worked
  ['2024-02-19', 'workday', undefined], // Mon
  // 2024 清明: off 04-04 – 04-06; work Sun 04-07
  ['2024-04-06', 'holiday', '清明节'], // Sat, listed day off
  ['2024-04-07', 'makeup-workday', '清明节'], // Sun worked
  ['2024-04-08', 'workday', undefined], // Mon
  // 2024 劳动节: off 05-01 – 05-05; work Sun 04-28 and Sat 05-11
  ['2024-04-27', 'weekend', undefined], // Sat
  ['2024-04-28', 'makeup-workday', '劳动节'], // Sun worked
  ['2024-04-29', 'workday', undefined], // Mon
  ['2024-05-10', 'workday', undefined], // Fri
  ['2024-05-11', 'makeup-workday', '劳动节'], // Sat worked
  ['2024-05-12', 'weekend', undefined], // Sun
  // 2024 中秋: off 09-15 – 09-17; work Sat 09-14
  ['2024-09-13', 'workday', undefined], // Fri
  ['2024-09-14', 'makeup-workday', '中秋节'], // Sat worked
  ['2024-09-15', 'holiday', '中秋节'], // Sun, first day off
  // 2024 国庆: off 10-01 – 10-07; work Sun 09-29 and Sat 10-12
  ['2024-09-28', 'weekend', undefined], // Sat
  ['2024-09-29', 'makeup-workday', '国庆节'], // Sun worked
  ['2024-09-30', 'workday', undefined], // Mon
  ['2024-10-11', 'workday', undefined], // Fri
  ['2024-10-12', 'makeup-workday', '国庆节'], // Sat worked
  ['2024-10-13', 'weekend', undefined], // Sun
  // 2025 春节 (first year with 除夕 statutory again): off 01-28 – 02-04; work Sun 01-26 and Sat 02-08
  ['2025-01-25', 'weekend', undefined], // Sat
  ['2025-01-26', 'makeup-workday', '春节'], // Sun worked
  ['2025-01-27', 'workday', undefined], // Mon
  ['2025-02-07', 'workday', undefined], // Fri
  ['2025-02-08', 'makeup-workday', '春节'], // Sat worked
  ['2025-02-09', 'weekend', undefined], // Sun
  // 2025 劳动节: off 05-01 – 05-05; work Sun 04-27
  ['2025-04-26', 'weekend', undefined], // Sat
  ['2025-04-27', 'makeup-workday', '劳动节'], // Sun worked
  ['2025-04-28', 'workday', undefined], // Mon
  // 2025 国庆 and 中秋 together: off 10-01 – 10-08; work Sun 09-28 and Sat 10-11
  ['2025-09-27', 'weekend', undefined], // Sat
  ['2025-09-28', 'makeup-workday', '国庆节、中秋节'], // Sun worked
  ['2025-09-29', 'workday', undefined], // Mon
  ['2025-10-10', 'workday', undefined], // Fri
  ['2025-10-11', 'makeup-workday', '国庆节、中秋节'], // Sat worked
  ['2025-10-12', 'weekend', undefined], // Sun
  // 2026 元旦: off 01-01 – 01-03; work Sun 01-04
  ['2026-01-03', 'holiday', '元旦'], // Sat, listed day off
  ['2026-01-04', 'makeup-workday', '元旦'], // Sun worked
  ['2026-01-05', 'workday', undefined], // Mon
  // 2026 春节: off 02-15 – 02-23; work Sat 02-14 and Sat 02-28
  ['2026-02-13', 'workday', undefined], // Fri
  ['2026-02-14', 'makeup-workday', '春节'], // Sat worked
  ['2026-02-15', 'holiday', '春节'], // Sun, first day off
  ['2026-02-27', 'workday', undefined], // Fri
  ['2026-02-28', 'makeup-workday', '春节'], // Sat worked
  ['2026-03-01', 'weekend', undefined], // Sun
  // 2026 劳动节: off 05-01 – 05-05; work Sat 05-09
  ['2026-05-08', 'workday', undefined], // Fri
  ['2026-05-09', 'makeup-workday', '劳动节'], // Sat worked
  ['2026-05-10', 'weekend', undefined], // Sun
  // 2026 国庆: off 10-01 – 10-07; work Sun 09-20 and Sat 10-10
  ['2026-09-19', 'weekend', undefined], // Sat
  ['2026-09-20', 'makeup-workday', '国庆节'], // Sun worked
  ['2026-09-21', 'workday', undefined], // Mon
  ['2026-10-09', 'workday', undefined], // Fri
  ['2026-10-10', 'makeup-workday', '国庆节'], // Sat worked
  ['2026-10-11', 'weekend', undefined], // Sun
];

describe('days around each 2024–2026 make-up working day (调休上班)', () => {
  it.each(table)('%s is a %s (%s)', (date, kind, name) => {
    const info = dayKind(date)._unsafeUnwrap();
    expect(info.kind).toBe(kind);
    expect(info.name).toBe(name);
    expect(info.provisional).toBe(false);
    const working = kind === 'workday' || kind === 'makeup-workday';
    expect(isWorkingDay(date)._unsafeUnwrap()).toBe(working);
  });
});
