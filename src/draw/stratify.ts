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
import { sortByKey } from '../model/merge-sort.js';
import { parseWith } from '../model/parse.js';
import { isParsed, parsedDirectories } from '../model/parsed.js';
import { type RatioTable, RatioTableSchema } from '../model/ratio-table.js';
import { hasStratumFields, matchesStratum } from '../model/stratum-match.js';
import { writeUsccKey } from './engine/pass.js';
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

/** The objects, parsed with InspectionObjectSchema (findings at ['objects', …]). */
function parseObjects(objects: unknown): Result<readonly InspectionObject[], RuleIssue[]> {
  const list = parseWith(z.array(InspectionObjectSchema), objects, article(18));
  return list.isErr() ? err(list.error.map((i) => ({ ...i, path: ['objects', ...i.path] }))) : ok(list.value);
}

/** The stratum index (table order) of each object, −1 for none. */
function strataOf(list: readonly InspectionObject[], table: RatioTable): Int32Array {
  const n = list.length;
  const h = new Int32Array(n);
  const strata = table.strata;
  for (let k = 0; k < n; k++) {
    const o = list[k]!;
    let s = 0;
    while (s < strata.length && !matchesStratum(o, strata[s]!.match)) s++;
    h[k] = s < strata.length ? s : -1;
  }
  return h;
}

/** What stratify reads of the objects. */
interface Read {
  /** Stratum index (table order) of each object, −1 for none. */
  readonly h: Int32Array;
  /** Each object's credit code. */
  readonly ids: readonly string[];
  /** Positions 0 … n − 1 in credit-code order, equal codes in list order. */
  readonly order: Int32Array;
  /** 1 at every occurrence of a credit code but the first (in list order); undefined when none repeats. */
  readonly duplicate: Uint8Array | undefined;
}

/** The frame of `strata` and `units` as stratify returns it (frozen). */
function frameOf(strata: string[], units: FrameUnit[]): Frame {
  return Object.freeze({ strata: Object.freeze(strata), units: Object.freeze(units) });
}

/**
 * A parsed directory's frozen list, indexed at ingestion (parseObjectDirectory): the stratum of each risk profile
 * and the codes as they were ordered then; no object is read. The frame when every object matches a stratum and
 * no code repeats, otherwise what stratify reads (to name each finding). Undefined when the list is not such a list.
 */
function stratifyIndexed(list: readonly InspectionObject[], table: RatioTable): Frame | Read | undefined {
  const index = Object.isFrozen(list) ? parsedDirectories.get(list) : undefined;
  if (!index) return undefined;
  const { codes, positions, profileOf } = index;
  const ofProfile = strataOf(index.profiles, table);
  const n = codes.length;
  // Every profile is some object's: the frame is whole when every profile matches and no code repeats.
  if (index.repeats.length === 0 && !ofProfile.includes(-1)) {
    const strata = table.strata.map((s) => s.id);
    const units: FrameUnit[] = new Array(n);
    for (let r = 0; r < n; r++) units[r] = { id: codes[r]!, stratum: strata[ofProfile[profileOf[r]!]!]! };
    return frameOf(strata, units);
  }
  // By list position (position positions[r] holds codes[r]), to name the findings.
  const h = new Int32Array(n);
  const ids: string[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const k = positions[r]!;
    h[k] = ofProfile[profileOf[r]!]!;
    ids[k] = codes[r]!;
  }
  const duplicate = new Uint8Array(n);
  for (const r of index.repeats) duplicate[positions[r]!] = 1;
  return { h, ids, order: positions, duplicate };
}

/** Reads objects that are known to be parsed, or were parsed just now: their codes sorted by key. */
function readByKey(list: readonly InspectionObject[], table: RatioTable, keys: Int32Array): Read {
  const n = list.length;
  const ids = list.map((o) => o.id);
  const h = strataOf(list, table);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  sortByKey(order, new Int32Array(n), keys);
  // After a stable sort, every occurrence of a credit code but the first (in list order) follows an equal key
  // (equal keys are equal codes).
  const duplicate = new Uint8Array(n);
  for (let r = 1; r < n; r++) {
    const a = 3 * order[r - 1]!;
    const b = 3 * order[r]!;
    if (keys[a] === keys[b] && keys[a + 1] === keys[b + 1] && keys[a + 2] === keys[b + 2])
      duplicate[order[r]!] = 1;
  }
  return { h, ids, order, duplicate };
}

/**
 * Objects every one of which a model parser produced: the sort keys of their credit codes, each code and the
 * fields a stratum condition reads checked again (they may have changed since). Undefined when one was not parsed
 * or no longer holds what the schema allows (then all are parsed, with findings).
 */
function parsedKeys(list: readonly unknown[]): Int32Array | undefined {
  const n = list.length;
  const keys = new Int32Array(3 * n);
  for (let k = 0; k < n; k++) {
    const o = list[k] as InspectionObject;
    if (!isParsed(o) || !hasStratumFields(o)) return undefined;
    if (!writeUsccKey(o.id, keys, 3 * k)) return undefined;
  }
  return keys;
}

/**
 * What stratify reads of the objects (or, for a parsed directory, the frame itself): a parsed directory as indexed
 * at ingestion, parsed objects, or anything else parsed here.
 */
function readObjects(objects: unknown, table: RatioTable): Result<Frame | Read, RuleIssue[]> {
  if (Array.isArray(objects)) {
    const list = objects as readonly InspectionObject[];
    const indexed = stratifyIndexed(list, table);
    if (indexed) return ok(indexed);
    const keys = parsedKeys(list);
    if (keys) return ok(readByKey(list, table, keys));
  }
  const parsed = parseObjects(objects);
  if (parsed.isErr()) return err(parsed.error);
  const list = parsed.value;
  const keys = new Int32Array(3 * list.length);
  for (let k = 0; k < list.length; k++) writeUsccKey(list[k]!.id, keys, 3 * k);
  return ok(readByKey(list, table, keys));
}

function stratifyImpl(objects: unknown, rules: unknown): Result<Frame, RuleIssue[]> {
  const table = parseWith(RatioTableSchema, rules, article(15));
  if (table.isErr()) return err(table.error.map((i) => ({ ...i, path: ['rules', ...i.path] })));
  // Objects of a directory parsed once at ingestion are taken as they are; anything else is parsed here.
  const read = readObjects(objects, table.value);
  if (read.isErr()) return err(read.error);
  if ('units' in read.value) return ok(read.value);
  const { h, ids, order, duplicate } = read.value;
  const n = ids.length;
  const issues: RuleIssue[] = [];
  for (let k = 0; k < n; k++) {
    const repeated = duplicate !== undefined && duplicate[k] === 1;
    if (!repeated && h[k]! >= 0) continue;
    issues.push(
      repeated
        ? duplicateIdIssue(['objects', k, 'id'], ids[k]!)
        : drawIssue(
            'DRAW_NO_MATCHING_STRATUM',
            ['objects', k],
            `检查对象 ${ids[k]} 不属于比例表中的任何一层`,
            `Object ${ids[k]} matches no stratum of the ratio table`,
          ),
    );
  }
  if (issues.length > 0) return err(issues);
  const strata = table.value.strata.map((s) => s.id);
  const units: FrameUnit[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const k = order[r]!;
    units[r] = { id: ids[k]!, stratum: strata[h[k]!]! };
  }
  return ok(frameOf(strata, units));
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
