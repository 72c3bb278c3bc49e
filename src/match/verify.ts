/**
 * `verifyAssignment` (第十九条 “公开、公正”: anyone can check that no department picked its inspectors): reads a
 * receipt, recomputes the draw from the inputs it commits to (the locked object list, the directory snapshot,
 * the recusal list — an auditor who holds them checks them against the announced digests), replays every
 * replacement (each must be approved by the head and take exactly the next inspector of the seeded order), and
 * compares every field. Ok holds the recomputed, deeply frozen assignment (which replaceInspector accepts).
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import type { MatchAnnouncement } from './announce.js';
import type { StageTwoInput } from './inputs.js';
import { guarded, matchIssue } from './issues.js';
import { matchInspectors } from './match.js';
import { type LockedAssignment, type MatchReceipt, MatchReceiptSchema } from './receipt.js';
import { replaceInspector } from './replace.js';
import { firstDifference } from './stage-one.js';

/** What the verifier must hold besides the receipt. */
export type VerifyAssignmentInputs = StageTwoInput;

/** The published announcement (or its digest) the receipt must carry. */
export interface VerifyAssignmentOptions {
  readonly announcement?: MatchAnnouncement | string;
}

function mismatch(path: (string | number)[], zh: string, en: string): RuleIssue[] {
  return [matchIssue('MATCH_VERIFY_MISMATCH', path, zh, en)];
}

function verifyImpl(
  receipt: unknown,
  inputs: VerifyAssignmentInputs,
  options?: VerifyAssignmentOptions | null,
): Result<LockedAssignment, RuleIssue[]> {
  const parsed = parseWith(MatchReceiptSchema, receipt, '第十九条');
  if (parsed.isErr()) {
    return err(
      parsed.error.map((i) => matchIssue('MATCH_VERIFY_MALFORMED', i.path, i.message.zh, i.message.en)),
    );
  }
  const r = parsed.value as MatchReceipt;
  const published = options?.announcement;
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
  const experts = r.objects.flatMap((o) =>
    (o.expertIds ?? []).map((expertId) => ({ objectId: o.objectId, expertId })),
  );
  const { encoding: _e, bytes: _b, ...seed } = r.seed;
  const made = matchInspectors({
    ...(inputs ?? {}),
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
  // Equal serialisations (the schema keeps the receipt's key order) settle it; otherwise find the first difference.
  const path =
    JSON.stringify(r) === JSON.stringify(current.receipt) ? undefined : firstDifference(r, current.receipt);
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
 * (第十九条). With `announcement` (the published one or its digest) the receipt must carry it. Never throws.
 */
export const verifyAssignment: (
  receipt: unknown,
  inputs: VerifyAssignmentInputs,
  options?: VerifyAssignmentOptions | null,
) => Result<LockedAssignment, RuleIssue[]> = guarded(verifyImpl);
