// shuangsuiji/sql on PGlite (PostgreSQL compiled to WebAssembly, in-process): the engine suite.
import { describe } from 'vitest';
import { startPglite } from './engines.js';
import { engineSuite } from './suite.js';

describe('PGlite', () => {
  engineSuite(startPglite, ['lateral', 'window']);
});
