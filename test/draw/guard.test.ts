// No public draw function throws (第十九条), and an exception is reported for what it is: the caller's input that
// cannot be read (DRAW_INPUT_UNREADABLE, the caller's to fix) or a defect of the library (DRAW_INTERNAL_ERROR,
// with the exception's message, to report) — a library bug is never blamed on the input.
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { guarded, guardedAsync, readable } from '../../src/draw/guard.js';
import { parseSeed, verifyDraw } from '../../src/draw/index.js';
import { commitFrame, drawObjects, drawObjectsStream } from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

const boom = (): never => {
  throw new Error('boom');
};
const task = makeTask([
  { id: 'A', ratio: 0.5 },
  { id: 'B', count: 1 },
]);
const frame = makeFrame(['A', 'B'], [4, 2]);

function codes(r: { isErr(): boolean; error?: unknown }): string[] {
  return r.isErr() ? (r as { error: { code: string }[] }).error.map((i) => i.code) : [];
}

describe('an input the library cannot read is DRAW_INPUT_UNREADABLE', () => {
  const hostile: [string, () => unknown][] = [
    ['a proxy whose every read throws', () => new Proxy({}, { get: boom })],
    ['a proxy whose keys cannot be listed', () => new Proxy({ a: 1 }, { ownKeys: boom })],
    [
      'a revoked proxy',
      () => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      },
    ],
    ['a throwing getter', () => Object.defineProperty({}, 'units', { get: boom, enumerable: true })],
    ['a throwing toString', () => ({ toString: boom })],
  ];

  it.each(hostile)('%s cannot be read', (_what, make) => {
    expect(readable(make())).toBe(false);
    expect(readable({ deep: [{ deeper: make() }] })).toBe(false);
  });

  it('plain data, cycles and null-prototype objects can be read', () => {
    const cyclic: Record<string, unknown> = { a: [1, 'x', null] };
    cyclic.self = cyclic;
    expect(readable(cyclic)).toBe(true);
    expect(readable(Object.create(null))).toBe(true);
    expect(readable({ task, frame, seed: SEED })).toBe(true);
    expect(readable(Symbol('s'))).toBe(true);
  });

  it('reports a throwing getter in the task, the frame or the seed as unreadable input', () => {
    const getter = (o: object, key: string) =>
      Object.defineProperty({ ...o }, key, { get: boom, enumerable: true });
    // The task is read by the model's parser, whose code for the same case is INPUT_UNREADABLE.
    expect(codes(drawObjects({ task: getter(task, 'sampling'), frame, seed: SEED }))).toEqual([
      'INPUT_UNREADABLE',
    ]);
    // A frame or entry that cannot be read is an invalid frame entry, reported where it is.
    expect(codes(drawObjects({ task, frame: getter(frame, 'units'), seed: SEED }))).toEqual([
      'DRAW_UNIT_INVALID',
    ]);
    expect(codes(drawObjects(new Proxy({ task, frame, seed: SEED }, { get: boom }) as never))).toEqual([
      'DRAW_INPUT_UNREADABLE',
    ]);
    expect(codes(parseSeed(new Proxy({}, { get: boom })))).toEqual(['DRAW_INPUT_UNREADABLE']);
  });

  it('reports an object of a stream whose fields throw as an invalid entry, at its place in the stream', async () => {
    const units = [...frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
    const commitment = commitFrame(frame)._unsafeUnwrap();
    const getter = {
      stratum: units[1]!.stratum,
      get id(): string {
        return boom();
      },
    };
    const r = await drawObjectsStream({
      task,
      commitment,
      units: [units[0], getter, ...units.slice(2)],
      seed: SEED,
    });
    expect(r._unsafeUnwrapErr().map((i) => [i.code, i.path])).toEqual([
      ['DRAW_UNIT_INVALID', ['units', 1, 'stratum']],
    ]);
    // A proxy fails already when the stream hands it over (awaiting it reads `then`): the stream failed there.
    const proxy = new Proxy(units[1]!, { get: boom });
    const p = await drawObjectsStream({
      task,
      commitment,
      units: [units[0], proxy, ...units.slice(2)],
      seed: SEED,
    });
    expect(p._unsafeUnwrapErr().map((i) => [i.code, i.path])).toEqual([['DRAW_STREAM_FAILED', ['units', 1]]]);
  });
});

describe('an exception the input did not cause is DRAW_INTERNAL_ERROR, a library defect, with its message', () => {
  it('names the defect and keeps the message when the input is plain data', () => {
    const f = guarded((_x: unknown) => {
      const list: number[] = [];
      return ok(list[0]!.toFixed());
    });
    const issue = f({ a: 1 })._unsafeUnwrapErr()[0]!;
    expect(issue.code).toBe('DRAW_INTERNAL_ERROR');
    expect(issue.severity).toBe('error');
    expect(issue.message.en).toMatch(
      /^Internal error of the library \(a defect.*TypeError: Cannot read properties of undefined/,
    );
    expect(issue.message.zh).toContain('缺陷');
    expect(issue.message.zh).toContain('TypeError');
  });

  it('in the async operations too', async () => {
    const f = guardedAsync(async (_x: unknown) => {
      await Promise.resolve();
      throw new RangeError('index out of range in the engine');
    });
    const issue = (await f([1, 2, 3]))._unsafeUnwrapErr()[0]!;
    expect(issue.code).toBe('DRAW_INTERNAL_ERROR');
    expect(issue.message.en).toContain('RangeError: index out of range in the engine');
  });

  it('still says unreadable when the input also cannot be read (the input is the likelier cause)', () => {
    const f = guarded((_x: unknown) => err([]) as never);
    const g = guarded((x: unknown) => {
      if (x) throw new Error('library bug');
      return ok(1);
    });
    expect(f({}).isErr()).toBe(true);
    expect(codes(g(new Proxy({}, { get: boom })))).toEqual(['DRAW_INPUT_UNREADABLE']);
    expect(codes(g({ plain: true }))).toEqual(['DRAW_INTERNAL_ERROR']);
  });

  it('a thrown non-Error value is printed as text', () => {
    const f = guarded((_x: unknown) => {
      throw 42;
    });
    expect(f(1)._unsafeUnwrapErr()[0]!.message.en).toContain(': 42');
  });

  it('a readable receipt that is malformed is still a finding about the receipt, not a defect', () => {
    expect(codes(verifyDraw({ receipt: { format: 'x' }, frame: frame }))).not.toContain(
      'DRAW_INTERNAL_ERROR',
    );
  });
});
