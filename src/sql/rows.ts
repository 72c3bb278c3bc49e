/**
 * Reading the rows a database returned for the generated statements (第十九条): plain objects keyed by the
 * result columns, as `pg`, PGlite and DuckDB's `getRowObjects`/`getRowObjectsJson` give them. Integers may come
 * as numbers, bigints or decimal strings (int8 in `pg`); each value is read once and checked.
 */

import type { RuleIssue } from '../model/issue.js';
import { sqlIssue } from './issues.js';

/** One result row, read. `kind` 'frame' rows carry the counts; 'drawn' rows rank, id and ticket. */
export interface FrameRow {
  readonly kind: 'frame';
  readonly h: number;
  readonly stratum: string;
  readonly count: number;
  readonly digest: string;
  readonly rowsTotal: number;
  readonly invalidIds: number;
  readonly unknownStrata: number;
  readonly duplicateIds: number;
}

export interface DrawnRow {
  readonly kind: 'drawn';
  readonly h: number;
  readonly stratum: string;
  readonly rank: number;
  readonly id: string;
  readonly ticket: string;
}

function count(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : undefined;
  if (typeof v === 'bigint') return v >= 0n && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : undefined;
  if (typeof v === 'string' && /^(0|[1-9][0-9]{0,15})$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

const HEX64 = /^[0-9a-f]{64}$/;

function field(row: object, name: string): unknown {
  return (row as Record<string, unknown>)[name];
}

/** Reads row `k` of `rows` (path `['rows', k]`), or the finding saying what is wrong with it. */
export function readRow(row: unknown, k: number): FrameRow | DrawnRow | RuleIssue {
  const path = ['rows', k];
  const bad = (what: string, zh: string, en: string) =>
    sqlIssue('SQL_ROW_INVALID', [...path, what], `第 ${k + 1} 行：${zh}`, `Row ${k + 1}: ${en}`);
  if (typeof row !== 'object' || row === null) return bad('row_kind', '不是对象', 'not an object');
  const kind = field(row, 'row_kind');
  const h = count(field(row, 'stratum_index'));
  const stratum = field(row, 'stratum');
  if (h === undefined)
    return bad('stratum_index', '分层序号应为非负整数', 'stratum_index must be a non-negative integer');
  if (typeof stratum !== 'string') return bad('stratum', '分层应为文本', 'stratum must be text');
  if (kind === 'frame') {
    const digest = field(row, 'frame_digest');
    if (typeof digest !== 'string' || !HEX64.test(digest)) {
      return bad(
        'frame_digest',
        '底册摘要应为 64 位小写十六进制',
        'frame_digest must be 64 lowercase hex digits',
      );
    }
    const numbers = ['object_count', 'rows_total', 'invalid_ids', 'unknown_strata', 'duplicate_ids'].map(
      (n) => count(field(row, n)),
    );
    const missing = numbers.indexOf(undefined);
    if (missing >= 0) {
      const name = ['object_count', 'rows_total', 'invalid_ids', 'unknown_strata', 'duplicate_ids'][missing]!;
      return bad(name, `${name} 应为非负整数`, `${name} must be a non-negative integer`);
    }
    const [c, total, invalid, unknown, dup] = numbers as number[];
    return {
      kind,
      h,
      stratum,
      count: c!,
      digest,
      rowsTotal: total!,
      invalidIds: invalid!,
      unknownStrata: unknown!,
      duplicateIds: dup!,
    };
  }
  if (kind === 'drawn') {
    const rank = count(field(row, 'rank'));
    const id = field(row, 'id');
    const ticket = field(row, 'ticket');
    if (rank === undefined || rank < 1)
      return bad('rank', '名次应为正整数', 'rank must be a positive integer');
    if (typeof id !== 'string') return bad('id', '代码应为文本', 'id must be text');
    if (typeof ticket !== 'string' || !HEX64.test(ticket)) {
      return bad('ticket', '签号应为 64 位小写十六进制', 'ticket must be 64 lowercase hex digits');
    }
    return { kind, h, stratum, rank, id, ticket };
  }
  return bad('row_kind', "row_kind 应为 'frame' 或 'drawn'", "row_kind must be 'frame' or 'drawn'");
}

/** Reads every row; a value that is not an array is one finding. */
export function readRows(rows: unknown): { frame: FrameRow[]; drawn: DrawnRow[]; issues: RuleIssue[] } {
  const frame: FrameRow[] = [];
  const drawn: DrawnRow[] = [];
  const issues: RuleIssue[] = [];
  if (!Array.isArray(rows)) {
    issues.push(sqlIssue('SQL_ROW_INVALID', ['rows'], '结果行应为数组', 'The rows must be an array'));
    return { frame, drawn, issues };
  }
  rows.forEach((row, k) => {
    const r = readRow(row, k);
    if ('code' in r) issues.push(r);
    else if (r.kind === 'frame') frame.push(r);
    else drawn.push(r);
  });
  return { frame, drawn, issues };
}
