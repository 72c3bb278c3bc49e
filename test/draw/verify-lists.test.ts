// 第十九条 公开、公正: verifyDraw checks a receipt's lists against the tickets it kept without sorting them or
// writing them out in hex — each listed ticket is looked up among the kept ones and the list must ascend. These
// tests pin that this check is taken for every genuine receipt, gives back exactly what was listed, and refuses
// every list that is not the kept tickets in order (verifyDraw then names the difference the long way).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capacitiesOf,
  chosenOf,
  countUnits,
  prepare,
  readUnits,
  runPass,
  sizesFor,
} from '../../src/draw/engine/pass.js';
import { SmallestK } from '../../src/draw/engine/select.js';
import { type DrawReceipt, DrawReceiptSchema, drawObjects, verifyDraw } from '../../src/draw/index.js';
import { planFromTask } from '../../src/draw/protocol/plan.js';
import { parseSeed } from '../../src/draw/protocol/seed.js';
import { keptAsListed, type UnreadStratum } from '../../src/draw/verify-lists.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'B', ratio: 0.3 },
  { id: 'C', count: 2 },
]);
const frame = makeFrame(['A', 'B', 'C'], [40, 20, 6]);
const drawn = drawObjects({ task, frame, seed: SEED, options: { reservePercent: 10 } })._unsafeUnwrap();
const receipt = JSON.parse(JSON.stringify(drawn.receipt)) as DrawReceipt;

/** The pass verifyDraw makes for `receipt` over `f`: its kept tickets and sizes. */
function recomputed(r: DrawReceipt, f: unknown) {
  const plan = planFromTask(task, { reservePercent: r.reserveRule.percent })._unsafeUnwrap();
  const p = prepare(plan, parseSeed(SEED)._unsafeUnwrap(), r.announcement.digest);
  const units = readUnits(f, p.index)._unsafeUnwrap();
  const sizes = sizesFor(plan, countUnits(units, p.strata.length))._unsafeUnwrap();
  return { pass: runPass(p, units, capacitiesOf(sizes)), sizes };
}

// biome-ignore lint/suspicious/noExplicitAny: mutations reach into the receipt like an attacker would
type Mutable = any;
const codes = (r: ReturnType<typeof verifyDraw>) => (r.isErr() ? r.error.map((i) => i.code) : ['OK']);

describe('the kept-ticket index (SmallestK.ticketIndex)', () => {
  it('finds every kept ticket at its slot and nothing else, first words shared or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer(), { minLength: 8, maxLength: 8 }), { minLength: 0, maxLength: 60 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (tickets, capacity, shareFirstWord) => {
          const k = new SmallestK(capacity);
          const offered = tickets.map((t) => Int32Array.from(shareFirstWord ? [7, ...t.slice(1)] : t));
          for (const [i, t] of offered.entries()) k.offer(t, `id-${i}`);
          const index = k.ticketIndex();
          const keptIds = new Set(k.sorted().map((c) => c.id));
          for (const [i, t] of offered.entries()) {
            const slot = index.find(t, 0);
            if (keptIds.has(`id-${i}`)) {
              expect(slot).toBeGreaterThanOrEqual(0);
              // The slot holds this ticket (an equal ticket offered twice may be found at either copy).
              const found = k.sorted().find((c) => c.id === index.ids[slot]);
              expect(Array.from(found!.words)).toEqual(Array.from(t));
            } else if (!k.sorted().some((c) => c.words.every((w, j) => w === t[j]))) {
              expect(slot).toBe(-1);
            }
          }
          const other = Int32Array.from([7, 1, 2, 3, 4, 5, 6, 7]);
          if (!k.sorted().some((c) => c.words.every((w, j) => w === other[j]))) {
            expect(index.find(other, 0)).toBe(-1);
          }
        },
      ),
    );
  });
});

