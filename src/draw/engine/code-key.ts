/**
 * Sort keys of credit codes (统一社会信用代码, GB 32100): the 18 characters as three base-31 numbers of six digits
 * each (below 2^30). The alphabet is in ascending character order, so key order is string order, and a key gives
 * its code back. The draw keeps frame ids as keys (12 bytes instead of a string per object).
 */
import { USCC_ALPHABET } from '../../model/uscc.js';

/** 31^3: three GB 32100 digits. */
export const DIGITS3 = 29791;
/** The three ASCII characters of each three-digit base-31 chunk (0 … 31^3 − 1). */
const CHUNK_CHARS = new Uint8Array(3 * DIGITS3);
for (let t = 0; t < DIGITS3; t++) {
  CHUNK_CHARS[3 * t] = USCC_ALPHABET.charCodeAt(Math.floor(t / 961));
  CHUNK_CHARS[3 * t + 1] = USCC_ALPHABET.charCodeAt(Math.floor(t / 31) % 31);
  CHUNK_CHARS[3 * t + 2] = USCC_ALPHABET.charCodeAt(t % 31);
}

/** Writes the 18 ASCII bytes of the credit code with sort key `keys[k … k+3)` to `codes[o … o+18)`. */
export function writeCode(keys: Int32Array, k: number, codes: Uint8Array, o: number): void {
  for (let w = 0; w < 3; w++) {
    const key = keys[k + w]!;
    const a = (key / DIGITS3) | 0;
    const x = 3 * a;
    const y = 3 * (key - a * DIGITS3);
    const p = o + 6 * w;
    codes[p] = CHUNK_CHARS[x]!;
    codes[p + 1] = CHUNK_CHARS[x + 1]!;
    codes[p + 2] = CHUNK_CHARS[x + 2]!;
    codes[p + 3] = CHUNK_CHARS[y]!;
    codes[p + 4] = CHUNK_CHARS[y + 1]!;
    codes[p + 5] = CHUNK_CHARS[y + 2]!;
  }
}
