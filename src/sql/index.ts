/**
 * `shuangsuiji/sql`: the verifiable stage-one draw (第十九条) run where the data lives — in PostgreSQL (≥ 11) or
 * DuckDB. Pure: it writes SQL text with bind values and reads the rows back; it never connects. See
 * docs/engines.md.
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
  type StreamedUnits,
  type VerifyDrawStreamInput,
  VerifyDrawStreamInputSchema,
  verifyDrawStream,
} from './verify-stream.js';
