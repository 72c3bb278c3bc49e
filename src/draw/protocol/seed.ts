/**
 * 随机种子 (seed material) and the one key-derivation function of the library (第十九条 “公开、公正的方式”).
 * The seed is public text fixed after the frame is published — lottery numbers, a randomness-beacon value or a
 * committed string — recorded verbatim with the encoding that turns it into bytes: UTF-8 of the exact text.
 * Never a 32-bit number. The text must be in one canonical form (`validateSeedText`): no control or format
 * characters (no zero-width or bidi marks, no tabs or line breaks), no white space but single U+0020 spaces
 * between words, and already in Unicode NFKC form (ASCII digits and punctuation, not full-width). So the same
 * published numbers can be written in exactly one way, and nobody can try invisible variants of the seed
 * (“grinding”) until one gives a draw they like.
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
import { field } from '../../model/field.js';
import { type RuleIssue, readPath } from '../../model/issue.js';
import { guarded } from '../guard.js';
import { bytesToHex, sha256Words, wordsToBytes } from '../hash/sha256.js';
import { drawIssue } from '../issues.js';
import { ByteWriter, isWellFormedText, utf8 } from './encoding.js';
import { parseLabelled } from './labels.js';

/** Where the seed comes from: 福彩/体彩 lottery numbers, a public beacon (drand, NIST), or a committed text. */

/** Seed material, fixed after the announcement: a published lottery result, beacon round or committed text. */
export interface SeedInput {
  readonly kind: SeedKind;
  /** The canonical text of the result (see `validateSeedText`). */
  readonly text: string;
  /** Which draw, round or publication the text comes from (must be the announced one when given). */
  readonly source?: string;
}

/** Reads a seed kind: `lottery` (a public lottery draw), `beacon` (a randomness beacon round) or `committed-text` (a text whose SHA-256 was announced). */
export const SeedKindSchema = z.enum(['lottery', 'beacon', 'committed-text']);
/** Where a draw's seed comes from (see {@link SeedKindSchema}). */
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

/** The seed kind, labelled for messages. */
export const SeedKindField = field(SeedKindSchema, { zh: '种子类型', en: 'the seed kind' });

const SeedInputSchema = field(
  z.object({
    kind: SeedKindField,
    text: field(
      z.string(),
      { zh: '种子文本', en: 'the seed text' },
      { zh: '应为公开的开奖号码等原文', en: 'must be the published result, e.g. the winning numbers' },
    ),
    source: field(z.string().max(2000), { zh: '种子来源', en: 'the seed source' }).optional(),
  }),
  { zh: '随机种子材料', en: 'the seed material' },
  { zh: '应为 { kind, text, source? }', en: 'must be { kind, text, source? }' },
);

/** The derivation label of the key-derivation function (versioned with the algorithm). */
export const DERIVE_KEY_LABEL = 'shuangsuiji/derive-key/v1';

const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/u;
const WHITE_SPACE = /\p{White_Space}/u;

