/**
 * Codes of the working-day calendar (`shuangsuiji/calendar`): bad dates, counts and options, and dates the
 * calendar cannot answer for. Input and range errors cite no article (src/model/issue.ts): they break no rule of
 * the measures, only the library's own limits. Deadlines themselves cite 第二十二条 and the national rules in ./deadlines.ts. A
 * date that is not a real `YYYY-MM-DD` date is the model's `DATE_INVALID` (src/model/codes.ts), as everywhere.
 */
import { article } from '../model/article.js';
import type { CodeRegistry } from '../model/issue.js';

/** The calendar's finding codes, each with its article and its Chinese and English meaning (docs/error-codes.md). */
export const calendarCodes = {
  CALENDAR_DATE_OUT_OF_RANGE: {
    severity: 'error',
    zh: '日期超出工作日历支持的年份范围（2008—2099）',
    en: 'A date lies outside the years the working-day calendar supports (2008–2099)',
  },
  CALENDAR_YEAR_INVALID: {
    severity: 'error',
    zh: '年份须为工作日历支持范围内（2008—2099）的整数',
    en: 'A year must be an integer within the years the calendar supports (2008–2099)',
  },
  CALENDAR_RESULT_OUT_OF_RANGE: {
    severity: 'error',
    zh: '按工作日推算的结果超出工作日历支持的年份范围（期限的规则见消息）',
    en: 'Counting working days runs past the years the calendar supports (the message names the deadline’s rule)',
  },
  CALENDAR_COUNT_INVALID: {
    severity: 'error',
    zh: '工作日天数须为非负整数',
    en: 'A number of working days must be a non-negative integer',
  },
  CALENDAR_TRIGGER_BEFORE_EFFECTIVE: {
    severity: 'error',
    article: article(23),
    zh: '期限的起算日早于龙亭区实施办法施行之日（2022-06-08），第二十二条规定的期限不适用',
    en: 'The day the period runs from is before the Longting measures took effect (2022-06-08); the Article 22 deadline does not apply',
  },
  CALENDAR_DEADLINE_UNKNOWN: {
    severity: 'error',
    zh: '未知的法定期限类型',
    en: 'Unknown kind of statutory deadline',
  },
  CALENDAR_OPTIONS_CONFLICT: {
    severity: 'error',
    zh: '同一日期既被设为休息日又被设为工作日',
    en: 'The same date is given both as a day off and as a working day',
  },
  CALENDAR_OPTIONS_DUPLICATE: {
    severity: 'error',
    zh: '同一日期在同一列表中出现多次',
    en: 'A date appears more than once in the same list',
  },
  CALENDAR_NOTICE_YEAR_TAKEN: {
    severity: 'error',
    zh: '该年份已有内置的国务院节假日安排，或重复提供',
    en: 'That year already has an embedded State Council arrangement, or is supplied twice',
  },
  CALENDAR_NOTICE_DATE_YEAR: {
    severity: 'error',
    zh: '节假日安排中的日期与通知年份相差过远',
    en: 'A date in a holiday arrangement is too far from the notice year',
  },
} as const satisfies CodeRegistry;

/** A stable code of a calendar finding (a key of {@link calendarCodes}). */
export type CalendarCode = keyof typeof calendarCodes;
