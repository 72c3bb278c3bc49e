// The engine suite of shuangsuiji/sql, run against each real engine (duckdb.test.ts, postgres.test.ts,
// pglite.test.ts): the database's draw must be the library's draw, byte for byte (第十九条).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../src/model/uscc.js';
import {
  drawSql,
  frameCommitmentSql,
  readCommitmentRows,
  readDrawRows,
  type SqlStatement,
} from '../../src/sql/index.js';
import { makeFrame, makeTask, SEED, type StratumSpec, uscc } from '../draw/fixtures.js';
import { announceDraw, drawObjects } from '../helpers/untyped-draw.js';
import type { Engine, Unit } from './engines.js';

const goldenDir = fileURLToPath(new URL('../draw/golden/', import.meta.url));
const goldens = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${goldenDir}/${f}`, 'utf8')));

const withCheck = (first17: string) => first17 + usccCheckCharacter(first17);
const json = (x: unknown) => JSON.parse(JSON.stringify(x));
const SOURCE = { table: 'frame' };

/** What a platform does: commit the frame in SQL, announce, then draw in SQL once the seed is out. */
export async function drawInEngine(
  engine: Engine,
  input: {
    task: unknown;
    units: readonly Unit[];
    seed: typeof SEED | Record<string, unknown>;
    options?: unknown;
  },
  source: { table: string | string[]; idColumn?: string; stratumColumn?: string } = SOURCE,
  ranking?: 'window' | 'lateral',
) {
  const strata = (input.task as ReturnType<typeof makeTask>).sampling.ratioTable.strata.map((s) => s.id);
  const commitSql = frameCommitmentSql({ dialect: engine.dialect, source, strata })._unsafeUnwrap();
  const commitment = readCommitmentRows({ strata, rows: await engine.run(commitSql) })._unsafeUnwrap();
  const seed = input.seed as { kind: string; source?: string };
  const announcement = announceDraw({
    task: input.task,
    commitment,
    seed: { kind: seed.kind, source: seed.source },
    options: input.options,
  })._unsafeUnwrap();
  const statement = drawSql({
    dialect: engine.dialect,
    source,
    announcement,
    seed: input.seed as typeof SEED,
    ...(ranking ? { ranking } : {}),
  })._unsafeUnwrap();
  const rows = await engine.run(statement);
  return {
    commitment,
    announcement,
    statement,
    rows,
    draw: readDrawRows({ announcement, seed: input.seed as typeof SEED, rows }),
  };
}

/** The library's receipt for the same inputs and announcement. */
function libraryReceipt(
  input: { task: unknown; units: readonly Unit[]; seed: unknown; options?: unknown },
  announcement: unknown,
) {
  return json(
    drawObjects({
      task: input.task,
      frame: input.units,
      seed: input.seed,
      announcement,
      options: input.options,
    })._unsafeUnwrap().receipt,
  );
}

export function engineSuite(start: () => Promise<Engine>, rankings: readonly ('window' | 'lateral')[]) {
  let engine: Engine;
  beforeAll(async () => {
    engine = await start();
  }, 120_000);
  afterAll(async () => {
    await engine?.stop();
  });

  describe('golden vectors: the database gives the pinned receipt byte for byte', () => {
    for (const g of goldens) {
      for (const ranking of rankings) {
        it(`${g.name} (${ranking})`, async () => {
          await engine.load('frame', g.input.frame.units);
          const strata = g.input.frame.strata as string[];
          const c = frameCommitmentSql({ dialect: engine.dialect, source: SOURCE, strata })._unsafeUnwrap();
          expect(readCommitmentRows({ strata, rows: await engine.run(c) })._unsafeUnwrap()).toEqual(
            g.receipt.frame,
          );
          const statement = drawSql({
            dialect: engine.dialect,
            source: SOURCE,
            announcement: g.receipt.announcement,
            seed: g.input.seed,
            ranking,
          })._unsafeUnwrap();
          const rows = await engine.run(statement);
          const d = readDrawRows({
            announcement: g.receipt.announcement,
            seed: g.input.seed,
            rows,
          })._unsafeUnwrap();
          expect(JSON.stringify(d.receipt)).toBe(JSON.stringify(g.receipt));
          expect(Object.isFrozen(d.receipt.strata[0]!.selected)).toBe(true);
        });
      }
    }
  });

  it('multi-byte stratum ids (A类-1 is 6 bytes, 4 characters) and one over 29 bytes give the library draw', async () => {
    const specs: StratumSpec[] = [
      { id: 'A类-1', ratio: 0.3 },
      { id: 'B类-2', count: 4 },
      { id: '重点监管领域（食品、药品、特种设备）', ratio: 0.5 },
    ];
    const task = makeTask(specs);
    const frame = makeFrame(
      specs.map((s) => s.id),
      [17, 9, 11],
    );
    const input = { task, units: frame.units, seed: SEED };
    for (const ranking of rankings) {
      await engine.load('frame', frame.units);
      const r = await drawInEngine(engine, input, SOURCE, ranking);
      expect(json(r.draw._unsafeUnwrap().receipt)).toEqual(libraryReceipt(input, r.announcement));
    }
  });

  it('an empty stratum draws nothing and a total table allocates by largest remainder, as the library does', async () => {
    const specs: StratumSpec[] = [
      { id: 'A', ratio: 0.1 },
      { id: 'B', ratio: 0.2 },
      { id: 'C', ratio: 0.5 },
      { id: 'D', count: 2 },
    ];
    const task = makeTask(specs, { total: 12 });
    const frame = makeFrame(['A', 'B', 'C', 'D'], [30, 0, 9, 5]);
    const input = { task, units: frame.units, seed: SEED, options: { reservePercent: 50 } };
    await engine.load('frame', frame.units);
    const r = await drawInEngine(engine, input);
    const receipt = json(r.draw._unsafeUnwrap().receipt);
    expect(receipt).toEqual(libraryReceipt(input, r.announcement));
    expect(receipt.strata[1]).toMatchObject({ N: 0, n: 0, cutoff: null, selected: [], reserve: [] });
    expect(receipt.strata[0].allocation.rule).toBe('largest-remainder');
  });

  it('reads a schema-qualified table with other column names, quoting every identifier', async () => {
    const task = makeTask([{ id: 'A', ratio: 0.5 }]);
    const frame = makeFrame(['A'], [7]);
    const table = '"抽查 ""底册"""."对象 名录"';
    await engine.exec('CREATE SCHEMA IF NOT EXISTS "抽查 ""底册"""');
    await engine.exec(`DROP TABLE IF EXISTS ${table}`);
    await engine.exec(`CREATE TABLE ${table} ("统一社会信用代码" text, "分层" text)`);
    for (const u of frame.units) {
      await engine.run({
        dialect: engine.dialect,
        text: `INSERT INTO ${table} VALUES ($1, $2)`,
        values: [u.id, u.stratum],
      } as SqlStatement);
    }
    const input = { task, units: frame.units, seed: SEED };
    const r = await drawInEngine(engine, input, {
      table: ['抽查 "底册"', '对象 名录'],
      idColumn: '统一社会信用代码',
      stratumColumn: '分层',
    });
    expect(json(r.draw._unsafeUnwrap().receipt)).toEqual(libraryReceipt(input, r.announcement));
  });

  it('refuses a frame changed after the announcement (a row added): SQL_FRAME_MISMATCH and SQL_COUNT_MISMATCH', async () => {
    const task = makeTask([{ id: 'A', ratio: 0.5 }]);
    const frame = makeFrame(['A'], [6]);
    await engine.load('frame', frame.units);
    const input = { task, units: frame.units, seed: SEED };
    const r = await drawInEngine(engine, input);
    expect(r.draw.isOk()).toBe(true);
    await engine.load('frame', [...frame.units, { id: uscc(99), stratum: 'A' }]);
    const rows = await engine.run(r.statement);
    const d = readDrawRows({ announcement: r.announcement, seed: SEED, rows });
    expect(d._unsafeUnwrapErr().map((i) => i.code)).toEqual(['SQL_COUNT_MISMATCH', 'SQL_FRAME_MISMATCH']);
  });

  it('refuses a frame with an invalid code, an unknown stratum and a duplicate: SQL_FRAME_UNITS_INVALID', async () => {
    const frame = makeFrame(['A'], [3]);
    const bad = [
      ...frame.units,
      { id: '91410202000000001X', stratum: 'A' }, // wrong check character
      { id: withCheck('91A10202000000001'), stratum: 'A' }, // a letter in the region code
      { id: '91410202000000001w', stratum: 'A' }, // lower case
      { id: '9141020200000000I1', stratum: 'A' }, // I is not in the alphabet
      { id: '类类类类类类', stratum: 'A' }, // 18 bytes, 6 characters
      { id: '9141020200000000', stratum: 'A' }, // too short
      { id: uscc(50), stratum: 'Z' },
      { id: frame.units[0]!.id, stratum: 'A' },
    ];
    await engine.load('frame', bad);
    const c = frameCommitmentSql({ dialect: engine.dialect, source: SOURCE, strata: ['A'] })._unsafeUnwrap();
    const issues = readCommitmentRows({ strata: ['A'], rows: await engine.run(c) })._unsafeUnwrapErr();
    expect(issues.map((i) => i.code)).toEqual(Array(3).fill('SQL_FRAME_UNITS_INVALID'));
    expect(issues.map((i) => i.message.en).join(' ')).toMatch(/6 rows.*valid.*1 rows.*outside.*1 repeated/);
  });

  it('property: on random frames, ratios, fixed counts and totals the database draw is the library draw', async () => {
    const alphabet = ['A', 'B', 'Ä', '类', 'x y', '\u{1F600}', 'A类-1'];
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(14), { minLength: 3, maxLength: 3 }),
        // 1–9: a ratio of tenths; 10–12: a fixed count of 1–3.
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        async (strata, sizes, rules, start, reservePercent, withTotal) => {
          const specs = strata.map((id, h) =>
            rules[h]! <= 9 ? { id, ratio: rules[h]! / 10 } : { id, count: rules[h]! - 9 },
          );
          const N = sizes.slice(0, strata.length);
          const sum = N.reduce((x, y) => x + y, 0);
          // The whole frame as the total always leaves every fixed count and one seat per class.
          const task = makeTask(specs, withTotal && sum > 0 ? { total: sum } : {});
          const frame = makeFrame(strata, N, start);
          const input = { task, units: frame.units, seed: SEED, options: { reservePercent } };
          await engine.load('frame', frame.units);
          const r = await drawInEngine(engine, input, SOURCE, rankings[start % rankings.length]);
          expect(json(r.draw._unsafeUnwrap().receipt)).toEqual(libraryReceipt(input, r.announcement));
        },
      ),
      { numRuns: 10 },
    );
  });

  return () => engine;
}
