// shuangsuiji/sql on DuckDB (@duckdb/node-api, in-process): the engine suite, and DuckDB's own pitfalls.

import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { drawObjects } from '../../src/draw/index.js';
import { verifyDrawStream } from '../../src/sql/index.js';
import { makeFrame, makeTask, SEED } from '../draw/fixtures.js';
import { startDuckDb } from './engines.js';
import { drawInEngine, engineSuite } from './suite.js';
import { verifiedOf } from './verified.js';

describe('DuckDB', () => {
  const engine = engineSuite(startDuckDb, ['window']);

  it('a case-insensitive default collation neither merges strata "A" and "a" nor reorders anything', async () => {
    const e = engine();
    const task = makeTask([
      { id: 'A', ratio: 0.5 },
      { id: 'a', ratio: 0.3 },
    ]);
    const frame = makeFrame(['A', 'a'], [9, 7]);
    await e.load('frame', frame.units);
    await e.exec("SET default_collation = 'nocase'");
    try {
      const input = { task, units: frame.units, seed: SEED };
      const r = await drawInEngine(e, input);
      const lib = drawObjects({ task, frame: frame.units, seed: SEED, announcement: r.announcement });
      expect(JSON.stringify(r.draw._unsafeUnwrap().receipt)).toBe(
        JSON.stringify(lib._unsafeUnwrap().receipt),
      );
    } finally {
      await e.exec("SET default_collation = ''");
    }
  });

  it('verifies a published receipt from a cursor over the database, sorted (one pass) or in any order', async () => {
    const task = makeTask([
      { id: 'A类-1', ratio: 0.2 },
      { id: 'B', count: 5 },
    ]);
    const frame = makeFrame(['A类-1', 'B'], [300, 40]);
    const receipt = drawObjects({ task, frame, seed: SEED })._unsafeUnwrap().receipt;
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    try {
      await c.run('CREATE TABLE frame (id VARCHAR, stratum VARCHAR)');
      const app = await c.createAppender('frame');
      for (const u of [...frame.units].reverse()) {
        app.appendVarchar(u.id);
        app.appendVarchar(u.stratum);
        app.endRow();
      }
      app.closeSync();
      async function* cursor(sql: string) {
        const result = await c.stream(sql);
        for await (const batch of result.yieldRowObjectJs()) yield* batch;
      }
      const sorted = await verifyDrawStream({
        receipt,
        units: cursor('SELECT id, stratum FROM frame ORDER BY encode(id)'),
      });
      expect(sorted._unsafeUnwrap()).toEqual(verifiedOf(receipt));
      const any = await verifyDrawStream({
        receipt,
        source: () => cursor('SELECT id, stratum FROM frame'),
        maxUnitsInMemory: 64,
      });
      expect(any._unsafeUnwrap()).toEqual(verifiedOf(receipt));
    } finally {
      c.closeSync();
      db.closeSync();
    }
  });
});
