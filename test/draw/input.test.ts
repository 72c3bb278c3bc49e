// Bad input is a RuleIssue and nothing is drawn (第十五条 strata and ratios, 第十八条 the directory, 第十九条 the
// seed); no public function throws. stratify puts each object in the first matching stratum (第十五条).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInspectionObject, parseObjectDirectory } from '../../src/model/index.js';
import { commitFrame, drawObjects, stratify } from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED, uscc } from './fixtures.js';

const task = makeTask([
  { id: 'A', ratio: 0.1 },
  { id: 'B', ratio: 0.5 },
]);
const frame = makeFrame(['A', 'B'], [10, 4]);
const codes = (r: ReturnType<typeof drawObjects>) => (r.isErr() ? r.error.map((i) => i.code) : ['OK']);

describe('bad input is a finding and nothing is drawn', () => {
  it('refuses a duplicate credit code (第十八条)', () => {
    const f = { ...frame, units: [...frame.units, { ...frame.units[0]!, stratum: 'B' }] };
    expect(codes(drawObjects({ task, frame: f, seed: SEED }))).toEqual(['DRAW_DUPLICATE_ID']);
  });

  it('names every later occurrence of a duplicate at its input position, findings in input order (第十八条)', () => {
    const [a, b, c] = frame.units;
    const units = [
      a!,
      { id: 'X', stratum: 'A' },
      b!,
      { ...a!, stratum: 'B' },
      c!,
      a!,
      { id: uscc(999), stratum: 'Z' },
      b!,
    ];
    const r = drawObjects({ task, frame: { ...frame, units }, seed: SEED })._unsafeUnwrapErr();
    expect(r.map((i) => [i.code, i.path])).toEqual([
      ['USCC_LENGTH', ['frame', 'units', 1, 'id']],
      ['DRAW_DUPLICATE_ID', ['frame', 'units', 3, 'id']],
      ['DRAW_DUPLICATE_ID', ['frame', 'units', 5, 'id']],
      ['DRAW_UNKNOWN_STRATUM', ['frame', 'units', 6, 'stratum']],
      ['DRAW_DUPLICATE_ID', ['frame', 'units', 7, 'id']],
    ]);
    expect(r[1]!.message.en).toBe(`Credit code ${a!.id} appears twice`);
  });

  it('refuses a stratum the ratio table does not have (第十五条)', () => {
    const f = { ...frame, units: [...frame.units, { id: uscc(999), stratum: 'Z' }] };
    const r = drawObjects({ task, frame: f, seed: SEED });
    expect(codes(r)).toEqual(['DRAW_UNKNOWN_STRATUM']);
    expect(r._unsafeUnwrapErr()[0]!.article).toBe('第十五条');
  });

  it('refuses a ratio out of (0, 1] (第十五条)', () => {
    for (const ratio of [0, -0.1, 1.5, Number.NaN]) {
      const t = makeTask([{ id: 'A', ratio }]);
      const c = codes(drawObjects({ task: t, frame: makeFrame(['A'], [3]), seed: SEED }));
      expect(c.length).toBeGreaterThan(0);
      expect(c).not.toContain('OK');
      if (!Number.isNaN(ratio)) expect(c).toContain('DRAW_RATIO_OUT_OF_RANGE');
    }
  });

  it('refuses a duplicated stratum id in the ratio table', () => {
    const t = makeTask([
      { id: 'A', ratio: 0.1 },
      { id: 'A', ratio: 0.2 },
    ]);
    expect(codes(drawObjects({ task: t, frame: makeFrame(['A'], [3]), seed: SEED }))).toEqual([
      'DRAW_DUPLICATE_STRATUM',
    ]);
  });

  it('refuses an empty or white-space seed and never takes a number (第十九条)', () => {
    for (const text of ['', '   ', '\n\t']) {
      expect(codes(drawObjects({ task, frame, seed: { kind: 'lottery', text } }))).toEqual([
        'DRAW_SEED_EMPTY',
      ]);
    }
    expect(codes(drawObjects({ task, frame, seed: 42 }))).toEqual(['DRAW_SEED_INVALID']);
    expect(codes(drawObjects({ task, frame, seed: { kind: 'dice', text: '4' } }))).toEqual([
      'DRAW_SEED_INVALID',
    ]);
    expect(codes(drawObjects({ task, frame, seed: { kind: 'lottery', text: 'a\uD800' } }))).toEqual([
      'DRAW_TEXT_NOT_UNICODE',
    ]);
  });

  it('refuses an invalid credit code with the GB 32100 finding', () => {
    const bad = `${uscc(5).slice(0, 17)}${uscc(5)[17] === '0' ? '1' : '0'}`;
    const f = { ...frame, units: [...frame.units, { id: bad, stratum: 'A' }] };
    const r = drawObjects({ task, frame: f, seed: SEED });
    expect(codes(r)).toEqual(['USCC_CHECK_CHARACTER']);
    expect(r._unsafeUnwrapErr()[0]!.path).toEqual(['frame', 'units', 14, 'id']);
  });

  it('refuses a total below the fixed counts', () => {
    const t = makeTask(
      [
        { id: 'A', count: 3 },
        { id: 'B', ratio: 0.5 },
      ],
      { total: 2 },
    );
    expect(codes(drawObjects({ task: t, frame, seed: SEED }))).toEqual(['DRAW_TOTAL_BELOW_FIXED_COUNTS']);
  });

  it('refuses a bad reserve percentage', () => {
    expect(codes(drawObjects({ task, frame, seed: SEED, options: { reservePercent: 101 } }))).toEqual([
      'DRAW_OPTIONS_INVALID',
    ]);
  });

  it('never throws, whatever the input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    for (const x of [undefined, null, 1, 'x', [], {}, hostile]) {
      expect(() => drawObjects(x as never)).not.toThrow();
      expect(() => drawObjects({ task, frame: x, seed: SEED })).not.toThrow();
      expect(() => drawObjects({ task, frame: { units: [x] }, seed: SEED })).not.toThrow();
      expect(() => commitFrame(x)).not.toThrow();
      expect(drawObjects({ task, frame: { units: [x] }, seed: SEED }).isErr()).toBe(true);
    }
  });

  it('leaves its inputs untouched', () => {
    const t = structuredClone(task);
    const f = structuredClone(frame);
    drawObjects({ task: t, frame: f, seed: SEED });
    expect(t).toEqual(task);
    expect(f).toEqual(frame);
  });
});

