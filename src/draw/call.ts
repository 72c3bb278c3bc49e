/**
 * Reading a draw call (第十九条): the task's plan, the seed and, when given, the announcement published before the
 * seed — every finding of all three at once, nothing drawn when any is wrong. Shared by the in-memory, streamed and
 * sharded draws so they read their inputs identically.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { type DrawAnnouncement, parseAnnouncement, withAnnouncedSource } from './protocol/announce.js';
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
