/**
 * The boundary: untrusted input is parsed with zod into a `Result`, never an exception. zod's messages come out
 * in Chinese (zh-CN locale, passed per call; no global `z.config`) with the English message rendered from the
 * same issue. Custom checks carry their own stable code and article in `params` (`ruleCode`, `article`, `en`).
 * A finding cites the most specific article: its check's own, else the longest matching rule of the parser's
 * article table (e.g. a plan's `publication` → 第十六条), else the record's article.
 *
 * A field labelled with `field()` (./field.ts) is worded with its name and rule in both languages — “缺少问题线索：
 * 突击检查须载明执法部门掌握的问题线索” — so zod's generic texts never reach users for a record's fields.
 */
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
// Only the two locales used, as named imports: `z.locales.*` through the namespace bundles all ~60 of them.
import { en, zhCN } from 'zod/v4/locales';
import { type Bilingual, type FieldText, fieldText } from './field.js';
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

/** Separates the Chinese and English texts of a labelled field's message inside one zod message string. */
const SEP = '\u0000';

const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { zh: '文本', en: 'a text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否（true/false）', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '对象', en: 'an object' },
};

function typeName(t: unknown): Bilingual {
  return TYPE_NAMES[String(t)] ?? { zh: String(t), en: String(t) };
}

/** A value quoted for a message: at most 40 characters, control characters written as `\uXXXX` (never raw). */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    const safe = Array.from(cut, (c) => {
      const n = c.charCodeAt(0);
      return n < 0x20 || n === 0x7f ? `\\u${n.toString(16).padStart(4, '0')}` : c;
    }).join('');
    return `“${safe}”`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : typeof value;
}

interface RawIssue {
  readonly code: string;
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly origin?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
  readonly format?: unknown;
  readonly keys?: readonly unknown[];
}

/** What is wrong with a labelled field, by zod issue code. */
function whatIsWrong(i: RawIssue, name: Bilingual): Bilingual {
  const Name = name.en.charAt(0).toUpperCase() + name.en.slice(1);
  const n = i.origin === 'string' ? 'characters' : 'items';
  switch (i.code) {
    case 'invalid_type':
      if (i.input === undefined) return { zh: `缺少${name.zh}`, en: `${Name} is missing` };
      return {
        zh: `${name.zh}应为${typeName(i.expected).zh}，收到的是 ${shown(i.input)}`,
        en: `${Name} must be ${typeName(i.expected).en}, not ${shown(i.input)}`,
      };
    case 'too_small':
      if (i.origin === 'string') return { zh: `${name.zh}不能为空`, en: `${Name} must not be empty` };
      if (i.origin === 'array') {
        return {
          zh: `${name.zh}至少应列出 ${i.minimum} 项`,
          en: `${Name} must list at least ${i.minimum} ${n}`,
        };
      }
      return i.inclusive === false
        ? { zh: `${name.zh}应大于 ${i.minimum}`, en: `${Name} must be greater than ${i.minimum}` }
        : { zh: `${name.zh}不能小于 ${i.minimum}`, en: `${Name} must be at least ${i.minimum}` };
    case 'too_big':
      if (i.origin === 'string' || i.origin === 'array') {
        return {
          zh: `${name.zh}不能超过 ${i.maximum} ${i.origin === 'string' ? '个字符' : '项'}`,
          en: `${Name} must have at most ${i.maximum} ${n}`,
        };
      }
      return i.inclusive === false
        ? { zh: `${name.zh}应小于 ${i.maximum}`, en: `${Name} must be less than ${i.maximum}` }
        : { zh: `${name.zh}不能大于 ${i.maximum}`, en: `${Name} must be at most ${i.maximum}` };
    case 'invalid_value': {
      const values = (i.values ?? []).map((v) => String(v));
      return {
        zh: `${name.zh} ${shown(i.input)} 不是允许的取值（${values.join('、')}）`,
        en: `${Name} ${shown(i.input)} is not one of the allowed values (${values.join(', ')})`,
      };
    }
    case 'invalid_format':
      return { zh: `${name.zh}格式不符`, en: `${Name} is not in the required format` };
    case 'invalid_union':
      return { zh: `${name.zh}不符合任何一种允许的形式`, en: `${Name} matches none of the allowed forms` };
    case 'unrecognized_keys': {
      const keys = (i.keys ?? []).map((k) => shown(String(k)));
      return {
        zh: `${name.zh}含有未定义的字段 ${keys.join('、')}`,
        en: `${Name} has fields it does not define: ${keys.join(', ')}`,
      };
    }
    default:
      return { zh: `${name.zh}无效`, en: `${Name} is invalid` };
  }
}

/** The message of a labelled field: what is wrong, then the rule. */
export function fieldMessage(i: RawIssue, text: FieldText): Bilingual {
  const wrong = whatIsWrong(i, text.name);
  if (!text.rule) return wrong;
  return { zh: `${wrong.zh}：${text.rule.zh}`, en: `${wrong.en}: ${text.rule.en}` };
}

/** The parse-time error map: a labelled field's own message (both languages, joined by SEP), else zh-CN zod. */
const errorMap: z.core.$ZodErrorMap = (iss) => {
  const raw = iss as unknown as RawIssue & { schema?: unknown; inst?: unknown };
  const text = fieldText(raw.schema) ?? fieldText(raw.inst);
  if (text) {
    const m = fieldMessage(raw, text);
    return `${m.zh}${SEP}${m.en}`;
  }
  return zhLocale(iss);
};

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
  const cut = i.message.indexOf(SEP);
  return ruleIssue({
    code: params?.ruleCode ?? `SCHEMA_${i.code.toUpperCase()}`,
    severity: params?.severity ?? 'error',
    article: params?.article ?? articleFor(path, rules, fallback),
    path,
    zh: cut < 0 ? i.message : i.message.slice(0, cut),
    en: params?.en ?? (cut < 0 ? englishOf(i) : i.message.slice(cut + 1)),
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
    const parsed = schema.safeParse(input, { error: errorMap, reportInput: true });
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
