// 第十九条 公正: a sharded draw merges partial results from several machines; the merge must not trust them.
// Forged tickets, duplicated, withheld, invalid or misplaced candidates are findings that name shard and
// stratum, and nothing is drawn. What the merge cannot see (a real but larger-ticket candidate in place of a
// smaller one) makes the merged receipt fail verifyDraw against the full frame.

import { describe, expect, it } from 'vitest';
import { type ShardDraw, verifyDraw } from '../../src/draw/index.js';
import {
  commitFrame,
  commitFrameStream,
  drawObjects,
  drawShard,
  mergeShards,
  shardOf,
} from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED, uscc } from './fixtures.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

const K = 2;
const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'D', ratio: 0.3 },
]);
const frame = makeFrame(['A', 'D'], [200, 50]);
const commitment = commitFrame(frame)._unsafeUnwrap();
const single = drawObjects({ task, frame, seed: SEED })._unsafeUnwrap();

function shards(units = frame.units, k = K): Mutable<ShardDraw>[] {
  return Array.from({ length: k }, (_, i) =>
    JSON.parse(
      JSON.stringify(
        drawShard({
          task,
          seed: SEED,
          commitment,
          shard: { index: i, count: k },
          frame: units.filter((u) => shardOf(u.id, k)._unsafeUnwrap() === i),
        })._unsafeUnwrap(),
      ),
    ),
  );
}

function merge(list: unknown) {
  return mergeShards({ task, seed: SEED, commitment, shards: list });
}

function codes(list: unknown): string[] {
  const r = merge(list);
  return r.isErr() ? r.error.map((i) => i.code) : [];
}

/** The shard holding the rank-1 object of stratum A, and that object's position in its candidate list. */
function holderOfRankOne(list: Mutable<ShardDraw>[]) {
  const id = single.receipt.strata[0]!.selected[0]!.id;
  const s = list.findIndex((x) => x.candidates[0]!.some((e) => e.id === id));
  return { s, id };
}

