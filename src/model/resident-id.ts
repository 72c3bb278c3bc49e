/**
 * 公民身份号码 (resident identity number), GB 11643-1999: where an inspector or a legal representative is
 * identified by one. 17 digits then a check character `"10X98765432"[Σ aᵢ·wᵢ mod 11]`, weights
 * 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; positions 7–14 are a birth date that must exist.
 */
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { NATIONAL } from './article.js';
import { isCalendarDate } from './date.js';
import { type RuleIssue, readPath, ruleIssue } from './issue.js';

/** A resident identity number with a valid check character and birth date. */
export type ResidentId = string & z.$brand<'ResidentId'>;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Checks an 18-character resident identity number (a lower-case x is an error: write X). */
export function parseResidentId(
  id: unknown,
  path: readonly (string | number)[] = [],
): Result<ResidentId, RuleIssue[]> {
  const at = readPath(path);
  const fail = (code: string, zh: string, en: string) =>
    err([ruleIssue({ code, article: NATIONAL.gb11643, path: at, zh, en })]);
  if (typeof id !== 'string') {
    return fail(
      'RESIDENT_ID_NOT_STRING',
      '公民身份号码应为字符串',
      'A resident identity number must be a string',
    );
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    const hint = /x$/.test(id) ? '（末位校验码 x 应大写为 X）' : '';
    const hintEn = /x$/.test(id) ? ' (write the check character x as upper-case X)' : '';
    return fail(
      'RESIDENT_ID_FORMAT',
      `公民身份号码应为 17 位数字加 1 位校验码（数字或 X）${hint}`,
      `A resident identity number is 17 digits and a check character (a digit or X)${hintEn}`,
    );
  }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birth)) {
    return fail(
      'RESIDENT_ID_BIRTH_DATE',
      `公民身份号码中的出生日期 ${birth} 不存在`,
      `The birth date ${birth} in the resident identity number does not exist`,
    );
  }
  const expected = residentIdCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected) {
    return fail(
      'RESIDENT_ID_CHECK_CHARACTER',
      `公民身份号码校验码错误：应为“${expected}”，实际为“${id[17]}”`,
      `Wrong check character: expected "${expected}", got "${id[17]}"`,
    );
  }
  return ok(id as ResidentId);
}

/** True when {@link parseResidentId} accepts the number. */
export function isResidentId(id: unknown): id is ResidentId {
  return parseResidentId(id).isOk();
}
