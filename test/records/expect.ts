// Assertions shared by the records tests: a finding with its code, article and path.
import type { Result } from 'neverthrow';
import { expect } from 'vitest';
import type { RuleIssue } from '../../src/model/index.js';

/** The result fails, and among its findings is one with this code, article and path. */
export function expectFinding(
  result: Result<unknown, readonly RuleIssue[]>,
  code: string,
  article: string,
  path: readonly (string | number)[],
): RuleIssue {
  expect(result.isErr(), `expected ${code}, got ok`).toBe(true);
  const issues = result._unsafeUnwrapErr();
  const hit = issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(
    hit,
    `${code} at ${JSON.stringify(path)} in ${JSON.stringify(issues.map((i) => [i.code, i.path]))}`,
  ).toBeDefined();
  expect(hit!.article).toBe(article);
  expect(hit!.severity).toBe('error');
  expect(hit!.message.zh.length).toBeGreaterThan(0);
  expect(hit!.message.en.length).toBeGreaterThan(0);
  return hit!;
}

/** The result passes with this warning (code, article, path). */
export function expectWarning(
  result: Result<{ warnings: readonly RuleIssue[] }, readonly RuleIssue[]>,
  code: string,
  article: string,
  path: readonly (string | number)[],
): RuleIssue {
  expect(result.isOk(), JSON.stringify(result.isErr() ? result.error.map((i) => [i.code, i.path]) : [])).toBe(
    true,
  );
  const hit = result
    ._unsafeUnwrap()
    .warnings.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(hit, code).toBeDefined();
  expect(hit!.article).toBe(article);
  expect(hit!.severity).toBe('warning');
  return hit!;
}

/** The result passes with no finding at all. */
export function expectClean(result: Result<{ warnings: readonly RuleIssue[] }, readonly RuleIssue[]>): void {
  if (result.isErr())
    throw new Error(JSON.stringify(result.error.map((i) => [i.code, i.path, i.message.zh])));
  expect(result._unsafeUnwrap().warnings).toEqual([]);
}
