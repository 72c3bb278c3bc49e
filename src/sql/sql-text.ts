/**
 * The SQL text of the draw (第十八条, 第十九条), dialect by dialect: the frame commitment (256 buckets of sorted
 * 22-byte leaves, docs/verification.md Step 2) and, per stratum, the n + reserve smallest tickets
 * SHA-256(K ‖ P ‖ lp(stratum) ‖ lp(id)) (Step 4). Caller values (stratum ids, the key block, the numbers kept)
 * are bind parameters; the only literals are the protocol's own constants (labels, the GB 32100 alphabet and
 * weights), written here. Identifiers are quoted.
 */
import { USCC_ALPHABET, USCC_WEIGHTS } from '../model/uscc.js';
import type { SqlDialect } from './dialect.js';
import { ByteWriter, bytesToHex, FNV_OFFSET, FNV_PRIME, FRAME_BUCKET_LABEL, ticketPad } from './stage-one.js';

/** The frame digest's label (docs/verification.md Step 2); the tests check the SQL digest equals commitFrame's. */
const FRAME_LABEL = 'shuangsuiji/frame/v2';

/**
 * Ends a subquery whose computed columns are used several times: PostgreSQL would otherwise pull the subquery
 * up and compute each expression once per use (3–4× slower here); `OFFSET 0` keeps it a subquery, in both
 * dialects.
 */
const FENCE = ' OFFSET 0';

/** Hex of lp(label). */
function lpHex(label: string): string {
  return bytesToHex(new ByteWriter(64).lp(label).toBytes());
}

/** Where the frame is: the quoted table (or view) name and the quoted id and stratum columns. */
export interface FrameSource {
  readonly table: string;
  readonly id: string;
  readonly stratum: string;
}

/** The columns "c0" … "c17": the 18 bytes of a code of 18 bytes (NULL for any other length). */
function byteColumns(d: SqlDialect, id: string, b: string): string {
  return Array.from(
    { length: 18 },
    (_, i) => `CASE WHEN ${d.byteLength(b)} = 18 THEN ${d.byteAt(b, id, i)} END AS "c${i}"`,
  ).join(', ');
}

/**
 * GB 32100 validity of a code (the same codes checkUscc accepts): alphabet, digits in the region code
 * (positions 3–8), check character over its bytes "c0" … "c17". The check character is only computed for ids
 * of the right shape.
 */
function validCode(d: SqlDialect, id: string): string {
  const a = `[${USCC_ALPHABET.replace('ABCDEFGH', 'A-H')}]`;
  const value = (i: number) => d.valueOf(`"c${i}"`);
  const sum = USCC_WEIGHTS.map((w, i) => `${value(i)} * ${w}`).join(' + ');
  return `CASE WHEN ${d.codeShape(id, `${a}{2}[0-9]{6}${a}{10}`)} THEN (31 - (${sum}) % 31) % 31 = ${value(17)} ELSE false END`;
}

/** The commitment bucket: top byte of FNV-1a-32 over the bytes "c0" … "c17" of a valid code. */
function bucketOfCode(d: SqlDialect): string {
  let h = String(FNV_OFFSET >>> 0);
  for (let i = 0; i < 18; i++) h = `(${d.xor(h, `"c${i}"`)} * ${FNV_PRIME}) & 4294967295`;
  return `((${h}) >> 24)`;
}

/**
 * The common table expressions: `strata(h, sid[, keep])` from bind parameters, `units` (every source row with
 * its stratum index, UTF-8 bytes and validity), `leaves`, `buckets`, `counts`, `quality` and `frame` (the
 * digest). `strataValues` is the VALUES list of `strata`.
 */
