// 复核 without the frame in memory (第十九条): a published receipt verified against a frame streamed in
// ascending code order (one pass) or in any order from a re-readable source (several passes, a bounded group of
// buckets at a time). Any difference is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyDrawStream } from '../../src/sql/index.js';
import { makeFrame, makeTask, SEED, uscc } from '../draw/fixtures.js';
import { announceDraw, drawObjects } from '../helpers/untyped-draw.js';
import { verifiedOf } from './verified.js';

const dir = fileURLToPath(new URL('../draw/golden/', import.meta.url));
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
type U = { id: string; stratum: string };
const ascending = (units: readonly U[]) => [...units].sort((a, b) => (a.id < b.id ? -1 : 1));
async function* slowly(units: readonly U[]) {
  for (const u of units) yield await Promise.resolve(u);
}

const task = makeTask([
  { id: 'A类-1', ratio: 0.3 },
  { id: 'B', count: 3 },
]);
const frame = makeFrame(['A类-1', 'B'], [40, 9]);
const announcement = announceDraw({
  task,
  frame,
  seed: { kind: SEED.kind, source: SEED.source },
  // A reserve (备选), as a jurisdiction whose rules allow substitution asks for: its rows are drawn and bound too.
  options: { reservePercent: 10 },
})._unsafeUnwrap();
const receipt = JSON.parse(
  JSON.stringify(
    drawObjects({ task, frame, seed: SEED, announcement, options: { reservePercent: 10 } })._unsafeUnwrap()
      .receipt,
  ),
);
const shuffled = [...frame.units].reverse();

describe('第十九条 verifyDrawStream: a published draw verified from a streamed frame', () => {
  for (const g of goldens) {
    it(`${g.name}: verifies from an ascending stream and from any order`, async () => {
      const units = g.input.frame.units as U[];
      const one = await verifyDrawStream({ receipt: g.receipt, units: slowly(ascending(units)) });
      expect(one._unsafeUnwrap()).toEqual(verifiedOf(g.receipt));
      const any = await verifyDrawStream({
        receipt: g.receipt,
        source: () => [...units].reverse(),
        maxUnitsInMemory: 2,
      });
      expect(any._unsafeUnwrap()).toEqual(verifiedOf(g.receipt));
    });
  }

  it('holds at most maxUnitsInMemory objects per group, a whole bucket at least, and reads the source once per group', async () => {
    let reads = 0;
    const source = () => {
      reads++;
      return slowly(shuffled);
    };
    expect((await verifyDrawStream({ receipt, source, maxUnitsInMemory: 10 })).isOk()).toBe(true);
    expect(reads).toBeGreaterThan(5);
    reads = 0;
    expect((await verifyDrawStream({ receipt, source })).isOk()).toBe(true);
    expect(reads).toBe(2);
  });

  it('checks the published announcement digest', async () => {
    const ok = await verifyDrawStream({
      receipt,
      units: ascending(frame.units),
      announcement: announcement.digest,
    });
    expect(ok.isOk()).toBe(true);
    const bad = await verifyDrawStream({
      receipt,
      units: ascending(frame.units),
      announcement: 'a'.repeat(64),
    });
    expect(bad._unsafeUnwrapErr().map((i) => i.code)).toEqual(['DRAW_VERIFY_ANNOUNCEMENT_MISMATCH']);
  });

  it('refuses a receipt with another object drawn (SQL_VERIFY_MISMATCH naming the field)', async () => {
    const tampered = structuredClone(receipt);
    tampered.strata[0].selected[0] = tampered.strata[0].reserve[0];
    for (const input of [{ units: ascending(frame.units) }, { source: () => shuffled }]) {
      const r = await verifyDrawStream({ receipt: tampered, ...input });
      const issues = r._unsafeUnwrapErr();
      expect(issues.map((i) => i.code)).toEqual(['SQL_VERIFY_MISMATCH']);
      expect(issues[0]!.path.slice(0, 4)).toEqual(['receipt', 'strata', 0, 'selected']);
    }
  });

  it('refuses a receipt leaving out an object with a smaller ticket, or listing one not in the frame', async () => {
    const leftOut = structuredClone(receipt);
    const res = leftOut.strata[0].reserve;
    res[res.length - 1] = { id: uscc(777), ticket: 'f'.repeat(64) };
    for (const input of [{ units: ascending(frame.units) }, { source: () => shuffled }]) {
      const issues = (await verifyDrawStream({ receipt: leftOut, ...input }))._unsafeUnwrapErr();
      expect(issues.map((i) => i.code)).toEqual(['SQL_VERIFY_MISMATCH']);
      expect(issues[0]!.message.en).toMatch(/is not listed/);
    }
    const all = structuredClone(receipt);
    all.strata[1].selected.pop();
    const lengths = await verifyDrawStream({ receipt: all, units: ascending(frame.units) });
    expect(lengths._unsafeUnwrapErr()[0]!.message.en).toMatch(/lists 3 selected/);
  });

  it('refuses a frame missing an object or holding another (DRAW_VERIFY_FRAME_MISMATCH)', async () => {
    const fewer = frame.units.slice(1);
    const more = [...frame.units, { id: uscc(900), stratum: 'B' }];
    for (const units of [fewer, more]) {
      const a = await verifyDrawStream({ receipt, units: ascending(units) });
      expect(a._unsafeUnwrapErr().map((i) => i.code)).toEqual(['DRAW_VERIFY_FRAME_MISMATCH']);
      const b = await verifyDrawStream({ receipt, source: () => units });
      expect(b._unsafeUnwrapErr().map((i) => i.code)).toEqual(['DRAW_VERIFY_FRAME_MISMATCH']);
    }
  });

  it('refuses an unsorted `units` stream, duplicates, invalid units and a source that changes between readings', async () => {
    const unsorted = await verifyDrawStream({ receipt, units: shuffled });
    expect(unsorted._unsafeUnwrapErr()[0]!.message.en).toMatch(/not in ascending code order/);
    const dup = [...frame.units, frame.units[3]!];
    expect((await verifyDrawStream({ receipt, units: ascending(dup) }))._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_DUPLICATE_ID',
    );
    expect((await verifyDrawStream({ receipt, source: () => dup }))._unsafeUnwrapErr()[0]!.code).toBe(
      'DRAW_DUPLICATE_ID',
    );
    const invalid = await verifyDrawStream({
      receipt,
      source: () => [...frame.units, { id: 'x', stratum: 'B' }],
    });
    expect(invalid._unsafeUnwrapErr()[0]!.code).toBe('USCC_LENGTH');
    let n = 0;
    const changing = () =>
      n++ === 0 ? frame.units : frame.units.map((u, i) => (i === 0 ? { ...u, id: uscc(901) } : u));
    expect((await verifyDrawStream({ receipt, source: changing }))._unsafeUnwrapErr()[0]!.code).toBe(
      'SQL_VERIFY_MISMATCH',
    );
  });

  it('never throws: a failing stream is a finding; units and source together are refused', async () => {
    async function* failing() {
      yield frame.units[0];
      throw new Error('connection lost');
    }
    const r = await verifyDrawStream({ receipt, units: failing() });
    expect(r._unsafeUnwrapErr()[0]!.message.en).toMatch(/Reading object 2/);
    const both = await verifyDrawStream({ receipt, units: [], source: () => [] });
    expect(both._unsafeUnwrapErr()[0]!.code).toBe('SQL_INPUT_INVALID');
    expect((await verifyDrawStream(null as never)).isErr()).toBe(true);
  });
});