function codePointLabel(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a seed text is not canonical (empty when it is; never throws, a non-string is DRAW_SEED_INVALID): each
 * finding names the first offending character. The
 * rules (第十九条 公正: one published value, one way to write it):
 * - no control (Cc) or format (Cf) character — tabs, line breaks, zero-width and bidi marks, BOM
 *   (DRAW_SEED_CONTROL_CHARACTER);
 * - no white space other than U+0020 (DRAW_SEED_SPACE_NOT_ASCII);
 * - no leading or trailing space (DRAW_SEED_SPACE_AT_EDGE) and no run of two or more spaces
 *   (DRAW_SEED_SPACE_RUN);
 * - already in NFKC form, `text === text.normalize('NFKC')` (DRAW_SEED_NOT_NFKC): write ASCII digits, letters
 *   and punctuation, not full-width ones; Chinese characters are unaffected.
 */
export function validateSeedText(text: string, path: readonly (string | number)[] = []): RuleIssue[] {
  const at = readPath(path);
  if (typeof text !== 'string') {
    return [drawIssue('DRAW_SEED_INVALID', at, '随机种子文本应为字符串', 'The seed text must be a string')];
  }
  const issues: RuleIssue[] = [];
  const chars = [...text];
  const control = chars.findIndex((c) => CONTROL_OR_FORMAT.test(c));
  if (control >= 0) {
    const c = codePointLabel(chars[control]!);
    issues.push(
      drawIssue(
        'DRAW_SEED_CONTROL_CHARACTER',
        at,
        `随机种子文本第 ${control + 1} 个字符 ${c} 是控制字符或格式字符（如换行、制表、零宽或方向控制字符），不允许`,
        `Seed text character ${control + 1} (${c}) is a control or format character (line break, tab, zero-width or bidi mark); not allowed`,
      ),
    );
  }
  const space = chars.findIndex((c) => c !== ' ' && WHITE_SPACE.test(c) && !CONTROL_OR_FORMAT.test(c));
  if (space >= 0) {
    const c = codePointLabel(chars[space]!);
    issues.push(
      drawIssue(
        'DRAW_SEED_SPACE_NOT_ASCII',
        at,
        `随机种子文本第 ${space + 1} 个字符 ${c} 是空白字符，只允许半角空格 U+0020`,
        `Seed text character ${space + 1} (${c}) is white space other than U+0020; use one ASCII space`,
      ),
    );
  }
  if (text.startsWith(' ') || text.endsWith(' ')) {
    issues.push(
      drawIssue(
        'DRAW_SEED_SPACE_AT_EDGE',
        at,
        '随机种子文本首尾不得有空格',
        'The seed text must not start or end with a space',
      ),
    );
  }
  if (text.includes('  ')) {
    issues.push(
      drawIssue(
        'DRAW_SEED_SPACE_RUN',
        at,
        '随机种子文本不得含连续两个以上空格，词与词之间只用一个空格',
        'The seed text must not contain two spaces in a row; separate words by one space',
      ),
    );
  }
  if (text !== text.normalize('NFKC')) {
    issues.push(
      drawIssue(
        'DRAW_SEED_NOT_NFKC',
        at,
        `随机种子文本须为 Unicode NFKC 规范形式（如用半角数字和标点，不用全角），应写作“${text.normalize('NFKC')}”`,
        `The seed text must be in Unicode NFKC form (ASCII digits and punctuation, not full-width); write "${text.normalize('NFKC')}"`,
      ),
    );
  }
  return issues;
}

/**
 * Checks seed material: kind one of the three, text not empty or white space only, every string well-formed
 * Unicode (so its UTF-8 encoding is exact), and the text canonical (see {@link validateSeedText}).
 */
function parseSeedImpl(
  input: unknown,
  path: readonly (string | number)[] = ['seed'],
): Result<SeedMaterial, RuleIssue[]> {
  const parsed = parseLabelled(SeedInputSchema, input, 'DRAW_SEED_INVALID', path);
  if (!parsed.ok) return err(parsed.issues);
  const { kind, text, source } = parsed.value;
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
        [...path, isWellFormedText(text) ? 'source' : 'text'],
        '随机种子材料含有不成对的代理字符',
        'The seed material contains an unpaired surrogate',
      ),
    ]);
  }
  const issues = validateSeedText(text, [...path, 'text']);
  if (issues.length > 0) return err(issues);
  return ok(Object.freeze({ kind, text, ...(source !== undefined ? { source } : {}) }));
}

/**
 * Reads seed material (see {@link validateSeedText} for the canonical text).
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const parseSeed: (
  input: unknown,
  path?: readonly (string | number)[],
) => Result<SeedMaterial, RuleIssue[]> = guarded(parseSeedImpl);

/** The seed as a receipt records it. */
export function recordSeed(seed: SeedMaterial): RecordedSeed {
  return Object.freeze({ ...seed, encoding: 'utf-8', bytes: bytesToHex(utf8(seed.text)) });
}