export function frameCtes(
  d: SqlDialect,
  src: FrameSource,
  strataValues: string,
  strataColumns: string,
  strataCount: number,
): string[] {
  const lp = (bytes: string) => `${d.u32(d.byteLength(bytes))} || ${bytes}`;
  return [
    `"strata"(${strataColumns}) AS (VALUES ${strataValues})`,
    // Each row's code as text and UTF-8 bytes, and its 18 bytes once (for the check character and the bucket).
    `"source" AS (SELECT "u"."id", "u"."stratum", "u"."b", ${byteColumns(d, '"u"."id"', '"u"."b"')} FROM (SELECT "t"."id", "t"."stratum", ${d.utf8('"t"."id"')} AS "b" FROM (SELECT ${d.text(`"f".${src.id}`)} AS "id", ${d.text(`"f".${src.stratum}`)} AS "stratum" FROM ${src.table} AS "f") AS "t"${FENCE}) AS "u"${FENCE})`,
    `"units" ${d.materialized} (SELECT "v"."id", "v"."h", "v"."b", "v"."ok", CASE WHEN "v"."ok" THEN ${bucketOfCode(d)} END AS "bucket" FROM (SELECT "r".*, "s"."h", coalesce(${validCode(d, '"r"."id"')}, false) AS "ok" FROM "source" AS "r" LEFT JOIN "strata" AS "s" ON ${d.sameText('"s"."sid"', '"r"."stratum"')}${FENCE}) AS "v")`,
    `"leaves" AS (SELECT "b", "h", "bucket" FROM "units" WHERE "ok" AND "h" IS NOT NULL)`,
    // bucketDigest_b = SHA-256( lp("shuangsuiji/frame-bucket/v2") ‖ u8(b) ‖ each leaf id ‖ u32(h), ascending id bytes );
    // equal codes share a bucket, so duplicates are counted there, on the same sorted leaves.
    `"buckets" AS (SELECT "g"."bucket", ${d.sha256(`${d.hexLiteral(lpHex(FRAME_BUCKET_LABEL))} || ${d.u8('"g"."bucket"')} || ${d.concatAgg(`"l"."b" || ${d.u32('"l"."h"')}`, '"l"."b"')}`)} AS "digest", count("l"."b") - count(DISTINCT "l"."b") AS "duplicates" FROM ${d.buckets('"g"')} LEFT JOIN "leaves" AS "l" ON "l"."bucket" = "g"."bucket" GROUP BY "g"."bucket")`,
    `"counts" AS (SELECT "s"."h", "s"."sid", count("l"."h") AS "n" FROM "strata" AS "s" LEFT JOIN "leaves" AS "l" ON "l"."h" = "s"."h" GROUP BY "s"."h", "s"."sid")`,
    `"quality" AS (SELECT count(*) AS "rows_total", count(CASE WHEN NOT "ok" THEN 1 END) AS "invalid_ids", count(CASE WHEN "ok" AND "h" IS NULL THEN 1 END) AS "unknown_strata", (SELECT sum("duplicates") FROM "buckets") AS "duplicate_ids" FROM "units")`,
    // frameDigest = SHA-256( lp("shuangsuiji/frame/v2") ‖ u32(H) ‖ each stratum lp(id) ‖ u64(N) ‖ the 256 bucket digests )
    `"frame" AS (SELECT ${d.sha256(`${d.hexLiteral(lpHex(FRAME_LABEL))} || ${d.u32(String(strataCount))} || (SELECT ${d.concatAgg(`${lp(d.utf8('"sid"'))} || ${d.u64('"n"')}`, '"h"')} FROM "counts") || (SELECT ${d.concatAgg('"digest"', '"bucket"')} FROM "buckets")`)} AS "digest")`,
  ];
}

/** The result columns, in order; a row has `row_kind` 'frame' (one per stratum) or 'drawn' (one per rank). */
export const RESULT_COLUMNS = [
  'row_kind',
  'stratum_index',
  'stratum',
  'object_count',
  'frame_digest',
  'rows_total',
  'invalid_ids',
  'unknown_strata',
  'duplicate_ids',
  'rank',
  'id',
  'ticket',
] as const;

/** The 'frame' rows: per stratum its count, with the digest and the frame's quality counts. */
export function frameRowsSelect(d: SqlDialect): string {
  return `SELECT 'frame' AS "row_kind", "c"."h" AS "stratum_index", "c"."sid" AS "stratum", "c"."n" AS "object_count", ${d.hex('"fr"."digest"')} AS "frame_digest", "q"."rows_total", "q"."invalid_ids", "q"."unknown_strata", "q"."duplicate_ids", CAST(NULL AS ${d.bigint}) AS "rank", CAST(NULL AS text) AS "id", CAST(NULL AS text) AS "ticket" FROM "counts" AS "c" CROSS JOIN "frame" AS "fr" CROSS JOIN "quality" AS "q"`;
}

