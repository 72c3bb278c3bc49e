// 第十五条 and 第十九条: the object draw takes exactly n_h from each stratum, only objects of the frame, no
// object twice; it is a pure function of (frame as a set, task, seed); a larger sample extends a smaller one;
// and the streamed and sharded draws give the very same LockedDraw and receipt.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chosenOf, prepare, readUnits, runPass } from '../../src/draw/engine/pass.js';
import { type LockedDraw, verifyDraw } from '../../src/draw/index.js';
import { planFromTask } from '../../src/draw/protocol/plan.js';
import { parseSeed } from '../../src/draw/protocol/seed.js';
import {
  commitFrame,
  drawObjects,
  drawObjectsStream,
  drawShard,
  mergeShards,
  shardOf,
} from '../helpers/untyped-draw.js';
import { canonicalSeedText, makeFrame, makeTask, SEED } from './fixtures.js';

const STRATA = ['A', 'B', 'C', 'D'];

/** A random task (ratios as whole percentages or fixed counts, optional total) and a frame for it. */
const scenario = fc
  .record({
    rules: fc.tuple(
      ...STRATA.map(() =>
        fc.oneof(
          fc.integer({ min: 1, max: 100 }).map((p) => ({ ratio: p / 100 })),
          fc.integer({ min: 1, max: 12 }).map((c) => ({ count: c })), // a count of 0 would exempt a class (第十五条)
        ),
      ),
    ),
    sizes: fc.tuple(...STRATA.map(() => fc.nat(40))),
    total: fc.option(fc.nat(80), { nil: undefined }),
    seedText: fc.string({ minLength: 1, maxLength: 30 }).map(canonicalSeedText),
    start: fc.nat(10_000),
  })
  .filter((s) => {
    if (s.total === undefined) return true;
    const fixed = s.rules.reduce((a, r, h) => a + ('count' in r ? Math.min(r.count, s.sizes[h]!) : 0), 0);
    // every non-empty ratio stratum gets at least one seat (第十五条: no class exempt)
    const ratioStrata = s.rules.filter((r, h) => 'ratio' in r && s.sizes[h]! > 0).length;
    return s.total >= fixed + ratioStrata;
  })
  .map((s) => ({
    task: makeTask(
      STRATA.map((id, h) => ({ id, ...s.rules[h]! })),
      s.total !== undefined ? { total: s.total } : {},
    ),
    frame: makeFrame(STRATA, s.sizes, s.start),
    seed: { kind: 'committed-text' as const, text: s.seedText },
  }));

type Scenario = typeof scenario extends fc.Arbitrary<infer S> ? S : never;

