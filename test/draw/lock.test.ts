// 第十九条 ¶3: 抽取的检查对象名单一经锁定不可更改 — a LockedDraw is deeply frozen; every attempt to change it fails.
import { describe, expect, it } from 'vitest';
import { drawObjects, type LockedDraw } from '../../src/draw/index.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

const d = drawObjects({
  task: makeTask([
    { id: 'A', ratio: 0.2 },
    { id: 'B', count: 2 },
  ]),
  frame: makeFrame(['A', 'B'], [20, 5]),
  seed: SEED,
  options: { reservePercent: 10 }, // a reserve, where local rules allow one: frozen like the rest
})._unsafeUnwrap();

function everyObject(x: unknown, out: object[] = []): object[] {
  if (x !== null && typeof x === 'object') {
    out.push(x);
    for (const v of Object.values(x)) everyObject(v, out);
  }
  return out;
}

describe('a locked draw cannot be changed (第十九条)', () => {
  it('is frozen all the way down', () => {
    const all = everyObject(d);
    expect(all.length).toBeGreaterThan(30);
    for (const o of all) expect(Object.isFrozen(o)).toBe(true);
  });

  it('throws in strict mode on every attempt to edit it, and stays the same', () => {
    const before = JSON.stringify(d);
    // biome-ignore lint/suspicious/noExplicitAny: the test deliberately tries to write into frozen values
    const m = d as unknown as { -readonly [K in keyof LockedDraw]: any };
    expect(() => {
      m.selected[0].id = 'X';
    }).toThrow(TypeError);
    expect(() => {
      m.selected.push({ id: 'X' });
    }).toThrow(TypeError);
    expect(() => {
      m.selected.splice(0, 1);
    }).toThrow(TypeError);
    expect(() => {
      m.receipt.strata[0].selected[0] = { id: 'X', ticket: '0' };
    }).toThrow(TypeError);
    expect(() => {
      m.receipt.seed.text = 'other';
    }).toThrow(TypeError);
    expect(() => {
      m.strata[0].n = 99;
    }).toThrow(TypeError);
    expect(() => {
      delete m.receipt.frame;
    }).toThrow(TypeError);
    expect(() => {
      m.reserve.sort();
    }).toThrow(TypeError);
    expect(JSON.stringify(d)).toBe(before);
  });

  it('survives a JSON round trip as plain data', () => {
    expect(JSON.parse(JSON.stringify(d.receipt))).toEqual(d.receipt);
  });
});
