// Shared fixtures and assertions for the plan tests: the Longting 2026 catalog, departments, object directory
// and annual plan, loaded fresh for every call so a test may mutate its copy.
import type { Result } from 'neverthrow';
import { expect } from 'vitest';
import type { RuleIssue } from '../../src/model/issue.js';
import { validateAnnualPlan, validateCatalog } from '../../src/plan/index.js';
import { loadFixture } from '../helpers/fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are raw JSON that tests mutate freely
export type Json = any;

export const load = {
  catalog: (): Json => loadFixture('catalog.json'),
  departments: (): Json => loadFixture('departments.json'),
  directory: (): Json => loadFixture('object-directory.json'),
  plan: (): Json => loadFixture('plan-2026.json'),
};

/** The task of the fixture plan with this id (throws in the test if absent). */
export function taskOf(plan: Json, id: string): Json {
  const t = plan.tasks.find((x: Json) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
}

/** Validates a (mutated) plan against the Longting catalog, departments and directory. */
export function validatePlan(
  plan: Json,
  ctx: { catalog?: Json; departments?: Json; directories?: Json; departmentPlans?: Json } = {},
) {
  return validateAnnualPlan(plan, {
    catalog: ctx.catalog ?? load.catalog(),
    departments: ctx.departments ?? load.departments(),
    directories: 'directories' in ctx ? ctx.directories : [load.directory()],
    ...('departmentPlans' in ctx ? { departmentPlans: ctx.departmentPlans } : {}),
  });
}

export function validateFixtureCatalog(catalog: Json, departments: Json = load.departments()) {
  return validateCatalog(catalog, departments);
}

/** Every finding of a result: Err's list, or Ok's warnings. */
export function findings(r: Result<{ warnings: readonly RuleIssue[] }, RuleIssue[]>): readonly RuleIssue[] {
  return r.isOk() ? r.value.warnings : r.error;
}

/** The result failed, with a finding of `code` at `path`; returns that finding. */
export function expectError(
  r: Result<unknown, RuleIssue[]>,
  code: string,
  path: readonly (string | number)[],
): RuleIssue {
  expect(r.isErr(), `expected an error ${code}`).toBe(true);
  const list = r.isErr() ? r.error : [];
  const hit = list.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(
    hit,
    `expected ${code} at ${JSON.stringify(path)}; got ${JSON.stringify(list.map((i) => [i.code, i.path]))}`,
  ).toBeDefined();
  return hit as RuleIssue;
}

/** The result carries a warning of `code` at `path` (whether it succeeded or not); returns it. */
export function expectWarning(
  r: Result<{ warnings: readonly RuleIssue[] }, RuleIssue[]>,
  code: string,
  path: readonly (string | number)[],
): RuleIssue {
  const list = findings(r);
  const hit = list.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(
    hit,
    `expected ${code} at ${JSON.stringify(path)}; got ${JSON.stringify(list.map((i) => [i.code, i.path]))}`,
  ).toBeDefined();
  expect(hit?.severity).toBe('warning');
  return hit as RuleIssue;
}