describe('keptAsListed (第十九条)', () => {
  it('is taken for every genuine receipt and gives exactly the recomputed entries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 }), (nA, nB) => {
        const f = makeFrame(['A', 'B', 'C'], [nA, nB, 3]);
        const d = drawObjects({
          task,
          frame: f,
          seed: SEED,
          options: { reservePercent: 10 },
        })._unsafeUnwrap();
        const r = JSON.parse(JSON.stringify(d.receipt)) as DrawReceipt;
        const { pass, sizes } = recomputed(r, f);
        const listed = keptAsListed(r.strata as unknown as UnreadStratum[], pass.kept, sizes);
        expect(listed).toEqual(chosenOf(pass));
        // Fresh entries, not the receipt's own objects.
        if (listed?.[1]?.[0]) expect(listed[1][0]).not.toBe(r.strata[1]!.selected[0]);
      }),
    );
  });

  it('refuses every list that is not the kept tickets in ascending order', () => {
    const { pass, sizes } = recomputed(receipt, frame);
    const check = (mutate: (r: Mutable) => void) => {
      const r: Mutable = structuredClone(receipt);
      mutate(r);
      return keptAsListed(r.strata, pass.kept, sizes);
    };
    expect(check(() => {})).toBeDefined();
    const B = 1;
    const mutations: [string, (r: Mutable) => void][] = [
      ['two entries swapped', (r) => r.strata[B].selected.reverse()],
      ['an entry listed twice', (r) => (r.strata[B].selected[1] = r.strata[B].selected[0])],
      [
        'selection and reserve split elsewhere',
        (r) => r.strata[B].selected.push(r.strata[B].reserve.shift()),
      ],
      [
        'two ids swapped, tickets kept',
        (r) => {
          const s = r.strata[B].selected;
          [s[0].id, s[1].id] = [s[1].id, s[0].id];
        },
      ],
      [
        'a ticket changed in its last digit',
        (r) => (r.strata[B].selected[2].ticket = `${r.strata[B].selected[2].ticket.slice(0, 63)}0`),
      ],
      [
        'a ticket in capitals',
        (r) => (r.strata[B].reserve[0].ticket = r.strata[B].reserve[0].ticket.toUpperCase()),
      ],
      [
        // 'a' + 256 keeps the low bits of 'a': a check on the low bits alone would read it as hex.
        'a ticket with a character outside ASCII',
        (r) =>
          (r.strata[B].selected[0].ticket =
            `${String.fromCharCode(0x61 + 256)}${r.strata[B].selected[0].ticket.slice(1)}`),
      ],
      ['an entry with a third key', (r) => (r.strata[B].selected[0].note = 'x')],
      ['an id that is not a string', (r) => (r.strata[B].selected[0].id = 91410202)],
      ['an entry that is null', (r) => (r.strata[B].reserve[0] = null)],
      ['an entry missing', (r) => r.strata[B].reserve.pop()],
      ['a stratum missing', (r) => r.strata.pop()],
    ];
    for (const [what, mutate] of mutations) {
      expect(check(mutate), what).toBeUndefined();
    }
  });
});

