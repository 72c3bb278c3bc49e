// shuangsuiji/sql on DuckDB (@duckdb/node-api, in-process): the engine suite, and DuckDB's own pitfalls.
import { describe } from 'vitest';
import { startDuckDb } from './engines.js';
import { engineSuite } from './suite.js';

describe('DuckDB', () => {
  engineSuite(startDuckDb, ['window']);
});
