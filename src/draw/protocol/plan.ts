/**
 * The draw plan read from a task (第十四条 抽查基数和比例, 第十五条 分层比例): task id, the ratio table's source,
 * each stratum's id, label and ratio (as an exact decimal string) or fixed count, the optional total and the
 * reserve percentage. This is what the receipt records and what verification recomputes from.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { article } from '../../model/article.js';
import type { RuleIssue } from '../../model/issue.js';
import { parseWith } from '../../model/parse.js';
import { TaskSchema } from '../../model/task.js';
import { drawIssue } from '../issues.js';
import { isWellFormedText } from './encoding.js';
import { decimalText, ratioTextIssue } from './ratio.js';
import { DEFAULT_RESERVE_PERCENT, type StratumSizeRule } from './sizes.js';

/** One stratum of a {@link DrawPlan}: its id, label and size rule (a ratio or a fixed count, 第十五条). */
export interface PlanStratum {
  readonly id: string;
  readonly label: string;
  readonly rule: StratumSizeRule;
}

/** What a draw needs from its task (第十四条, 第十五条): task id, the strata with their rules in table order, an optional total and the reserve percentage. */
export interface DrawPlan {
  readonly taskId: string;
  /** Where the ratios come from (plan annex, notice). */
  readonly source: string;
  readonly total?: number;
  readonly strata: readonly PlanStratum[];
  /** Reserve size per stratum: min(N − n, ⌈n·reservePercent/100⌉). */
  readonly reservePercent: number;
}

/** Options every draw entry point accepts. */
export const DrawOptionsSchema = z.object({
  /** Integer percentage of n drawn as reserve (备选) per stratum; default 10. */
  reservePercent: z.int().min(0).max(100).optional(),
});

function isRatioRangeIssue(i: RuleIssue): boolean {
  return (
    i.path[i.path.length - 1] === 'ratio' && (i.code === 'SCHEMA_TOO_SMALL' || i.code === 'SCHEMA_TOO_BIG')
  );
}

/** Reads the plan from an unknown task; duplicate strata and out-of-range ratios are findings. */
export function planFromTask(task: unknown, options: unknown = {}): Result<DrawPlan, RuleIssue[]> {
  const opts = DrawOptionsSchema.safeParse(options ?? {});
  if (!opts.success) {
    return err([
      drawIssue(
        'DRAW_OPTIONS_INVALID',
        ['options', 'reservePercent'],
        '备选比例应为 0 到 100 之间的整数',
        'reservePercent must be an integer from 0 to 100',
      ),
    ]);
  }
  const parsed = parseWith(TaskSchema, task, article(14));
  if (parsed.isErr()) {
    return err(
      parsed.error.map((i) =>
        isRatioRangeIssue(i)
          ? drawIssue(
              'DRAW_RATIO_OUT_OF_RANGE',
              ['task', ...i.path],
              `抽查比例须大于 0 且不大于 1（${i.message.zh}）`,
              `A sampling ratio must be in (0, 1] (${i.message.en})`,
            )
          : i,
      ),
    );
  }
  const t = parsed.value;
  const table = t.sampling.ratioTable;
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  table.strata.forEach((s, k) => {
    const path = ['task', 'sampling', 'ratioTable', 'strata', k, 'id'];
    if (seen.has(s.id)) {
      issues.push(
        drawIssue('DRAW_DUPLICATE_STRATUM', path, `分层“${s.id}”重复`, `Stratum "${s.id}" is listed twice`),
      );
    }
    if (!isWellFormedText(s.id)) {
      issues.push(
        drawIssue(
          'DRAW_TEXT_NOT_UNICODE',
          path,
          '分层标识含不成对的代理字符',
          'Stratum id is not well-formed Unicode',
        ),
      );
    }
    seen.add(s.id);
    if (s.count === 0) {
      issues.push(
        drawIssue(
          'DRAW_STRATUM_COUNT_ZERO',
          ['task', 'sampling', 'ratioTable', 'strata', k, 'count'],
          `分层“${s.id}”固定抽取 0 户，其检查对象将被免于抽查；任何信用类别都不免于抽查`,
          `Stratum "${s.id}" draws a fixed count of 0, exempting its objects; no credit class is exempt from the draw`,
        ),
      );
    }
    if (s.ratio !== undefined) {
      const issue = ratioTextIssue(decimalText(s.ratio), [
        'task',
        'sampling',
        'ratioTable',
        'strata',
        k,
        'ratio',
      ]);
      if (issue) issues.push(issue);
    }
  });
  if (!isWellFormedText(t.id)) {
    issues.push(
      drawIssue(
        'DRAW_TEXT_NOT_UNICODE',
        ['task', 'id'],
        '任务标识含不成对的代理字符',
        'Task id is not well-formed Unicode',
      ),
    );
  }
  if (issues.length > 0) return err(issues);
  return ok({
    taskId: t.id,
    source: table.source,
    ...(table.total !== undefined ? { total: table.total } : {}),
    strata: table.strata.map((s) => ({
      id: s.id,
      label: s.label,
      rule: s.ratio !== undefined ? { ratio: decimalText(s.ratio) } : { count: s.count ?? 0 },
    })),
    reservePercent: opts.data.reservePercent ?? DEFAULT_RESERVE_PERCENT,
  });
}