describe('verifyDraw with the kept-ticket check (第十九条)', () => {
  it('returns fresh, frozen entries equal to the listed ones and leaves the receipt as it was', () => {
    const r = structuredClone(receipt);
    const v = verifyDraw({ receipt: r, frame })._unsafeUnwrap();
    expect(v).toEqual(drawn.receipt);
    expect(v.strata[0]!.selected[0]).not.toBe(r.strata[0]!.selected[0]);
    expect(Object.isFrozen(v.strata[0]!.selected[0])).toBe(true);
    expect(Object.isFrozen(r.strata[0]!.selected[0])).toBe(false);
    expect(r).toEqual(receipt);
  });

  it('names the difference when the lists are not the kept tickets', () => {
    const cases: [(r: Mutable) => void, string][] = [
      [
        (r) => {
          const s = r.strata[1].selected;
          [s[0].id, s[1].id] = [s[1].id, s[0].id];
        },
        'DRAW_VERIFY_SELECTION_MISMATCH',
      ],
      [(r) => r.strata[1].selected.push(r.strata[1].reserve.shift()), 'DRAW_VERIFY_SELECTION_MISMATCH'],
      [(r) => (r.strata[1].selected[1] = r.strata[1].selected[0]), 'DRAW_VERIFY_SELECTION_MISMATCH'],
    ];
    for (const [mutate, code] of cases) {
      const r: Mutable = structuredClone(receipt);
      mutate(r);
      expect(codes(verifyDraw({ receipt: r, frame })), String(mutate)).toContain(code);
    }
  });

  it('refuses a ticket with a character outside ASCII as a malformed receipt', () => {
    const r: Mutable = structuredClone(receipt);
    const e = r.strata[0].selected[0];
    e.ticket = `${e.ticket.slice(0, 10)}${String.fromCharCode(e.ticket.charCodeAt(10) + 256)}${e.ticket.slice(11)}`;
    expect(codes(verifyDraw({ receipt: r, frame }))).toEqual(['DRAW_VERIFY_RECEIPT_INVALID']);
  });

  it('reads each listed property once: what it checked is what it returns', () => {
    const r: Mutable = structuredClone(receipt);
    const real = r.strata[1].selected[0];
    let reads = 0;
    r.strata[1].selected[0] = {
      get id() {
        reads++;
        return reads === 1 ? real.id : 'changed after the check';
      },
      ticket: real.ticket,
    };
    const v = verifyDraw({ receipt: r, frame });
    expect(v.isOk()).toBe(true);
    expect(reads).toBe(1);
    expect(v._unsafeUnwrap().strata[1]!.selected[0]!.id).toBe(real.id);
  });

  it('reports a list or entry that throws when read as a malformed receipt, not as unreadable input', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const cases: [string, (r: Mutable) => void][] = [
      [
        'a ticket getter',
        (r) =>
          (r.strata[1].selected[0] = {
            id: r.strata[1].selected[0].id,
            get ticket() {
              return boom();
            },
          }),
      ],
      [
        'an id getter',
        (r) =>
          (r.strata[1].selected[0] = {
            get id() {
              return boom();
            },
            ticket: r.strata[1].selected[0].ticket,
          }),
      ],
      [
        'the last reserve ticket',
        (r) => {
          const a = r.strata[1].reserve;
          a[a.length - 1] = {
            id: a[a.length - 1].id,
            get ticket() {
              return boom();
            },
          };
        },
      ],
      ['an index getter on the list', (r) => Object.defineProperty(r.strata[1].selected, 0, { get: boom })],
      ['a list proxy', (r) => (r.strata[1].selected = new Proxy(r.strata[1].selected, { get: boom }))],
      [
        'an entry proxy without keys',
        (r) => (r.strata[1].selected[0] = new Proxy(r.strata[1].selected[0], { ownKeys: boom })),
      ],
    ];
    for (const [what, mutate] of cases) {
      const r: Mutable = structuredClone(receipt);
      mutate(r);
      expect(codes(verifyDraw({ receipt: r, frame })), what).toEqual(['DRAW_VERIFY_RECEIPT_INVALID']);
    }
  });

  it('requires the own keys of an entry to be exactly id and ticket, not any two', () => {
    const cases: [string, (e: Mutable) => unknown][] = [
      [
        'a ticket inherited, two other own keys',
        (e) => Object.assign(Object.create({ ticket: e.ticket }), { id: e.id, note: 'x' }),
      ],
      [
        'an array with hidden id and ticket',
        (e) => Object.defineProperties(['a', 'b'], { id: { value: e.id }, ticket: { value: e.ticket } }),
      ],
    ];
    for (const [what, make] of cases) {
      const r: Mutable = structuredClone(receipt);
      r.strata[1].selected[0] = make(r.strata[1].selected[0]);
      expect(codes(verifyDraw({ receipt: r, frame })), what).toEqual(['DRAW_VERIFY_RECEIPT_INVALID']);
      expect(DrawReceiptSchema.safeParse(r).success, what).toBe(false);
    }
    // The keys may come in either order.
    const r: Mutable = structuredClone(receipt);
    const e = r.strata[1].selected[0];
    r.strata[1].selected[0] = { ticket: e.ticket, id: e.id };
    expect(verifyDraw({ receipt: r, frame }).isOk()).toBe(true);
  });
});