function draw(x: { task: unknown; frame: unknown; seed: unknown }, options?: unknown): LockedDraw {
  const r = drawObjects({ ...x, ...(options ? { options } : {}) });
  if (r.isErr()) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Every shard of k drawn on its own units, under what was published (the commitment or the announcement). */
function drawShards(x: Scenario, k: number, published: { commitment?: unknown; announcement?: unknown }) {
  return Array.from({ length: k }, (_, i) =>
    drawShard({
      task: x.task,
      seed: x.seed,
      ...published,
      shard: { index: i, count: k },
      frame: x.frame.units.filter((u) => shardOf(u.id, k)._unsafeUnwrap() === i),
    })._unsafeUnwrap(),
  );
}

function shuffled<T>(xs: readonly T[], order: readonly number[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = order[i % order.length]! % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('exact sizes, no duplicates, every pick from its own stratum (第十五条)', () => {
  it('draws n_h objects of stratum h, each once, each in the frame with that stratum', () => {
    fc.assert(
      fc.property(scenario, (x) => {
        const d = draw(x);
        const where = new Map(x.frame.units.map((u) => [u.id, u.stratum]));
        expect(new Set(d.selected.map((s) => s.id)).size).toBe(d.selected.length);
        for (const s of [...d.selected, ...d.reserve]) expect(where.get(s.id)).toBe(s.stratum);
        for (const st of d.strata) {
          const picked = d.selected.filter((s) => s.stratum === st.id);
          expect(picked.length).toBe(st.n);
          expect(picked.map((p) => p.rank)).toEqual(picked.map((_, i) => i + 1));
          expect(st.N).toBe(x.frame.units.filter((u) => u.stratum === st.id).length);
          expect(st.n).toBeLessThanOrEqual(st.N);
          expect(st.random).toBe(st.n < st.N);
          const reserve = d.reserve.filter((s) => s.stratum === st.id);
          expect(reserve.length).toBe(st.reserveSize);
          // reserve tickets all come after the cut-off
          for (const r of reserve) expect(r.ticket > (st.cutoff ?? '')).toBe(true);
          for (const p of picked) expect(p.ticket <= st.cutoff!).toBe(true);
        }
      }),
    );
  });
});

describe('reproducible and order-independent (第十九条)', () => {
  it('gives the same draw, byte for byte, for the same inputs', () => {
    fc.assert(
      fc.property(scenario, (x) => {
        expect(JSON.stringify(draw(x))).toBe(JSON.stringify(draw(structuredClone(x))));
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same draw for any permutation of the frame', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (x, order) => {
        const permuted = { ...x, frame: { ...x.frame, units: shuffled(x.frame.units, order) } };
        expect(JSON.stringify(draw(permuted))).toBe(JSON.stringify(draw(x)));
      }),
    );
  });

  it('changes with the seed', () => {
    const x = { task: makeTask([{ id: 'A', ratio: 0.5 }]), frame: makeFrame(['A'], [40]), seed: SEED };
    const other = draw({ ...x, seed: { ...SEED, text: `${SEED.text} 0` } });
    expect(other.selected.map((s) => s.id)).not.toEqual(draw(x).selected.map((s) => s.id));
  });
});

describe('prefix stability: under one key, a larger sample is a superset of a smaller one (第十九条)', () => {
  // The tickets are keyed by the announcement digest, which binds the ratios: two plans with different ratios
  // draw under different keys by design (a ratio changed after the seed must change every ticket). Prefix
  // stability is a property of one key: a larger sample keeps every pick and rank, and a draw's reserve is
  // exactly what a larger sample would have drawn next.
  it('keeps every pick and rank when the sample grows under the same key', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 80 }),
        (k1, k2, N) => {
          const [lo, hi] = k1 <= k2 ? [k1, k2] : [k2, k1];
          const task = makeTask([{ id: 'A', ratio: 0.5 }]);
          const frame = makeFrame(['A'], [N]);
          const d = draw({ task, frame, seed: SEED });
          const p = prepare(
            planFromTask(task)._unsafeUnwrap(),
            parseSeed(SEED)._unsafeUnwrap(),
            d.receipt.announcement.digest,
          );
          const units = readUnits(frame, p.index)._unsafeUnwrap();
          const small = chosenOf(runPass(p, units, [lo]))[0]!;
          const large = chosenOf(runPass(p, units, [hi]))[0]!;
          expect(large.slice(0, small.length)).toEqual(small);
          // and the draw's selection followed by its reserve is the start of the full ticket order
          const all = chosenOf(runPass(p, units, [N]))[0]!;
          const s = d.receipt.strata[0]!;
          expect([...s.selected, ...s.reserve]).toEqual(all.slice(0, s.n + s.reserveSize));
        },
      ),
    );
  });
});

