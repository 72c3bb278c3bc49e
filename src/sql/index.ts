/**
 * `shuangsuiji/sql`: the verifiable stage-one draw (第十九条) run where the data lives — in PostgreSQL (≥ 11) or
 * DuckDB. Pure: it writes SQL text with bind values and reads the rows back; it never connects. See
 * docs/engines.md.
 *
 * @packageDocumentation
 */
export { type SqlCode, sqlCodes } from './codes.js';
export type { Dialect } from './dialect.js';
export {
  type ReadCommitmentRowsInput,
  ReadCommitmentRowsInputSchema,
  type ReadDrawRowsInput,
  ReadDrawRowsInputSchema,
  readCommitmentRows,
  readDrawRows,
} from './read-rows.js';
export { SqlDialectSchema, SqlSourceSchema } from './schemas.js';
// The frame a streamed verification reads: the draw's own `Units` (any iterable or async iterable of units).
export type { Units } from './stage-one.js';
export {
  type DrawSqlInput,
  DrawSqlInputSchema,
  drawSql,
  type FrameCommitmentSqlInput,
  FrameCommitmentSqlInputSchema,
  frameCommitmentSql,
  type SqlStatement,
} from './statements.js';
export {
  type VerifiedDraw,
  type VerifyDrawStreamInput,
  VerifyDrawStreamInputSchema,
  verifyDrawStream,
} from './verify-stream.js';
