// 第十九条: one documented key-derivation function; every use (stage one, stage two per department, reserve,
// simulations) gets its own stream from the same published seed material under its own label.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/draw/index.js';
import { deriveKeyPreimage } from '../../src/draw/protocol/seed.js';
import { deriveKey, deriveRng } from '../helpers/untyped-draw.js';

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
    expect(bytesToHex(deriveKeyPreimage(seed, labels)._unsafeUnwrap())).toBe(bytesToHex(pre));
    expect(bytesToHex(deriveKey(seed, labels)._unsafeUnwrap())).toBe(bytesToHex(sha256(pre)));
  });

  it('separates domains: labels that concatenate alike still give different keys', () => {
    const keys = [['ab', 'c'], ['a', 'bc'], ['abc'], [], ['stage-one', 'T'], ['stage-two', 'T']].map((l) =>
      bytesToHex(deriveKey(seed, l)._unsafeUnwrap()),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('depends on the exact text of a canonical seed', () => {
    const a = parseSeed({ kind: 'committed-text', text: 'é' })._unsafeUnwrap(); // U+00E9
    const b = parseSeed({ kind: 'committed-text', text: 'é x' })._unsafeUnwrap();
    const c = parseSeed({ kind: 'lottery', text: 'é' })._unsafeUnwrap();
    const k = [a, b, c].map((s) => bytesToHex(deriveKey(s, ['x'])._unsafeUnwrap()));
    expect(new Set(k).size).toBe(3);
  });
});

describe('seed text has one canonical form, so invisible variants cannot be tried (第十九条 公正)', () => {
  const text = '福彩3D 2025056 4 7 1';
  const codes = (t: string) => {
    const r = parseSeed({ kind: 'lottery', text: t });
    return r.isErr() ? r.error.map((i) => i.code) : [];
  };

  it('accepts a canonical text with Chinese characters, ASCII digits and single spaces', () => {
    expect(codes(text)).toEqual([]);
    expect(codes('drand round 100 8990e7a9')).toEqual([]);
  });

  it.each([
    ['a trailing space', `${text} `, 'DRAW_SEED_SPACE_AT_EDGE'],
    ['a leading space', ` ${text}`, 'DRAW_SEED_SPACE_AT_EDGE'],
    ['two spaces in a row', text.replace(' ', '  '), 'DRAW_SEED_SPACE_RUN'],
    ['a zero-width space U+200B', `${text}\u200b`, 'DRAW_SEED_CONTROL_CHARACTER'],
    ['a CR LF line end', `${text}\r\n`, 'DRAW_SEED_CONTROL_CHARACTER'],
    ['a tab', text.replace(' ', '\t'), 'DRAW_SEED_CONTROL_CHARACTER'],
    ['a leading U+202D bidi override', `\u202d${text}`, 'DRAW_SEED_CONTROL_CHARACTER'],
    ['a byte-order mark', `\ufeff${text}`, 'DRAW_SEED_CONTROL_CHARACTER'],
    ['a soft hyphen U+00AD', text.replace('3D', '3\u00adD'), 'DRAW_SEED_CONTROL_CHARACTER'],
    ['a no-break space U+00A0', text.replace(' ', '\u00a0'), 'DRAW_SEED_SPACE_NOT_ASCII'],
    ['an ideographic space U+3000', text.replace(' ', '\u3000'), 'DRAW_SEED_SPACE_NOT_ASCII'],
    ['a line separator U+2028', text.replace(' ', '\u2028'), 'DRAW_SEED_SPACE_NOT_ASCII'],
    ['a full-width digit ４', text.replace('4', '４'), 'DRAW_SEED_NOT_NFKC'],
    ['full-width letters', text.replace('3D', '３Ｄ'), 'DRAW_SEED_NOT_NFKC'],
    ['a decomposed é (e + U+0301)', 'e\u0301', 'DRAW_SEED_NOT_NFKC'],
  ])('rejects %s', (_name, t, code) => {
    expect(codes(t)).toContain(code);
  });

  it('names the offending character and path, in Chinese and English', () => {
    const r = parseSeed({ kind: 'lottery', text: `${text}\u200b` });
    const issue = r._unsafeUnwrapErr()[0]!;
    expect(issue.path).toEqual(['seed', 'text']);
    expect(issue.message.en).toContain('U+200B');
    expect(issue.message.zh).toContain('U+200B');
    expect(issue.article).toBeDefined();
  });

  it('every one-character variant of a seed that changes the key is rejected or visibly different', () => {
    // Insert or append each invisible or look-alike character: the variant must be rejected.
    const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\u202a', '\u202e', '\u2066', '\r', '\n', ' '];
    for (const c of invisible) {
      for (const t of [`${text}${c}`, `${c}${text}`, text.replace(' ', ` ${c}`)]) {
        expect(parseSeed({ kind: 'lottery', text: t }).isErr()).toBe(true);
      }
    }
  });

  it('never throws, even on a hostile proxy', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    const r = parseSeed(hostile);
    expect(r.isErr()).toBe(true);
    expect(r._unsafeUnwrapErr()[0]!.code).toMatch(/^DRAW_/);
  });
});

describe('deriveRng gives independent pure-rand streams per label (第十九条)', () => {
  it('is reproducible and differs between labels', () => {
    const draw = (labels: string[]) => {
      const g = deriveRng(seed, labels)._unsafeUnwrap();
      return Array.from({ length: 8 }, () => g.next());
    };
    expect(draw(['stage-two', 'd1'])).toEqual(draw(['stage-two', 'd1']));
    expect(draw(['stage-two', 'd1'])).not.toEqual(draw(['stage-two', 'd2']));
  });
});

describe('deriveKey and deriveRng check their inputs and never throw (第十九条)', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
    },
  );

  it('refuses unreadable or malformed seeds', () => {
    expect(deriveKey(undefined, ['x']).isErr()).toBe(true);
    expect(deriveKey({ kind: 'lottery', text: 123 }, ['x'])._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_SEED_INVALID',
    );
    expect(deriveKey({ kind: 'lottery', text: '1 2 3 ' }, ['x'])._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_SEED_SPACE_AT_EDGE',
    );
    expect(deriveRng(hostile, ['x']).isErr()).toBe(true);
    expect(deriveKeyPreimage(hostile, ['x']).isErr()).toBe(true);
  });

  it('refuses labels with unpaired surrogates (x\\uD800 and x\\uDBFF would give the same key)', () => {
    for (const labels of [['x\uD800'], ['x\uDBFF'], 'stage-one', [1], hostile]) {
      const r = deriveKey(seed, labels);
      expect(r.isErr()).toBe(true);
    }
    expect(deriveKey(seed, ['x\uD800'])._unsafeUnwrapErr()[0]!.code).toBe('DRAW_LABEL_INVALID');
    expect(deriveKey(seed, ['x\uD83D\uDE00']).isOk()).toBe(true); // a paired surrogate is a real character
  });
});
