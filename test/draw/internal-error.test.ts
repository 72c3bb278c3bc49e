// A defect inside the draw (here: the size allocation throws) reaches the caller as DRAW_INTERNAL_ERROR with
// the exception's message, from the in-memory and the streamed draw alike, never as DRAW_INPUT_UNREADABLE.
import { describe, expect, it, vi } from 'vitest';
import { commitFrame, drawObjects, drawObjectsStream } from '../../src/draw/index.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

vi.mock('../../src/draw/protocol/sizes.js', async (original) => ({
  ...(await original<typeof import('../../src/draw/protocol/sizes.js')>()),
  allocateSizes: () => {
    throw new TypeError('allocateSizes: simulated defect');
  },
}));

const task = makeTask([
  { id: 'A', ratio: 0.5 },
  { id: 'B', count: 1 },
]);
const frame = makeFrame(['A', 'B'], [4, 2]);

describe('a library defect is reported as one (DRAW_INTERNAL_ERROR)', () => {
  it('from drawObjects', () => {
    const issues = drawObjects({ task, frame, seed: SEED })._unsafeUnwrapErr();
    expect(issues.map((i) => i.code)).toEqual(['DRAW_INTERNAL_ERROR']);
    expect(issues[0]!.message.en).toContain('TypeError: allocateSizes: simulated defect');
  });

  it('from drawObjectsStream', async () => {
    const units = [...frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
    const commitment = commitFrame(frame)._unsafeUnwrap();
    const r = await drawObjectsStream({ task, commitment, units, seed: SEED });
    expect(r._unsafeUnwrapErr().map((i) => i.code)).toEqual(['DRAW_INTERNAL_ERROR']);
  });
});
