// The JSON conventions of docs/verification.md (“The documents and their JSON”), held by both verifiers: an
// integral JSON number is that integer whatever its spelling (4, 4.0, 4e0), and a digest is lowercase hex only.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyDraw } from '../../src/draw/index.js';

const text = readFileSync(new URL('./golden/v2-total-largest-remainder.json', import.meta.url), 'utf8');
const script = new URL('./golden/verify_receipt.py', import.meta.url).pathname;
const python = spawnSync('python3', ['--version']).status === 0;
const required = process.env.CI === 'true';
const py = (doc: string, extra: string[] = []) =>
  spawnSync('python3', [script, '-', ...extra], { input: doc, encoding: 'utf8' }).status;

// The same receipt with its integers spelled 9.0, 5e1 and 2.00.
const respelled = text
  .replaceAll('"total": 9', '"total": 9.0')
  .replaceAll('"percent": 50', '"percent": 5e1')
  .replaceAll('"reservePercent": 50', '"reservePercent": 50.0')
  .replace('"count": 2', '"count": 2.00');

describe('JSON conventions shared by verifyDraw and verify_receipt.py', () => {
  it('the respelled document differs as text', () => {
    expect(respelled).not.toBe(text);
    expect(respelled).toContain('"total": 9.0');
  });

  it('an integral number is that integer, however it is written', () => {
    const g = JSON.parse(respelled);
    expect(verifyDraw({ receipt: g.receipt, frame: g.input.frame }).isOk()).toBe(true);
  });

  it('a published digest is lowercase hex: upper case is refused, not folded', () => {
    const g = JSON.parse(text);
    const upper = g.receipt.announcement.digest.toUpperCase();
    expect(
      verifyDraw({ receipt: g.receipt, frame: g.input.frame, announcement: upper })._unsafeUnwrapErr()[0]!
        .code,
    ).toBe('DRAW_ANNOUNCEMENT_INVALID');
  });

  it.skipIf(!python && !required)('the Python verifier agrees on both', () => {
    const g = JSON.parse(text);
    expect(py(respelled)).toBe(0);
    expect(py(text, ['--announcement', g.receipt.announcement.digest])).toBe(0);
    expect(py(text, ['--announcement', g.receipt.announcement.digest.toUpperCase()])).toBe(1);
  });
});
