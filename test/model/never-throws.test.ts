import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

// Every `parseX` and `checkX` the library exports, found by name so new ones are covered automatically.
const entryPoints = Object.entries(lib).filter(
  ([name, value]) => /^(parse|check)[A-Z]/.test(name) && typeof value === 'function',
) as [string, (input: unknown) => unknown][];

const isResult = (r: unknown) =>
  r !== null && typeof r === 'object' && typeof (r as { isOk?: unknown }).isOk === 'function';

describe('no public parser or checker throws on bad input', () => {
  it('finds the entry points', () => {
    const names = entryPoints.map(([n]) => n);
    for (const n of [
      'parseCatalog',
      'parseAnnualPlan',
      'parseInspectionObject',
      'parseUscc',
      'parseResidentId',
    ]) {
      expect(names).toContain(n);
    }
  });

  for (const [name, fn] of entryPoints) {
    it(`${name} returns a Result for arbitrary JSON values and strings`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (input) => {
          const r = fn(input);
          return isResult(r);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('hostile input (a throwing getter) is an issue, not an exception', () => {
    const hostile = {};
    Object.defineProperty(hostile, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = lib.parseCatalog(hostile);
    expect(r.isErr()).toBe(true);
    expect(r._unsafeUnwrapErr()[0]!.code).toBe('INPUT_UNREADABLE');
  });

  it('issues always carry a code, a severity, a path and both languages', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const r = lib.parseAnnualPlan(input);
        if (r.isOk()) return true;
        return r.error.every(
          (i) =>
            typeof i.code === 'string' &&
            /^[A-Z][A-Z0-9_]+$/.test(i.code) &&
            (i.severity === 'error' || i.severity === 'warning') &&
            Array.isArray(i.path) &&
            i.message.zh.length > 0 &&
            i.message.en.length > 0,
        );
      }),
      { numRuns: 200 },
    );
  });
});
