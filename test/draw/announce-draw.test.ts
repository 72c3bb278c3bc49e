// 第十九条 “公开、公正”: a draw is bound to the announcement (抽取公告) published before the seed existed. A
// platform that changes the frame, a ratio, the reserve, the seed kind or source after seeing the seed gets a
// draw whose receipt no longer matches the published announcement digest.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import { verifyDraw } from '../../src/draw/index.js';
import { announcementPreimage, textCommitment } from '../../src/draw/protocol/announce.js';
import {
  announceDraw,
  commitFrame,
  drawObjects,
  drawObjectsStream,
  drawShard,
  mergeShards,
  shardOf,
} from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'D', ratio: 0.3 },
]);
const frame = makeFrame(['A', 'D'], [200, 50]);
const spec = { kind: SEED.kind, source: SEED.source };
const published = announceDraw({ task, frame, seed: spec })._unsafeUnwrap();
const locked = drawObjects({ task, frame, seed: SEED, announcement: published })._unsafeUnwrap();

function codes(r: { isErr(): boolean; error?: unknown } & object): string[] {
  const x = r as { isErr(): boolean; error: { code: string }[] };
  return x.isErr() ? x.error.map((i) => i.code) : ['OK'];
}

describe('the draw is bound to the announcement published before the seed (第十九条)', () => {
  it('records the announcement in the receipt and derives the key from its digest', () => {
    expect(locked.receipt.announcement).toEqual(published);
    expect(locked.receipt.derivation.labels).toEqual(['stage-one', task.id, published.digest]);
    // Without a given announcement, the same one is computed from the inputs.
    expect(drawObjects({ task, frame, seed: SEED })._unsafeUnwrap()).toEqual(locked);
  });

  it('a frame edited after the seed (rank 1 dropped) is refused by drawObjects and by verifyDraw', () => {
    const victim = locked.selected[0]!.id;
    const frame2 = { ...frame, units: frame.units.filter((u) => u.id !== victim) };
    const refused = drawObjects({ task, frame: frame2, seed: SEED, announcement: published });
    expect(codes(refused)).toEqual(['DRAW_ANNOUNCEMENT_MISMATCH']);
    expect(refused._unsafeUnwrapErr()[0]!.path).toEqual(['announcement', 'frame', 'digest']);
    // Recomputed without the announcement, it verifies on its own — but not against the published digest.
    const redone = drawObjects({ task, frame: frame2, seed: SEED })._unsafeUnwrap();
    expect(redone.selected[0]!.id).not.toBe(victim);
    expect(verifyDraw({ receipt: redone.receipt, frame: frame2, task }).isOk()).toBe(true);
    expect(
      codes(verifyDraw({ receipt: redone.receipt, frame: frame2, task, announcement: published })),
    ).toEqual(['DRAW_VERIFY_ANNOUNCEMENT_MISMATCH']);
    expect(
      codes(verifyDraw({ receipt: redone.receipt, frame: frame2, announcement: published.digest })),
    ).toEqual(['DRAW_VERIFY_ANNOUNCEMENT_MISMATCH']);
    expect(verifyDraw({ receipt: locked.receipt, frame, task, announcement: published.digest }).isOk()).toBe(
      true,
    );
  });

  it('refuses a reserve percentage, seed kind, seed source or ratio other than announced', () => {
    const variants: [unknown, string][] = [
      [
        { task, frame, seed: SEED, announcement: published, options: { reservePercent: 10 } },
        'reservePercent',
      ],
      [{ task, frame, seed: { ...SEED, kind: 'beacon' }, announcement: published }, 'seed'],
      [{ task, frame, seed: { ...SEED, source: '另一期' }, announcement: published }, 'seed'],
      [
        {
          task: makeTask([
            { id: 'A', ratio: 0.2 },
            { id: 'D', ratio: 0.3 },
          ]),
          frame,
          seed: SEED,
          announcement: published,
        },
        'ratioTable',
      ],
      [{ task: { ...task, id: 'LT\u20102025-001' }, frame, seed: SEED, announcement: published }, 'taskId'],
    ];
    for (const [input, field] of variants) {
      const r = drawObjects(input as never);
      expect(codes(r)).toEqual(['DRAW_ANNOUNCEMENT_MISMATCH']);
      expect(r._unsafeUnwrapErr()[0]!.path[1]).toBe(field);
    }
  });

  it('takes the announced seed source when the seed material names none', () => {
    const { source: _s, ...bare } = SEED;
    const d = drawObjects({ task, frame, seed: bare, announcement: published })._unsafeUnwrap();
    expect(d).toEqual(locked);
  });

  it('a committed text must hash to the announced commitment', () => {
    const text = '龙亭区市场监管局 2025年3月3日 公开摇号 见证人:张三、李四';
    const seed = {
      kind: 'committed-text',
      source: '龙亭区政府网站 2025-03-01 公告',
      commitment: textCommitment(text),
    };
    const a = announceDraw({ task, frame, seed })._unsafeUnwrap();
    const good = drawObjects({ task, frame, seed: { kind: 'committed-text', text }, announcement: a });
    expect(good.isOk()).toBe(true);
    expect(verifyDraw({ receipt: good._unsafeUnwrap().receipt, frame, task, announcement: a }).isOk()).toBe(
      true,
    );
    const bad = drawObjects({
      task,
      frame,
      seed: { kind: 'committed-text', text: `${text}0` },
      announcement: a,
    });
    expect(codes(bad)).toEqual(['DRAW_SEED_COMMITMENT_MISMATCH']);
  });

  it('refuses a malformed or tampered announcement', () => {
    const t = JSON.parse(JSON.stringify(published));
    t.reservePercent = 10;
    expect(codes(drawObjects({ task, frame, seed: SEED, announcement: t }))).toEqual([
      'DRAW_ANNOUNCEMENT_INVALID',
    ]);
    expect(codes(verifyDraw({ receipt: locked.receipt, frame, announcement: 'abc' }))).toEqual([
      'DRAW_ANNOUNCEMENT_INVALID',
    ]);
  });

  it('streams and shards take and produce the same announcement', async () => {
    const sorted = [...frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
    const s = await drawObjectsStream({ task, seed: SEED, announcement: published, units: sorted });
    expect(s._unsafeUnwrap()).toEqual(locked);
    const commitment = commitFrame(frame)._unsafeUnwrap();
    const s2 = await drawObjectsStream({ task, seed: SEED, commitment, units: sorted });
    expect(s2._unsafeUnwrap()).toEqual(locked);
    const shards = [0, 1, 2].map((i) =>
      drawShard({
        task,
        seed: SEED,
        announcement: published,
        shard: { index: i, count: 3 },
        frame: frame.units.filter((u) => shardOf(u.id, 3)._unsafeUnwrap() === i),
      })._unsafeUnwrap(),
    );
    expect(shards[0]!.announcement).toBe(published.digest);
    expect(mergeShards({ task, seed: SEED, announcement: published, shards })._unsafeUnwrap()).toEqual(
      locked,
    );
    const other = announceDraw({ task, frame, seed: spec, options: { reservePercent: 20 } })._unsafeUnwrap();
    expect(codes(mergeShards({ task, seed: SEED, announcement: other, shards }))[0]).toBe(
      'DRAW_ANNOUNCEMENT_MISMATCH',
    );
  });
});

describe('a receipt drawObjects cannot produce never verifies (第十五条, 第十九条)', () => {
  // biome-ignore lint/suspicious/noExplicitAny: edits of parsed JSON
  function forge(edit: (r: Record<string, any>) => void) {
    const r = JSON.parse(JSON.stringify(locked.receipt));
    edit(r);
    const { digest: _d, ...body } = r.announcement;
    r.announcement.digest = bytesToHex(sha256(announcementPreimage(body)));
    return r;
  }

  it('refuses ratio "0" with n = 0 of N = 50, even with a self-consistent announcement', () => {
    const r = forge((x) => {
      x.announcement.ratioTable.strata[1].rule = { ratio: '0' };
      x.strata[1].rule = { ratio: '0' };
    });
    expect(codes(verifyDraw({ receipt: r, frame }))).toEqual(['DRAW_RATIO_OUT_OF_RANGE']);
  });

  it('refuses a reserve percentage out of range, duplicate strata and non-canonical ratios', () => {
    const cases = [
      forge((x) => {
        x.announcement.reservePercent = 101;
        x.reserveRule.percent = 101;
      }),
      forge((x) => {
        x.announcement.ratioTable.strata[1].id = 'A';
        x.announcement.frame.strata[1].id = 'A';
      }),
      forge((x) => {
        x.announcement.ratioTable.strata[0].rule = { ratio: '0.10' };
      }),
    ];
    for (const r of cases) expect(verifyDraw({ receipt: r, frame }).isErr()).toBe(true);
  });
});

describe('verifyDraw returns the recomputed, frozen receipt and reads null options (第十九条)', () => {
  it("does not alias the caller's receipt", () => {
    const input = JSON.parse(JSON.stringify(locked.receipt));
    const v = verifyDraw({ receipt: input, frame })._unsafeUnwrap();
    expect(v).toEqual(locked.receipt);
    expect(v).not.toBe(input);
    expect(v.strata[0]!.selected).not.toBe(input.strata[0].selected);
    expect(Object.isFrozen(v.strata[0]!.selected[0])).toBe(true);
    expect(Object.isFrozen(v.announcement.frame.strata)).toBe(true);
  });
});

describe("drawObjects checks the frame's strata against the ratio table (第十五条)", () => {
  it('refuses strata in another order or other strata', () => {
    for (const strata of [['D', 'A'], ['A'], ['A', 'D', 'X']]) {
      expect(codes(drawObjects({ task, frame: { ...frame, strata }, seed: SEED }))).toEqual([
        'DRAW_FRAME_STRATA_MISMATCH',
      ]);
    }
    expect(drawObjects({ task, frame: frame.units, seed: SEED }).isOk()).toBe(true);
  });
});
