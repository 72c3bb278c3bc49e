import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUscc, parseUscc, validateUscc } from '../../src/model/index.js';
import { USCC_ALPHABET, usccCheckCharacter } from '../../src/model/uscc.js';

const codeOf = (s: string) =>
  parseUscc(s).match(
    () => 'OK',
    (issues) => issues[0]!.code,
  );

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('the worked example 91350100M000100Y43: Σ value × 3^(i−1) mod 31 gives check character 3', () => {
    const first17 = '91350100M000100Y4';
    const values = [...first17].map((c) => USCC_ALPHABET.indexOf(c));
    expect(values).toEqual([9, 1, 3, 5, 0, 1, 0, 0, 21, 0, 0, 0, 1, 0, 0, 30, 4]);
    const weights = values.map((_, i) => 3 ** i % 31);
    expect(weights).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
    const sum = values.reduce((s, v, i) => s + v * weights[i]!, 0);
    expect(sum).toBe(1640); // 1640 mod 31 = 28
    expect((31 - (sum % 31)) % 31).toBe(3);
    expect(usccCheckCharacter(first17)).toBe('3');
    expect(isUscc('91350100M000100Y43')).toBe(true);
  });

  it.each([
    ['91350100M000100Y43', 'OK'],
    ['91440300708461136T', 'OK'],
    ['91350100M000100Y4Z', 'USCC_BAD_CHARACTER'], // Z is not in the alphabet
    ['91350100M000100Y42', 'USCC_CHECK_CHARACTER'],
    ['91350100m000100Y43', 'USCC_LOWER_CASE'],
    ['９1350100M000100Y43', 'USCC_FULL_WIDTH'],
    ['91350100M000100Y43 ', 'USCC_WHITESPACE'],
    [' 91350100M000100Y43', 'USCC_WHITESPACE'],
    ['91350100M000100Y4', 'USCC_LENGTH'],
    ['', 'USCC_LENGTH'],
    ['91350100I000100Y43', 'USCC_BAD_CHARACTER'], // I and O are excluded
    ['91350100O000100Y43', 'USCC_BAD_CHARACTER'],
  ])('%s → %s', (code, expected) => {
    expect(codeOf(code)).toBe(expected);
  });

  it('non-strings are a clear error, not a crash', () => {
    for (const v of [null, undefined, 91350100, {}, [], true]) {
      expect(parseUscc(v)._unsafeUnwrapErr()[0]!.code).toBe('USCC_NOT_STRING');
    }
  });

  it('errors carry the standard, the path and a message in both languages', () => {
    const [issue] = parseUscc('91350100M000100Y42', ['objects', 7, 'id'])._unsafeUnwrapErr();
    expect(issue).toMatchObject({ article: 'GB 32100-2015', path: ['objects', 7, 'id'], severity: 'error' });
    expect(issue!.message.zh).toContain('第 18 位应为“3”');
    expect(issue!.message.en).toContain('should be "3"');
  });

  it('a wrong embedded GB 11714 check digit is a warning, not a rejection', () => {
    // 70846113-6 is a valid organisation code; change its check digit to 7 and fix the USCC check character.
    const first17 = '9144030070846113' + '7';
    const code = first17 + usccCheckCharacter(first17);
    const result = parseUscc(code);
    expect(result.isOk()).toBe(true);
    const warnings = validateUscc(result._unsafeUnwrap());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'USCC_ORG_CODE_CHECK',
      severity: 'warning',
      article: 'GB 11714-1997',
    });
    expect(validateUscc(parseUscc('91440300708461136T')._unsafeUnwrap())).toEqual([]);
  });

  const alphabetChar = fc.constantFrom(...USCC_ALPHABET);
  const digit = fc.constantFrom(...'0123456789');
  const validCode = fc
    .tuple(
      fc.array(alphabetChar, { minLength: 2, maxLength: 2 }),
      fc.array(digit, { minLength: 6, maxLength: 6 }), // positions 3–8: region code
      fc.array(alphabetChar, { minLength: 9, maxLength: 9 }),
    )
    .map(([a, b, c]) => [...a, ...b, ...c].join(''))
    .map((first17) => first17 + usccCheckCharacter(first17));

  it('property: any code with its computed check character is valid', () => {
    fc.assert(fc.property(validCode, (code) => isUscc(code)));
  });

  it('property: changing any single character is always detected (31 is prime, every weight non-zero)', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), fc.integer({ min: 1, max: 30 }), (code, pos, delta) => {
        const v = (USCC_ALPHABET.indexOf(code[pos]!) + delta) % 31;
        const changed = code.slice(0, pos) + USCC_ALPHABET[v] + code.slice(pos + 1);
        return !isUscc(changed);
      }),
    );
  });

  it('property: swapping two different adjacent characters among the first 17 is always detected', () => {
    fc.assert(
      fc.property(validCode, fc.nat(15), (code, pos) => {
        fc.pre(code[pos] !== code[pos + 1]);
        const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
        return !isUscc(swapped);
      }),
    );
  });
});
