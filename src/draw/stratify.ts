/**
 * 分层 (stratification, 第十五条): each inspection object goes to the first stratum of the task's ratio table,
 * in table order, whose condition it meets (credit class 信用风险分类, key area 重点监管领域, complaints 投诉举报,
 * serious violations 严重违法违规记录). The result is the draw's frame (抽查底册): the set of (id, stratum)
 * pairs the draw and its commitment bind.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { article } from '../model/article.js';
import { type InspectionObject, InspectionObjectSchema } from '../model/inspection-object.js';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { type RatioTable, RatioTableSchema, type StratumMatch } from '../model/ratio-table.js';
import { guarded } from './guard.js';
import type { InspectionObjectInput, RatioTableInput } from './inputs.js';
import { drawIssue } from './issues.js';

/** One entry of the frame: a credit code and its stratum id. */
export interface FrameUnit {
  readonly id: string;
  readonly stratum: string;
}

/** 抽查底册: the strata in table order and the units (any order; the draw treats them as a set). */
export interface Frame {
  readonly strata: readonly string[];
  readonly units: readonly FrameUnit[];
}

/** True when the object meets every condition of the match. */
export function matchesStratum(object: InspectionObject, match: StratumMatch): boolean {
  if (match.creditClasses && !match.creditClasses.includes(object.creditClass)) return false;
  if (match.keyArea !== undefined && object.risk.keyArea !== match.keyArea) return false;
  if (match.minComplaints !== undefined && object.risk.complaintCount < match.minComplaints) return false;
  if (match.seriousViolation !== undefined && object.risk.seriousViolation !== match.seriousViolation)
    return false;
  return true;
}

/** The stratum id of one object, or undefined when no rule matches. */
export function stratumOf(object: InspectionObject, table: RatioTable): string | undefined {
  return table.strata.find((s) => matchesStratum(object, s.match))?.id;
}

function stratifyImpl(objects: unknown, rules: unknown): Result<Frame, RuleIssue[]> {
  const table = parseWith(RatioTableSchema, rules, article(15));
  if (table.isErr()) return err(table.error.map((i) => ({ ...i, path: ['rules', ...i.path] })));
  const list = parseWith(z.array(InspectionObjectSchema), objects, article(18));
  if (list.isErr()) return err(list.error.map((i) => ({ ...i, path: ['objects', ...i.path] })));
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  const units: FrameUnit[] = [];
  list.value.forEach((o, k) => {
    if (seen.has(o.id)) {
      issues.push(
        drawIssue(
          'DRAW_DUPLICATE_ID',
          ['objects', k, 'id'],
          `统一社会信用代码 ${o.id} 重复`,
          `Credit code ${o.id} appears twice`,
        ),
      );
      return;
    }
    seen.add(o.id);
    const s = stratumOf(o, table.value);
    if (s === undefined) {
      issues.push(
        drawIssue(
          'DRAW_NO_MATCHING_STRATUM',
          ['objects', k],
          `检查对象 ${o.id} 不属于比例表中的任何一层`,
          `Object ${o.id} matches no stratum of the ratio table`,
        ),
      );
      return;
    }
    units.push(Object.freeze({ id: o.id, stratum: s }));
  });
  if (issues.length > 0) return err(issues);
  units.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ok(
    Object.freeze({
      strata: Object.freeze(table.value.strata.map((s) => s.id)),
      units: Object.freeze(units),
    }),
  );
}

/**
 * Stratifies objects by the ratio table (第十五条). Every object must parse, have a distinct credit code and
 * match a stratum; otherwise the findings are returned and no frame is made. Units come out sorted by id.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const stratify: (
  objects: readonly InspectionObjectInput[],
  rules: RatioTableInput,
) => Result<Frame, RuleIssue[]> = guarded(stratifyImpl);
