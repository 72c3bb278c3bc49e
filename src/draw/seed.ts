/**
 * 随机种子 (seed material) and the one key-derivation function of the library (第十九条 “公开、公正的方式”).
 * The seed is public text fixed after the frame is published — lottery numbers, a randomness-beacon value or a
 * committed string — recorded verbatim with the encoding that turns it into bytes: UTF-8 of the exact text,
 * no Unicode normalisation, no trimming. Never a 32-bit number.
 *
 * Every random stream is derived from it under its own domain label, e.g. `['stage-one', taskId]` for the object
 * draw, `['stage-two', taskId, departmentId]` for a department's inspector draw:
 *
 *   deriveKey(seed, labels) = SHA-256( lp("shuangsuiji/derive-key/v1") ‖ lp(kind) ‖ lp(text)
 *                                      ‖ u32(labels.length) ‖ lp(label_1) ‖ … ‖ lp(label_k) )
 *
 * where lp(x) = 4-byte big-endian byte length ‖ UTF-8 bytes. Distinct (kind, text, labels) give distinct
 * preimages, so streams are independent as far as SHA-256 is a random function.
 */
import { err, ok, type Result } from 'neverthrow';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import * as z from 'zod';
import type { RuleIssue } from '../model/issue.js';
import { ByteWriter, isWellFormedText, utf8 } from './encoding.js';
import { drawIssue } from './issues.js';
import { bytesToHex, sha256Words, wordsToBytes } from './sha256.js';

/** Where the seed comes from: 福彩/体彩 lottery numbers, a public beacon (drand, NIST), or a committed text. */
export const SeedKindSchema = z.enum(['lottery', 'beacon', 'committed-text']);
export type SeedKind = z.infer<typeof SeedKindSchema>;

/** Seed material as published. `source` says where to check it (draw number, beacon round URL); not hashed. */
export interface SeedMaterial {
  readonly kind: SeedKind;
  readonly text: string;
  readonly source?: string;
}

/** The seed as recorded in a receipt: verbatim, with its encoding and the bytes that were hashed. */
export interface RecordedSeed extends SeedMaterial {
  readonly encoding: 'utf-8';
  /** Lowercase hex of the UTF-8 bytes of `text`. */
  readonly bytes: string;
}

const SeedInputSchema = z.object({
  kind: SeedKindSchema,
  text: z.string(),
  source: z.string().max(2000).optional(),
});

/** The derivation label of the key-derivation function (versioned with the algorithm). */
export const DERIVE_KEY_LABEL = 'shuangsuiji/derive-key/v1';

/**
 * Checks seed material: kind one of the three, text not empty or white space only, every string well-formed
 * Unicode (so its UTF-8 encoding is exact).
 */
export function parseSeed(
  input: unknown,
  path: readonly (string | number)[] = ['seed'],
): Result<SeedMaterial, RuleIssue[]> {
  const parsed = SeedInputSchema.safeParse(input);
  if (!parsed.success) {
    return err([
      drawIssue(
        'DRAW_SEED_INVALID',
        path,
        '随机种子材料应为 { kind: lottery|beacon|committed-text, text, source? }',
        'Seed material must be { kind: lottery|beacon|committed-text, text, source? }',
      ),
    ]);
  }
  const { kind, text, source } = parsed.data;
  if (text.trim().length === 0) {
    return err([
      drawIssue(
        'DRAW_SEED_EMPTY',
        [...path, 'text'],
        '随机种子材料为空，不能抽取',
        'The seed text is empty; nothing is drawn',
      ),
    ]);
  }
  if (!isWellFormedText(text) || (source !== undefined && !isWellFormedText(source))) {
    return err([
      drawIssue(
        'DRAW_TEXT_NOT_UNICODE',
        [...path, 'text'],
        '随机种子材料含有不成对的代理字符',
        'The seed material contains an unpaired surrogate',
      ),
    ]);
  }
  return ok(Object.freeze({ kind, text, ...(source !== undefined ? { source } : {}) }));
}

/** The seed as a receipt records it. */
export function recordSeed(seed: SeedMaterial): RecordedSeed {
  return Object.freeze({ ...seed, encoding: 'utf-8', bytes: bytesToHex(utf8(seed.text)) });
}

/** The derivation preimage (exposed for documentation and tests). */
export function deriveKeyPreimage(seed: SeedMaterial, labels: readonly string[]): Uint8Array {
  const w = new ByteWriter().lp(DERIVE_KEY_LABEL).lp(seed.kind).lp(seed.text).u32(labels.length);
  for (const l of labels) w.lp(l);
  return w.toBytes();
}

/** 32-byte key for one domain (see module comment). `seed` must come from {@link parseSeed}. */
export function deriveKey(seed: SeedMaterial, labels: readonly string[]): Uint8Array {
  return wordsToBytes(sha256Words(deriveKeyPreimage(seed, labels)));
}

/**
 * A pure-rand generator for one domain, seeded with the first 128 bits of {@link deriveKey} as four 32-bit
 * words (xoroshiro128plus state), e.g. for stage two's inspector draw or for simulations. If all 128 bits are
 * zero (probability 2^-128) the last word is set to 1, since the all-zero state is degenerate.
 */
export function deriveRng(seed: SeedMaterial, labels: readonly string[]): JumpableRandomGenerator {
  const k = deriveKey(seed, labels);
  const words: number[] = [0, 1, 2, 3].map(
    (i) => (k[4 * i]! << 24) | (k[4 * i + 1]! << 16) | (k[4 * i + 2]! << 8) | k[4 * i + 3]! | 0,
  );
  if (!words.some((w) => w !== 0)) words[3] = 1;
  return xoroshiro128plusFromState(words);
}
