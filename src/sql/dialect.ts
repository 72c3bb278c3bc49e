/**
 * The two SQL dialects of the draw (第十九条): PostgreSQL (≥ 11, for `sha256(bytea)`) and DuckDB. Each builds the
 * same byte strings the protocol hashes (docs/verification.md), each in its own way:
 *
 * - PostgreSQL works on `bytea`: `convert_to(x, 'UTF8')` for the UTF-8 bytes of a text, `int4send`/`int8send`
 *   for u32/u64 big-endian, `string_agg(bytea, '' ORDER BY …)` to concatenate leaves, `sha256(bytea)`.
 * - DuckDB has no `int4send` and no `string_agg` over BLOB: u32/u64/u8 are `unhex(printf('%08x', x))` etc.,
 *   leaves are concatenated as hex text and turned back with `unhex`, and `sha256(BLOB)` returns hex.
 *
 * Everything that orders or compares is done on bytes (bytea or BLOB), never on text under a collation: a
 * zh_CN or ICU collation reorders ids and could make two stratum ids compare equal.
 */

import { USCC_ALPHABET } from '../model/uscc.js';
import { bytesToHex } from './stage-one.js';

/** The dialects `shuangsuiji/sql` writes. */
export type Dialect = 'postgresql' | 'duckdb';

/** Byte-string and integer expressions of one dialect; every argument is an SQL expression. */
export interface SqlDialect {
  /** The source column as text, compared and ordered by bytes from here on. */
  readonly text: (column: string) => string;
  /** A text bind parameter `$n`. */
  readonly textParam: (n: number) => string;
  /** An integer bind parameter `$n`. */
  readonly intParam: (n: number) => string;
  /** Bytes from a hex bind parameter `$n`. */
  readonly hexParam: (n: number) => string;
  /** Bytes from a hex literal this module wrote (protocol constants only, never caller values). */
  readonly hexLiteral: (hex: string) => string;
  readonly utf8: (text: string) => string;
  readonly byteLength: (bytes: string) => string;
  readonly u8: (int: string) => string;
  readonly u32: (int: string) => string;
  readonly u64: (int: string) => string;
  /** SHA-256 of bytes, as bytes. */
  readonly sha256: (bytes: string) => string;
  /** Concatenation of `bytes` over a group in `orderBy` order; the empty string for no row. */
  readonly concatAgg: (bytes: string, orderBy: string) => string;
  /** Lowercase hex text of bytes (for the result rows). */
  readonly hex: (bytes: string) => string;
  readonly xor: (a: string, b: string) => string;
  /** Byte i (0-based) of a code known to be ASCII, given as bytes `b` and as text `t`. */
  readonly byteAt: (b: string, t: string, i: number) => string;
  /** The GB 32100 value of the byte of a character known to be in the credit-code alphabet. */
  readonly valueOf: (byte: string) => string;
  /**
   * True when a code (text `id`, bytes in columns "c0" … "c17", NULL unless it has 18 bytes) has the GB 32100
   * shape: alphabet characters, digits in positions 3–8. `regex` is that shape as a regular expression.
   */
  readonly codeShape: (id: string, regex: string) => string;
  /** Equality of two texts by their bytes. */
  readonly sameText: (a: string, b: string) => string;
  /** The table 0 … 255 with column `bucket`, aliased `alias`. */
  readonly buckets: (alias: string) => string;
  /** `AS` or `AS MATERIALIZED` for a CTE read several times (PostgreSQL 11 has no MATERIALIZED). */
  readonly materialized: string;
  /** Integer type name for casts. */
  readonly bigint: string;
}

/**
 * For each byte 0–255, 1 + its GB 32100 value when it is a character of the alphabet, else 0: a PostgreSQL
 * bytea literal, so the shape and the values of a code are one lookup per byte (a regular expression cost
 * about a third of the commitment).
 */
const VALUE_TABLE = (() => {
  const t = new Uint8Array(256);
  for (let v = 0; v < USCC_ALPHABET.length; v++) t[USCC_ALPHABET.charCodeAt(v)] = v + 1;
  return `decode('${bytesToHex(t)}', 'hex')`;
})();

