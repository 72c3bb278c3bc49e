// Stage two (第十九条, 第二十条, 第二十一条) on arbitrary inputs (fast-check, fixed seed in test/setup.ts): the
// invariants of every assignment, feasibility against an independent max-flow, determinism and input-order
// independence byte for byte, replacements that change exactly one slot, and never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { runEngine } from '../../src/match/assign.js';
import {
  type LockedAssignment,
  matchInspectors,
  replaceInspector,
  verifyAssignment,
} from '../../src/match/index.js';
import { RecusalSchema, readRecusals } from '../../src/match/recusals.js';
import { parseWith } from '../../src/model/parse.js';
import { directory, INITIATOR, inspector, lockedDraw, matchInputs, recusal } from './fixtures.js';
import { maxFlow, minimalMaxLoad } from './maxflow.js';

interface Instance {
  objects: number;
  n: number;
  minimum: number;
  maxLoad: number | undefined;
  recused: [number, number][];
  seed: string;
}

const instance: fc.Arbitrary<Instance> = fc
  .record({
    objects: fc.integer({ min: 1, max: 10 }),
    n: fc.integer({ min: 2, max: 7 }),
    minimum: fc.integer({ min: 2, max: 3 }),
    maxLoad: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    recused: fc.array(fc.tuple(fc.nat(9), fc.nat(6)), { maxLength: 25 }),
    seed: fc.stringMatching(/^[a-z0-9]{1,12}$/),
  })
  .map((x) => ({ ...x, recused: x.recused.filter(([o, i]) => o < x.objects && i < x.n) }));

const id = (i: number) => `${INITIATOR}-i${String(i + 1).padStart(2, '0')}`;

function inputsOf(x: Instance) {
  const base = matchInputs(x.objects, x.n, {
    minimum: x.minimum,
    ...(x.maxLoad !== undefined ? { maxLoad: x.maxLoad } : {}),
  });
  const ids = base.draw.selected.map((s) => s.id);
  const pairs = [...new Set(x.recused.map(([o, i]) => `${o}:${i}`))].map((k) => k.split(':').map(Number));
  return {
    ...base,
    recusals: pairs.map(([o, i]) => recusal(id(i!), ids[o!]!)) as never[],
    seed: { kind: 'committed-text', text: x.seed, source: '区局官网承诺' } as const,
  };
}

function eligibility(x: Instance, objectIds: readonly string[]): boolean[][] {
  const r = new Set(x.recused.map(([o, i]) => `${objectIds[o]}:${i}`));
  return objectIds.map((o) => Array.from({ length: x.n }, (_, i) => !r.has(`${o}:${i}`)));
}

function checkInvariants(a: LockedAssignment, x: Instance, inputs: ReturnType<typeof inputsOf>) {
  const recused = new Set(
    inputs.recusals.map((r: { inspectorId: string; objectId: string }) => `${r.objectId}:${r.inspectorId}`),
  );
  const load = new Map<string, number>();
  for (const o of a.objects) {
    expect(o.inspectorIds).toHaveLength(x.minimum);
    expect(new Set(o.inspectorIds).size).toBe(x.minimum);
    for (const i of o.inspectorIds) {
      expect(recused.has(`${o.objectId}:${i}`)).toBe(false);
      expect(i.startsWith(`${INITIATOR}-i`)).toBe(true);
      load.set(i, (load.get(i) ?? 0) + 1);
    }
    expect(o.inspectorIds).toContain(o.leaderId);
  }
  if (x.maxLoad !== undefined) for (const l of load.values()) expect(l).toBeLessThanOrEqual(x.maxLoad);
}

