// 第十九条 (anyone must be able to recompute a draw): the WebAssembly accelerator only makes the draw faster. It
// computes SHA-256 exactly as the JavaScript path does, so every draw, commitment, verification and shard is the
// same with it and without it, and a platform that cannot run it draws the same receipts.
import { sha256 } from '@noble/hashes/sha2';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleSha256x4 } from '../../scripts/sha256x4-wat.js';
import { readUnits } from '../../src/draw/engine/pass.js';
import { passWithSha256x4 } from '../../src/draw/engine/pass-wasm.js';
import { SmallestK } from '../../src/draw/engine/select.js';
import {
  decodeBase64,
  SHA256X4_ARENA,
  STRATUM_RECORD_BYTES,
  setSha256x4Enabled,
  sha256x4,
  TICKET_RECORD_BYTES,
} from '../../src/draw/engine/sha256x4.js';
import { SHA256X4_WASM_BASE64 } from '../../src/draw/engine/sha256x4-module.js';
import {
  commitFrame,
  drawObjects,
  drawShard,
  mergeShards,
  shardOf,
  verifyDraw,
} from '../../src/draw/index.js';
import { TicketHasher } from '../../src/draw/protocol/ticket.js';
import { makeFrame, makeTask, SEED, uscc } from './fixtures.js';

afterEach(() => {
  setSha256x4Enabled(true);
});

/** Runs f with the accelerator on and off and returns both results as JSON. */
function bothWays<T>(f: () => T): [string, string] {
  setSha256x4Enabled(true);
  const on = JSON.stringify(f());
  setSha256x4Enabled(false);
  const off = JSON.stringify(f());
  setSha256x4Enabled(true);
  return [on, off];
}

const hex = (words: Int32Array, at: number) =>
  Array.from(words.subarray(at, at + 8), (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');

describe('the accelerator module', () => {
  it('runs on this engine, so every draw test also exercises it', () => {
    expect(sha256x4()).toBeDefined();
  });

  it('is exactly the assembled text of scripts/sha256x4-wat.ts (run `npm run gen:wasm` after editing it)', async () => {
    expect(Buffer.from(decodeBase64(SHA256X4_WASM_BASE64))).toEqual(Buffer.from(await assembleSha256x4()));
  });

  it('decodes base64 as Buffer does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
      }),
    );
  });

  it('can be switched off, and back on', () => {
    expect(setSha256x4Enabled(false)).toBe(true);
    expect(sha256x4()).toBeUndefined();
    expect(setSha256x4Enabled(true)).toBe(false);
    expect(sha256x4()).toBeDefined();
  });
});

