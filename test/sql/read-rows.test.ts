// Reading a database's rows back (第十九条): the rows are checked before any receipt is built — a missing or
// repeated rank, a ticket that does not recompute, ranks out of ticket order, counts or a frame digest that differ
// from the announcement — each refused with its own code. The rows here are what a correct engine returns,
// built from the library's own draw, then tampered with.
import { describe, expect, it } from 'vitest';
import type { DrawReceipt } from '../../src/draw/index.js';
import { readCommitmentRows, readDrawRows } from '../../src/sql/index.js';
import { makeFrame, makeTask, SEED, uscc } from '../draw/fixtures.js';
import { announceDraw, drawObjects } from '../helpers/untyped-draw.js';

const task = makeTask([
  { id: 'A类-1', ratio: 0.5 },
  { id: 'B', count: 2 },
]);
const frame = makeFrame(['A类-1', 'B'], [8, 3]);
const announcement = announceDraw({
  task,
  frame,
  seed: { kind: SEED.kind, source: SEED.source },
})._unsafeUnwrap();
const receipt = drawObjects({ task, frame, seed: SEED, announcement })._unsafeUnwrap().receipt;

type Row = Record<string, unknown>;

/** The rows a correct engine returns for this draw (bigints as pg gives them: decimal strings). */
function rowsOf(r: DrawReceipt): Row[] {
  const frameRows = r.frame.strata.map((s, h) => ({
    row_kind: 'frame',
    stratum_index: h,
    stratum: s.id,
    object_count: String(s.count),
    frame_digest: r.frame.digest,
    rows_total: String(r.frame.total),
    invalid_ids: '0',
    unknown_strata: '0',
    duplicate_ids: '0',
    rank: null,
    id: null,
    ticket: null,
  }));
  const drawn = r.strata.flatMap((s, h) =>
    [...s.selected, ...s.reserve].map((e, i) => ({
      row_kind: 'drawn',
      stratum_index: h,
      stratum: s.id,
      object_count: null,
      frame_digest: null,
      rows_total: null,
      invalid_ids: null,
      unknown_strata: null,
      duplicate_ids: null,
      rank: BigInt(i + 1),
      id: e.id,
      ticket: e.ticket,
    })),
  );
  return [...frameRows, ...drawn];
}

const read = (rows: unknown) => readDrawRows({ announcement, seed: SEED, rows: rows as Row[] });
const codes = (rows: unknown) =>
  read(rows)
    ._unsafeUnwrapErr()
    .map((i) => i.code);
const drawnAt = (rows: Row[], h: number, rank: number) =>
  rows.findIndex((r) => r.row_kind === 'drawn' && r.stratum_index === h && r.rank === BigInt(rank));

