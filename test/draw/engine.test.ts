// The draw's one pass (第十九条): the first-word limit that spares the heap most tickets is only a shortcut —
// the sample is the k smallest tickets whatever the limit, and a limit that lets too few tickets through falls
// back to a full pass.
import { describe, expect, it } from 'vitest';
import {
  capacitiesOf,
  chosenOf,
  firstWordLimit,
  prepare,
  readUnits,
  runPass,
  sizesFor,
} from '../../src/draw/engine/pass.js';
import { planFromTask } from '../../src/draw/protocol/plan.js';
import { parseSeed } from '../../src/draw/protocol/seed.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

function setUp() {
  const task = makeTask([
    { id: 'A', ratio: 0.01 },
    { id: 'B', ratio: 0.1 },
    { id: 'C', ratio: 0.5 },
    { id: 'D', count: 3 },
  ]);
  const p = prepare(planFromTask(task)._unsafeUnwrap(), parseSeed(SEED)._unsafeUnwrap(), '0'.repeat(64));
  const units = readUnits(makeFrame(['A', 'B', 'C', 'D'], [3000, 800, 50, 2]), p.index)._unsafeUnwrap();
  const counts = [3000, 800, 50, 2];
  const caps = capacitiesOf(sizesFor(p.plan, counts)._unsafeUnwrap());
  return { p, units, caps };
}

describe('the first-word limit of the ticket pass (第十九条)', () => {
  it('gives exactly the k smallest tickets with the default limit, no limit, and a limit that is far too low', () => {
    const { p, units, caps } = setUp();
    const unlimited = runPass(p, units, caps, undefined, Number.POSITIVE_INFINITY);
    const byDefault = runPass(p, units, caps);
    const tooLow = runPass(p, units, caps, undefined, -1e9); // limit 0: every stratum falls back
    expect(chosenOf(unlimited).map((c) => c.length)).toEqual(
      caps.map((c, h) => Math.min(c, [3000, 800, 50, 2][h]!)),
    );
    for (const other of [byDefault, tooLow]) {
      expect(chosenOf(other)).toEqual(chosenOf(unlimited));
      expect(other.counts).toEqual(unlimited.counts);
      expect(other.bucketDigests).toEqual(unlimited.bucketDigests);
    }
  });

  it('is a real limit for a small ratio and none when the stratum is (nearly) all taken', () => {
    expect(firstWordLimit(0, 100)).toBe(0);
    expect(firstWordLimit(31, 3000)).toBeLessThan(0x100000000 * 0.05);
    expect(firstWordLimit(31, 3000)).toBeGreaterThan(0x100000000 * ((31 + 6 * Math.sqrt(31)) / 3000));
    expect(firstWordLimit(25, 50)).toBe(0xffffffff);
    expect(firstWordLimit(3, 2)).toBe(0xffffffff);
  });
});
