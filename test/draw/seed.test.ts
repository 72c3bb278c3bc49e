// 第十九条: one documented key-derivation function; every use (stage one, stage two per department, reserve,
// simulations) gets its own stream from the same published seed material under its own label.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import { deriveKey, deriveKeyPreimage, deriveRng, parseSeed } from '../../src/draw/index.js';

const seed = parseSeed({
  kind: 'beacon',
  text: 'drand 8990e7a9aaed2ffed73dbd7092123d6f289930540d7651336225dc172e51b2ce round 100',
})._unsafeUnwrap();

function lp(s: string): number[] {
  const b = utf8ToBytes(s);
  return [(b.length >>> 24) & 255, (b.length >>> 16) & 255, (b.length >>> 8) & 255, b.length & 255, ...b];
}

describe('deriveKey (第十九条)', () => {
  it('is SHA-256 of the length-prefixed label, kind, text and labels, as documented', () => {
    const labels = ['stage-two', 'LT-2025-001', 'lt-health'];
    const pre = Uint8Array.from([
      ...lp('shuangsuiji/derive-key/v1'),
      ...lp('beacon'),
      ...lp(seed.text),
      0,
      0,
      0,
      3,
      ...labels.flatMap(lp),
    ]);
    expect(bytesToHex(deriveKeyPreimage(seed, labels))).toBe(bytesToHex(pre));
    expect(bytesToHex(deriveKey(seed, labels))).toBe(bytesToHex(sha256(pre)));
  });

  it('separates domains: labels that concatenate alike still give different keys', () => {
    const keys = [['ab', 'c'], ['a', 'bc'], ['abc'], [], ['stage-one', 'T'], ['stage-two', 'T']].map((l) =>
      bytesToHex(deriveKey(seed, l)),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('depends on the exact text: no trimming, no normalisation', () => {
    const a = parseSeed({ kind: 'committed-text', text: 'é' })._unsafeUnwrap(); // U+00E9
    const b = parseSeed({ kind: 'committed-text', text: 'e\u0301' })._unsafeUnwrap(); // e + combining acute
    const c = parseSeed({ kind: 'committed-text', text: 'é ' })._unsafeUnwrap();
    const k = [a, b, c].map((s) => bytesToHex(deriveKey(s, ['x'])));
    expect(new Set(k).size).toBe(3);
  });
});

describe('deriveRng gives independent pure-rand streams per label (第十九条)', () => {
  it('is reproducible and differs between labels', () => {
    const draw = (labels: string[]) => {
      const g = deriveRng(seed, labels);
      return Array.from({ length: 8 }, () => g.next());
    };
    expect(draw(['stage-two', 'd1'])).toEqual(draw(['stage-two', 'd1']));
    expect(draw(['stage-two', 'd1'])).not.toEqual(draw(['stage-two', 'd2']));
  });
});
