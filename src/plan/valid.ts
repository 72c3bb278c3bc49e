/**
 * Proof that validation happened. `ValidCatalog` and `ValidPlan` can only be made by `validateCatalog` and
 * `validateAnnualPlan`: they carry the parsed, deeply frozen value and the warnings (a valid value may still
 * carry warnings; errors never reach here). The validators register every value they issue, so
 * `isValidCatalog` recognises a genuine one even in plain JavaScript where brands do not exist.
 */
import type { Catalog } from '../model/catalog.js';
import type { RuleIssue } from '../model/issue.js';
import type { AnnualPlan } from '../model/plan.js';

declare const validCatalogBrand: unique symbol;
declare const validPlanBrand: unique symbol;

/** A catalog that passed `validateCatalog` (第八条, 第十条), with its warnings. */
export interface ValidCatalog {
  readonly catalog: Catalog;
  readonly warnings: readonly RuleIssue[];
  readonly [validCatalogBrand]: true;
}

/** An annual plan that passed `validateAnnualPlan` (第十三条–第十六条), with its warnings. */
export interface ValidPlan {
  readonly plan: AnnualPlan;
  readonly warnings: readonly RuleIssue[];
  readonly [validPlanBrand]: true;
}

const issuedCatalogs = new WeakSet<object>();
const issuedPlans = new WeakSet<object>();

/** Recursively freezes a freshly built value (one the caller owns; never an input). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function makeValidCatalog(catalog: Catalog, warnings: readonly RuleIssue[]): ValidCatalog {
  const v = Object.freeze({ catalog: deepFreeze(catalog), warnings: Object.freeze([...warnings]) });
  issuedCatalogs.add(v);
  return v as unknown as ValidCatalog;
}

export function makeValidPlan(plan: AnnualPlan, warnings: readonly RuleIssue[]): ValidPlan {
  const v = Object.freeze({ plan: deepFreeze(plan), warnings: Object.freeze([...warnings]) });
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
