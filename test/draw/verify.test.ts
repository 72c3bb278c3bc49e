// 第十九条 公开、公正: verifyDraw accepts every genuine receipt and rejects every single change to the frame,
// the seed, the ratios or the selection, naming what differs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DrawReceipt, DrawReceiptSchema, verifyDraw } from '../../src/draw/index.js';
import { drawObjects } from '../helpers/untyped-draw.js';
import { canonicalSeedText, makeFrame, makeTask, SEED, uscc } from './fixtures.js';

const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'B', ratio: 0.3 },
  { id: 'C', count: 2 },
]);
const frame = makeFrame(['A', 'B', 'C'], [40, 20, 6]);
const receipt = JSON.parse(
  // A reserve, as in a jurisdiction whose rules allow substitution, so that changes to it can be tested.
  JSON.stringify(
    drawObjects({ task, frame, seed: SEED, options: { reservePercent: 10 } })._unsafeUnwrap().receipt,
  ),
) as DrawReceipt;

// biome-ignore lint/suspicious/noExplicitAny: mutations reach into the receipt like an attacker would
type Mutable = { -readonly [K in keyof DrawReceipt]: any };
const copy = (): Mutable => structuredClone(receipt) as Mutable;
const codes = (r: ReturnType<typeof verifyDraw>) => (r.isErr() ? r.error.map((i) => i.code) : ['OK']);

describe('verifyDraw accepts genuine receipts (第十九条)', () => {
  it('accepts the receipt with the frame in any order, as JSON, with or without the task', () => {
    expect(verifyDraw({ receipt, frame }).isOk()).toBe(true);
    expect(verifyDraw({ receipt, frame: [...frame.units].reverse() }).isOk()).toBe(true);
    expect(verifyDraw({ receipt, frame, task }).isOk()).toBe(true);
  });

  it('accepts every genuine receipt of random draws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 9 }), // a fixed count of 0 exempts a class (a warning, 第十五条): still verifiable
        fc.string({ minLength: 1 }).map(canonicalSeedText),
        (pct, N, c, text) => {
          const t = makeTask([
            { id: 'A', ratio: pct / 100 },
            { id: 'B', count: c },
          ]);
          const f = makeFrame(['A', 'B'], [N, Math.floor(N / 3)]);
          const seed = { kind: 'beacon', text, source: 'drand round 1234' };
          const d = drawObjects({ task: t, frame: f, seed })._unsafeUnwrap();
          expect(
            verifyDraw({ receipt: JSON.parse(JSON.stringify(d.receipt)), frame: f, task: t }).isOk(),
          ).toBe(true);
        },
      ),
    );
  });
});