describe('four-lane SHA-256 equals FIPS 180-4 SHA-256', () => {
  it('digest4 hashes four messages of different lengths side by side (lanes finish at different blocks)', () => {
    const acc = sha256x4()!;
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 400 }), { minLength: 4, maxLength: 4 }), (messages) => {
        const region = 512;
        acc.reserve(4 * region + 128);
        const mem = acc.bytes();
        const blocks = messages.map((m, j) => {
          const at = SHA256X4_ARENA + j * region;
          const n = Math.ceil((m.length + 9) / 64);
          mem.fill(0, at, at + 64 * n);
          mem.set(m, at);
          mem[at + m.length] = 0x80;
          const bits = m.length * 8;
          mem[at + 64 * n - 2] = bits >>> 8;
          mem[at + 64 * n - 1] = bits & 0xff;
          return n;
        });
        const out = SHA256X4_ARENA + 4 * region;
        const p = (j: number) => SHA256X4_ARENA + j * region;
        acc.digest4(p(0), p(1), p(2), p(3), blocks[0]!, blocks[1]!, blocks[2]!, blocks[3]!, out);
        const words = acc.words();
        messages.forEach((m, j) => {
          expect(hex(words, out / 4 + 8 * j)).toBe(Buffer.from(sha256(m)).toString('hex'));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('tickets returns, in leaf order, every ticket whose first word is under its stratum limit, as TicketHasher computes it', () => {
    const acc = sha256x4()!;
    const strata = ['A1', 'B', '一般风险', 'D-long-stratum-name-17'];
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(fc.record({ i: fc.nat(1_000_000), h: fc.nat(strata.length - 1) }), { maxLength: 41 }),
        fc.array(fc.nat({ max: 0xffffffff }), { minLength: strata.length, maxLength: strata.length }),
        (key, leaves, limits) => {
          const hasher = new TicketHasher(key, strata);
          const strataAt = SHA256X4_ARENA;
          const midAt = strataAt + STRATUM_RECORD_BYTES * strata.length;
          const leavesAt = midAt + 32;
          const outAt = Math.ceil((leavesAt + 22 * leaves.length + 16) / 4) * 4;
          acc.reserve(outAt + TICKET_RECORD_BYTES * leaves.length - SHA256X4_ARENA);
          const mem = acc.bytes();
          const words = acc.words();
          strata.forEach((_, h) => {
            const t = hasher.codeTemplate(h)!;
            mem.set(t.block, strataAt + STRATUM_RECORD_BYTES * h);
            words[(strataAt + STRATUM_RECORD_BYTES * h + 64) / 4] = t.offset;
            words[(strataAt + STRATUM_RECORD_BYTES * h + 68) / 4] = limits[h]!;
          });
          words.set(hasher.mid, midAt / 4);
          const ids = leaves.map((l) => uscc(l.i));
          leaves.forEach((l, k) => {
            for (let c = 0; c < 18; c++) mem[leavesAt + 22 * k + c] = ids[k]!.charCodeAt(c);
            mem.set([0, 0, 0, l.h], leavesAt + 22 * k + 18);
          });
          const n = acc.tickets(leavesAt, leaves.length, strataAt, midAt, outAt);
          const got = Array.from({ length: n }, (_, r) => {
            const at = (outAt + TICKET_RECORD_BYTES * r) / 4;
            return { k: words[at]!, ticket: hex(words, at + 1) };
          });
          const want = leaves.flatMap((l, k) => {
            const t = hasher.ticket(l.h, ids[k]!);
            return t[0]! >>> 0 <= limits[l.h]! ? [{ k, ticket: hex(t, 0) }] : [];
          });
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the draw is the same with and without the accelerator (第十九条)', () => {
  const STRATA = ['A', 'B', 'C', 'D'];
  const scenario = fc.record({
    ratios: fc.tuple(...STRATA.map(() => fc.integer({ min: 1, max: 60 }))),
    sizes: fc.tuple(...STRATA.map(() => fc.nat(900))),
    start: fc.nat(1_000_000),
    seed: fc.string({ minLength: 1, maxLength: 20 }).map((s) => `seed ${s.replace(/\s+/g, '-')}`),
  });

  it('gives the same receipts, commitments, verifications and merged shards on frames of up to 3,600 objects', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const task = makeTask(STRATA.map((id, h) => ({ id, ratio: s.ratios[h]! / 100 })));
        const frame = makeFrame(STRATA, s.sizes, s.start);
        const seed = { kind: 'committed-text' as const, text: s.seed.normalize('NFKC') };
        const [drawOn, drawOff] = bothWays(() => drawObjects({ task, frame, seed }));
        expect(drawOn).toBe(drawOff);
        const [commitOn, commitOff] = bothWays(() => commitFrame(frame));
        expect(commitOn).toBe(commitOff);
        const receipt = JSON.parse(drawOn).value.receipt;
        const [verifyOn, verifyOff] = bothWays(() => verifyDraw({ receipt, frame, task }).isOk());
        expect([verifyOn, verifyOff]).toEqual(['true', 'true']);
        const commitment = JSON.parse(commitOn).value;
        const [shardsOn, shardsOff] = bothWays(() =>
          [0, 1, 2].map((index) =>
            drawShard({
              task,
              seed,
              commitment,
              shard: { index, count: 3 },
              frame: frame.units.filter((u) => shardOf(u.id, 3)._unsafeUnwrap() === index),
            })._unsafeUnwrap(),
          ),
        );
        expect(shardsOn).toBe(shardsOff);
        const merged = mergeShards({ task, seed, commitment, shards: JSON.parse(shardsOn) });
        expect(JSON.stringify(merged._unsafeUnwrap().receipt)).toBe(
          JSON.stringify(JSON.parse(drawOn).value.receipt),
        );
      }),
      { numRuns: 25 },
    );
  });

  it('finds the same tampering: a receipt with one ticket changed fails with the same findings either way', () => {
    const task = makeTask(STRATA.map((id) => ({ id, ratio: 0.2 })));
    const frame = makeFrame(STRATA, [500, 400, 300, 200]);
    const receipt = JSON.parse(
      JSON.stringify(drawObjects({ task, frame, seed: SEED })._unsafeUnwrap().receipt),
    );
    const t = receipt.strata[1].selected[3].ticket as string;
    receipt.strata[1].selected[3].ticket = `${t.slice(0, 63)}${t.endsWith('0') ? '1' : '0'}`;
    const [on, off] = bothWays(() => verifyDraw({ receipt, frame }));
    expect(on).toBe(off);
    expect(JSON.parse(on).error.map((i: { code: string }) => i.code)).toContain(
      'DRAW_VERIFY_TICKET_MISMATCH',
    );
  });

  it('uses JavaScript alone, with the same result, when a stratum id is too long for a one-block ticket', () => {
    const long = ['a-stratum-id-of-more-than-29-bytes', 'B'];
    const task = makeTask(long.map((id) => ({ id, ratio: 0.3 })));
    const frame = makeFrame(long, [300, 200]);
    const [on, off] = bothWays(() => drawObjects({ task, frame, seed: SEED }));
    expect(on).toBe(off);
    expect(JSON.parse(on).value.selected.length).toBe(150);
  });
});

describe('when the accelerator cannot get memory', () => {
  it('does nothing and says so, so the pass runs in JavaScript instead', () => {
    const units = readUnits(makeFrame(['A'], [50]), new Map([['A', 0]]))._unsafeUnwrap();
    const refusing = { ...sha256x4()!, reserve: () => false };
    const heaps = [new SmallestK(5)];
    const bucketDigests: (Uint8Array | undefined)[] = [];
    const done = passWithSha256x4(refusing, {
      units,
      strataCount: 1,
      hasher: new TicketHasher(new Uint8Array(32), ['A']),
      heaps,
      limits: [0xffffffff],
      label: new Uint8Array([0, 0, 0, 1, 0x41]),
      inBucket: () => true,
      bucketDigests,
    });
    expect(done).toBe(false);
    expect(heaps[0]!.length).toBe(0);
    expect(bucketDigests.filter(Boolean)).toEqual([]);
  });
});
