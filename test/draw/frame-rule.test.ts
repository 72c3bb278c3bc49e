// One frame rule for every operation (第十九条: the frame drawn from is the frame committed to): a frame is
// `{ strata, units }` as stratify returns it; `strata` may be left out, or the bare array of units given,
// wherever the ratio table is known from elsewhere — announceDraw, drawObjects, drawShard and verifyDraw all
// accept the same three forms and give the same results; only commitFrame, with no table, needs `strata`.
import { describe, expect, it } from 'vitest';
import { verifyDraw } from '../../src/draw/index.js';
import { announceDraw, commitFrame, drawObjects, drawShard } from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

const task = makeTask([
  { id: 'A', ratio: 0.5 },
  { id: 'B', count: 2 },
]);
const full = makeFrame(['A', 'B'], [9, 5]);
const forms: [string, unknown][] = [
  ['{ strata, units }', full],
  ['{ units }', { units: full.units }],
  ['the array of units', full.units],
];
const spec = { kind: SEED.kind, source: SEED.source };
const want = announceDraw({ task, frame: full, seed: spec })._unsafeUnwrap();
const drawn = drawObjects({ task, frame: full, seed: SEED })._unsafeUnwrap();

describe('every operation reads a frame by the same rule', () => {
  it.each(forms)('announceDraw, drawObjects, drawShard and verifyDraw accept %s alike', (_what, frame) => {
    expect(announceDraw({ task, frame, seed: spec })._unsafeUnwrap()).toEqual(want);
    expect(drawObjects({ task, frame, seed: SEED })._unsafeUnwrap()).toEqual(drawn);
    expect(verifyDraw({ receipt: drawn.receipt, frame: frame }).isOk()).toBe(true);
    const shard = drawShard({
      task,
      frame,
      seed: SEED,
      commitment: want.frame,
      announcement: want,
      shard: { index: 0, count: 1 },
    });
    expect(shard.isOk()).toBe(true);
  });

  it('commitFrame, which has no ratio table, needs the strata', () => {
    expect(commitFrame(full)._unsafeUnwrap()).toEqual(want.frame);
    for (const [, frame] of forms.slice(1)) {
      expect(
        commitFrame(frame)
          ._unsafeUnwrapErr()
          .map((i) => [i.code, i.path]),
      ).toEqual([['DRAW_COMMITMENT_INVALID', ['frame', 'strata']]]);
    }
  });

  it('a listed strata list must be the ratio table’s, in table order, for every operation', () => {
    const swapped = { strata: ['B', 'A'], units: full.units };
    const code = (r: { isErr(): boolean; error?: unknown }) =>
      r.isErr() ? (r.error as { code: string }[]).map((i) => i.code) : [];
    expect(code(announceDraw({ task, frame: swapped, seed: spec }))).toEqual(['DRAW_FRAME_STRATA_MISMATCH']);
    expect(code(drawObjects({ task, frame: swapped, seed: SEED }))).toEqual(['DRAW_FRAME_STRATA_MISMATCH']);
    expect(code(verifyDraw({ receipt: drawn.receipt, frame: swapped }))).toEqual([
      'DRAW_FRAME_STRATA_MISMATCH',
    ]);
  });

  it('anything else is not a frame', () => {
    for (const frame of [null, 3, 'units', { strata: ['A', 'B'] }, { units: 'x' }]) {
      const r = drawObjects({ task, frame, seed: SEED });
      expect(r._unsafeUnwrapErr()[0]!.code).toBe('DRAW_UNIT_INVALID');
    }
  });
});
