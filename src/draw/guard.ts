/**
 * No public function of the draw throws (第十九条: a failed draw is a finding, never a crash). An exception is
 * told apart by where it came from:
 * - the caller's input could not be read (a getter or proxy trap that throws, a revoked proxy, a throwing
 *   `toString`): DRAW_INPUT_UNREADABLE, the caller's to fix;
 * - anything else is a defect of the library: DRAW_INTERNAL_ERROR, with the exception's message, to report.
 * After an exception the arguments are read once more, every field (own keys, getters, proxy traps,
 * prototypes, a few well-known names): if that read throws, the input is unreadable; if it does not, the input
 * was readable and the exception was the library's. This costs nothing when no exception is thrown.
 */
import { err, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { capFindings } from './findings.js';
import { drawIssue } from './issues.js';

/** DRAW_INPUT_UNREADABLE at `path`. */
export function unreadableAt(path: readonly (string | number)[]): RuleIssue[] {
  return [
    drawIssue(
      'DRAW_INPUT_UNREADABLE',
      path,
      '输入无法读取（访问字段时出错）',
      'The input could not be read (accessing a field failed)',
    ),
  ];
}

function messageOf(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message}`;
    return String(e);
  } catch {
    return 'an exception that cannot be printed';
  }
}

/** DRAW_INTERNAL_ERROR: an exception the input did not cause, reported as the library defect it is. */
export function internalError(e: unknown): RuleIssue[] {
  const m = messageOf(e);
  return [
    drawIssue(
      'DRAW_INTERNAL_ERROR',
      [],
      `程序库内部错误（缺陷，并非输入有误），请向 shuangsuiji 报告：${m}`,
      `Internal error of the library (a defect, not a problem of the input); please report it to shuangsuiji: ${m}`,
    ),
  ];
}

/** Names read on every object besides its own keys: what the library and zod look up on any value. */
const PROBED: readonly PropertyKey[] = [
  Symbol.iterator,
  Symbol.asyncIterator,
  Symbol.toPrimitive,
  'then',
  'toJSON',
  'toString',
  'valueOf',
  'constructor',
  'length',
];

/**
 * Reads every field of `value`, depth first, once per object: true when all of it could be read, false when a
 * read threw. An object with its own conversion methods is also converted to a string once.
 */
export function readable(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  try {
    while (stack.length > 0) {
      const v = stack.pop();
      if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
      seen.add(v);
      Array.isArray(v);
      Object.getPrototypeOf(v);
      for (const k of PROBED) Reflect.get(v, k);
      const keys = Reflect.ownKeys(v);
      for (const k of keys) {
        Reflect.getOwnPropertyDescriptor(v, k);
        stack.push(Reflect.get(v, k));
      }
      if (typeof v === 'object' && !Array.isArray(v) && keys.some((k) => PROBED.includes(k))) String(v);
    }
    return true;
  } catch {
    return false;
  }
}

/** The finding for an exception `e` thrown while working on `args`. */
export function findingsOf(e: unknown, args: readonly unknown[]): RuleIssue[] {
  return args.every(readable) ? internalError(e) : unreadableAt([]);
}

function capped<T>(r: Result<T, RuleIssue[]>): Result<T, RuleIssue[]> {
  return r.isErr() && r.error.length > 100 ? err(capFindings(r.error)) : r;
}

/** Runs `f`, turning an exception into a finding (DRAW_INPUT_UNREADABLE or DRAW_INTERNAL_ERROR). */
export function guarded<A extends unknown[], T>(
  f: (...a: A) => Result<T, RuleIssue[]>,
): (...a: A) => Result<T, RuleIssue[]> {
  return (...a) => {
    try {
      return capped(f(...a));
    } catch (e) {
      return err(findingsOf(e, a));
    }
  };
}

/** Async variant of {@link guarded}. */
export function guardedAsync<A extends unknown[], T>(
  f: (...a: A) => Promise<Result<T, RuleIssue[]>>,
): (...a: A) => Promise<Result<T, RuleIssue[]>> {
  return async (...a) => {
    try {
      return capped(await f(...a));
    } catch (e) {
      return err(findingsOf(e, a));
    }
  };
}
