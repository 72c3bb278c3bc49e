import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isResidentId, parseResidentId } from '../../src/model/index.js';
import { residentIdCheckCharacter } from '../../src/model/resident-id.js';

const codeOf = (s: unknown) =>
  parseResidentId(s).match(
    () => 'OK',
    (issues) => issues[0]!.code,
  );

describe('公民身份号码 (GB 11643-1999)', () => {
  it('the standard example 11010519491231002X: Σ aᵢ·wᵢ mod 11 = 2 gives X', () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...'11010519491231002'].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
    expect(sum % 11).toBe(2);
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(isResidentId('11010519491231002X')).toBe(true);
  });

  it.each([
    ['11010519491231002X', 'OK'],
    ['440524188001010014', 'OK'], // the standard's second example, born 1880-01-01
    ['110105194912310021', 'RESIDENT_ID_CHECK_CHARACTER'],
    ['11010519491231002x', 'RESIDENT_ID_FORMAT'], // lower-case x: write X
    ['1101051949123100', 'RESIDENT_ID_FORMAT'],
    ['110105194902300020', 'RESIDENT_ID_BIRTH_DATE'], // 30 February
    ['110105190002290027', 'RESIDENT_ID_BIRTH_DATE'], // 1900 was not a leap year
    [12345, 'RESIDENT_ID_NOT_STRING'],
  ])('%s → %s', (id, expected) => {
    expect(codeOf(id)).toBe(expected);
  });

  it('property: a single changed digit is always detected', () => {
    const digits17 = fc.array(fc.constantFrom(...'0123456789'), { minLength: 17, maxLength: 17 }).map((d) => {
      // Force a real birth date so only the check character decides.
      const s = d.join('');
      return `${s.slice(0, 6)}19900101${s.slice(14)}`;
    });
    fc.assert(
      fc.property(digits17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (first17, pos, delta) => {
        const id = first17 + residentIdCheckCharacter(first17);
        if (!isResidentId(id)) return false;
        const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        return !isResidentId(changed);
      }),
    );
  });
});