describe('readDrawRows', () => {
  it('builds the receipt drawObjects gives, byte for byte, from rows in any order', () => {
    const rows = rowsOf(receipt).reverse();
    expect(JSON.stringify(read(rows)._unsafeUnwrap().receipt)).toBe(JSON.stringify(receipt));
  });

  it('refuses a missing rank and a repeated rank (SQL_RANK_MISSING)', () => {
    const rows = rowsOf(receipt);
    rows.splice(drawnAt(rows, 0, 2), 1);
    const issues = read(rows)._unsafeUnwrapErr();
    expect(issues.map((i) => i.code)).toEqual(['SQL_RANK_MISSING']);
    expect(issues[0]!.message.en).toMatch(/rank 2 is missing/);
    const twice = rowsOf(receipt);
    twice[drawnAt(twice, 1, 2)]!.rank = 1n;
    expect(codes(twice)).toContain('SQL_RANK_MISSING');
  });

  it('refuses a rank beyond n + reserve (SQL_RANK_MISSING)', () => {
    const rows = rowsOf(receipt);
    rows.push({ ...rows[drawnAt(rows, 0, 1)]!, rank: 99n, id: uscc(500) });
    expect(codes(rows)).toEqual(['SQL_RANK_MISSING']);
  });

  it('refuses a ticket that does not recompute under the announced key (SQL_TICKET_MISMATCH)', () => {
    const rows = rowsOf(receipt);
    const row = rows[drawnAt(rows, 0, 3)]!;
    row.ticket = `${'0'.repeat(63)}1`;
    const issues = read(rows)._unsafeUnwrapErr();
    expect(issues.map((i) => i.code)).toEqual(['SQL_TICKET_MISMATCH']);
    expect(issues[0]!.path).toEqual(['rows', 'strata', 0, 'rank', 3, 'ticket']);
  });

  it('refuses ranks out of ticket order (SQL_ORDER_MISMATCH), e.g. a collation that reordered', () => {
    const rows = rowsOf(receipt);
    const a = drawnAt(rows, 0, 1);
    const b = drawnAt(rows, 0, 2);
    rows[a]!.rank = 2n;
    rows[b]!.rank = 1n;
    expect(codes(rows)).toEqual(['SQL_ORDER_MISMATCH']);
  });

  it('refuses an invalid or repeated credit code among the drawn (SQL_DRAWN_ID_INVALID)', () => {
    const rows = rowsOf(receipt);
    rows[drawnAt(rows, 0, 1)]!.id = 'not-a-code';
    expect(codes(rows)).toEqual(['SQL_DRAWN_ID_INVALID']);
    const dup = rowsOf(receipt);
    dup[drawnAt(dup, 1, 1)]!.id = dup[drawnAt(dup, 0, 1)]!.id;
    expect(codes(dup)).toContain('SQL_DRAWN_ID_INVALID');
  });

  it('refuses counts and a digest that differ from the announcement (the frame changed)', () => {
    const rows = rowsOf(receipt);
    for (const r of rows.filter((x) => x.row_kind === 'frame')) {
      r.frame_digest = 'f'.repeat(64);
      if (r.stratum_index === 1) r.object_count = '4';
      r.rows_total = '12';
    }
    expect(codes(rows)).toEqual(['SQL_COUNT_MISMATCH', 'SQL_FRAME_MISMATCH']);
  });

  it('refuses missing or inconsistent frame rows (SQL_FRAME_ROWS_INCOMPLETE)', () => {
    expect(codes(rowsOf(receipt).filter((r) => r.stratum_index !== 1 || r.row_kind !== 'frame'))).toEqual([
      'SQL_FRAME_ROWS_INCOMPLETE',
    ]);
    const rows = rowsOf(receipt);
    rows[1]!.invalid_ids = '2';
    expect(codes(rows)).toEqual(['SQL_FRAME_ROWS_INCOMPLETE']);
  });

  it('refuses rows that are not rows of the generated statement (SQL_ROW_INVALID), naming the row', () => {
    const rows: unknown[] = rowsOf(receipt);
    rows.push({ row_kind: 'other', stratum_index: 0, stratum: 'A类-1' }, 7);
    const issues = read(rows)._unsafeUnwrapErr();
    expect(issues.map((i) => [i.code, i.path[1]])).toEqual([
      ['SQL_ROW_INVALID', rows.length - 2],
      ['SQL_ROW_INVALID', rows.length - 1],
    ]);
    expect(codes('rows')).toEqual(['SQL_ROW_INVALID']);
    const wrongStratum = rowsOf(receipt);
    wrongStratum[drawnAt(wrongStratum, 0, 1)]!.stratum = 'B';
    expect(codes(wrongStratum)).toEqual(['SQL_ROW_INVALID']);
  });

  it('refuses a seed that is not the announced one (the draw library finding)', () => {
    const other = { ...SEED, text: `${SEED.text} 9` };
    const r = readDrawRows({ announcement, seed: other, rows: rowsOf(receipt) });
    expect(r._unsafeUnwrapErr().map((i) => i.code)).toContain('SQL_TICKET_MISMATCH');
    const source = readDrawRows({ announcement, seed: { ...SEED, source: '另一期' }, rows: rowsOf(receipt) });
    expect(source._unsafeUnwrapErr().map((i) => i.code)).toEqual(['DRAW_ANNOUNCEMENT_MISMATCH']);
  });

  it('never throws: a throwing getter is SQL_INPUT_UNREADABLE, a bad announcement the draw finding', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(codes([hostile])).toEqual(['SQL_INPUT_UNREADABLE']);
    expect(readDrawRows(hostile as never)._unsafeUnwrapErr()[0]!.code).toMatch(/^SQL_INPUT_/);
    const bad = readDrawRows({ announcement: { ...announcement, digest: 'x' }, seed: SEED, rows: [] });
    expect(bad._unsafeUnwrapErr()[0]!.code).toMatch(/^DRAW_|^SCHEMA_/);
  });
});

describe('readCommitmentRows', () => {
  it('gives the frame commitment to announce', () => {
    const rows = rowsOf(receipt).filter((r) => r.row_kind === 'frame');
    expect(readCommitmentRows({ strata: ['A类-1', 'B'], rows })._unsafeUnwrap()).toEqual(receipt.frame);
  });

  it('refuses drawn rows, strata in another order and strata given twice', () => {
    const rows = rowsOf(receipt);
    expect(readCommitmentRows({ strata: ['A类-1', 'B'], rows })._unsafeUnwrapErr()[0]!.code).toBe(
      'SQL_ROW_INVALID',
    );
    const frameRows = rows.filter((r) => r.row_kind === 'frame');
    expect(readCommitmentRows({ strata: ['B', 'A类-1'], rows: frameRows })._unsafeUnwrapErr()[0]!.code).toBe(
      'SQL_FRAME_ROWS_INCOMPLETE',
    );
    expect(readCommitmentRows({ strata: ['B', 'B'], rows: frameRows })._unsafeUnwrapErr()[0]!.code).toBe(
      'SQL_INPUT_INVALID',
    );
  });
});
