/**
 * Field names and rules of the draw's own input schemas (seed, seed specification, frame commitment, options,
 * announcement, receipt), so that a malformed input is reported as administrative text naming the field and its
 * rule in both languages (“缺少种子文本”), never with zod's generic text (see model/field.ts). Readers report
 * every field's finding under their own code.
 */
import * as z from 'zod';
import { field } from '../../model/field.js';
import type { IssuePath, RuleIssue } from '../../model/issue.js';
import { parseWith } from '../../model/parse.js';
import type { DrawCode } from '../codes.js';
import { unreadableAt } from '../guard.js';
import { drawIssue } from '../issues.js';

/** A name or rule in both languages. */
export const t = (zh: string, en: string) => ({ zh, en });

const HEX64_RULE = t('应为 64 位小写十六进制', 'must be 64 lowercase hex digits');
const COUNT_RULE = t('应为非负整数', 'must be a non-negative whole number');

/** A 64-digit lowercase hex field (a SHA-256 digest, key or ticket). */
export const hex64 = (zh: string, en: string) =>
  field(z.string().regex(/^[0-9a-f]{64}$/), t(zh, en), HEX64_RULE);

/** A non-negative whole number field. */
export const count = (zh: string, en: string) => field(z.int().min(0), t(zh, en), COUNT_RULE);

/**
 * Parses `input` with a labelled schema; a failure is one `code` finding per field, at `path` + the field's path,
 * with the field's worded message (`prefix` before it, e.g. “回执格式错误：”); an input that cannot be read is
 * DRAW_INPUT_UNREADABLE.
 */
export function parseLabelled<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: DrawCode,
  path: IssuePath,
  prefix: { zh: string; en: string } = t('', ''),
): { ok: true; value: z.output<S> } | { ok: false; issues: RuleIssue[] } {
  const parsed = parseWith(schema, input);
  if (parsed.isOk()) return { ok: true, value: parsed.value };
  // A throwing getter or proxy: the input cannot be read, which is not a malformed field.
  if (parsed.error.some((i) => i.code === 'INPUT_UNREADABLE'))
    return { ok: false, issues: unreadableAt(path) };
  return {
    ok: false,
    issues: parsed.error.map((i) =>
      drawIssue(code, [...path, ...i.path], `${prefix.zh}${i.message.zh}`, `${prefix.en}${i.message.en}`),
    ),
  };
}

const RULE_NAME = t('分层抽取规则', 'the stratum rule');
const RULE_RULE = t('应为 { ratio } 或 { count }', 'must be { ratio } or { count }');

/** A stratum's rule as announced and recorded: `{ ratio }` (a decimal text matching `ratio`) or `{ count }`. */
export function stratumRuleSchema(ratio: z.ZodString) {
  return field(
    z.union([
      field(
        z.strictObject({
          ratio: field(ratio, t('抽查比例', 'the ratio'), t('应为小数文本', 'must be a decimal text')),
        }),
        RULE_NAME,
        RULE_RULE,
      ),
      field(z.strictObject({ count: count('固定抽取数', 'the fixed count') }), RULE_NAME, RULE_RULE),
    ]),
    RULE_NAME,
    RULE_RULE,
  );
}

/** `{ id, version }` of the algorithm, as announced and recorded. */
export function algorithmSchema() {
  return field(
    z.strictObject({
      id: field(z.string(), t('算法标识', 'the algorithm id')),
      version: field(
        z.int(),
        t('算法版本', 'the algorithm version'),
        t('应为整数', 'must be a whole number'),
      ),
    }),
    t('算法', 'the algorithm'),
  );
}

/**
 * The frame commitment `{ digest, strata: [{ id, count }], total }` as published (`strict`: no other field, as in
 * the announcement and the receipt).
 */
export function frameCommitmentSchema(strict: boolean) {
  const object = strict ? z.strictObject : z.object;
  return field(
    object({
      digest: hex64('底册摘要', 'the frame digest'),
      strata: field(
        z.array(
          field(
            object({
              id: field(z.string(), t('分层标识', 'the stratum id')),
              count: count('分层对象数', 'the stratum count'),
            }),
            t('底册分层', 'a frame stratum'),
          ),
        ),
        t('底册分层列表', 'the frame strata'),
      ),
      total: count('底册对象总数', 'the frame total'),
    }),
    t('底册承诺', 'the frame commitment'),
  );
}

/** The reserve percentage: a whole number 0–100. */
export function reservePercentSchema() {
  return field(
    z.int().min(0).max(100),
    t('备选比例', 'the reserve percentage'),
    t('应为 0 到 100 之间的整数', 'must be a whole number from 0 to 100'),
  );
}
