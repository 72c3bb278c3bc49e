/**
 * The boundary: untrusted input is parsed with zod into a `Result`, never an exception. zod's messages come out
 * in Chinese (zh-CN locale, passed per call; no global `z.config`) with the English message beside it.
 * Custom checks carry their own stable code and article in `params` (`ruleCode`, `article`, `en`).
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { type RuleIssue, ruleIssue, sortIssues } from './issue.js';

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;

type ZodIssue = z.core.$ZodIssue;

interface RuleParams {
  ruleCode?: string;
  article?: string;
  en?: string;
  severity?: 'error' | 'warning';
}

/** Stable code for a zod issue: a custom check's own code, else `SCHEMA_<ZOD CODE>`. */
function codeOf(i: ZodIssue): string {
  const params = (i as { params?: RuleParams }).params;
  if (params?.ruleCode) return params.ruleCode;
  return `SCHEMA_${i.code.toUpperCase()}`;
}

function toRuleIssues(
  zh: readonly ZodIssue[],
  en: readonly ZodIssue[],
  article: string | undefined,
): RuleIssue[] {
  return zh.map((i, k) => {
    const params = (i as { params?: RuleParams }).params;
    const enMessage = params?.en ?? en[k]?.message ?? i.message;
    return ruleIssue({
      code: codeOf(i),
      severity: params?.severity ?? 'error',
      article: params?.article ?? article,
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      zh: i.message,
      en: enMessage,
    });
  });
}

/**
 * Parses `input` with `schema`. On failure every issue is reported (not just the first), with the path that
 * names the offending field and, where the schema has no more specific article, `article`.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  article?: string,
): Result<z.output<S>, RuleIssue[]> {
  let zh: z.ZodSafeParseResult<z.output<S>>;
  try {
    zh = schema.safeParse(input, { error: zhLocale });
  } catch {
    // Only reachable for hostile inputs (e.g. throwing getters or proxies); still never throw.
    return err([
      ruleIssue({
        code: 'INPUT_UNREADABLE',
        article,
        zh: '输入无法读取（访问字段时出错）',
        en: 'The input could not be read (accessing a field failed)',
      }),
    ]);
  }
  if (zh.success) return ok(zh.data);
  const en = schema.safeParse(input, { error: enLocale });
  const enIssues = en.success ? [] : en.error.issues;
  return err(sortIssues(toRuleIssues(zh.error.issues, enIssues, article)));
}

/** Makes a `parseX` function for a top-level schema, citing its article. */
export function makeParser<S extends z.ZodType>(
  schema: S,
  article?: string,
): (input: unknown) => Result<z.output<S>, RuleIssue[]> {
  return (input) => parseWith(schema, input, article);
}

/** `params` for a custom zod check that should surface as a specific RuleIssue. */
export function ruleParams(
  code: string,
  en: string,
  article?: string,
  severity?: 'error' | 'warning',
): RuleParams {
  return { ruleCode: code, en, ...(article ? { article } : {}), ...(severity ? { severity } : {}) };
}
