/**
 * The frame commitment a database computed (第十八条, 第十九条), read from its 'frame' rows: one row per stratum of
 * the table, all with the same digest and quality counts, a frame with no invalid code, no unknown stratum and
 * no duplicate (the library refuses to draw such a frame, so the database's must not be drawn either).
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { sqlIssue } from './issues.js';
import type { FrameRow } from './rows.js';
import type { FrameCommitment } from './stage-one.js';

export function commitmentOfRows(
  rows: readonly FrameRow[],
  strata: readonly string[],
): Result<FrameCommitment, RuleIssue[]> {
  const issues: RuleIssue[] = [];
  const incomplete = (zh: string, en: string) =>
    issues.push(sqlIssue('SQL_FRAME_ROWS_INCOMPLETE', ['rows'], zh, en));
  const byH = new Map<number, FrameRow>();
  for (const r of rows) {
    if (r.h >= strata.length || r.stratum !== strata[r.h]) {
      incomplete(
        `底册行的分层 ${r.h}“${r.stratum}”不是比例表的第 ${r.h + 1} 层`,
        `Frame row for stratum ${r.h} "${r.stratum}" is not stratum ${r.h + 1} of the ratio table`,
      );
    } else if (byH.has(r.h)) {
      incomplete(`第“${r.stratum}”层的底册行出现两次`, `Stratum "${r.stratum}" has two frame rows`);
    } else byH.set(r.h, r);
  }
  strata.forEach((s, h) => {
    if (!byH.has(h)) incomplete(`缺少第“${s}”层的底册行`, `No frame row for stratum "${s}"`);
  });
  if (issues.length > 0) return err(issues);
  const first = byH.get(0)!;
  const differs = rows.some(
    (r) =>
      r.digest !== first.digest ||
      r.rowsTotal !== first.rowsTotal ||
      r.invalidIds !== first.invalidIds ||
      r.unknownStrata !== first.unknownStrata ||
      r.duplicateIds !== first.duplicateIds,
  );
  if (differs) {
    incomplete('各底册行的摘要或计数不一致', 'The frame rows disagree on the digest or the counts');
    return err(issues);
  }
  const bad = (n: number, zh: string, en: string) => {
    if (n > 0) issues.push(sqlIssue('SQL_FRAME_UNITS_INVALID', ['rows'], zh, en));
  };
  bad(
    first.invalidIds,
    `底册中有 ${first.invalidIds} 行的代码不是有效的统一社会信用代码（或为空）`,
    `${first.invalidIds} rows of the frame hold no valid unified social credit code (or none)`,
  );
  bad(
    first.unknownStrata,
    `底册中有 ${first.unknownStrata} 行的分层不在比例表中（或为空）`,
    `${first.unknownStrata} rows of the frame name a stratum outside the ratio table (or none)`,
  );
  bad(
    first.duplicateIds,
    `底册中有 ${first.duplicateIds} 个重复的统一社会信用代码`,
    `The frame holds ${first.duplicateIds} repeated unified social credit codes`,
  );
  const counts = strata.map((_, h) => byH.get(h)!.count);
  const total = counts.reduce((a, b) => a + b, 0);
  if (issues.length === 0 && total !== first.rowsTotal) {
    incomplete(
      `各层对象数之和 ${total} 与底册行数 ${first.rowsTotal} 不符`,
      `The strata hold ${total} objects in all, the frame has ${first.rowsTotal} rows`,
    );
  }
  if (issues.length > 0) return err(issues);
  return ok(
    Object.freeze({
      digest: first.digest,
      strata: Object.freeze(strata.map((id, h) => Object.freeze({ id, count: counts[h]! }))),
      total,
    }),
  );
}
