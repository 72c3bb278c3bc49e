// 第十九条: every draw operation recomputes through one function (src/draw/recompute.ts); these tests pin its
// contract — the receipt drawObjects publishes, whatever the frame's source; sizes before anything is read; a
// commitment only from a pass that digested every bucket.
import type { Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { readUnits } from '../../src/draw/engine/pass.js';
import { drawObjects } from '../../src/draw/index.js';
import { planOfAnnouncement } from '../../src/draw/protocol/announce.js';
import { planFromTask } from '../../src/draw/protocol/plan.js';
import { parseSeed } from '../../src/draw/protocol/seed.js';
import {
  type FramePass,
  type FrameSource,
  inMemory,
  receiptOf,
  recompute,
} from '../../src/draw/recompute.js';
import type { RuleIssue } from '../../src/model/issue.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

/** A source that answers at once, as the frame in memory does. */
type InMemorySource = ReturnType<typeof inMemory>;

const STRATA = ['A', 'B', 'C'];
const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'B', count: 3 },
  { id: 'C', ratio: 0.5 },
]);
const frame = makeFrame(STRATA, [40, 7, 12]);
const drawn = drawObjects({ task, frame, seed: SEED })._unsafeUnwrap();
const announcement = drawn.receipt.announcement;
const plan = planOfAnnouncement(announcement);
const seed = parseSeed(SEED)._unsafeUnwrap();
const units = readUnits(frame, new Map(STRATA.map((s, h) => [s, h])))._unsafeUnwrap();

describe('recompute: one recomputation for every source of the frame (第十九条)', () => {
  it('gives the published receipt from the frame in memory, synchronously', () => {
    const r = recompute({ plan, seed, announcement: announcement.digest, frame: inMemory(units) });
    const again = r._unsafeUnwrap();
    expect(again.commitment).toEqual(announcement.frame);
    expect(JSON.stringify(receiptOf(again, again.commitment!, announcement))).toBe(
      JSON.stringify(drawn.receipt),
    );
  });

  it('gives the same receipt from a source that answers later (a stream)', async () => {
    const memory = inMemory(units);
    const later: FrameSource<Promise<Result<FramePass, RuleIssue[]>>> = {
      counts: memory.counts,
      pass: async (p, caps) => memory.pass(p, caps),
    };
    const again = (
      await recompute({ plan, seed, announcement: announcement.digest, frame: later })
    )._unsafeUnwrap();
    expect(JSON.stringify(receiptOf(again, again.commitment!, announcement))).toBe(
      JSON.stringify(drawn.receipt),
    );
  });

  it('computes the sizes from the counts before the pass, and does not read the frame when they fail', () => {
    let passes = 0;
    const tooMany: InMemorySource = {
      counts: () => [40, 7, 12],
      pass: () => {
        passes++;
        throw new Error('the pass must not run');
      },
    };
    // A total of 4: B's 3 fixed seats leave 1 for the two non-empty ratio strata, so a class would be exempt,
    // which this jurisdiction forbids (第十五条, `exemptClasses: 'forbid'`): the sizes fail.
    const short = planFromTask(
      makeTask(
        [
          { id: 'A', ratio: 0.1 },
          { id: 'B', count: 3 },
          { id: 'C', ratio: 0.5 },
        ],
        { total: 4 },
      ),
      { exemptClasses: 'forbid' },
    )._unsafeUnwrap();
    const r = recompute({ plan: short, seed, announcement: announcement.digest, frame: tooMany });
    expect(r._unsafeUnwrapErr().map((i) => i.code)).toContain('DRAW_TOTAL_TOO_SMALL');
    expect(passes).toBe(0);
  });

  it('gives no commitment from a pass that digested only some buckets (a shard)', () => {
    const r = recompute({
      plan,
      seed,
      announcement: announcement.digest,
      frame: inMemory(units, { inBucket: (b) => b % 2 === 0 }),
    })._unsafeUnwrap();
    expect(r.commitment).toBeUndefined();
    expect(r.bucketDigests.filter((d) => d !== undefined)).toHaveLength(128);
    expect(JSON.stringify(r.chosen())).toBe(
      JSON.stringify(drawn.receipt.strata.map((s) => [...s.selected, ...s.reserve])),
    );
  });

  it('passes the capacities n + reserve of the sizes to the source', () => {
    let seen: readonly number[] = [];
    const spy: InMemorySource = {
      counts: inMemory(units).counts,
      pass: (p, caps) => {
        seen = caps;
        return inMemory(units).pass(p, caps);
      },
    };
    recompute({ plan, seed, announcement: announcement.digest, frame: spy })._unsafeUnwrap();
    expect(seen).toEqual(drawn.receipt.strata.map((s) => s.n + s.reserveSize));
  });
});
