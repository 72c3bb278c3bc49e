/**
 * 派员结果 (the locked assignment) and its public receipt, 第十九条: everything a third party needs to recompute a
 * department's inspector draw with SHA-256 and docs/match-verification.md — the announcement, the seed verbatim,
 * the derived key, the pool's size, the rules, the load bound, the stated inclusion probabilities, each object's
 * drawn and current inspectors, its leader (第二十条 ¶2) and experts (第二十条 ¶3), and every replacement with
 * its reason and approver (第十九条 ¶3). Plain JSON; deeply frozen.
 */
import * as z from 'zod';
import { type MatchAnnouncement, MatchAnnouncementSchema } from './announce.js';
import { MATCH_ALGORITHM_ID, MATCH_ALGORITHM_VERSION, MATCH_RECEIPT_FORMAT } from './version.js';

/** 更换理由 (第十九条 ¶3): 岗位调整、工作冲突、健康状况、执法回避, or 其他 with a note. */
export const ReplacementReasonSchema = z.enum(['岗位调整', '工作冲突', '健康状况', '执法回避', '其他']);

/** An approved replacement, appended to the assignment's audit trail. */
export const ReplacementEventSchema = z
  .object({
    kind: z.literal('replacement'),
    objectId: z.string(),
    outInspectorId: z.string(),
    inInspectorId: z.string(),
    reason: ReplacementReasonSchema,
    note: z.string().optional(),
    approvedBy: z.string(),
    approvedOn: z.string(),
  })
  .strict();
export type ReplacementEvent = z.output<typeof ReplacementEventSchema>;

export const ReceiptObjectSchema = z
  .object({
    objectId: z.string(),
    /** Pool members eligible for it (not recused). */
    eligible: z.int().min(0),
    /** False when it had exactly as many eligible inspectors as it needs (第十九条 ¶2). */
    random: z.boolean(),
    /** The inspectors drawn, by slot. */
    drawn: z.array(z.string()),
    /** The inspectors now assigned, by slot (drawn, after the replacements). */
    inspectorIds: z.array(z.string()),
    leaderId: z.string().optional(),
    expertIds: z.array(z.string()).optional(),
  })
  .strict();
export type ReceiptObject = z.output<typeof ReceiptObjectSchema>;

const Exclusions = z
  .object({
    'other-department': z.int().min(0),
    expert: z.int().min(0),
    inactive: z.int().min(0),
    uncertified: z.int().min(0),
    unqualified: z.int().min(0),
  })
  .strict();

export const MatchReceiptSchema = z
  .object({
    format: z.literal(MATCH_RECEIPT_FORMAT),
    algorithm: z
      .object({ id: z.literal(MATCH_ALGORITHM_ID), version: z.literal(MATCH_ALGORITHM_VERSION) })
      .strict(),
    libraryVersion: z.string(),
    taskId: z.string(),
    departmentId: z.string(),
    announcement: MatchAnnouncementSchema,
    seed: z
      .object({
        kind: z.enum(['lottery', 'beacon', 'committed-text']),
        text: z.string(),
        source: z.string().optional(),
        encoding: z.literal('utf-8'),
        bytes: z.string(),
      })
      .strict(),
    derivation: z.object({ function: z.string(), labels: z.array(z.string()), key: z.string() }).strict(),
    pool: z.object({ inspectors: z.int().min(0), excluded: Exclusions }).strict(),
    minimum: z.int().min(2),
    maxLoad: z.int().min(1).nullable(),
    load: z.object({ bound: z.int().min(0), min: z.int().min(0), max: z.int().min(0) }).strict(),
    inclusion: z
      .object({
        uniform: z.boolean(),
        slot: z.string().nullable(),
        pair: z.string().nullable(),
        leader: z.string().nullable(),
      })
      .strict(),
    random: z.boolean(),
    objects: z.array(ReceiptObjectSchema),
    events: z.array(ReplacementEventSchema),
  })
  .strict();

/** The public receipt of a department's inspector draw (plain JSON). */
export interface MatchReceipt extends Omit<z.output<typeof MatchReceiptSchema>, 'announcement'> {
  readonly announcement: MatchAnnouncement;
}

/** One object of the locked assignment. */
export interface AssignedObject {
  readonly objectId: string;
  /** Counted inspectors now assigned, after approved replacements (第二十一条: at least the minimum). */
  readonly inspectorIds: readonly string[];
  /** 组长 (第二十条 ¶2), for the initiating department's assignment. */
  readonly leaderId?: string;
  /** Attached experts (第二十条 ¶3), never counted. */
  readonly expertIds?: readonly string[];
  /** False when the object had exactly as many eligible inspectors as it needs (第十九条 ¶2). */
  readonly random: boolean;
}

/** 锁定的派员结果: deeply frozen; a replacement is a new value with an appended event, never an edit. */
export interface LockedAssignment {
  readonly taskId: string;
  readonly departmentId: string;
  /** False when no object's inspectors were drawn at random (第十九条 ¶2). */
  readonly random: boolean;
  /** Ascending object id. */
  readonly objects: readonly AssignedObject[];
  readonly events: readonly ReplacementEvent[];
  readonly receipt: MatchReceipt;
}

/** The LockedAssignment view of a receipt (sharing its frozen parts). */
export function assignmentOf(receipt: MatchReceipt): LockedAssignment {
  return {
    taskId: receipt.taskId,
    departmentId: receipt.departmentId,
    random: receipt.random,
    objects: receipt.objects.map((o) => ({
      objectId: o.objectId,
      inspectorIds: o.inspectorIds,
      ...(o.leaderId !== undefined ? { leaderId: o.leaderId } : {}),
      ...(o.expertIds !== undefined ? { expertIds: o.expertIds } : {}),
      random: o.random,
    })),
    events: receipt.events,
    receipt,
  };
}
