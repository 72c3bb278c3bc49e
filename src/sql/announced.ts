/**
 * The draw a published announcement and its seed fix (第十九条): both read and checked together — the seed must be
 * the announced one (kind, source, committed text), else the draw is of nothing announced — with each stratum's
 * sizes from the announced counts and the ticket key. What every SQL operation starts from.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import {
  capacitiesOf,
  type DrawAnnouncement,
  type DrawPlan,
  type Prepared,
  parseAnnouncement,
  parseSeed,
  planOfAnnouncement,
  prepare,
  resolveAnnouncement,
  type StratumSize,
  sizesFor,
  withAnnouncedSource,
} from './stage-one.js';

export interface AnnouncedDraw {
  readonly announcement: DrawAnnouncement;
  readonly plan: DrawPlan;
  readonly sizes: readonly StratumSize[];
  /** n + reserve of each stratum. */
  readonly keep: readonly number[];
  /** Plan, seed (with the announced source), key, stratum ids and their index. */
  readonly prepared: Prepared;
}

export function readAnnouncedDraw(
  announcement: unknown,
  seed: unknown,
  paths: {
    readonly announcement: readonly (string | number)[];
    readonly seed: readonly (string | number)[];
  } = {
    announcement: ['announcement'],
    seed: ['seed'],
  },
): Result<AnnouncedDraw, RuleIssue[]> {
  const ann = parseAnnouncement(announcement, paths.announcement);
  const seedRead = parseSeed(seed, paths.seed);
  if (ann.isErr() || seedRead.isErr()) {
    return err([...(ann.isErr() ? ann.error : []), ...(seedRead.isErr() ? seedRead.error : [])]);
  }
  const a: DrawAnnouncement = ann.value;
  const plan = planOfAnnouncement(a);
  const seedOf = withAnnouncedSource(seedRead.value, a);
  const checked = resolveAnnouncement(a, plan, seedOf, a.frame);
  if (checked.isErr()) return err(checked.error);
  const sizes = sizesFor(
    plan,
    a.frame.strata.map((s) => s.count),
  );
  if (sizes.isErr()) return err(sizes.error);
  return ok({
    announcement: a,
    plan,
    sizes: sizes.value,
    keep: capacitiesOf(sizes.value),
    prepared: prepare(plan, seedOf, a.digest),
  });
}
