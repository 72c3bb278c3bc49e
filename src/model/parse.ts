/**
 * The boundary: untrusted input is parsed with zod into a `Result`, never an exception. zod's messages come out
 * in Chinese (zh-CN locale, passed per call; no global `z.config`) with the English message rendered from the
 * same issue. Custom checks carry their own stable code and article in `params` (`ruleCode`, `article`, `en`).
 * A finding cites the most specific article: its check's own, else the longest matching rule of the parser's
 * article table (e.g. a plan's `publication` → 第十六条), else the record's article.
 */
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
// Only the two locales used, as named imports: `z.locales.*` through the namespace bundles all ~60 of them.
import { en, zhCN } from 'zod/v4/locales';
import { type RuleIssue, ruleIssue, sortIssues } from './issue.js';

const zhLocale = zhCN().localeError;
const enLocale = en().localeError;

type ZodIssue = z.core.$ZodIssue;

interface RuleParams {
  ruleCode?: string;
  article?: string;
  en?: string;
  severity?: 'error' | 'warning';
}

/** A path pattern (`'*'` matches any one segment) and the article that governs the fields below it. */
export type ArticleRule = readonly [pattern: readonly string[], article: string];

/** Prefixes every pattern of a table, to reuse a record's table inside a larger record. */
export function nestArticles(prefix: readonly string[], rules: readonly ArticleRule[]): ArticleRule[] {
  return rules.map(([pattern, article]) => [[...prefix, ...pattern], article] as const);
}

function articleFor(
  path: readonly PropertyKey[],
  rules: readonly ArticleRule[],
  fallback: string | undefined,
) {
  let best: ArticleRule | undefined;
  for (const rule of rules) {
    const [pattern] = rule;
    if (pattern.length > path.length || (best && pattern.length <= best[0].length)) continue;
    if (pattern.every((seg, k) => seg === '*' || seg === String(path[k]))) best = rule;
  }
  return best ? best[1] : fallback;
}

/** English text for a zod issue, rendered by the en locale from the same issue (never a second parse). */
function englishOf(i: ZodIssue): string {
  try {
    const m = (enLocale as (issue: ZodIssue) => string | { message: string } | undefined)(i);
    const text = typeof m === 'string' ? m : m?.message;
    return text ?? i.message;
  } catch {
    return i.message;
  }
}

function toRuleIssue(i: ZodIssue, rules: readonly ArticleRule[], fallback: string | undefined): RuleIssue {
  const params = (i as { params?: RuleParams }).params;
  const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  return ruleIssue({
    code: params?.ruleCode ?? `SCHEMA_${i.code.toUpperCase()}`,
    severity: params?.severity ?? 'error',
    article: params?.article ?? articleFor(path, rules, fallback),
    path,
    zh: i.message,
    en: params?.en ?? englishOf(i),
  });
}

/** The finding for an input whose fields cannot be read (a throwing getter or proxy). */
export function unreadable(article: string | undefined): RuleIssue[] {
  return [
    ruleIssue({
      code: 'INPUT_UNREADABLE',
      article,
      zh: '输入无法读取（访问字段时出错）',
      en: 'The input could not be read (accessing a field failed)',
    }),
  ];
}

/**
 * Parses `input` with `schema`. On failure every issue is reported (not just the first), sorted by path, each
 * with the path that names the offending field and the article that governs it. Never throws, even for
 * hostile inputs (throwing getters, proxies): those give `INPUT_UNREADABLE`.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  article?: string,
  rules: readonly ArticleRule[] = [],
): Result<z.output<S>, RuleIssue[]> {
  try {
    const parsed = schema.safeParse(input, { error: zhLocale, reportInput: true });
    if (parsed.success) return ok(parsed.data);
    return err(sortIssues(parsed.error.issues.map((i) => toRuleIssue(i, rules, article))));
  } catch {
    return err(unreadable(article));
  }
}

/** Makes a `parseX` function for a top-level schema, citing its article (and finer articles per field). */
export function makeParser<S extends z.ZodType>(
  schema: S,
  article?: string,
  rules: readonly ArticleRule[] = [],
): (input: unknown) => Result<z.output<S>, RuleIssue[]> {
  return (input) => parseWith(schema, input, article, rules);
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
