/**
 * Reading a draw call (第十九条): the task's plan, the seed and, when given, the announcement published before the
 * seed — every finding of all three at once, nothing drawn when any is wrong. Shared by the in-memory, streamed and
 * sharded draws so they read their inputs identically; the streamed and sharded draws also read the published
 * frame commitment (`readPublishedCall`), whose counts give the sizes before the first ticket.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import {
  type DrawAnnouncement,
  parseAnnouncement,
  resolveAnnouncement,
  withAnnouncedSource,
} from './protocol/announce.js';
import { parseCommitment } from './protocol/commitment.js';
import type { FrameCommitment } from './protocol/frame.js';
import { type DrawPlan, planFromTask } from './protocol/plan.js';
import { parseSeed, type SeedMaterial } from './protocol/seed.js';

export interface DrawCall {
  readonly plan: DrawPlan;
  /** The seed, with the announced source filled in when the caller left it out. */
  readonly seed: SeedMaterial;
  readonly announced: DrawAnnouncement | undefined;
  /** Stratum ids in ratio-table order. */
  readonly strata: string[];
}

export function readDrawCall(
  input:
    | {
        readonly task?: unknown;
        readonly seed?: unknown;
        readonly announcement?: unknown;
        readonly options?: unknown;
      }
    | undefined,
): Result<DrawCall, RuleIssue[]> {
  const plan = planFromTask(input?.task, input?.options);
  const seedRead = parseSeed(input?.seed);
  const given =
    input?.announcement === undefined ? undefined : parseAnnouncement(input.announcement, ['announcement']);
  if (plan.isErr() || seedRead.isErr() || given?.isErr()) {
    return err([
      ...(plan.isErr() ? plan.error : []),
      ...(seedRead.isErr() ? seedRead.error : []),
      ...(given?.isErr() ? given.error : []),
    ]);
  }
  const announced = given?.isOk() ? given.value : undefined;
  return ok({
    plan: plan.value,
    seed: withAnnouncedSource(seedRead.value, announced),
    announced,
    strata: plan.value.strata.map((s) => s.id),
  });
}

/** A streamed or sharded draw's call: the published commitment and the announcement, resolved. */
export interface PublishedCall extends DrawCall {
  readonly commitment: FrameCommitment;
  /** The announcement given (checked against the inputs) or computed from the commitment. */
  readonly announcement: DrawAnnouncement;
}

/**
 * What a streamed or sharded draw needs before its first ticket: the call, the frame commitment published before
 * the seed (the announcement's when only that is given) and the announcement.
 */
export function readPublishedCall(
  input:
    | {
        readonly task?: unknown;
        readonly seed?: unknown;
        readonly commitment?: unknown;
        readonly announcement?: unknown;
        readonly options?: unknown;
      }
    | undefined,
): Result<PublishedCall, RuleIssue[]> {
  const call = readDrawCall(input);
  if (call.isErr()) return err(call.error);
  const { plan, seed, announced, strata } = call.value;
  const commitment =
    input?.commitment === undefined && announced
      ? ok(announced.frame)
      : parseCommitment(input?.commitment, strata);
  if (commitment.isErr()) return err(commitment.error);
  const announcement = resolveAnnouncement(announced, plan, seed, commitment.value);
  if (announcement.isErr()) return err(announcement.error);
  return ok({ ...call.value, commitment: commitment.value, announcement: announcement.value });
}