describe('stratify puts each object in the first matching stratum (第十五条)', () => {
  const object = (
    i: number,
    creditClass: string,
    risk: Partial<{ keyArea: boolean; complaintCount: number; seriousViolation: boolean }> = {},
  ) => ({
    id: uscc(i),
    name: `企业${i}`,
    regionCode: '410202',
    industry: '餐饮业',
    objectTypes: ['食品经营者'],
    creditClass,
    risk: { keyArea: false, complaintCount: 0, seriousViolation: false, ...risk },
    supervisingDepartments: ['lt-amr'],
  });
  const table = {
    source: '龙亭区2025年度计划附件',
    strata: [
      { id: 'serious', label: '严重违法', match: { seriousViolation: true }, ratio: 1 },
      { id: 'complaints', label: '投诉较多', match: { minComplaints: 3 }, ratio: 0.5 },
      { id: 'A', label: 'A类', match: { creditClasses: ['A'] }, ratio: 0.01 },
      { id: 'BCD', label: 'B–D类', match: { creditClasses: ['B', 'C', 'D'] }, ratio: 0.1 },
    ],
  };

  it('assigns risk strata before credit classes, in table order', () => {
    const objs = [
      object(4, 'A', { seriousViolation: true, complaintCount: 5 }),
      object(3, 'A', { complaintCount: 3 }),
      object(2, 'A', { complaintCount: 2 }),
      object(1, 'C'),
    ];
    const f = stratify(objs, table)._unsafeUnwrap();
    expect(f.strata).toEqual(['serious', 'complaints', 'A', 'BCD']);
    expect(f.units).toEqual([
      { id: uscc(1), stratum: 'BCD' },
      { id: uscc(2), stratum: 'A' },
      { id: uscc(3), stratum: 'complaints' },
      { id: uscc(4), stratum: 'serious' },
    ]);
    expect(Object.isFrozen(f.units)).toBe(true);
  });

  it('reports an object that matches no stratum, and duplicates', () => {
    const narrow = { ...table, strata: table.strata.slice(0, 3) };
    const r = stratify([object(1, 'C'), object(2, 'A'), object(2, 'A')], narrow);
    expect(r._unsafeUnwrapErr().map((i) => i.code)).toEqual([
      'DRAW_NO_MATCHING_STRATUM',
      'DRAW_DUPLICATE_ID',
    ]);
  });

  it('reports an invalid credit code in an object', () => {
    const o = { ...object(1, 'A'), id: '91410202MA0000000X' };
    expect(stratify([o], table).isErr()).toBe(true);
  });

  describe('a directory parsed once at ingestion is stratified without parsing its objects again', () => {
    const objs = Array.from({ length: 40 }, (_, i) =>
      object(40 - i, 'ABCD'[i % 4]!, { complaintCount: i % 5, seriousViolation: i % 13 === 0 }),
    );
    const directory = (objects: unknown[]) =>
      parseObjectDirectory({
        id: 'lt-objects',
        departmentId: 'lt-amr',
        asOf: '2025-03-01',
        objects,
      })._unsafeUnwrap();

    it('gives exactly the frame of the raw objects', () => {
      const parsed = directory(objs).objects;
      expect(stratify(parsed, table)._unsafeUnwrap()).toEqual(stratify(objs, table)._unsafeUnwrap());
    });

    it('still finds duplicates and objects of no stratum, in input order', () => {
      const narrow = { ...table, strata: table.strata.slice(0, 3) };
      const parsed = directory([object(1, 'C'), object(2, 'A'), object(2, 'A'), object(3, 'D')]).objects;
      expect(
        stratify(parsed, narrow)
          ._unsafeUnwrapErr()
          .map((i) => [i.code, i.path]),
      ).toEqual([
        ['DRAW_NO_MATCHING_STRATUM', ['objects', 0]],
        ['DRAW_DUPLICATE_ID', ['objects', 2, 'id']],
        ['DRAW_NO_MATCHING_STRATUM', ['objects', 3]],
      ]);
    });

    it('is a frozen snapshot: no object of it, nor anything in one, can be changed', () => {
      const parsed = directory(objs).objects;
      const unfrozen: string[] = [];
      const walk = (v: unknown, path: string) => {
        if (typeof v !== 'object' || v === null) return;
        if (!Object.isFrozen(v)) unfrozen.push(path);
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      };
      walk(parsed, 'objects');
      expect(unfrozen).toEqual([]);
      expect(() => {
        (parsed[3] as { id: string }).id = '91410202MA0000000X';
      }).toThrow(TypeError);
      expect(() => {
        (parsed[3]!.risk as { complaintCount: number }).complaintCount = 9;
      }).toThrow(TypeError);
    });

    it('parses again an object of parseInspectionObject whose credit code was changed after parsing, and reports it', () => {
      const parsed = objs.map((o) => parseInspectionObject(o)._unsafeUnwrap());
      expect(stratify(parsed, table)._unsafeUnwrap()).toEqual(stratify(objs, table)._unsafeUnwrap());
      (parsed[3] as { id: string }).id = '91410202MA0000000X';
      const r = stratify(parsed, table)._unsafeUnwrapErr();
      expect(r[0]!.path.slice(0, 3)).toEqual(['objects', 3, 'id']);
    });

    it('parses an object that only inherits from a parsed one, or a parsed one whose flags were changed to what the schema refuses', () => {
      const parsed = objs.map((o) => parseInspectionObject(o)._unsafeUnwrap());
      const heir = Object.create(parsed[0]!, {
        creditClass: { value: 'Z', enumerable: true },
        risk: {
          value: { keyArea: false, complaintCount: 'lots', seriousViolation: false },
          enumerable: true,
        },
      });
      const fromHeir = stratify([heir, ...parsed.slice(1)], table)._unsafeUnwrapErr();
      expect(fromHeir.map((i) => i.path.slice(0, 3))).toContainEqual(['objects', 0, 'creditClass']);
      (parsed[2]!.risk as { complaintCount: unknown }).complaintCount = -1;
      const changed = stratify(parsed, table)._unsafeUnwrapErr();
      expect(changed.map((i) => i.path)).toContainEqual(['objects', 2, 'risk', 'complaintCount']);
    });

    it("stratifies a subset of a parsed directory (a task's scope) like the same raw objects", () => {
      const parsed = directory(objs).objects;
      const scope = parsed.filter((o) => o.creditClass !== 'B');
      expect(stratify(scope, table)._unsafeUnwrap()).toEqual(
        stratify(
          objs.filter((o) => o.creditClass !== 'B'),
          table,
        )._unsafeUnwrap(),
      );
    });

    it('gives what the raw objects give, frame or findings, for any directory and table (property)', () => {
      const cls = fc.constantFrom('A', 'B', 'C', 'D');
      const rawObject = fc
        .record({
          n: fc.integer({ min: 1, max: 30 }),
          creditClass: cls,
          keyArea: fc.boolean(),
          complaintCount: fc.oneof(
            fc.integer({ min: 0, max: 6 }),
            fc.constantFrom(2 ** 52, Number.MAX_SAFE_INTEGER),
          ),
          seriousViolation: fc.boolean(),
        })
        .map(({ n, creditClass, ...risk }) => object(n, creditClass, risk));
      const rule = fc.record(
        {
          creditClasses: fc.uniqueArray(cls, { minLength: 1, maxLength: 4 }),
          keyArea: fc.boolean(),
          minComplaints: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constant(2 ** 52)),
          seriousViolation: fc.boolean(),
        },
        { requiredKeys: [] },
      );
      const tableOf = (matches: object[]) => ({
        source: 'property',
        strata: matches.map((match, h) => ({ id: `s${h}`, label: `s${h}`, match, ratio: 0.5 })),
      });
      fc.assert(
        fc.property(
          fc.array(rawObject, { maxLength: 40 }),
          fc.array(rule, { minLength: 1, maxLength: 5 }),
          (raw, matches) => {
            const t = tableOf(matches);
            const fromRaw = stratify(raw, t);
            const fromParsed = stratify(directory(raw).objects, t);
            expect(fromParsed.isOk()).toBe(fromRaw.isOk());
            expect(fromParsed.isOk() ? fromParsed.value : fromParsed.error).toEqual(
              fromRaw.isOk() ? fromRaw.value : fromRaw.error,
            );
          },
        ),
        { numRuns: 300 },
      );
    });

    it('parses a mix of parsed and raw objects as before', () => {
      const parsed = directory(objs.slice(1)).objects;
      const bad = { ...objs[0]!, regionCode: '41' };
      expect(stratify([bad, ...parsed], table).isErr()).toBe(true);
      expect(stratify([objs[0], ...parsed], table)._unsafeUnwrap()).toEqual(
        stratify(objs, table)._unsafeUnwrap(),
      );
    });
  });

  it('gives a frame the draw accepts', () => {
    const f = stratify(
      Array.from({ length: 30 }, (_, i) => object(i + 1, 'ABCD'[i % 4]!, { complaintCount: i % 7 })),
      table,
    )._unsafeUnwrap();
    const t = makeTask([{ id: 'x', ratio: 0.1 }]);
    (t.sampling.ratioTable as unknown) = table;
    const d = drawObjects({ task: t, frame: f, seed: SEED })._unsafeUnwrap();
    expect(d.strata.map((s) => s.N).reduce((a, b) => a + b)).toBe(30);
    expect(d.strata.find((s) => s.id === 'serious')!.random).toBe(false);
  });
});