describe('streamed and sharded draws equal the single draw, receipt included (第十九条)', () => {
  it('drawObjectsStream over the sorted frame gives the same LockedDraw', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (x) => {
        const single = draw(x);
        const commitment = commitFrame(x.frame)._unsafeUnwrap();
        expect(commitment).toEqual(single.receipt.frame);
        const sorted = [...x.frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
        async function* gen() {
          yield* sorted;
        }
        const streamed = await drawObjectsStream({ task: x.task, seed: x.seed, commitment, units: gen() });
        expect(JSON.stringify(streamed._unsafeUnwrap())).toBe(JSON.stringify(single));
      }),
      { numRuns: 50 },
    );
  });

  it('drawShard on every shard then mergeShards gives the same LockedDraw', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 7 }), (x, k) => {
        const single = draw(x);
        const commitment = commitFrame(x.frame)._unsafeUnwrap();
        const shards = drawShards(x, k, { commitment });
        const merged = mergeShards({
          task: x.task,
          seed: x.seed,
          commitment,
          shards: JSON.parse(JSON.stringify(shards.reverse())),
        });
        expect(JSON.stringify(merged._unsafeUnwrap())).toBe(JSON.stringify(single));
      }),
      { numRuns: 50 },
    );
  });

  it('draw, verification, stream and shards recompute one receipt, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.integer({ min: 1, max: 5 }), async (x, k) => {
        const drawn = draw(x);
        const single = JSON.stringify(drawn.receipt);
        // The announcement as published before the seed (the receipt carries it).
        const announcement = JSON.parse(JSON.stringify(drawn.receipt.announcement));
        const verified = verifyDraw({ receipt: JSON.parse(single), frame: x.frame, announcement });
        const sorted = [...x.frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
        const streamed = await drawObjectsStream({ task: x.task, seed: x.seed, announcement, units: sorted });
        const shards = drawShards(x, k, { announcement });
        const merged = mergeShards({ task: x.task, seed: x.seed, announcement, shards });
        expect(JSON.stringify(verified._unsafeUnwrap())).toBe(single);
        expect(JSON.stringify(streamed._unsafeUnwrap().receipt)).toBe(single);
        expect(JSON.stringify(merged._unsafeUnwrap().receipt)).toBe(single);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses shards that do not add up to the commitment', () => {
    const x = { task: makeTask([{ id: 'A', ratio: 0.5 }]), frame: makeFrame(['A'], [30]), seed: SEED };
    const commitment = commitFrame(x.frame)._unsafeUnwrap();
    const shard = (i: number, units = x.frame.units) =>
      drawShard({
        task: x.task,
        seed: x.seed,
        commitment,
        shard: { index: i, count: 2 },
        frame: units.filter((u) => shardOf(u.id, 2)._unsafeUnwrap() === i),
      })._unsafeUnwrap();
    const dropped = x.frame.units.slice(1);
    const missingOne = mergeShards({ ...x, commitment, shards: [shard(0, dropped), shard(1, dropped)] });
    expect(missingOne._unsafeUnwrapErr()[0]!.code).toBe('DRAW_SHARD_COUNT_MISMATCH');
    expect(mergeShards({ ...x, commitment, shards: [shard(0)] })._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_SHARD_MISSING',
    );
    const wrong = drawShard({ ...x, commitment, shard: { index: 0, count: 2 }, frame: x.frame.units });
    expect(wrong._unsafeUnwrapErr()[0]!.code).toBe('DRAW_SHARD_WRONG_BUCKET');
  });

  it('refuses a stream out of order, with a duplicate, or not matching the commitment', async () => {
    const x = { task: makeTask([{ id: 'A', ratio: 0.5 }]), frame: makeFrame(['A'], [5]), seed: SEED };
    const commitment = commitFrame(x.frame)._unsafeUnwrap();
    const u = x.frame.units;
    const run = async (units: unknown[]) =>
      (await drawObjectsStream({ ...x, commitment, units }))._unsafeUnwrapErr()[0]!.code;
    expect(await run([u[1], u[0], u[2], u[3], u[4]])).toBe('DRAW_STREAM_NOT_SORTED');
    expect(await run([u[0], u[1], u[1], u[3], u[4]])).toBe('DRAW_DUPLICATE_ID');
    expect(await run(u.slice(0, 4))).toBe('DRAW_COMMITMENT_MISMATCH');
    async function* failing() {
      yield u[0];
      throw new Error('disk gone');
    }
    expect(
      (await drawObjectsStream({ ...x, commitment, units: failing() }))._unsafeUnwrapErr()[0]!.code,
    ).toBe('DRAW_STREAM_FAILED');
  });
});
