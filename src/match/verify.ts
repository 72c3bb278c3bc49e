/**
 * `verifyAssignment` (第十九条 “公开、公正”: anyone can check that no department picked its inspectors): reads a
 * receipt, recomputes the draw from the inputs it commits to (the locked object list, the directory snapshot,
 * the recusal list — an auditor who holds them checks them against the announced digests), replays every
 * replacement (each must be approved by the head and take exactly the next inspector of the seeded order), and
 * compares every field. Ok holds the recomputed, deeply frozen assignment (which replaceInspector accepts).
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { type MatchAnnouncement, MatchAnnouncementSchema } from './announce.js';
import type { StageTwoInput } from './inputs.js';
import { guarded, matchIssue } from './issues.js';
import { matchInspectors } from './match.js';
import { type LockedAssignment, MatchReceiptSchema } from './receipt.js';
import { replaceInspector } from './replace.js';
import { firstDifference } from './stage-one.js';

/**
 * What {@link verifyAssignment} reads: the published receipt (any JSON value), the inputs it commits to (those of
 * matchInspectors, without the seed: the receipt carries it) and, optionally, the announcement published before
 * the seed (or its digest), which the receipt must then carry exactly.
 */
export type VerifyAssignmentInput = StageTwoInput & {
  readonly receipt: unknown;
  readonly announcement?: MatchAnnouncement | string | null;
};

/** What verification reads before recomputing (the rest is compared as a whole afterwards). */
const HeadSchema = z.object({
  announcement: MatchAnnouncementSchema,
  seed: MatchReceiptSchema.shape.seed,
  events: MatchReceiptSchema.shape.events,
});

/** The experts listed in the receipt's objects, or undefined when the list is not readable as such. */
function expertsOf(objects: unknown): { objectId: string; expertId: string }[] | undefined {
  if (!Array.isArray(objects)) return undefined;
  const out: { objectId: string; expertId: string }[] = [];
  for (const o of objects) {
    if (o === null || typeof o !== 'object') return undefined;
    const { objectId, expertIds } = o as { objectId?: unknown; expertIds?: unknown };
    if (expertIds === undefined) continue;
    if (typeof objectId !== 'string' || !Array.isArray(expertIds)) return undefined;
    for (const e of expertIds) {
      if (typeof e !== 'string') return undefined;
      out.push({ objectId, expertId: e });
    }
  }
  return out;
}

function mismatch(path: (string | number)[], zh: string, en: string): RuleIssue[] {
  return [matchIssue('MATCH_VERIFY_MISMATCH', path, zh, en)];
}

function verifyImpl(input: VerifyAssignmentInput): Result<LockedAssignment, RuleIssue[]> {
  const { receipt, announcement: published, ...inputs } = (input ?? {}) as VerifyAssignmentInput;
  const malformed = () => {
    const full = parseWith(MatchReceiptSchema, receipt, '第十九条');
    return full.isErr()
      ? full.error.map((i) => matchIssue('MATCH_VERIFY_MALFORMED', i.path, i.message.zh, i.message.en))
      : undefined;
  };
  // The parts needed to recompute; the whole receipt is compared with the recomputed one at the end.
  const head = parseWith(HeadSchema, receipt, '第十九条');
  const experts = head.isOk() ? expertsOf((receipt as { objects?: unknown }).objects) : undefined;
  if (head.isErr() || experts === undefined) return err(malformed() ?? (head.isErr() ? head.error : []));
  const r = head.value;
  const publishedDigest = typeof published === 'string' ? published : published?.digest;
  if (publishedDigest !== undefined && publishedDigest !== r.announcement.digest) {
    return err(
      mismatch(
        ['announcement', 'digest'],
        '回执中的派员公告不是事先公布的公告',
        'The receipt carries another announcement than the published one',
      ),
    );
  }
  const { encoding: _e, bytes: _b, ...seed } = r.seed;
  const made = matchInspectors({
    ...inputs,
    seed,
    announcement: r.announcement,
    experts,
  } as Parameters<typeof matchInspectors>[0]);
  if (made.isErr()) return err(made.error);
  let current = made.value;
  for (let k = 0; k < r.events.length; k++) {
    const e = r.events[k]!;
    const next = replaceInspector(current, {
      objectId: e.objectId,
      inspectorId: e.outInspectorId,
      reason: e.reason,
      ...(e.note !== undefined ? { note: e.note } : {}),
      approvedBy: e.approvedBy,
      approvedOn: e.approvedOn,
    });
    if (next.isErr()) return err(next.error.map((i) => ({ ...i, path: ['events', k, ...i.path] })));
    current = next.value;
  }
  // Equal serialisations settle it; otherwise the receipt is malformed or differs somewhere.
  if (JSON.stringify(receipt) === JSON.stringify(current.receipt)) return ok(current);
  const bad = malformed();
  if (bad) return err(bad);
  const path = firstDifference(parseWith(MatchReceiptSchema, receipt)._unsafeUnwrap(), current.receipt);
  if (path !== undefined) {
    return err(
      mismatch(
        path,
        `派员回执在 ${path.join('.') || '（整体）'} 处与重新计算的结果不一致`,
        `The receipt differs from the recomputed one at ${path.join('.') || '(the whole)'}`,
      ),
    );
  }
  return ok(current);
}

/**
 * Recomputes a department's inspector draw and every replacement from its receipt and the inputs it commits to
 * (第十九条): `verifyAssignment({ receipt, draw, task, department, directory, recusals, domains, options,
 * announcement })`. With `announcement` (the published one or its digest) the receipt must carry it. Never throws.
 */
export const verifyAssignment: (input: VerifyAssignmentInput) => Result<LockedAssignment, RuleIssue[]> =
  guarded(verifyImpl);
