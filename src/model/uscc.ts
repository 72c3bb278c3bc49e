/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: the id of every inspection object in the
 * 检查对象名录库 (第十一条, 第十八条).
 *
 * 18 characters over `0123456789ABCDEFGHJKLMNPQRTUWXY` (values 0–30); positions 3–8 are the registering
 * authority's region code (行政区划码, digits). Position 18 is a check character:
 * weights 3^(i−1) mod 31 for positions 1–17, check value (31 − Σ value·weight mod 31) mod 31.
 * Positions 9–17 embed a GB 11714 organisation code with its own check digit; a mismatch there is only a
 * warning, since codes issued in the transition period do not always satisfy it.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { NATIONAL } from './article.js';
import { field } from './field.js';
import { type RuleIssue, readPath, ruleIssue } from './issue.js';

/** A unified social credit code whose check character is right. */
export type Uscc = string & z.$brand<'Uscc'>;

/** The GB 32100 alphabet; a character's index is its value. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100 weights 3^(i−1) mod 31 of positions 1–17. */
export const USCC_WEIGHTS: readonly number[] = Object.freeze([
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
]);

/** Value of each ASCII character in the alphabet (−1 outside it), for fast checks on hot paths. */
export const USCC_VALUES: Readonly<Int8Array> = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < USCC_ALPHABET.length; i++) table[USCC_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Positions 3–8 (0-based 2–7) hold the region code: digits only, i.e. values 0–9. */
export const USCC_REGION_FIRST = 2;
export const USCC_REGION_LAST = 7;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The GB 32100 check character for the first 17 characters (which must be in the alphabet). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** The GB 11714 check digit of an 8-character organisation code body, or undefined if not computable. */
export function orgCodeCheckCharacter(body8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c >= 'A' && c <= 'Z' ? c.charCodeAt(0) - 55 : -1;
    if (v < 0) return undefined;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : typeof value;
}

/**
 * Checks a unified social credit code. Errors: not a string, wrong length, white space, lower case, full-width
 * characters, characters outside the alphabet, wrong check character. A GB 11714 check-digit mismatch in
 * positions 9–17 is a warning: the code is still accepted, use {@link validateUscc} to see it.
 */
export function parseUscc(code: unknown, path: readonly (string | number)[] = []): Result<Uscc, RuleIssue[]> {
  const at = readPath(path);
  const fail = (c: string, zh: string, en: string) =>
    err([ruleIssue({ code: c, article: NATIONAL.gb32100, path: at, zh, en })]);
  if (typeof code !== 'string') {
    return fail(
      'USCC_NOT_STRING',
      `统一社会信用代码应为字符串，实际为 ${describe(code)}`,
      `A unified social credit code must be a string, got ${describe(code)}`,
    );
  }
  if (/\s/.test(code)) {
    return fail(
      'USCC_WHITESPACE',
      `统一社会信用代码 ${describe(code)} 含有空格或空白字符，请删除`,
      `Unified social credit code ${describe(code)} contains spaces or other white space; remove them`,
    );
  }
  if (FULL_WIDTH.test(code)) {
    return fail(
      'USCC_FULL_WIDTH',
      `统一社会信用代码 ${describe(code)} 含有全角字符，请使用半角字母和数字`,
      `Unified social credit code ${describe(code)} contains full-width characters; use half-width letters and digits`,
    );
  }
  if (code.length !== 18) {
    return fail(
      'USCC_LENGTH',
      `统一社会信用代码应为 18 位，实际为 ${code.length} 位`,
      `A unified social credit code has 18 characters, this one has ${code.length}`,
    );
  }
  if (/[a-z]/.test(code)) {
    return fail(
      'USCC_LOWER_CASE',
      `统一社会信用代码 ${describe(code)} 含有小写字母，应使用大写字母`,
      `Unified social credit code ${describe(code)} contains lower-case letters; letters must be upper case`,
    );
  }
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(code[i]!)) {
      return fail(
        'USCC_BAD_CHARACTER',
        `统一社会信用代码第 ${i + 1} 位“${code[i]}”不在代码字符集中（不使用 I、O、Z、S、V）`,
        `Character ${i + 1} ("${code[i]}") is not in the code alphabet (I, O, Z, S and V are not used)`,
      );
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return fail(
      'USCC_REGION_CODE',
      `统一社会信用代码第 3–8 位应为登记管理机关行政区划码（6 位数字），实际为“${code.slice(2, 8)}”`,
      `Positions 3–8 must be the registering authority's region code (6 digits), not "${code.slice(2, 8)}"`,
    );
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return fail(
      'USCC_CHECK_CHARACTER',
      `统一社会信用代码校验码错误：第 18 位应为“${expected}”，实际为“${code[17]}”`,
      `Wrong check character: position 18 should be "${expected}", not "${code[17]}"`,
    );
  }
  return ok(code as Uscc);
}

/** True when {@link parseUscc} accepts the code. */
export function isUscc(code: unknown): code is Uscc {
  return parseUscc(code).isOk();
}

/**
 * Every finding for a code, errors and warnings: the errors of {@link parseUscc} for an invalid code, else the
 * warnings of a valid one (the embedded GB 11714 organisation-code check digit). Empty for a clean code.
 * Never throws.
 */
export function validateUscc(value: string, path: readonly (string | number)[] = []): RuleIssue[] {
  const at = readPath(path);
  const parsed = parseUscc(value, at);
  if (parsed.isErr()) return parsed.error;
  const code = parsed.value;
  const expected = orgCodeCheckCharacter(code.slice(8, 16));
  if (expected === undefined || expected === code[16]) return [];
  return [
    ruleIssue({
      code: 'USCC_ORG_CODE_CHECK',
      severity: 'warning',
      article: NATIONAL.gb11714,
      path: at,
      zh: `统一社会信用代码第 9–17 位所含组织机构代码校验位应为“${expected}”，实际为“${code[16]}”`,
      en: `The organisation code in positions 9–17 should end in check digit "${expected}", not "${code[16]}"`,
    }),
  ];
}

/** zod schema for a {@link Uscc}; failures carry the codes of {@link parseUscc}. */
export const UsccSchema = field(
  z
    .string()
    .check((ctx) => {
      const r = parseUscc(ctx.value);
      if (r.isErr()) {
        for (const i of r.error) {
          ctx.issues.push({
            code: 'custom',
            input: ctx.value,
            message: i.message.zh,
            params: { ruleCode: i.code, article: i.article, en: i.message.en },
          });
        }
      }
    })
    .brand<'Uscc'>()
    .meta({
      description: '统一社会信用代码 (GB 32100-2015), 18 characters with a valid check character',
      pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
    }),
  { zh: '统一社会信用代码', en: 'the unified social credit code' },
  { zh: '应为 GB 32100-2015 规定的 18 位代码', en: 'an 18-character code under GB 32100-2015' },
);
