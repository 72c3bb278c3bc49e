// Nothing public throws. Every function exported from the package root (enumerated at run time, so a new module
// is covered the day it is exported) and every method of the default calendar is called with arbitrary values
// (fast-check `anything`) and with hostile ones: a proxy whose traps throw, a null-prototype object, a value whose
// toString throws, a symbol, a lone surrogate. Data from outside gets a Result or findings, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

const boom = () => {
  throw new Error('hostile input');
};

/** A proxy whose every trap throws: reading, listing, testing or describing any field fails. */
const throwingProxy = new Proxy(
  {},
  {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    set: boom,
    defineProperty: boom,
    deleteProperty: boom,
  },
);

/** Every field exists and is itself hostile, however deep a reader goes. */
function deepHostile(): object {
  return new Proxy(
    {},
    {
      get: (_t, key) => (key === 'then' ? undefined : key === Symbol.iterator ? boom : deepHostile()),
      has: () => true,
      ownKeys: boom,
    },
  );
}

const nullPrototype = Object.assign(Object.create(null), { id: 'x', kind: 'lottery', text: 'x' });
const throwingToString = {
  toString: boom,
  valueOf: boom,
  [Symbol.toPrimitive]: boom,
};
const loneSurrogate = '\uD800';

const hostile: [string, unknown][] = [
  ['a proxy whose traps throw', throwingProxy],
  ['a proxy with hostile fields at every depth', deepHostile()],
  ['a null-prototype object', nullPrototype],
  ['an object whose toString and valueOf throw', throwingToString],
  ['a symbol', Symbol('hostile')],
  ['a lone surrogate', loneSurrogate],
  ['a string with a lone surrogate inside', `ab${loneSurrogate}cd`],
  ['an array holding a throwing proxy', [throwingProxy]],
  ['a function', boom],
  ['a bigint', 10n],
  ['NaN', Number.NaN],
  ['null', null],
  ['undefined', undefined],
];

/** The input-object keys of the public operations, each given the hostile value. */
const INPUT_KEYS = [
  'task',
  'frame',
  'seed',
  'commitment',
  'announcement',
  'options',
  'receipt',
  'directory',
  'catalog',
  'kind',
  'trigger',
  'actionDate',
  'shard',
  'shards',
  'units',
  'strata',
];
const asInputObject = (value: unknown) => Object.fromEntries(INPUT_KEYS.map((k) => [k, value]));

type AnyFunction = (...args: unknown[]) => unknown;

function publicFunctions(): [string, AnyFunction][] {
  const fns = Object.entries(root as Record<string, unknown>).filter(
    (e): e is [string, AnyFunction] => typeof e[1] === 'function',
  );
  const calendar = root.getDefaultCnCalendar();
  const methods = Object.entries(calendar as unknown as Record<string, unknown>)
    .filter((e): e is [string, AnyFunction] => typeof e[1] === 'function')
    .map(([k, f]): [string, AnyFunction] => [`getDefaultCnCalendar().${k}`, f.bind(calendar) as AnyFunction]);
  return [...fns, ...methods];
}

/** Calls `f`; a returned promise is awaited. Resolves to the thrown error, or undefined. */
async function thrownBy(f: AnyFunction, args: unknown[]): Promise<unknown> {
  try {
    const r = f(...args);
    if (r instanceof Promise) await r;
    return undefined;
  } catch (e) {
    return e ?? 'a falsy exception';
  }
}

const functions = publicFunctions();

describe('no public function throws (fuzz of the whole public surface)', () => {
  it('enumerates the public functions (a new export is covered without editing this test)', () => {
    expect(functions.length).toBeGreaterThan(50);
    for (const name of ['parseAnnualPlan', 'drawObjects', 'verifyDraw', 'deadline', 'validateUscc']) {
      expect(functions.map(([n]) => n)).toContain(name);
    }
  });

  for (const [name, f] of functions) {
    it(`${name}: hostile values in every argument position, alone and as input-object fields`, async () => {
      for (const [what, value] of hostile) {
        const calls: unknown[][] = [[value], [value, value], [value, value, value], [asInputObject(value)]];
        for (const args of calls) {
          const thrown = await thrownBy(f, args);
          expect(thrown, `${name} threw on ${what} (${args.length} argument(s)): ${String(thrown)}`).toBe(
            undefined,
          );
        }
      }
    });

    it(`${name}: arbitrary values (fast-check anything)`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.anything({ withNullPrototype: true, withBigInt: true, withSparseArray: true }), {
            maxLength: 3,
          }),
          async (args) => (await thrownBy(f, args)) === undefined,
        ),
        { numRuns: 40 },
      );
    });
  }
});