/** The SQL text of the frame commitment; parameters $1 … $H are the stratum ids in table order. */
export function commitmentText(d: SqlDialect, src: FrameSource, strataCount: number): string {
  const values = Array.from({ length: strataCount }, (_, h) => `(${h}, ${d.textParam(h + 1)})`).join(', ');
  const ctes = frameCtes(d, src, values, '"h", "sid"', strataCount);
  return `WITH ${ctes.join(',\n')}\n${frameRowsSelect(d)}\nORDER BY "stratum_index"`;
}

/** How the n + reserve smallest tickets of each stratum are found. */
export type Ranking = 'window' | 'lateral';

/**
 * The SQL text of the draw: the frame rows (computed in the same statement, so on the same snapshot as the
 * tickets) and the 'drawn' rows, rank 1 … keep per stratum. Parameters: $1 the key K (hex), then per stratum h
 * its id $(2 + 2h) and its n + reserve $(3 + 2h).
 *   ticket = SHA-256( K ‖ P ‖ lp(stratum) ‖ lp(id) ), ranked by ticket bytes, then id bytes.
 * `window` ranks every ticket of a stratum with row_number (any SQL engine); `lateral` keeps each stratum's
 * smallest with ORDER BY … LIMIT in a LATERAL subquery (a top-N sort in PostgreSQL).
 */
export function drawText(d: SqlDialect, src: FrameSource, strataCount: number, ranking: Ranking): string {
  const values = Array.from(
    { length: strataCount },
    (_, h) => `(${h}, ${d.textParam(2 + 2 * h)}, ${d.intParam(3 + 2 * h)})`,
  ).join(', ');
  const lp = (bytes: string) => `${d.u32(d.byteLength(bytes))} || ${bytes}`;
  const ticket = `${d.sha256(`"k"."prefix" || ${lp('"u"."b"')}`)}`;
  const ctes = frameCtes(d, src, values, '"h", "sid", "keep"', strataCount);
  // K ‖ P ‖ lp(stratum): P = "shuangsuiji/ticket/v1" padded with zero bytes to 32.
  ctes.push(
    `"keyed" AS (SELECT "h", "sid", "keep", ${d.hexParam(1)} || ${d.hexLiteral(bytesToHex(ticketPad()))} || ${lp(d.utf8('"sid"'))} AS "prefix" FROM "strata")`,
  );
  if (ranking === 'lateral') {
    ctes.push(
      `"drawn" AS (SELECT "k"."h", row_number() OVER (PARTITION BY "k"."h" ORDER BY "x"."t", "x"."b") AS "rank", "x"."id", "x"."t" FROM "keyed" AS "k" CROSS JOIN LATERAL (SELECT "u"."id", "u"."b", ${ticket} AS "t" FROM "units" AS "u" WHERE "u"."h" = "k"."h" ORDER BY 3, 2 LIMIT "k"."keep") AS "x")`,
    );
  } else {
    ctes.push(
      `"tickets" AS (SELECT "u"."h", "u"."id", "u"."b", ${ticket} AS "t" FROM "units" AS "u" JOIN "keyed" AS "k" ON "k"."h" = "u"."h")`,
      `"ranked" AS (SELECT "h", "id", "t", row_number() OVER (PARTITION BY "h" ORDER BY "t", "b") AS "rank" FROM "tickets")`,
      `"drawn" AS (SELECT "r"."h", "r"."rank", "r"."id", "r"."t" FROM "ranked" AS "r" JOIN "keyed" AS "k" ON "k"."h" = "r"."h" WHERE "r"."rank" <= "k"."keep")`,
    );
  }
  const n = `CAST(NULL AS ${d.bigint})`;
  const drawnRows = `SELECT 'drawn' AS "row_kind", "dr"."h" AS "stratum_index", "k"."sid" AS "stratum", ${n} AS "object_count", CAST(NULL AS text) AS "frame_digest", ${n} AS "rows_total", ${n} AS "invalid_ids", ${n} AS "unknown_strata", ${n} AS "duplicate_ids", "dr"."rank", "dr"."id", ${d.hex('"dr"."t"')} AS "ticket" FROM "drawn" AS "dr" JOIN "keyed" AS "k" ON "k"."h" = "dr"."h"`;
  return `WITH ${ctes.join(',\n')}\nSELECT * FROM (${frameRowsSelect(d)}\nUNION ALL\n${drawnRows}) AS "result"\nORDER BY "stratum_index", "rank" NULLS FIRST`;
}
