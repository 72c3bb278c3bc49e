// The lifecycle's persistent collections (src/records/persistent.ts) behave like the arrays and maps they stand
// for, and never change a value an operation was given: checked against plain models (fast-check, fixed seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  append,
  emptyList,
  emptyMap,
  emptyVec,
  listItems,
  mapGet,
  mapSet,
  type PMap,
  type PVec,
  vecFrom,
  vecGet,
  vecItems,
  vecPush,
  vecSet,
} from '../../src/records/persistent.js';

type VecOp = { push: number } | { set: [number, number] };

describe('vector (append and update by index)', () => {
  it('agrees with an array after any pushes and sets, and every earlier version stays as it was', () => {
    const op = fc.oneof(
      fc.integer().map((push): VecOp => ({ push })),
      fc.tuple(fc.nat(), fc.integer()).map((set): VecOp => ({ set })),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 1200 }), (ops) => {
        const versions: [PVec<number>, number[]][] = [[emptyVec, []]];
        for (const o of ops) {
          const [v, model] = versions.at(-1)!;
          if ('push' in o) versions.push([vecPush(v, o.push), [...model, o.push]]);
          else if (model.length > 0) {
            const k = o.set[0] % model.length;
            versions.push([vecSet(v, k, o.set[1]), model.map((x, j) => (j === k ? o.set[1] : x))]);
          }
        }
        for (const [v, model] of versions) {
          expect(v.size).toBe(model.length);
          expect(vecItems(v)).toEqual(model);
          if (model.length > 0) expect(vecGet(v, model.length - 1)).toBe(model.at(-1));
        }
        expect(vecGet(versions.at(-1)![0], -1)).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('holds 40,000 items across three trie levels', () => {
    const n = 40_000;
    const v = vecFrom(Array.from({ length: n }, (_, k) => k));
    const w = vecSet(v, 33_000, -1);
    expect(vecGet(v, 33_000)).toBe(33_000);
    expect(vecGet(w, 33_000)).toBe(-1);
    expect(vecItems(w).filter((x, k) => x !== k)).toEqual([-1]);
  });
});

describe('map (lookup by id)', () => {
  it('agrees with a Map after any sets, and every earlier version stays as it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer()), { maxLength: 400 }),
        (ops) => {
          const versions: [PMap<number>, Map<string, number>][] = [[emptyMap, new Map()]];
          for (const [k, x] of ops) {
            const [m, model] = versions.at(-1)!;
            versions.push([mapSet(m, k, x), new Map(model).set(k, x)]);
          }
          for (const [m, model] of versions) {
            expect(m.size).toBe(model.size);
            for (const [k, x] of model) expect(mapGet(m, k)).toBe(x);
            for (const [k] of ops) if (!model.has(k)) expect(mapGet(m, k)).toBeUndefined();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps keys whose 32-bit hashes are equal apart', () => {
    // FNV-1a("k32728") = FNV-1a("k261234") = 2462319294.
    const a = mapSet(emptyMap as PMap<number>, 'k32728', 1);
    const b = mapSet(a, 'k261234', 2);
    const c = mapSet(b, 'k32728', 3);
    expect([mapGet(a, 'k32728'), mapGet(a, 'k261234')]).toEqual([1, undefined]);
    expect([mapGet(b, 'k32728'), mapGet(b, 'k261234'), b.size]).toEqual([1, 2, 2]);
    expect([mapGet(c, 'k32728'), mapGet(c, 'k261234'), c.size]).toEqual([3, 2, 2]);
  });
});

describe('list (append only)', () => {
  it('lists its items oldest first; appending leaves the shorter list as it was', () => {
    const one = append(emptyList as typeof emptyList, 'a' as never);
    const two = append(one, 'b' as never);
    expect(listItems(one)).toEqual(['a']);
    expect(listItems(two)).toEqual(['a', 'b']);
    expect(two.head).toBe('b');
  });
});
