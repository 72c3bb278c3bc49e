/**
 * `shuangsuiji/plan`: validation of the joint spot-check catalog (第八条, 第十条) and of the annual plan
 * (第十三条–第十六条), plan adjustments (第十六条) and object eligibility for a joint task (第十八条).
 */
export { activeTasks } from './active.js';
export { applyAdjustment } from './adjust.js';
export { type PlanCode, planCodes } from './codes.js';
export {
  type Eligibility,
  type EligibilityInput,
  type ExcludedObject,
  eligibleObjects,
} from './eligibility.js';
export {
  type CatalogValidationOptions,
  CatalogValidationOptionsSchema,
  type PlanValidationOptions,
  PlanValidationOptionsSchema,
  type ValidationStage,
  ValidationStageSchema,
} from './options.js';
export { isValidCatalog, isValidPlan, type ValidCatalog, type ValidPlan } from './valid.js';
export { validateCatalog } from './validate-catalog.js';
export { type PlanContext, validateAnnualPlan } from './validate-plan.js';
