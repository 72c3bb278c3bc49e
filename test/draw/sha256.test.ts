// The draw's own SHA-256 (compression, midstate, streaming) must equal the standard one (@noble/hashes) on
// every input, since receipts are verified elsewhere with a stock SHA-256 (第十九条 公开、公正).
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256Stream, sha256Hex, wordsToHex } from '../../src/draw/hash/sha256.js';
import { ByteWriter } from '../../src/draw/protocol/encoding.js';
import { TicketHasher, ticketPad } from '../../src/draw/protocol/ticket.js';

describe('SHA-256 fast paths agree with @noble/hashes', () => {
  it('hashes every length 0–300 of arbitrary bytes like sha256', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (m) => {
        expect(sha256Hex(m)).toBe(bytesToHex(sha256(m)));
      }),
      { numRuns: 500 },
    );
  });

  it('hashes random long messages (many blocks, block boundaries at every offset) like sha256', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2000 }), (m) => {
        expect(sha256Hex(m)).toBe(bytesToHex(sha256(m)));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees at the padding boundaries 55, 56, 63, 64, 119, 120 bytes', () => {
    for (const len of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128]) {
      const m = Uint8Array.from({ length: len }, (_, i) => (i * 37 + 11) & 0xff);
      expect(sha256Hex(m)).toBe(bytesToHex(sha256(m)));
    }
  });

  it('gives the FIPS 180-4 digest of "abc"', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('streams chunks of any split like one sha256 call', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 150 }), { maxLength: 12 }), (chunks) => {
        const s = new Sha256Stream();
        for (const c of chunks) s.update(c);
        const all = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
        let o = 0;
        for (const c of chunks) {
          all.set(c, o);
          o += c.length;
        }
        expect(wordsToHex(s.digestWords())).toBe(bytesToHex(sha256(all)));
      }),
      { numRuns: 300 },
    );
  });

  it('computes each ticket from the key midstate exactly as sha256(K ‖ P ‖ lp(stratum) ‖ lp(id))', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.tuple(fc.nat(3), fc.string({ minLength: 1, maxLength: 60 })), { maxLength: 20 }),
        (key, strata, units) => {
          const t = new TicketHasher(key, strata);
          for (const [hRaw, id] of units) {
            const h = hRaw % strata.length;
            const pre = new ByteWriter().raw(key).raw(ticketPad()).lp(strata[h]!).lp(id).toBytes();
            expect(wordsToHex(t.ticket(h, id))).toBe(bytesToHex(sha256(pre)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('computes a credit code ticket from its bytes (per-stratum block template) like sha256', () => {
    const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.tuple(fc.nat(3), fc.array(fc.nat(30), { minLength: 18, maxLength: 18 })), {
          maxLength: 20,
        }),
        (key, strata, units) => {
          const t = new TicketHasher(key, strata);
          const ids = units.map(([, v]) => v.map((x) => ALPHABET[x]).join(''));
          const codes = Uint8Array.from(ids.join(''), (c) => c.charCodeAt(0));
          units.forEach(([hRaw], u) => {
            const h = hRaw % strata.length;
            const pre = new ByteWriter().raw(key).raw(ticketPad()).lp(strata[h]!).lp(ids[u]!).toBytes();
            expect(wordsToHex(t.ticketOfCode(h, codes, 18 * u, ids, u))).toBe(bytesToHex(sha256(pre)));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
