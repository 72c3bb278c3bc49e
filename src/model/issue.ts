/**
 * The one finding type of shuangsuiji. Every rule names the article it enforces
 * (e.g. 第十九条 of the Longting measures, or a national rule such as 《行政处罚法》第四十二条),
 * carries a stable machine code, a Chinese and an English message, and the path of the offending value.
 */

/** `error` blocks the operation; `warning` is reported but does not. */
export type Severity = 'error' | 'warning';

/** A message in both working languages. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/** Path into the input: object keys and array indexes, as zod reports them. */
export type IssuePath = readonly (string | number)[];

/** A finding (规则问题): what is wrong, where, and which article says so. */
export interface RuleIssue {
  /** Stable code, documented in docs/error-codes.md; never renamed once released. */
  readonly code: string;
  readonly severity: Severity;
  /** The article enforced, e.g. `第十九条`; absent only for pure format errors with no legal source. */
  readonly article?: string;
  readonly path: IssuePath;
  readonly message: LocalizedText;
}

/** Description of a code in a module's code registry (rendered into docs/error-codes.md). */
export interface CodeInfo {
  readonly severity: Severity;
  readonly article?: string;
  readonly zh: string;
  readonly en: string;
}

/** A module's codes: each module exports one so the documentation can be checked against the code. */
export type CodeRegistry = Readonly<Record<string, CodeInfo>>;

/**
 * A caller-given path, read defensively: anything but an array of strings and numbers (or an array that cannot be
 * read) gives `fallback`. Never throws; lets a public function take any value for its optional `path`.
 */
export function readPath(path: unknown, fallback: IssuePath = []): IssuePath {
  try {
    if (!Array.isArray(path)) return fallback;
    const copy: unknown[] = [...path];
    return copy.every((p) => typeof p === 'string' || typeof p === 'number') ? (copy as IssuePath) : fallback;
  } catch {
    return fallback;
  }
}

/** Builds a RuleIssue; freezes it so findings are values, never shared mutable state. */
export function ruleIssue(fields: {
  code: string;
  severity?: Severity;
  article?: string | undefined;
  path?: IssuePath;
  zh: string;
  en: string;
}): RuleIssue {
  const out: RuleIssue = {
    code: fields.code,
    severity: fields.severity ?? 'error',
    ...(fields.article !== undefined ? { article: fields.article } : {}),
    path: Object.freeze([...(fields.path ?? [])]),
    message: Object.freeze({ zh: fields.zh, en: fields.en }),
  };
  return Object.freeze(out);
}

/** True when at least one finding blocks (severity `error`). */
export function hasErrors(issues: readonly RuleIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

function comparePaths(a: IssuePath, b: IssuePath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Deterministic order for findings: by path, then code, then message. Validators sort their output with it
 * so the same input in another order yields the same list.
 */
export function compareIssues(a: RuleIssue, b: RuleIssue): number {
  const byPath = comparePaths(a.path, b.path);
  if (byPath !== 0) return byPath;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  if (a.message.en !== b.message.en) return a.message.en < b.message.en ? -1 : 1;
  return 0;
}

/** Sorted, de-duplicated copy of a list of findings. */
export function sortIssues(issues: readonly RuleIssue[]): RuleIssue[] {
  const sorted = [...issues].sort(compareIssues);
  return sorted.filter((x, i) => i === 0 || compareIssues(sorted[i - 1]!, x) !== 0);
}

/** Most findings an operation lists one by one; the rest are counted in one summary finding. */
export const MAX_FINDINGS = 100;

/**
 * The first {@link MAX_FINDINGS} findings, plus the area's summary finding (`summary(rest, total)`) when there
 * were more: a failed operation names what is wrong readably however much is wrong.
 */
export function capIssues(
  issues: RuleIssue[],
  summary: (rest: number, total: number) => RuleIssue,
): RuleIssue[] {
  if (issues.length <= MAX_FINDINGS) return issues;
  return [...issues.slice(0, MAX_FINDINGS), summary(issues.length - MAX_FINDINGS, issues.length)];
}
