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
import { parsedInspectionObjects, parsedObjectLists } from '../model/parsed.js';
import { type RatioTable, RatioTableSchema, type StratumMatch } from '../model/ratio-table.js';
import { sortByKey, writeUsccKey } from './engine/pass.js';
import { guarded } from './guard.js';
import type { InspectionObjectInput, RatioTableInput } from './inputs.js';
import { drawIssue, duplicateIdIssue } from './issues.js';

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

/** The objects, parsed with InspectionObjectSchema (findings at ['objects', …]). */
function parseObjects(objects: unknown): Result<readonly InspectionObject[], RuleIssue[]> {
  const list = parseWith(z.array(InspectionObjectSchema), objects, article(18));
  return list.isErr() ? err(list.error.map((i) => ({ ...i, path: ['objects', ...i.path] }))) : ok(list.value);
}

interface Read {
  /** Stratum index (table order) of each object, −1 for none. */
  readonly h: Int32Array;
  /** Sort key of each credit code (`keys[3k … 3k+3)`). */
  readonly keys: Int32Array;
}

/**
 * One pass over the objects: each one's stratum and the sort key of its credit code. Undefined when an object was
 * not produced by a model parser (it must be parsed first) or its id is not a valid credit code (changed since).
 */
function readParsed(list: readonly unknown[], table: RatioTable): Read | undefined {
  const n = list.length;
  const h = new Int32Array(n);
  const keys = new Int32Array(3 * n);
  const strata = table.strata;
  // A parsed directory's frozen list vouches for all its elements; otherwise each is looked up.
  const whole = Object.isFrozen(list) && parsedObjectLists.has(list as readonly object[]);
  for (let k = 0; k < n; k++) {
    const o = list[k] as InspectionObject;
    if (!whole && (typeof o !== 'object' || o === null || !parsedInspectionObjects.has(o))) return undefined;
    if (!writeUsccKey(o.id, keys, 3 * k)) return undefined;
    let s = 0;
    while (s < strata.length && !matchesStratum(o, strata[s]!.match)) s++;
    h[k] = s < strata.length ? s : -1;
  }
  return { h, keys };
}

function stratifyImpl(objects: unknown, rules: unknown): Result<Frame, RuleIssue[]> {
  const table = parseWith(RatioTableSchema, rules, article(15));
  if (table.isErr()) return err(table.error.map((i) => ({ ...i, path: ['rules', ...i.path] })));
  // Objects of a directory parsed once at ingestion are taken as they are; anything else is parsed here.
  let list = Array.isArray(objects) ? (objects as readonly InspectionObject[]) : undefined;
  let read = list && readParsed(list, table.value);
  if (!read) {
    const parsed = parseObjects(objects);
    if (parsed.isErr()) return err(parsed.error);
    list = parsed.value;
    const keys = new Int32Array(3 * list.length);
    for (let k = 0; k < list.length; k++) writeUsccKey(list[k]!.id, keys, 3 * k);
    const ids = table.value.strata.map((s) => s.id);
    read = { keys, h: Int32Array.from(list, (o) => ids.indexOf(stratumOf(o, table.value) ?? '')) };
  }
  const objs = list!;
  const n = objs.length;
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  sortByKey(order, new Int32Array(n), read.keys);
  // After a stable sort by id, every occurrence of a credit code but the first (in input order) follows an equal
  // key (equal keys are equal codes).
  const duplicate = new Uint8Array(n);
  const keys = read.keys;
  for (let r = 1; r < n; r++) {
    const a = 3 * order[r - 1]!;
    const b = 3 * order[r]!;
    if (keys[a] === keys[b] && keys[a + 1] === keys[b + 1] && keys[a + 2] === keys[b + 2])
      duplicate[order[r]!] = 1;
  }
  const issues: RuleIssue[] = [];
  for (let k = 0; k < n; k++) {
    if (!duplicate[k] && read.h[k]! >= 0) continue;
    const o = objs[k]!;
    issues.push(
      duplicate[k]
        ? duplicateIdIssue(['objects', k, 'id'], o.id)
        : drawIssue(
            'DRAW_NO_MATCHING_STRATUM',
            ['objects', k],
            `检查对象 ${o.id} 不属于比例表中的任何一层`,
            `Object ${o.id} matches no stratum of the ratio table`,
          ),
    );
  }
  if (issues.length > 0) return err(issues);
  const strata = table.value.strata.map((s) => s.id);
  const units: FrameUnit[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const k = order[r]!;
    units[r] = { id: objs[k]!.id, stratum: strata[read.h[k]!]! };
  }
  return ok(Object.freeze({ strata: Object.freeze(strata), units: Object.freeze(units) }));
}

/**
 * Stratifies objects by the ratio table (第十五条). Every object must parse, have a distinct credit code and
 * match a stratum; otherwise the findings are returned and no frame is made. Units come out sorted by id.
 * Objects of a directory parsed once at ingestion (parseObjectDirectory, parseInspectionObject) are not parsed
 * again: stratifying them costs a fraction of the draw.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const stratify: (
  objects: readonly InspectionObjectInput[],
  rules: RatioTableInput,
) => Result<Frame, RuleIssue[]> = guarded(stratifyImpl);
