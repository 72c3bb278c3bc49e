// shuangsuiji/sql on DuckDB (@duckdb/node-api, in-process): the engine suite, and DuckDB's own pitfalls.
import { describe, expect, it } from 'vitest';
import { drawObjects } from '../../src/draw/index.js';
import { makeFrame, makeTask, SEED } from '../draw/fixtures.js';
import { startDuckDb } from './engines.js';
import { drawInEngine, engineSuite } from './suite.js';

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
});
