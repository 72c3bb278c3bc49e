// Writing the draw as SQL (第十九条): caller values only ever travel as bind parameters, identifiers are quoted,
// protocol constants are the spec's, and bad input is a coded finding, never an exception.
import { describe, expect, it } from 'vitest';
import { drawSql, frameCommitmentSql } from '../../src/sql/index.js';
import { makeFrame, makeTask, SEED } from '../draw/fixtures.js';
import { announceDraw, drawObjects } from '../helpers/untyped-draw.js';

const task = makeTask([
  { id: "A类'; DROP TABLE x; --", ratio: 0.5 },
  { id: 'B', count: 2 },
]);
const strata = ["A类'; DROP TABLE x; --", 'B'];
const frame = makeFrame(strata, [8, 3]);
const announcement = announceDraw({
  task,
  frame,
  seed: { kind: SEED.kind, source: SEED.source },
  // A reserve (备选), as a jurisdiction whose rules allow substitution asks for: its rows are drawn and bound too.
  options: { reservePercent: 10 },
})._unsafeUnwrap();
const receipt = drawObjects({
  task,
  frame,
  seed: SEED,
  announcement,
  options: { reservePercent: 10 },
})._unsafeUnwrap().receipt;

describe('drawSql', () => {
  for (const dialect of ['postgresql', 'duckdb'] as const) {
    it(`${dialect}: binds the key, each stratum id and its n + reserve; none of them is in the text`, () => {
      const s = drawSql({ dialect, source: { table: 'frame' }, announcement, seed: SEED })._unsafeUnwrap();
      expect(s.values).toEqual([receipt.derivation.key, strata[0], 5, 'B', 3]);
      expect(s.text).not.toContain(receipt.derivation.key);
      expect(s.text).not.toContain('DROP');
      expect(s.text).toContain('$5');
      expect(Object.isFrozen(s) && Object.isFrozen(s.values)).toBe(true);
    });
  }

  it('quotes the table (each part of a qualified name) and the columns as identifiers', () => {
    const s = drawSql({
      dialect: 'postgresql',
      source: { table: ['my schema', 'fra"me'], idColumn: 'Code', stratumColumn: 'x.y' },
      announcement,
      seed: SEED,
    })._unsafeUnwrap();
    expect(s.text).toContain('FROM "my schema"."fra""me" AS "f"');
    expect(s.text).toContain('"f"."Code"');
    expect(s.text).toContain('"f"."x.y"');
  });

  it('PostgreSQL ranks with LATERAL … LIMIT by default, DuckDB with row_number; either can be asked for', () => {
    const pg = drawSql({
      dialect: 'postgresql',
      source: { table: 't' },
      announcement,
      seed: SEED,
    })._unsafeUnwrap();
    const duck = drawSql({
      dialect: 'duckdb',
      source: { table: 't' },
      announcement,
      seed: SEED,
    })._unsafeUnwrap();
    expect(pg.text).toContain('LATERAL');
    expect(duck.text).not.toContain('LATERAL');
    const w = drawSql({
      dialect: 'postgresql',
      source: { table: 't' },
      announcement,
      seed: SEED,
      ranking: 'window',
    });
    expect(w._unsafeUnwrap().text).not.toContain('LATERAL');
  });

  it('orders and compares bytes, never text under a collation', () => {
    const pg = drawSql({
      dialect: 'postgresql',
      source: { table: 't' },
      announcement,
      seed: SEED,
    })._unsafeUnwrap();
    expect(pg.text).toContain('COLLATE "C"');
    expect(pg.text).toContain('convert_to("t"."id", \'UTF8\')');
    expect(pg.text).toContain('int4send');
    const duck = drawSql({
      dialect: 'duckdb',
      source: { table: 't' },
      announcement,
      seed: SEED,
    })._unsafeUnwrap();
    expect(duck.text).toContain('(encode("s"."sid") = encode("r"."stratum"))');
  });

  it('refuses a seed other than the announced one before writing anything', () => {
    const r = drawSql({
      dialect: 'duckdb',
      source: { table: 't' },
      announcement,
      seed: { ...SEED, source: '另一期' },
    });
    expect(r._unsafeUnwrapErr().map((i) => i.code)).toEqual(['DRAW_ANNOUNCEMENT_MISMATCH']);
  });

  it('refuses an unknown dialect, an empty or too long identifier and unknown fields (SQL_INPUT_INVALID)', () => {
    const base = { source: { table: 't' }, announcement, seed: SEED };
    const bad = [
      { ...base, dialect: 'mysql' },
      { ...base, dialect: 'duckdb', source: { table: '' } },
      { ...base, dialect: 'postgresql', source: { table: '表'.repeat(22) } },
      { ...base, dialect: 'duckdb', source: { table: 't', idColumn: 'a\u0000b' } },
      { ...base, dialect: 'duckdb', extra: 1 },
    ];
    for (const input of bad) {
      const issues = drawSql(input as never)._unsafeUnwrapErr();
      expect(issues.map((i) => i.code)).toEqual(['SQL_INPUT_INVALID']);
      expect(issues[0]!.message.zh.length).toBeGreaterThan(0);
      expect(issues[0]!.article).toBe('第十九条');
    }
  });

  it('never throws on hostile input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(drawSql(hostile as never).isErr()).toBe(true);
    expect(drawSql(null as never).isErr()).toBe(true);
    expect(frameCommitmentSql(undefined as never).isErr()).toBe(true);
  });
});

describe('frameCommitmentSql', () => {
  it('binds the stratum ids in table order and writes the protocol labels as constants', () => {
    const s = frameCommitmentSql({ dialect: 'postgresql', source: { table: 't' }, strata })._unsafeUnwrap();
    expect(s.values).toEqual(strata);
    // lp("shuangsuiji/frame-bucket/v2") and lp("shuangsuiji/frame/v2")
    expect(s.text).toContain('0000001b736875616e677375696a692f6672616d652d6275636b65742f7632');
    expect(s.text).toContain('00000014736875616e677375696a692f6672616d652f7632');
  });

  it('refuses empty, repeated or NUL stratum ids', () => {
    for (const bad of [[], ['A', 'A'], ['A\u0000']]) {
      const r = frameCommitmentSql({ dialect: 'duckdb', source: { table: 't' }, strata: bad });
      expect(r._unsafeUnwrapErr()[0]!.code).toBe('SQL_INPUT_INVALID');
    }
  });
});
