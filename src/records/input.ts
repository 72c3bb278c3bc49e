/**
 * The boundary of `shuangsuiji/records`: parses a record and its context, prefixing the context's findings with
 * `context` so a finding says which argument is wrong, and turning a thrown error anywhere in a check into a
 * finding instead of an exception.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { CnCalendar } from '../calendar/index.js';
import { getDefaultCnCalendar } from '../calendar/index.js';
import { type IssuePath, type RuleIssue, ruleIssue, sortIssues } from '../model/issue.js';
import { type ArticleRule, nestArticles, parseWith } from '../model/parse.js';
import { TASK_ARTICLES } from '../model/task.js';
import { prefixIssues } from '../plan/issue.js';

/** True for an object with the working-day calendar's `deadlineStatus` (a `CnCalendar`). */
export function isCalendar(value: unknown): value is CnCalendar {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { deadlineStatus?: unknown }).deadlineStatus === 'function'
    );
  } catch {
    return false;
  }
}

/** A working-day calendar (`createCnCalendar`); the embedded default when absent. */
export const CalendarOptionSchema = z.custom<CnCalendar>(isCalendar, {
  message: '工作日历须为 createCnCalendar 创建的日历',
});

/** The calendar to use: the one given, else the default. */
export function calendarOf(calendar: CnCalendar | undefined): CnCalendar {
  return calendar ?? getDefaultCnCalendar();
}

/** Parses one argument; findings are prefixed with `prefix` (empty for the record itself). */
export function parseArgument<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: IssuePath,
  article: string,
  rules: readonly ArticleRule[] = [],
): Result<z.output<S>, RuleIssue[]> {
  const parsed = parseWith(schema, input, article, rules);
  return parsed.isOk() ? parsed : err(prefixIssues(prefix, parsed.error));
}

/**
 * Parses a record and its context (findings about the context under `context`, a task in it citing the task's
 * field articles), or every finding of both; `refine` maps the record's own parse findings to clearer codes.
 */
export function recordAndContext<R extends z.ZodType, C extends z.ZodType>(
  article: string,
  schemas: { readonly record: R; readonly context: C },
  input: { readonly record: unknown; readonly context: unknown },
  refine: (issues: RuleIssue[]) => RuleIssue[] = (issues) => issues,
): Result<[z.output<R>, z.output<C>], RuleIssue[]> {
  return both(
    parseArgument(schemas.record, input.record, [], article).mapErr(refine),
    parseContext(schemas.context, input.context, article),
  );
}

/** Parses a validator's context: findings under `context`, a task in it citing the task's field articles. */
export function parseContext<C extends z.ZodType>(
  schema: C,
  context: unknown,
  article: string,
): Result<z.output<C>, RuleIssue[]> {
  return parseArgument(schema, context, ['context'], article, nestArticles(['task'], TASK_ARTICLES));
}

/**
 * Validates many records against one context, parsed once (the batch form of a validator): Err with the
 * context's findings (or `records` not being a list), else one verdict per record, in order, each exactly what
 * the single validator gives for that record with this context (the record parsed as `recordAndContext` parses
 * it, `check` bound once to the parsed context).
 */
export function validateEach<R extends z.ZodType, C extends z.ZodType, T>(
  article: string,
  schemas: { readonly record: R; readonly context: C },
  input: { readonly records: unknown; readonly context: unknown },
  bind: (c: z.output<C>) => (record: z.output<R>) => Result<CheckedRecord<T>, RuleIssue[]>,
  refine: (issues: RuleIssue[], record: unknown) => RuleIssue[] = (issues) => issues,
): Result<readonly Result<CheckedRecord<T>, RuleIssue[]>[], RuleIssue[]> {
  return guarded(article, () =>
    both(
      parseArgument(z.array(z.unknown()), input.records, ['records'], article),
      parseContext(schemas.context, input.context, article),
    ).map(([list, c]) => {
      const check = bind(c);
      return Object.freeze(
        list.map((record) =>
          guarded(article, () =>
            parseArgument(schemas.record, record, [], article)
              .mapErr((e) => sortIssues(refine(e, record)))
              .andThen(check),
          ),
        ),
      );
    }),
  );
}

/** Both parses, or every finding of both. */
export function both<A, B>(
  a: Result<A, RuleIssue[]>,
  b: Result<B, RuleIssue[]>,
): Result<[A, B], RuleIssue[]> {
  if (a.isOk() && b.isOk()) return ok([a.value, b.value]);
  return err(sortIssues([...(a.isErr() ? a.error : []), ...(b.isErr() ? b.error : [])]));
}

/** A checked record: its parsed, deeply frozen value and the warnings it still carries. */
export interface CheckedRecord<T> {
  readonly record: T;
  readonly warnings: readonly RuleIssue[];
}

/** Ok with the warnings when no finding is an error; else Err with every finding, sorted. */
export function verdict<T>(record: T, issues: readonly RuleIssue[]): Result<CheckedRecord<T>, RuleIssue[]> {
  const sorted = sortIssues(issues);
  if (sorted.some((i) => i.severity === 'error')) return err(sorted);
  return ok(Object.freeze({ record, warnings: Object.freeze(sorted) }));
}

/** Runs a check; an exception (e.g. a hostile calendar) becomes `INPUT_UNREADABLE` with the article. */
export function guarded<T>(article: string, run: () => Result<T, RuleIssue[]>): Result<T, RuleIssue[]> {
  try {
    return run();
  } catch {
    return err([
      ruleIssue({
        code: 'INPUT_UNREADABLE',
        article,
        zh: '输入无法读取（访问字段或调用日历时出错）',
        en: 'The input could not be read (accessing a field or calling the calendar failed)',
      }),
    ]);
  }
}

/** Chinese and English list of ids for messages, sorted and de-duplicated. */
export function ids(values: Iterable<string>): { zh: string; en: string } {
  const list = [...new Set(values)].sort();
  return { zh: list.join('、'), en: list.join(', ') };
}
