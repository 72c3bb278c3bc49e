/**
 * Reading the recusal list (回避, 《行政处罚法》第四十三条). A department may hold tens of thousands of records, so
 * well-formed records are read by a direct check that gives exactly what `RecusalSchema` gives (unknown keys
 * dropped, the note trimmed, `declaredBy` defaulting to `inspector`); anything else goes through the schema, so
 * every finding is the schema's own, with its path and article.
 */
import type { Result } from 'neverthrow';
import { ok } from 'neverthrow';
import * as z from 'zod';
import { NATIONAL } from '../model/article.js';
import { CalendarDateSchema, isCalendarDate } from '../model/date.js';
import { InspectorIdSchema, TextSchema } from '../model/ids.js';
import type { RuleIssue } from '../model/issue.js';
import { parseWith, ruleParams } from '../model/parse.js';

/** 回避事由 (《行政处罚法》第四十三条): close relative, interest, former post or shareholding, other (with a note). */
export const RecusalReasonSchema = z.enum(['近亲属', '利害关系', '曾任职或持股', '其他']);

/**
 * A recusal (回避) of one inspector for one object: declared by the inspector, or a relationship recorded on the
 * object's side (reported by the enterprise or found by the department). Personal information: only its digest
 * is published.
 */
export const RecusalSchema = z
  .object({
    inspectorId: InspectorIdSchema,
    /** The object's 统一社会信用代码. */
    objectId: z.string().min(1).max(128),
    reason: RecusalReasonSchema,
    note: TextSchema.optional(),
    declaredOn: CalendarDateSchema,
    /** Who recorded it: the inspector's own declaration, or the object's side. */
    declaredBy: z.enum(['inspector', 'object']).default('inspector'),
  })
  .refine((r) => r.reason !== '其他' || r.note !== undefined, {
    message: '回避原因为“其他”时须说明',
    path: ['note'],
    params: ruleParams(
      'MATCH_RECUSAL_INVALID',
      'A recusal for reason 其他 needs a note',
      NATIONAL.penaltyLaw43,
    ),
  });
/** A recusal (回避, 《行政处罚法》第四十三条): an inspector who may not check an object, declared by either side. */
export type Recusal = z.output<typeof RecusalSchema>;

const ID = /^\S(?:.*\S)?$/;
const REASONS = new Set(['近亲属', '利害关系', '曾任职或持股', '其他']);
const SIDES = new Set(['inspector', 'object']);
const KEYS = new Set(['inspectorId', 'objectId', 'reason', 'note', 'declaredOn', 'declaredBy']);

const isId = (x: unknown): x is string =>
  typeof x === 'string' && x.length >= 1 && x.length <= 128 && ID.test(x);

/** The record as RecusalSchema would read it, or undefined when the schema must look at it. */
function quick(x: unknown): Recusal | undefined {
  if (
    x === null ||
    typeof x !== 'object' ||
    Array.isArray(x) ||
    Object.getPrototypeOf(x) !== Object.prototype
  ) {
    return undefined;
  }
  const r = x as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KEYS.has(k)) return undefined;
  const { inspectorId, objectId, reason, note, declaredOn, declaredBy } = r;
  if (!isId(inspectorId) || typeof objectId !== 'string' || objectId.length < 1 || objectId.length > 128) {
    return undefined;
  }
  if (typeof reason !== 'string' || !REASONS.has(reason) || !isCalendarDate(declaredOn)) return undefined;
  if (declaredBy !== undefined && (typeof declaredBy !== 'string' || !SIDES.has(declaredBy)))
    return undefined;
  let trimmed: string | undefined;
  if (note !== undefined) {
    if (typeof note !== 'string') return undefined;
    trimmed = note.trim();
    if (trimmed.length < 1 || trimmed.length > 2000) return undefined;
  } else if (reason === '其他') return undefined;
  return {
    inspectorId,
    objectId,
    reason,
    ...(trimmed !== undefined ? { note: trimmed } : {}),
    declaredOn,
    declaredBy: (declaredBy ?? 'inspector') as Recusal['declaredBy'],
  } as Recusal;
}

const ListSchema = z.array(RecusalSchema);

/** Reads the recusal list (absent: none). Never throws (a throwing getter surfaces from the caller's guard). */
export function readRecusals(x: unknown): Result<Recusal[], RuleIssue[]> {
  if (x === undefined) return ok([]);
  if (Array.isArray(x)) {
    const out: Recusal[] = [];
    for (const item of x) {
      const r = quick(item);
      if (r === undefined) break;
      out.push(r);
    }
    if (out.length === x.length) return ok(out);
  }
  return parseWith(ListSchema, x, '第十九条').mapErr((issues) =>
    issues.map((i) => ({ ...i, path: ['recusals', ...i.path] })),
  );
}
