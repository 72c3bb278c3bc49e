/**
 * `replaceInspector` (第十九条 ¶3: 已抽取的执法检查人员原则上不可更换，但因岗位调整、工作冲突、健康状况、执法回避
 * 等特殊情况无法继续履行抽查任务的，经本部门负责人同意后，可调整更换). Only with the approval of the department's
 * head; the replacement is never hand-picked: it is the first inspector of the object's seeded order π_o who is
 * eligible for it, not on it, never was on it, and under the load cap. Returns a new LockedAssignment with the
 * event appended; every other slot is unchanged and the input is untouched. A second replacement of the same
 * slot goes on along the same order.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { CalendarDateSchema } from '../model/date.js';
import { deepFreeze } from '../model/freeze.js';
import { TextSchema } from '../model/ids.js';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { type AssignmentContext, contextOf, remember } from './context.js';
import { isEligible } from './eligibility.js';
import { guarded, matchIssue } from './issues.js';
import {
  assignmentOf,
  type LockedAssignment,
  type MatchReceipt,
  type ReplacementEvent,
  ReplacementReasonSchema,
} from './receipt.js';
import { SeededOrder } from './stream.js';

/** A replacement request. */
export const ReplacementRequestSchema = z
  .object({
    objectId: z.string().min(1),
    /** The inspector who cannot go on. */
    inspectorId: z.string().min(1),
    reason: ReplacementReasonSchema,
    /** Required for 其他. */
    note: TextSchema.optional(),
    /** 本部门负责人: must be the department's head. */
    approvedBy: z.string().min(1),
    approvedOn: CalendarDateSchema,
  })
  .strict()
  .refine((r) => r.reason !== '其他' || r.note !== undefined, {
    message: '更换原因为“其他”时须说明',
    path: ['note'],
  });
/** A request to replace an inspector (第十九条 ¶3): the object, the inspector, one of the four reasons and the head's approval. */
export type ReplacementRequest = z.input<typeof ReplacementRequestSchema>;

/** The first inspector of π_o who may take the slot, or undefined. */
export function nextInOrder(
  receipt: MatchReceipt,
  ctx: AssignmentContext,
  objectId: string,
): string | undefined {
  const object = receipt.objects.find((o) => o.objectId === objectId)!;
  const excluded = new Set([...object.drawn, ...object.inspectorIds]);
  for (const e of receipt.events) {
    if (e.objectId === objectId) excluded.add(e.outInspectorId).add(e.inInspectorId);
  }
  const load = new Map<string, number>();
  for (const o of receipt.objects) for (const id of o.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
  const pi = new SeededOrder(ctx.key, ctx.pool.ids.length).start(objectId);
  for (let p = 0; p < pi.size; p++) {
    const k = pi.at(p);
    const id = ctx.pool.ids[k]!;
    if (excluded.has(id) || !isEligible(ctx.pool, objectId, k)) continue;
    if (ctx.maxLoad !== undefined && (load.get(id) ?? 0) >= ctx.maxLoad) continue;
    return id;
  }
  return undefined;
}

function replaceImpl(
  assignment: LockedAssignment,
  request: ReplacementRequest,
): Result<LockedAssignment, RuleIssue[]> {
  const ctx = contextOf(assignment);
  if (ctx === undefined) {
    return err([
      matchIssue(
        'MATCH_ASSIGNMENT_UNKNOWN',
        ['assignment'],
        '派员结果不是本库生成或复核的（可先用 verifyAssignment 复核回执）',
        'The assignment was not made or verified by this library (verify its receipt with verifyAssignment first)',
      ),
    ]);
  }
  const parsed = parseWith(ReplacementRequestSchema, request, '第十九条');
  if (parsed.isErr()) {
    return err(
      parsed.error.map((i) => matchIssue('MATCH_REPLACEMENT_INVALID', i.path, i.message.zh, i.message.en)),
    );
  }
  const r = parsed.value;
  const receipt = assignment.receipt;
  const head = receipt.announcement.headInspectorId;
  if (r.approvedBy !== head) {
    return err([
      matchIssue(
        'MATCH_REPLACEMENT_NOT_APPROVED',
        ['approvedBy'],
        `更换须经本部门负责人 ${head} 同意，${r.approvedBy} 不是本部门负责人`,
        `A replacement needs the approval of the department's head ${head}; ${r.approvedBy} is not the head`,
      ),
    ]);
  }
  const last = receipt.events.at(-1);
  if (last !== undefined && r.approvedOn < last.approvedOn) {
    return err([
      matchIssue(
        'MATCH_REPLACEMENT_OUT_OF_ORDER',
        ['approvedOn'],
        `批准日期 ${r.approvedOn} 早于上一次更换的批准日期 ${last.approvedOn}`,
        `Approved on ${r.approvedOn}, before the previous replacement (${last.approvedOn})`,
      ),
    ]);
  }
  const index = receipt.objects.findIndex((o) => o.objectId === r.objectId);
  const object = receipt.objects[index];
  if (object === undefined || !object.inspectorIds.includes(r.inspectorId)) {
    return err([
      matchIssue(
        'MATCH_REPLACEMENT_NOT_ASSIGNED',
        ['inspectorId'],
        `${r.inspectorId} 不在检查对象 ${r.objectId} 的派员名单中`,
        `${r.inspectorId} is not assigned to object ${r.objectId}`,
      ),
    ]);
  }
  const next = nextInOrder(receipt, ctx, r.objectId);
  if (next === undefined) {
    return err([
      matchIssue(
        'MATCH_NO_REPLACEMENT',
        ['objectId'],
        `检查对象 ${r.objectId} 已没有可按随机顺序递补的符合条件的执法检查人员`,
        `No eligible inspector is left in the seeded order of object ${r.objectId}`,
      ),
    ]);
  }
  const event: ReplacementEvent = {
    kind: 'replacement',
    objectId: r.objectId,
    outInspectorId: r.inspectorId,
    inInspectorId: next,
    reason: r.reason,
    ...(r.note !== undefined ? { note: r.note } : {}),
    approvedBy: r.approvedBy,
    approvedOn: r.approvedOn,
  };
  const changed = {
    ...object,
    inspectorIds: object.inspectorIds.map((id) => (id === r.inspectorId ? next : id)),
    ...(object.leaderId === r.inspectorId ? { leaderId: next } : {}),
  };
  const objects = receipt.objects.map((o, k) => (k === index ? changed : o));
  const nextReceipt = deepFreeze({ ...receipt, objects, events: [...receipt.events, event] });
  return ok(remember(deepFreeze(assignmentOf(nextReceipt)), ctx));
}

/**
 * Replaces one drawn inspector of one object (第十九条 ¶3), with the head's approval, by the next eligible
 * inspector of the seeded order. Returns a new LockedAssignment; the input is untouched. Never throws.
 */
export const replaceInspector: (
  assignment: LockedAssignment,
  request: ReplacementRequest,
) => Result<LockedAssignment, RuleIssue[]> = guarded(replaceImpl);
