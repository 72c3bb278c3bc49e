/**
 * The draw as SQL (第十九条, 二次随机 stage one): the statements a platform runs in its own PostgreSQL or DuckDB
 * database — the frame commitment (抽查底册承诺) to publish in the announcement before the seed, and the draw
 * itself once the seed is public. Pure: text and bind values, never a connection. The draw statement recomputes
 * the commitment in the same statement (one snapshot), so `readDrawRows` can prove the draw ran on the
 * announced frame.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { RuleIssue } from '../model/issue.js';
import { readAnnouncedDraw } from './announced.js';
import { DIALECTS, type Dialect, quoteIdentifier } from './dialect.js';
import { guarded, sqlIssue } from './issues.js';
import { parseInput, SqlDialectSchema, SqlSourceSchema, SqlStrataSchema } from './schemas.js';
import { commitmentText, drawText, type FrameSource } from './sql-text.js';
import {
  type AnnouncementSchema,
  bytesToHex,
  type DrawAnnouncement,
  type SeedMaterial,
} from './stage-one.js';

/** A statement to run: its text, with `$1 …` placeholders, and the values to bind, in order. */
export interface SqlStatement {
  readonly dialect: Dialect;
  readonly text: string;
  readonly values: readonly (string | number)[];
}

export const FrameCommitmentSqlInputSchema = z.strictObject({
  dialect: SqlDialectSchema,
  source: SqlSourceSchema,
  /** The ratio table's stratum ids, in table order. */
  strata: SqlStrataSchema,
});
export type FrameCommitmentSqlInput = z.input<typeof FrameCommitmentSqlInputSchema>;

export const DrawSqlInputSchema = z.strictObject({
  dialect: SqlDialectSchema,
  source: SqlSourceSchema,
  /** The announcement published before the seed (`announceDraw`); read with `parseAnnouncement`. */
  announcement: z.custom<DrawAnnouncement | z.input<typeof AnnouncementSchema>>(() => true),
  /** The seed `{ kind, text, source? }` published after the announcement; read with `parseSeed`. */
  seed: z.custom<SeedMaterial>(() => true),
  /**
   * How each stratum's smallest tickets are found: `lateral` (default for PostgreSQL: ORDER BY … LIMIT per
   * stratum, a top-N sort) or `window` (row_number over each stratum; the default for DuckDB).
   */
  ranking: z.enum(['window', 'lateral']).optional(),
});
export type DrawSqlInput = z.input<typeof DrawSqlInputSchema>;

function sourceOf(s: z.output<typeof SqlSourceSchema>): FrameSource {
  const parts = typeof s.table === 'string' ? [s.table] : s.table;
  return {
    table: parts.map(quoteIdentifier).join('.'),
    id: quoteIdentifier(s.idColumn),
    stratum: quoteIdentifier(s.stratumColumn),
  };
}

function frameCommitmentSqlImpl(input: FrameCommitmentSqlInput): Result<SqlStatement, RuleIssue[]> {
  const read = parseInput(FrameCommitmentSqlInputSchema, input, []);
  if (read.isErr()) return err(read.error);
  const { dialect, source, strata } = read.value;
  return ok(
    Object.freeze({
      dialect,
      text: commitmentText(DIALECTS[dialect], sourceOf(source), strata.length),
      values: Object.freeze([...strata]),
    }),
  );
}

function drawSqlImpl(input: DrawSqlInput): Result<SqlStatement, RuleIssue[]> {
  const read = parseInput(DrawSqlInputSchema, input, []);
  if (read.isErr()) return err(read.error);
  const { dialect, source, ranking } = read.value;
  const drawn = readAnnouncedDraw(read.value.announcement, read.value.seed);
  if (drawn.isErr()) return err(drawn.error);
  const { plan, keep, prepared: p } = drawn.value;
  const strata = plan.strata.map((s) => s.id);
  if (strata.some((s) => s.includes('\u0000'))) {
    return err([
      sqlIssue(
        'SQL_INPUT_INVALID',
        ['announcement', 'ratioTable', 'strata'],
        '分层标识含 NUL 字符，PostgreSQL 文本无法保存',
        'A stratum id contains NUL, which PostgreSQL text cannot hold',
      ),
    ]);
  }
  const values = [bytesToHex(p.key), ...strata.flatMap((s, h) => [s, keep[h]!])];
  const rank = ranking ?? (dialect === 'postgresql' ? 'lateral' : 'window');
  return ok(
    Object.freeze({
      dialect,
      text: drawText(DIALECTS[dialect], sourceOf(source), strata.length, rank),
      values: Object.freeze(values),
    }),
  );
}

/**
 * The SQL computing the frame commitment of the frame in `source` (第十九条 “公开”): one row per stratum with its
 * count, the frame digest and the frame's quality counts (invalid codes, unknown strata, duplicates). Bind the
 * values and give the rows to `readCommitmentRows`; publish the commitment with `announceDraw`.
 * Never throws.
 */
export const frameCommitmentSql = guarded(frameCommitmentSqlImpl);

/**
 * The SQL of the draw for a published announcement and its seed (第十九条): the frame rows (recomputed in the
 * same statement) and, per stratum, ranks 1 … n + reserve with id and ticket. The key K is a bind value (it is
 * public: every receipt records it). Give the rows to `readDrawRows`. Never throws.
 */
export const drawSql = guarded(drawSqlImpl);