/** Reads derivation labels: an array of well-formed strings (a lone surrogate has no exact UTF-8 bytes). */
export function readLabels(labels: unknown): Result<string[], RuleIssue[]> {
  const bad = (path: (string | number)[]) =>
    err([
      drawIssue(
        'DRAW_LABEL_INVALID',
        path,
        '派生标签应为字符串数组，且每个字符串都是规范的 Unicode（无不成对的代理字符）',
        'Labels must be an array of well-formed Unicode strings (no unpaired surrogate)',
      ),
    ]);
  if (!Array.isArray(labels)) return bad(['labels']);
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l: unknown = labels[i];
    if (typeof l !== 'string' || !isWellFormedText(l)) return bad(['labels', i]);
    out.push(l);
  }
  return ok(out);
}

/** The derivation preimage of a checked seed and labels (internal). */
export function keyPreimage(seed: SeedMaterial, labels: readonly string[]): Uint8Array {
  const w = new ByteWriter().lp(DERIVE_KEY_LABEL).lp(seed.kind).lp(seed.text).u32(labels.length);
  for (const l of labels) w.lp(l);
  return w.toBytes();
}

/** 32-byte key of a checked seed and labels (internal; the public {@link deriveKey} checks its inputs). */
export function deriveKeyBytes(seed: SeedMaterial, labels: readonly string[]): Uint8Array {
  return wordsToBytes(sha256Words(keyPreimage(seed, labels)));
}

function checkedInputs(seed: unknown, labels: unknown): Result<[SeedMaterial, string[]], RuleIssue[]> {
  const s = parseSeed(seed);
  const l = readLabels(labels);
  if (s.isErr() || l.isErr()) return err([...(s.isErr() ? s.error : []), ...(l.isErr() ? l.error : [])]);
  return ok([s.value, l.value]);
}

/**
 * The derivation preimage (exposed for documentation and tests). Seed and labels are checked like
 * {@link deriveKey}'s. Never throws.
 */
export const deriveKeyPreimage = guarded(
  (seed: unknown, labels: unknown): Result<Uint8Array, RuleIssue[]> =>
    checkedInputs(seed, labels).map(([s, l]) => keyPreimage(s, l)),
);

/**
 * 32-byte key for one domain (see module comment). The seed is read with {@link parseSeed} (canonical text) and
 * the labels must be well-formed strings (DRAW_LABEL_INVALID): a lone surrogate has no exact UTF-8 encoding,
 * so two different labels could give the same key. Never throws.
 */
export const deriveKey: (seed: SeedInput, labels: readonly string[]) => Result<Uint8Array, RuleIssue[]> =
  guarded(
    (seed: unknown, labels: unknown): Result<Uint8Array, RuleIssue[]> =>
      checkedInputs(seed, labels).map(([s, l]) => deriveKeyBytes(s, l)),
  );

/** xoroshiro128plus seeded from the first 128 bits of a key (all-zero state replaced, see deriveRng). */
export function rngFromKey(k: Uint8Array): JumpableRandomGenerator {
  const words: number[] = [0, 1, 2, 3].map(
    (i) => (k[4 * i]! << 24) | (k[4 * i + 1]! << 16) | (k[4 * i + 2]! << 8) | k[4 * i + 3]! | 0,
  );
  if (!words.some((w) => w !== 0)) words[3] = 1;
  return xoroshiro128plusFromState(words);
}

/**
 * A pure-rand generator for one domain, seeded with the first 128 bits of {@link deriveKey} as four 32-bit
 * words (xoroshiro128plus state), e.g. for stage two's inspector draw or for simulations. If all 128 bits are
 * zero (probability 2^-128) the last word is set to 1, since the all-zero state is degenerate. Inputs are
 * checked like deriveKey's. Never throws.
 */
export const deriveRng: (
  seed: SeedInput,
  labels: readonly string[],
) => Result<JumpableRandomGenerator, RuleIssue[]> = guarded(
  (seed: unknown, labels: unknown): Result<JumpableRandomGenerator, RuleIssue[]> =>
    checkedInputs(seed, labels).map(([s, l]) => rngFromKey(deriveKeyBytes(s, l))),
);