describe('feasibility: the matcher finds an assignment exactly when a max-flow check says one exists', () => {
  it('agrees with Edmonds–Karp, and the load bound is the smallest possible maximum load', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const inputs = inputsOf(x);
        const objectIds = [...inputs.draw.selected.map((s) => s.id)].sort();
        const el = eligibility(x, objectIds);
        const cap = x.maxLoad ?? x.objects;
        const feasible = maxFlow(el, x.minimum, cap) === x.objects * x.minimum;
        const r = matchInspectors(inputs as never);
        expect(r.isOk()).toBe(feasible);
        if (r.isErr()) {
          expect(
            r.error.every((i) => ['MATCH_OBJECT_SHORT', 'MATCH_LOAD_CAP_INFEASIBLE'].includes(i.code)),
          ).toBe(true);
          return;
        }
        checkInvariants(r.value, x, inputs);
        const best = minimalMaxLoad(el, x.minimum, cap)!;
        expect(r.value.receipt.load.bound).toBe(best);
        expect(r.value.receipt.load.max).toBe(best);
        if (x.recused.length === 0 && (x.maxLoad === undefined || x.maxLoad >= best)) {
          expect(r.value.receipt.load.max - r.value.receipt.load.min).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('determinism and input-order independence (第十九条 公正)', () => {
  it('shuffled directory and recusal list give the same receipt byte for byte', () => {
    fc.assert(
      fc.property(instance, fc.integer(), (x, salt) => {
        const inputs = inputsOf(x);
        const r1 = matchInspectors(inputs as never);
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((v, k) => ({ v, k: (Math.imul(k + 1, 2654435761) ^ salt) >>> 0 }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.v);
        const shuffled = {
          ...inputs,
          directory: { ...inputs.directory, inspectors: shuffle(inputs.directory.inspectors) },
          recusals: shuffle(inputs.recusals),
        };
        const r2 = matchInspectors(shuffled as never);
        expect(r2.isOk()).toBe(r1.isOk());
        if (r1.isOk())
          expect(JSON.stringify(r2._unsafeUnwrap().receipt)).toBe(JSON.stringify(r1.value.receipt));
        else expect(r2._unsafeUnwrapErr()).toEqual(r1.error);
      }),
      { numRuns: 150 },
    );
  });
});

describe('第十九条 ¶3: a replacement changes exactly one slot and keeps every invariant', () => {
  it('replaces with the next eligible inspector, appends one event, leaves the input untouched, and verifies', () => {
    fc.assert(
      fc.property(instance, fc.nat(), fc.nat(), (x, pickObject, pickSlot) => {
        const inputs = inputsOf(x);
        const r = matchInspectors(inputs as never);
        if (r.isErr()) return;
        const a = r.value;
        const before = JSON.stringify(a);
        const object = a.objects[pickObject % a.objects.length]!;
        const out = object.inspectorIds[pickSlot % object.inspectorIds.length]!;
        const next = replaceInspector(a, {
          objectId: object.objectId,
          inspectorId: out,
          reason: '工作冲突',
          approvedBy: `${INITIATOR}-head`,
          approvedOn: '2025-03-05',
        });
        expect(JSON.stringify(a)).toBe(before);
        if (next.isErr()) {
          expect(next.error[0]!.code).toBe('MATCH_NO_REPLACEMENT');
          return;
        }
        const b = next.value;
        expect(b.events).toHaveLength(1);
        let changedSlots = 0;
        b.objects.forEach((o, k) => {
          o.inspectorIds.forEach((v, s) => {
            if (v !== a.objects[k]!.inspectorIds[s]) changedSlots++;
          });
        });
        expect(changedSlots).toBe(1);
        const changed = b.objects.find((o) => o.objectId === object.objectId)!;
        expect(changed.inspectorIds).not.toContain(out);
        expect(changed.inspectorIds).toContain(b.events[0]!.inInspectorId);
        checkInvariants(b, x, inputs);
        expect(
          verifyAssignment({ ...inputs, receipt: JSON.parse(JSON.stringify(b.receipt)) } as never).isOk(),
        ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('never throws', () => {
  it('returns findings for arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, y) => {
        for (const f of [
          () => matchInspectors(x as never),
          () => matchInspectors({ ...matchInputs(2, 2), [String(y)]: x } as never),
          () => matchInspectors({ ...matchInputs(2, 2), seed: x } as never),
          () => replaceInspector(x as never, y as never),
          () => verifyAssignment(x as never),
          () => verifyAssignment({ ...matchInputs(2, 2), receipt: x, announcement: y } as never),
        ]) {
          const r = f();
          expect(r.isErr() || r.isOk()).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a hostile input (throwing getter) is a finding', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(matchInspectors(hostile as never)._unsafeUnwrapErr()[0]!.code).toMatch(/UNREADABLE/);
    expect(verifyAssignment(hostile as never).isErr()).toBe(true);
    expect(verifyAssignment({ ...matchInputs(2, 2), receipt: hostile } as never).isErr()).toBe(true);
  });

  it('uses inspectors unknown to the fixture helpers too (directory with only extra entries)', () => {
    const inputs = matchInputs(2, 0);
    const r = matchInspectors({
      ...inputs,
      directory: directory(0, INITIATOR, [inspector('张三'), inspector('李四'), inspector('𠀀王五')]),
    } as never);
    expect(r._unsafeUnwrap().receipt.pool.inspectors).toBe(3);
    expect(lockedDraw(2).selected).toHaveLength(2);
  });
});

describe('the repair is what makes the draw complete (a greedy draw paints itself into corners)', () => {
  it('on tight instances the greedy step alone leaves objects short at the optimal bound; the repair fills them', () => {
    let cornered = 0;
    let tight = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 3, max: 6 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(5)), { minLength: 3, maxLength: 20 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (N, n, pairs, key) => {
          const objects = Array.from({ length: N }, (_, o) => `o${o}`);
          const ids = Array.from({ length: n }, (_, i) => `i${i}`);
          const recused = new Map<string, Set<number>>();
          for (const [o, i] of pairs) {
            if (o >= N || i >= n) continue;
            recused.set(objects[o]!, (recused.get(objects[o]!) ?? new Set()).add(i));
          }
          if (objects.some((o) => n - (recused.get(o)?.size ?? 0) < 2)) return;
          const pool = { ids, index: new Map(ids.map((d, k) => [d, k])), excluded: {} as never, recused };
          const full = runEngine({ key, pool, objects, minimum: 2, maxLoad: undefined, leaders: false });
          expect(full.short).toEqual([]);
          if (full.bound !== Math.ceil((2 * N) / n)) return;
          tight++;
          const greedy = runEngine({
            key,
            pool,
            objects,
            minimum: 2,
            maxLoad: undefined,
            leaders: false,
            repair: false,
          });
          if (greedy.short.length > 0) cornered++;
        },
      ),
      { numRuns: 400 },
    );
    expect(tight).toBeGreaterThan(50);
    expect(cornered).toBeGreaterThan(0);
  });
});

describe('the direct reader of recusals reads exactly what RecusalSchema reads', () => {
  it('agrees with the schema on arbitrary records (value or findings)', () => {
    const field = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const record = fc.record(
      {
        inspectorId: field(fc.oneof(fc.constantFrom('lt-amr-i01', ' x', 'a b', ''), fc.string())),
        objectId: field(fc.oneof(fc.constant('91410202000000001W'), fc.string({ maxLength: 140 }))),
        reason: field(fc.constantFrom('近亲属', '利害关系', '曾任职或持股', '其他', '别的')),
        note: field(fc.oneof(fc.constantFrom(' 说明 ', '  ', '配偶持股'), fc.integer())),
        declaredOn: field(fc.constantFrom('2025-02-25', '2025-02-30', '25-2-2')),
        declaredBy: field(fc.constantFrom('inspector', 'object', 'other')),
        extra: field(fc.constant(1)),
      },
      { requiredKeys: [] },
    );
    const valid = fc.record(
      {
        inspectorId: fc.constantFrom('lt-amr-i01', 'lt-amr-i02'),
        objectId: fc.constant('91410202000000001W'),
        reason: fc.constantFrom('近亲属', '其他'),
        note: fc.constantFrom(' 配偶持股 ', '说明'),
        declaredOn: fc.constant('2025-02-25'),
        declaredBy: fc.constantFrom('inspector', 'object'),
      },
      { requiredKeys: ['inspectorId', 'objectId', 'reason', 'note', 'declaredOn'] },
    );
    let oks = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(record, valid), { maxLength: 4 }), (list) => {
        const direct = readRecusals(list);
        const schema = parseWith(z.array(RecusalSchema), list, '第十九条');
        expect(direct.isOk()).toBe(schema.isOk());
        if (direct.isOk()) {
          oks += list.length > 0 ? 1 : 0;
          expect(direct.value).toEqual(schema._unsafeUnwrap());
        } else
          expect(direct.error.map((i) => i.path.slice(1))).toEqual(
            schema._unsafeUnwrapErr().map((i) => i.path),
          );
      }),
      { numRuns: 400 },
    );
    expect(oks).toBeGreaterThan(20);
  });
});
