/**
 * Proof that validation happened. `ValidCatalog` and `ValidPlan` can only be made by `validateCatalog` and
 * `validateAnnualPlan`: they carry the parsed, deeply frozen value and the warnings (a valid value may still
 * carry warnings; errors never reach here). The validators register every value they issue, so
 * `isValidCatalog` recognises a genuine one even in plain JavaScript where brands do not exist.
 */
import type { Catalog } from '../model/catalog.js';
import { deepFreeze } from '../model/freeze.js';
import type { RuleIssue } from '../model/issue.js';
import type { AnnualPlan } from '../model/plan.js';

declare const validCatalogBrand: unique symbol;
declare const validPlanBrand: unique symbol;

/** A catalog that passed `validateCatalog` (第八条, 第十条), with its warnings. */
export interface ValidCatalog {
  readonly catalog: Catalog;
  /** `draft` when validated without its publication record (第八条); a published plan needs a published catalog. */
  readonly stage: 'draft' | 'published';
  readonly warnings: readonly RuleIssue[];
  readonly [validCatalogBrand]: true;
}

/** An annual plan that passed `validateAnnualPlan` (第十三条–第十六条), with its warnings. */
export interface ValidPlan {
  readonly plan: AnnualPlan;
  /** `draft` when validated without its publication record (第十六条). */
  readonly stage: 'draft' | 'published';
  readonly warnings: readonly RuleIssue[];
  readonly [validPlanBrand]: true;
}

const issuedCatalogs = new WeakSet<object>();
const issuedPlans = new WeakSet<object>();

export function makeValidCatalog(
  catalog: Catalog,
  warnings: readonly RuleIssue[],
  stage: 'draft' | 'published' = 'published',
): ValidCatalog {
  const v = Object.freeze({ catalog: deepFreeze(catalog), stage, warnings: Object.freeze([...warnings]) });
  issuedCatalogs.add(v);
  return v as unknown as ValidCatalog;
}

export function makeValidPlan(
  plan: AnnualPlan,
  warnings: readonly RuleIssue[],
  stage: 'draft' | 'published' = 'published',
): ValidPlan {
  const v = Object.freeze({ plan: deepFreeze(plan), stage, warnings: Object.freeze([...warnings]) });
  issuedPlans.add(v);
  return v as unknown as ValidPlan;
}

/** True only for a value returned by `validateCatalog`. */
export function isValidCatalog(value: unknown): value is ValidCatalog {
  return value !== null && typeof value === 'object' && issuedCatalogs.has(value);
}

/** True only for a value returned by `validateAnnualPlan`. */
export function isValidPlan(value: unknown): value is ValidPlan {
  return value !== null && typeof value === 'object' && issuedPlans.has(value);
}

/**
 * True for an object shaped like a `ValidCatalog` / `ValidPlan` — `{ [key]: object, warnings: array }` without the
 * raw value's own `marker` field — e.g. one that lost its registration through JSON, `structuredClone` or
 * `postMessage`. Never throws.
 */
function looksWrapped(value: unknown, key: 'catalog' | 'plan', marker: 'entries' | 'tasks'): boolean {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const v = value as Record<string, unknown>;
    const inner = v[key];
    return inner !== null && typeof inner === 'object' && Array.isArray(v.warnings) && !(marker in v);
  } catch {
    return false;
  }
}

/**
 * What a catalog argument stands for: a genuine `ValidCatalog` is trusted (`trusted`); a look-alike (a
 * `ValidCatalog` copied through JSON or `structuredClone`) stands for its `.catalog`, to be validated again
 * (`raw`); anything else is the raw catalog itself.
 */
export function catalogArgument(
  value: unknown,
): { trusted: Catalog; stage: 'draft' | 'published' } | { raw: unknown } {
  if (isValidCatalog(value)) return { trusted: value.catalog, stage: value.stage };
  return { raw: looksWrapped(value, 'catalog', 'entries') ? (value as { catalog: unknown }).catalog : value };
}

/**
 * What a plan argument stands for: the `.plan` of a `ValidPlan` (genuine or copied), else the value itself. The
 * result is parsed again by the caller (a plan's validity depends on the context it was validated against).
 */
export function planArgument(value: unknown): unknown {
  if (isValidPlan(value)) return value.plan;
  return looksWrapped(value, 'plan', 'tasks') ? (value as { plan: unknown }).plan : value;
}
