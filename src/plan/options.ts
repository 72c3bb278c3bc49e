/**
 * Options of catalog and plan validation. `stage` (第八条, 第十六条): a draft is validated in full, except that it
 * has no publication record yet; only a published catalog or plan needs one. `exemptClasses` (第十五条): whether a
 * zero count or total, which exempts a credit-risk class from the draw, is a warning (default) or an error.
 * Options are untrusted input like the rest and are parsed; a bad option is a finding under `options`.
 */
import type { Result } from 'neverthrow';
import * as z from 'zod';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { prefixIssues } from './issue.js';

/** 草案 (not yet published) or 已公开 / 已公示. */
export const ValidationStageSchema = z.enum(['draft', 'published']);
/** Whether a document is validated as a draft (草案) or as published (已公开). */
export type ValidationStage = z.infer<typeof ValidationStageSchema>;

/** Reads {@link CatalogValidationOptions} at run time. */
export const CatalogValidationOptionsSchema = z.object({
  /** `published` (default) requires the 向社会公开 record of 第八条; `draft` does not. */
  stage: ValidationStageSchema.default('published'),
});
/** Options of `validateCatalog`: the stage (draft or published). */
export type CatalogValidationOptions = z.input<typeof CatalogValidationOptionsSchema>;

/** Reads {@link PlanValidationOptions} at run time. */
export const PlanValidationOptionsSchema = z.object({
  /**
   * `published` (default) requires the 公示 record of 第十六条 and a published catalog; `draft` requires neither
   * (a raw catalog given with a draft plan is validated as a draft too).
   */
  stage: ValidationStageSchema.default('published'),
  /** `warn` (default) or `forbid`: a zero count or total exempting a class from the draw (第十五条). */
  exemptClasses: z.enum(['warn', 'forbid']).default('warn'),
});
/** Options of `validateAnnualPlan`: the stage, and whether an exempt credit class is a warning or an error (第十五条). */
export type PlanValidationOptions = z.input<typeof PlanValidationOptionsSchema>;

/** Parses options (absent → defaults); findings are prefixed `options`. */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Result<z.output<S>, RuleIssue[]> {
  return parseWith(schema, input ?? {}).mapErr((issues) => prefixIssues(['options'], issues));
}
