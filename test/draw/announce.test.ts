// 第十九条 “公开、公正”: the draw announcement (抽取公告) fixes task, ratios, reserve, frame and seed source
// before the seed exists; its digest is the SHA-256 of a documented, length-prefixed encoding.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import { announcementPreimage, parseAnnouncement, textCommitment } from '../../src/draw/protocol/announce.js';
import { announceDraw, commitFrame } from '../helpers/untyped-draw.js';
import { makeFrame, makeTask } from './fixtures.js';

const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'D', count: 3 },
]);
const frame = makeFrame(['A', 'D'], [40, 10]);
const seed = { kind: 'lottery', source: '中国福利彩票 福彩3D 第2025056期' };

function lp(s: string): number[] {
  const b = utf8ToBytes(s);
  return [(b.length >>> 24) & 255, (b.length >>> 16) & 255, (b.length >>> 8) & 255, b.length & 255, ...b];
}
const u32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
const u64 = (v: number) => [...u32(Math.floor(v / 2 ** 32)), ...u32(v >>> 0)];

describe('announceDraw (第十九条)', () => {
  it('is deeply frozen plain JSON whose digest is SHA-256 of the documented encoding', () => {
    const a = announceDraw({ task, frame, seed })._unsafeUnwrap();
    expect(Object.isFrozen(a.ratioTable.strata[0]!.rule)).toBe(true);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    const c = commitFrame(frame)._unsafeUnwrap();
    const pre = Uint8Array.from([
      ...lp('shuangsuiji/draw-announcement/v1'),
      ...lp('shuangsuiji/draw/stratified-min-ticket'),
      ...u32(2),
      ...lp(a.taskId),
      ...lp(a.ratioTable.source),
      0,
      ...u32(2),
      ...lp('A'),
      ...lp(a.ratioTable.strata[0]!.label),
      1,
      ...lp('0.1'),
      ...lp('D'),
      ...lp(a.ratioTable.strata[1]!.label),
      2,
      ...u64(3),
      ...u32(0), // reservePercent: 0 by default (第十九条 ¶3, no substitution)
      ...Buffer.from(c.digest, 'hex'),
      ...u32(2),
      ...lp('A'),
      ...u64(40),
      ...lp('D'),
      ...u64(10),
      ...u64(50),
      ...lp('lottery'),
      1,
      ...lp(seed.source),
      0,
    ]);
    expect(bytesToHex(announcementPreimage(a))).toBe(bytesToHex(pre));
    expect(a.digest).toBe(bytesToHex(sha256(pre)));
    expect(a.frame).toEqual(c);
  });

  it('gives the same announcement from the frame or from its commitment', () => {
    const c = commitFrame(frame)._unsafeUnwrap();
    expect(announceDraw({ task, commitment: c, seed })._unsafeUnwrap()).toEqual(
      announceDraw({ task, frame, seed })._unsafeUnwrap(),
    );
  });

  it('changes its digest with every input: frame, ratio, reserve, seed kind, seed source', () => {
    const base = announceDraw({ task, frame, seed })._unsafeUnwrap().digest;
    const variants = [
      announceDraw({ task, frame: { ...frame, units: frame.units.slice(1) }, seed }),
      announceDraw({
        task: makeTask([
          { id: 'A', ratio: 0.2 },
          { id: 'D', count: 3 },
        ]),
        frame,
        seed,
      }),
      announceDraw({ task, frame, seed, options: { reservePercent: 10 } }),
      announceDraw({ task, frame, seed: { ...seed, kind: 'beacon' } }),
      announceDraw({ task, frame, seed: { ...seed, source: '中国福利彩票 福彩3D 第2025057期' } }),
    ].map((r) => r._unsafeUnwrap().digest);
    expect(new Set([base, ...variants]).size).toBe(6);
  });

  it('requires a seed source, and a SHA-256 commitment exactly for a committed text', () => {
    const code = (s: unknown) => announceDraw({ task, frame, seed: s })._unsafeUnwrapErr()[0]!.code;
    expect(code({ kind: 'lottery' })).toBe('DRAW_ANNOUNCEMENT_INVALID');
    expect(code({ kind: 'committed-text', source: '政府网站 2025-03-01' })).toBe('DRAW_ANNOUNCEMENT_INVALID');
    expect(code({ ...seed, commitment: textCommitment('x') })).toBe('DRAW_ANNOUNCEMENT_INVALID');
    const ok = announceDraw({
      task,
      frame,
      seed: { kind: 'committed-text', source: '政府网站 2025-03-01', commitment: textCommitment('x') },
    });
    expect(ok.isOk()).toBe(true);
  });

  it('refuses what drawObjects would refuse: frame strata out of table order, a total too small under exemptClasses: forbid', () => {
    const swapped = { ...frame, strata: ['D', 'A'] };
    expect(announceDraw({ task, frame: swapped, seed })._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_FRAME_STRATA_MISMATCH',
    );
    const small = makeTask(
      [
        { id: 'A', ratio: 0.1 },
        { id: 'D', count: 3 },
      ],
      { total: 3 },
    );
    // 第十五条 forbids no exemption: by default the draw is announced (the locked draw will warn) …
    expect(announceDraw({ task: small, frame, seed }).isOk()).toBe(true);
    // … and refused where local rules exempt no credit-risk class.
    const forbid = announceDraw({ task: small, frame, seed, options: { exemptClasses: 'forbid' } });
    expect(forbid._unsafeUnwrapErr().map((i) => [i.code, i.severity])).toEqual([
      ['DRAW_TOTAL_TOO_SMALL', 'error'],
    ]);
    expect(announceDraw({ task, seed })._unsafeUnwrapErr()[0]!.code).toBe('DRAW_ANNOUNCEMENT_INVALID');
    expect(announceDraw(null as never).isErr()).toBe(true);
  });
});

describe('parseAnnouncement reads back exactly what announceDraw made (第十九条)', () => {
  const a = announceDraw({ task, frame, seed })._unsafeUnwrap();

  it('round-trips through JSON', () => {
    expect(parseAnnouncement(JSON.parse(JSON.stringify(a)))._unsafeUnwrap()).toEqual(a);
  });

  it('refuses any edited field, since the digest no longer matches', () => {
    // biome-ignore lint/suspicious/noExplicitAny: edits of parsed JSON
    type Json = any;
    const edits: ((x: Json) => void)[] = [
      (x) => {
        x.reservePercent = 20;
      },
      (x) => {
        x.ratioTable.strata[0].rule.ratio = '0.2';
      },
      (x) => {
        x.frame.digest = '0'.repeat(64);
      },
      (x) => {
        x.seed.source = 'elsewhere';
      },
      (x) => {
        x.taskId = 'LT\u20102025-001';
      },
    ];
    for (const edit of edits) {
      const x = JSON.parse(JSON.stringify(a));
      edit(x);
      const r = parseAnnouncement(x);
      expect(r._unsafeUnwrapErr()[0]!.code).toBe('DRAW_ANNOUNCEMENT_INVALID');
    }
  });

  it('refuses a self-consistent announcement drawObjects could not make (ratio "0", bad ratio text)', () => {
    for (const ratio of ['0', '0.50', '0.0000001']) {
      const x = JSON.parse(JSON.stringify(a));
      x.ratioTable.strata[0].rule.ratio = ratio;
      x.digest = bytesToHex(sha256(announcementPreimage(x)));
      expect(parseAnnouncement(x)._unsafeUnwrapErr()[0]!.code).toMatch(/^DRAW_RATIO_/);
    }
  });
});
