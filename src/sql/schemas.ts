/**
 * What the SQL operations read (第十九条): the dialect, where the frame is (a table or view and its two
 * columns, as identifiers) and the stratum ids. Parsed at the boundary; every failure is SQL_INPUT_INVALID
 * with its path.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { sqlIssue } from './issues.js';
import { isWellFormedText, utf8 } from './stage-one.js';

export const SqlDialectSchema = z.enum(['postgresql', 'duckdb']);

const utf8Length = (s: string) => utf8(s).length;

/**
 * An SQL identifier, quoted when written: non-empty, no NUL, well-formed Unicode, at most 63 UTF-8 bytes
 * (PostgreSQL silently truncates a longer name, which could name another table).
 */
const IdentifierSchema = z
  .string()
  .min(1)
  .refine((s) => !s.includes('\u0000') && isWellFormedText(s) && utf8Length(s) <= 63, {
    message: '标识符不得含 NUL 或不成对的代理字符，且不超过 63 个 UTF-8 字节',
  });

/**
 * Where the frame is: `table` is a table or view name, or its qualified name as parts (`["catalog", "schema",
 * "table"]`); each part is quoted as one identifier (a dot inside a part is part of the name).
 */
export const SqlSourceSchema = z.strictObject({
  table: z.union([IdentifierSchema, z.array(IdentifierSchema).min(1).max(3)]),
  /** Column of the 18-character credit codes (default `id`). */
  idColumn: IdentifierSchema.default('id'),
  /** Column of the stratum ids (default `stratum`). */
  stratumColumn: IdentifierSchema.default('stratum'),
});

/** Stratum ids in table order: non-empty, distinct, no NUL (PostgreSQL text cannot hold one). */
export const SqlStrataSchema = z
  .array(
    z
      .string()
      .min(1)
      .refine((s) => !s.includes('\u0000') && isWellFormedText(s), {
        message: '分层标识不得含 NUL 或不成对的代理字符',
      }),
  )
  .min(1)
  .refine((a) => new Set(a).size === a.length, { message: '分层标识不得重复' });

/** Parses with a schema; findings are SQL_INPUT_INVALID at the zod path, with zod's messages. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: readonly (string | number)[],
): Result<z.output<S>, RuleIssue[]> {
  const r = parseWith(schema, input);
  if (r.isOk()) return ok(r.value);
  return err(
    r.error.map((i) => sqlIssue('SQL_INPUT_INVALID', [...path, ...i.path], i.message.zh, i.message.en)),
  );
}
