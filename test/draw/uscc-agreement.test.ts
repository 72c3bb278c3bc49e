import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUsccFast, readUnits } from '../../src/draw/engine/pass.js';
import { parseUscc, USCC_ALPHABET, usccCheckCharacter } from '../../src/model/uscc.js';

// The draw checks credit codes on its hot path with its own fused loops; they must accept exactly the codes the
// model's parseUscc (GB 32100-2015) accepts, or a frame could hold an object the rest of the library rejects.
const alphabetChar = fc.constantFrom(...USCC_ALPHABET);
const code = fc.oneof(
  // 17 alphabet characters with their check character: positions 3–8 sometimes letters (region-code rule)
  fc
    .array(alphabetChar, { minLength: 17, maxLength: 17 })
    .map((cs) => cs.join(''))
    .map((first17) => first17 + usccCheckCharacter(first17)),
  // the same with digits in positions 3–8, so most are valid
  fc
    .tuple(
      fc.array(alphabetChar, { minLength: 2, maxLength: 2 }),
      fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }),
      fc.array(alphabetChar, { minLength: 9, maxLength: 9 }),
    )
    .map(([a, b, c]) => [...a, ...b, ...c].join(''))
    .map((first17) => first17 + usccCheckCharacter(first17)),
  fc.string({ minLength: 17, maxLength: 19 }),
);

describe('the draw accepts exactly the credit codes parseUscc accepts (GB 32100-2015)', () => {
  it('a letter in the region code (positions 3–8) is refused by the draw too', () => {
    const first17 = '91AB0100M000100Y4';
    const bad = first17 + usccCheckCharacter(first17);
    expect(parseUscc(bad).isOk()).toBe(false);
    expect(isUsccFast(bad)).toBe(false);
    const r = readUnits({ units: [{ id: bad, stratum: 'A' }] }, new Map([['A', 0]]));
    expect(r._unsafeUnwrapErr().map((i) => i.code)).toContain('USCC_REGION_CODE');
  });

  it('a character 128 above a valid one (same low 7 bits) is refused at every position', () => {
    const valid = '91350100M000100Y43';
    for (let i = 0; i < 18; i++) {
      const odd = valid.slice(0, i) + String.fromCharCode(valid.charCodeAt(i) + 128) + valid.slice(i + 1);
      const r = readUnits({ units: [{ id: odd, stratum: 'A' }] }, new Map([['A', 0]]));
      expect(r.isErr()).toBe(true);
      expect(isUsccFast(odd)).toBe(false);
    }
    expect(readUnits({ units: [{ id: valid, stratum: 'A' }] }, new Map([['A', 0]])).isOk()).toBe(true);
  });

  it('property: isUsccFast and the frame reader agree with parseUscc on every code', () => {
    fc.assert(
      fc.property(code, (id) => {
        const model = parseUscc(id).isOk();
        const read = readUnits({ units: [{ id, stratum: 'A' }] }, new Map([['A', 0]])).isOk();
        return isUsccFast(id) === model && read === model;
      }),
      { numRuns: 2000 },
    );
  });
});