describe('mergeShards checks every candidate it is sent (第十九条)', () => {
  it('merges genuine shards into exactly the single draw', () => {
    expect(JSON.stringify(merge(shards())._unsafeUnwrap())).toBe(JSON.stringify(single));
  });

  it('refuses a forged ticket 000…0 for an object of another shard (would become rank 1)', () => {
    const list = shards();
    const { s } = holderOfRankOne(list);
    const other = list[1 - s]!;
    const victim = list[s]!.candidates[0]![5]!.id;
    other.candidates[0]!.shift();
    other.candidates[0]!.unshift({ id: victim, ticket: '0'.repeat(64) });
    const found = codes(list);
    expect(found).toContain('DRAW_SHARD_TICKET_MISMATCH');
    expect(found).toContain('DRAW_SHARD_CANDIDATE_WRONG_SHARD');
  });

  it('refuses a forged ticket for one of its own objects', () => {
    const list = shards();
    const e = list[0]!.candidates[0]![3]!;
    list[0]!.candidates[0]!.splice(3, 1);
    list[0]!.candidates[0]!.unshift({ id: e.id, ticket: '0'.repeat(64) });
    const r = merge(list)._unsafeUnwrapErr();
    const issue = r.find((i) => i.code === 'DRAW_SHARD_TICKET_MISMATCH')!;
    expect(issue.path).toEqual(['shards', 0, 'candidates', 0, 0, 'ticket']);
    expect(issue.message.en).toContain('shard 0, stratum "A"');
  });

  it('refuses a duplicated candidate (which made 35 selected / 34 distinct)', () => {
    const list = shards();
    const c = list[0]!.candidates[1]!;
    c[1] = { ...c[0]! };
    const found = codes(list);
    expect(found).toContain('DRAW_SHARD_CANDIDATE_DUPLICATE');
    expect(found).toContain('DRAW_SHARD_CANDIDATES_NOT_SORTED');
  });

  it('refuses the same candidate sent by two shards', () => {
    const list = shards();
    const e = list[0]!.candidates[0]![0]!;
    list[1]!.candidates[0]![list[1]!.candidates[0]!.length - 1] = { ...e };
    expect(codes(list)).toContain('DRAW_SHARD_CANDIDATE_DUPLICATE');
  });

  it('refuses a withheld (empty) candidate list', () => {
    const list = shards();
    list[1]!.candidates[0] = [];
    const r = merge(list)._unsafeUnwrapErr();
    expect(r.map((i) => i.code)).toEqual(['DRAW_SHARD_CANDIDATE_COUNT']);
    expect(r[0]!.path).toEqual(['shards', 1, 'candidates', 0]);
  });

  it('refuses a list with a candidate too few or too many', () => {
    const short = shards();
    short[0]!.candidates[1]!.pop();
    expect(codes(short)).toEqual(['DRAW_SHARD_CANDIDATE_COUNT']);
  });

  it('refuses an id that is not a credit code', () => {
    const list = shards();
    list[0]!.candidates[0]![0] = { id: 'not a credit code', ticket: '0'.repeat(64) };
    expect(codes(list)).toContain('DRAW_SHARD_CANDIDATE_INVALID');
  });

  it('refuses a valid credit code from a bucket of another shard, even with its true ticket', () => {
    const list = shards();
    // A valid code outside the frame whose bucket belongs to the other shard.
    let i = 100_000;
    while (shardOf(uscc(i), K)._unsafeUnwrap() === 0) i++;
    const id = uscc(i);
    const last = list[0]!.candidates[0]!.length - 1;
    list[0]!.candidates[0]![last] = { id, ticket: 'f'.repeat(64) };
    expect(codes(list)).toContain('DRAW_SHARD_CANDIDATE_WRONG_SHARD');
  });

  it('refuses an unsorted list', () => {
    const list = shards();
    const c = list[0]!.candidates[0]!;
    [c[0], c[1]] = [c[1]!, c[0]!];
    expect(codes(list)).toEqual(['DRAW_SHARD_CANDIDATES_NOT_SORTED']);
  });

  it('passes a real but larger-ticket substitute, and verifyDraw against the full frame rejects the result', () => {
    // Shard s hides its smallest A ticket and lists its next one instead: locally consistent.
    const list = shards();
    const { s, id } = holderOfRankOne(list);
    const mine = frame.units.filter((u) => shardOf(u.id, K)._unsafeUnwrap() === s && u.id !== id);
    const honestWithout = shards(
      frame.units.filter((u) => u.id !== id),
      K,
    )[s]!;
    list[s]!.candidates = honestWithout.candidates;
    expect(mine.length).toBeGreaterThan(0);
    const merged = merge(list)._unsafeUnwrap();
    expect(merged.selected.map((o) => o.id)).not.toContain(id);
    const v = verifyDraw({ receipt: merged.receipt, frame, task });
    expect(v.isErr()).toBe(true);
  });
});

describe('commitFrameStream reads its strata with the same check as commitFrame (第十五条, 第十九条)', () => {
  it('refuses stratum ids with unpaired surrogates (two such ids would hash alike)', async () => {
    const r = await commitFrameStream({ strata: ['\uD800', '\uDBFF'], units: [] });
    expect(r._unsafeUnwrapErr()[0]!.code).toBe('DRAW_COMMITMENT_INVALID');
    expect(commitFrame({ strata: ['\uD800', '\uDBFF'], units: [] })._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_COMMITMENT_INVALID',
    );
  });

  it('refuses empty, duplicate or non-string strata and accepts the task strata', async () => {
    for (const strata of [[], ['A', 'A'], ['A', ''], ['A', 3], 'A']) {
      const r = await commitFrameStream({ strata, units: [] });
      expect(r._unsafeUnwrapErr()[0]!.code).toBe('DRAW_COMMITMENT_INVALID');
    }
    const sorted = [...frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
    const r = await commitFrameStream({ strata: ['A', 'D'], units: sorted });
    expect(r._unsafeUnwrap()).toEqual(commitment);
  });
});