/**
 * The letters A–Y the alphabet leaves out (I, O, S, V): a letter's value is its code − 55 − the number of them
 * below it, which DuckDB computes with comparisons (it has no byte lookup).
 */
const SKIPPED = (() => {
  const out: number[] = [];
  for (let c = 65; c < 89; c++) if (!USCC_ALPHABET.includes(String.fromCharCode(c))) out.push(c);
  return out;
})();

const postgresql: SqlDialect = {
  text: (c) => `CAST(${c} AS text) COLLATE "C"`,
  textParam: (n) => `CAST($${n} AS text)`,
  intParam: (n) => `CAST($${n} AS int8)`,
  hexParam: (n) => `decode($${n}, 'hex')`,
  hexLiteral: (h) => `decode('${h}', 'hex')`,
  utf8: (t) => `convert_to(${t}, 'UTF8')`,
  byteLength: (b) => `octet_length(${b})`,
  u8: (i) => `substring(int4send(CAST(${i} AS int4)) FROM 4 FOR 1)`,
  u32: (i) => `int4send(CAST(${i} AS int4))`,
  u64: (i) => `int8send(CAST(${i} AS int8))`,
  sha256: (b) => `sha256(${b})`,
  concatAgg: (b, o) => `coalesce(string_agg(${b}, ''::bytea ORDER BY ${o}), ''::bytea)`,
  hex: (b) => `encode(${b}, 'hex')`,
  xor: (a, b) => `(${a} # ${b})`,
  byteAt: (b, _t, i) => `get_byte(${b}, ${i})`,
  valueOf: (x) => `(get_byte(${VALUE_TABLE}, ${x}) - 1)`,
  codeShape: () => {
    const c = (i: number) => `"c${i}"`;
    const inAlphabet = `least(${Array.from({ length: 18 }, (_, i) => `get_byte(${VALUE_TABLE}, ${c(i)})`).join(', ')}) > 0`;
    const digits = [2, 3, 4, 5, 6, 7].map((i) => `${c(i)} BETWEEN 48 AND 57`).join(' AND ');
    return `(${inAlphabet} AND ${digits})`;
  },
  sameText: (a, b) => `(${a} COLLATE "C" = ${b} COLLATE "C")`,
  buckets: (alias) => `generate_series(0, 255) AS ${alias}("bucket")`,
  materialized: 'AS',
  bigint: 'int8',
};

const duckdb: SqlDialect = {
  text: (c) => `CAST(${c} AS VARCHAR)`,
  textParam: (n) => `CAST($${n} AS VARCHAR)`,
  intParam: (n) => `CAST($${n} AS BIGINT)`,
  hexParam: (n) => `unhex(CAST($${n} AS VARCHAR))`,
  hexLiteral: (h) => `unhex('${h}')`,
  utf8: (t) => `encode(${t})`,
  byteLength: (b) => `octet_length(${b})`,
  u8: (i) => `unhex(printf('%02x', ${i}))`,
  u32: (i) => `unhex(printf('%08x', ${i}))`,
  u64: (i) => `unhex(printf('%016x', ${i}))`,
  sha256: (b) => `unhex(sha256(${b}))`,
  concatAgg: (b, o) => `unhex(coalesce(string_agg(hex(${b}), '' ORDER BY ${o}), ''))`,
  hex: (b) => `lower(hex(${b}))`,
  xor: (a, b) => `xor(${a}, ${b})`,
  byteAt: (_b, t, i) => `ascii(substr(${t}, ${i + 1}, 1))`,
  valueOf: (x) =>
    `(${x} - 48 - 7 * CAST(${x} >= 65 AS INTEGER)${SKIPPED.map((c) => ` - CAST(${x} > ${c} AS INTEGER)`).join('')})`,
  codeShape: (id, r) => `regexp_full_match(${id}, '${r}')`,
  sameText: (a, b) => `(encode(${a}) = encode(${b}))`,
  buckets: (alias) => `range(0, 256) AS ${alias}("bucket")`,
  materialized: 'AS MATERIALIZED',
  bigint: 'BIGINT',
};

export const DIALECTS: Readonly<Record<Dialect, SqlDialect>> = Object.freeze({ postgresql, duckdb });

/** An identifier in double quotes, inner quotes doubled: the same in both dialects. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