describe('verifyDraw rejects every single change (第十九条)', () => {
  it('rejects an object added to the frame', () => {
    const f = { ...frame, units: [...frame.units, { id: uscc(9999), stratum: 'A' }] };
    expect(codes(verifyDraw({ receipt, frame: f }))).toContain('DRAW_VERIFY_FRAME_MISMATCH');
    expect(codes(verifyDraw({ receipt, frame: f }))).toContain('DRAW_VERIFY_STRATUM_COUNT_MISMATCH');
  });

  it('rejects an object removed from the frame, whichever it is', () => {
    for (let k = 0; k < frame.units.length; k += 7) {
      const f = frame.units.filter((_, i) => i !== k);
      expect(codes(verifyDraw({ receipt, frame: f }))).toContain('DRAW_VERIFY_FRAME_MISMATCH');
    }
  });

  it('rejects an object moved to another stratum', () => {
    const f = frame.units.map((u, i) => (i === 3 ? { ...u, stratum: 'B' } : u));
    const r = verifyDraw({ receipt, frame: f });
    expect(codes(r)).toContain('DRAW_VERIFY_FRAME_MISMATCH');
    expect(
      r._unsafeUnwrapErr().find((i) => i.code === 'DRAW_VERIFY_STRATUM_COUNT_MISMATCH')!.message.en,
    ).toMatch(/stratum "A"/);
  });

  it('rejects two objects swapping strata (counts unchanged, digest changed)', () => {
    const f = frame.units.map((u, i) =>
      i === 0 ? { ...u, stratum: 'B' } : i === 45 ? { ...u, stratum: 'A' } : u,
    );
    expect(codes(verifyDraw({ receipt, frame: f }))).toContain('DRAW_VERIFY_FRAME_MISMATCH');
  });

  it('rejects a renamed object', () => {
    const f = frame.units.map((u, i) => (i === 5 ? { ...u, id: uscc(7777) } : u));
    expect(codes(verifyDraw({ receipt, frame: f }))).toContain('DRAW_VERIFY_FRAME_MISMATCH');
  });

  it('rejects an altered seed text, seed bytes or derived key', () => {
    const a = copy();
    a.seed.text = `${a.seed.text}0`;
    expect(codes(verifyDraw({ receipt: a, frame }))).toContain('DRAW_VERIFY_SEED_MISMATCH');
    const b = copy();
    b.seed.bytes = b.seed.bytes.replace(/^../, '00');
    expect(codes(verifyDraw({ receipt: b, frame }))).toContain('DRAW_VERIFY_SEED_MISMATCH');
    const c = copy();
    c.derivation.key = '0'.repeat(64);
    expect(codes(verifyDraw({ receipt: c, frame }))).toContain('DRAW_VERIFY_SEED_MISMATCH');
    const k = copy();
    k.seed.kind = 'beacon';
    expect(codes(verifyDraw({ receipt: k, frame }))).not.toEqual(['OK']);
  });

  it('rejects an altered ratio or fixed count', () => {
    const a = copy();
    a.strata[0].rule = { ratio: '0.2' };
    expect(codes(verifyDraw({ receipt: a, frame }))).toContain('DRAW_VERIFY_SIZE_MISMATCH');
    const b = copy();
    b.strata[2].rule = { count: 3 };
    expect(codes(verifyDraw({ receipt: b, frame }))).toContain('DRAW_VERIFY_SIZE_MISMATCH');
  });

  it('rejects a consistent receipt for other ratios when the task is given', () => {
    const other = makeTask([
      { id: 'A', ratio: 0.2 },
      { id: 'B', ratio: 0.3 },
      { id: 'C', count: 2 },
    ]);
    const d = drawObjects({ task: other, frame, seed: SEED })._unsafeUnwrap();
    expect(verifyDraw({ receipt: d.receipt, frame }).isOk()).toBe(true);
    expect(codes(verifyDraw({ receipt: d.receipt, frame, task }))).toEqual(['DRAW_VERIFY_TASK_MISMATCH']);
  });

  it('rejects a selection with an object swapped for another, dropped, added or reordered', () => {
    const notDrawn = frame.units.find(
      (u) =>
        u.stratum === 'A' &&
        !receipt.strata[0]!.selected.some((s) => s.id === u.id) &&
        !receipt.strata[0]!.reserve.some((s) => s.id === u.id),
    )!;
    const a = copy();
    a.strata[0].selected[0].id = notDrawn.id;
    const r = verifyDraw({ receipt: a, frame });
    expect(codes(r)).toContain('DRAW_VERIFY_SELECTION_MISMATCH');
    expect(r._unsafeUnwrapErr().some((i) => i.message.en.includes(notDrawn.id))).toBe(true);
    const b = copy();
    b.strata[1].selected.pop();
    expect(codes(verifyDraw({ receipt: b, frame }))).toContain('DRAW_VERIFY_SELECTION_MISMATCH');
    const c = copy();
    c.strata[1].selected.push(c.strata[1].reserve[0]);
    expect(codes(verifyDraw({ receipt: c, frame }))).toContain('DRAW_VERIFY_SELECTION_MISMATCH');
    const d = copy();
    d.strata[1].selected.reverse();
    expect(codes(verifyDraw({ receipt: d, frame }))).toContain('DRAW_VERIFY_SELECTION_MISMATCH');
  });

  it('rejects a list that repeats one of its entries, at its end or anywhere, selection or reserve', () => {
    for (const field of ['selected', 'reserve'] as const) {
      for (const at of ['end', 'start'] as const) {
        const e = copy();
        const list = e.strata[1][field];
        if (at === 'end') list.push({ ...list[list.length - 1] });
        else list.unshift({ ...list[0] });
        const r = verifyDraw({ receipt: e, frame });
        expect(codes(r), `${field} ${at}`).toContain(
          field === 'selected' ? 'DRAW_VERIFY_SELECTION_MISMATCH' : 'DRAW_VERIFY_RESERVE_MISMATCH',
        );
      }
    }
  });

  it('rejects an altered ticket, cut-off, reserve, count, probability or frame digest', () => {
    const mutations: [(r: Mutable) => void, string][] = [
      [(r) => (r.strata[0].selected[1].ticket = 'f'.repeat(64)), 'DRAW_VERIFY_TICKET_MISMATCH'],
      [(r) => (r.strata[0].cutoff = 'f'.repeat(64)), 'DRAW_VERIFY_CUTOFF_MISMATCH'],
      [(r) => r.strata[0].reserve.pop(), 'DRAW_VERIFY_RESERVE_MISMATCH'],
      [(r) => (r.strata[1].N = 21), 'DRAW_VERIFY_STRATUM_COUNT_MISMATCH'],
      [(r) => (r.strata[1].inclusionProbability = '1/3'), 'DRAW_VERIFY_SIZE_MISMATCH'],
      [(r) => (r.strata[2].random = !r.strata[2].random), 'DRAW_VERIFY_SIZE_MISMATCH'],
      [(r) => (r.strata[1].n = 7), 'DRAW_VERIFY_SIZE_MISMATCH'],
      [(r) => (r.frame.digest = '0'.repeat(64)), 'DRAW_VERIFY_FRAME_MISMATCH'],
      [(r) => (r.frame.strata[0].count = 41), 'DRAW_VERIFY_STRATUM_COUNT_MISMATCH'],
      [(r) => (r.reserveRule.percent = 50), 'DRAW_VERIFY_SIZE_MISMATCH'],
      [(r) => (r.taskId = 'LT-2025-002'), 'DRAW_VERIFY_SEED_MISMATCH'],
      [(r) => (r.algorithm.version = 1), 'DRAW_VERIFY_ALGORITHM_UNSUPPORTED'],
      [(r) => (r.algorithm.version = 3), 'DRAW_VERIFY_ALGORITHM_UNSUPPORTED'],
      // Labels are part of the announcement published before the seed, so an edited label no longer matches it.
      [(r) => (r.strata[0].label = '改'), 'DRAW_VERIFY_RECEIPT_INVALID'],
      [(r) => (r.libraryVersion = 'v0.1 (patched)'), 'DRAW_VERIFY_RECEIPT_INVALID'],
      [(r) => (r.derivation.labels = ['stage-one', r.taskId]), 'DRAW_VERIFY_SEED_MISMATCH'],
      [(r) => (r.reserveRule.size = 'ceil(n / 10)'), 'DRAW_VERIFY_SIZE_MISMATCH'],
      [(r) => (r.frame.total = 1), 'DRAW_VERIFY_STRATUM_COUNT_MISMATCH'],
      [(r) => (r.frame.strata[0].id = 'X'), 'DRAW_VERIFY_FRAME_MISMATCH'],
      [(r) => (r.seed.source = 'made up'), 'DRAW_VERIFY_SEED_MISMATCH'],
      [(r) => (r.ratioTable.source = '另一份计划'), 'DRAW_VERIFY_SIZE_MISMATCH'],
      [(r) => (r.announcement.reservePercent = 20), 'DRAW_ANNOUNCEMENT_INVALID'],
    ];
    for (const [mutate, code] of mutations) {
      const r = copy();
      mutate(r);
      if (code === 'OK')
        expect(codes(verifyDraw({ receipt: r, frame, task }))).toEqual(['DRAW_VERIFY_TASK_MISMATCH']);
      else expect(codes(verifyDraw({ receipt: r, frame })), `${code} ${String(mutate)}`).toContain(code);
    }
  });

  it('rejects a malformed receipt without throwing', () => {
    for (const bad of [null, 1, 'x', {}, { ...receipt, strata: 'no' }]) {
      expect(codes(verifyDraw({ receipt: bad, frame }))[0]).toBe('DRAW_VERIFY_RECEIPT_INVALID');
    }
  });

  it('rejects a ticket entry with a missing, extra or malformed field as a malformed receipt', () => {
    const json = JSON.parse(JSON.stringify(receipt));
    const entry = json.strata[0].selected[0];
    const variants = [
      { id: entry.id },
      { ...entry, note: 'x' },
      { ...entry, ticket: entry.ticket.toUpperCase() },
      { ...entry, ticket: entry.ticket.slice(1) },
    ];
    for (const e of variants) {
      const bad = JSON.parse(JSON.stringify(receipt));
      bad.strata[0].selected[0] = e;
      expect(codes(verifyDraw({ receipt: bad, frame }))[0], JSON.stringify(e)).toBe(
        'DRAW_VERIFY_RECEIPT_INVALID',
      );
      // The published schema refuses each of them too, the non-hex ticket included.
      expect(DrawReceiptSchema.safeParse(bad).success, JSON.stringify(e)).toBe(false);
    }
    expect(DrawReceiptSchema.safeParse(json).success).toBe(true);
  });

  it('reports a non-hex ticket as a malformed receipt even when the frame, the strata or the selection are also wrong', () => {
    const upper = (r: DrawReceipt) => {
      const bad = JSON.parse(JSON.stringify(r));
      const list = bad.strata[0].selected;
      list[list.length - 1].ticket = list[list.length - 1].ticket.toUpperCase();
      return bad;
    };
    const otherFrame = { ...frame, units: frame.units.slice(1) };
    const fewerStrata = upper(receipt);
    fewerStrata.strata.pop();
    const swapped = upper(receipt);
    swapped.strata[0].selected.reverse();
    for (const [bad, f] of [
      [upper(receipt), otherFrame],
      [fewerStrata, frame],
      [swapped, frame],
    ] as const) {
      expect(codes(verifyDraw({ receipt: bad, frame: f }))).toEqual(['DRAW_VERIFY_RECEIPT_INVALID']);
    }
  });
});
