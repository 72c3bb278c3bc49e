import { describe, expect, it } from 'vitest';
import * as calendar from '../src/calendar/index.js';
import * as draw from '../src/draw/index.js';
import * as root from '../src/index.js';
import * as match from '../src/match/index.js';
import * as model from '../src/model/index.js';
import * as plan from '../src/plan/index.js';
import * as records from '../src/records/index.js';

describe('public surface', () => {
  const subpaths = { model, plan, draw, match, calendar, records };
  for (const [name, mod] of Object.entries(subpaths)) {
    it(`everything exported from shuangsuiji/${name} is also exported from the root, as the same value`, () => {
      for (const [key, value] of Object.entries(mod)) {
        expect(root, `${name}.${key}`).toHaveProperty(key);
        expect((root as Record<string, unknown>)[key]).toBe(value);
      }
    });
  }
});
