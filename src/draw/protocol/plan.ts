/**
 * The draw plan read from a task (第十四条 抽查基数和比例, 第十五条 分层比例): task id, the ratio table's source,
 * each stratum's id, label and ratio (as an exact decimal string) or fixed count, the optional total and the
 * reserve percentage. This is what the receipt records and what verification recomputes from. Beside it, the
 * draw's exemption policy (第十五条): which credit-risk classes each stratum takes, so that a stratum drawing
 * nobody can be named by its classes, and whether that is a warning (default) or refused (`exemptClasses:
 * 'forbid'`). The policy is not announced and not in the receipt: it decides whether a draw is made, never its
 * result.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { article } from '../../model/article.js';
import { field } from '../../model/field.js';
import type { CreditClass } from '../../model/inspection-object.js';
import type { RuleIssue } from '../../model/issue.js';
import { parseWith } from '../../model/parse.js';
import { classesByStratum } from '../../model/stratum-classes.js';
import { TaskSchema } from '../../model/task.js';
import { drawIssue } from '../issues.js';
import { isWellFormedText } from './encoding.js';
import { countZeroIssue } from './exempt.js';
import { reservePercentSchema } from './labels.js';
import { decimalText, ratioTextIssue } from './ratio.js';
import { DEFAULT_RESERVE_PERCENT, type StratumSizeRule } from './sizes.js';

/** One stratum of a {@link DrawPlan}: its id, label and size rule (a ratio or a fixed count, 第十五条). */
export interface PlanStratum {
  readonly id: string;
  readonly label: string;
  readonly rule: StratumSizeRule;
}

/** How the draw treats a credit-risk class exempted from it (n = 0 for a non-empty stratum), 第十五条. */
export interface ExemptPolicy {
  /** `warn` (default): the locked draw lists a warning; `forbid`: the draw is refused. */
  readonly mode: 'warn' | 'forbid';
  /** The credit classes each stratum takes, in table order (lowest risk first). */
  readonly classes: readonly (readonly CreditClass[])[];
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
  /** The exemption policy from the task and options (not announced, not in the receipt). */
  readonly exempt?: ExemptPolicy;
}

/**
 * Options every draw entry point accepts. `reservePercent`: integer percentage of n drawn as reserve (备选) per
 * stratum, default 0 — these measures provide no substitution (第十九条 ¶3 一经锁定不可更改); a jurisdiction whose
 * rules allow one may set it. `exemptClasses`: `warn` (default) or `forbid` a stratum that draws nobody.
 */
export const DrawOptionsSchema = field(
  z.object({
    reservePercent: reservePercentSchema().optional(),
    exemptClasses: field(
      z.enum(['warn', 'forbid']),
      { zh: '免于抽查的处理方式', en: 'the exemption policy' },
      { zh: 'forbid：本地规定不允许免于抽查', en: 'forbid: local rules allow no exemption' },
    ).optional(),
  }),
  { zh: '抽取参数', en: 'the draw options' },
  { zh: '应为 { reservePercent?, exemptClasses? }', en: 'must be { reservePercent?, exemptClasses? }' },
);

/** The plan as announced: without the exemption policy (what the receipt and announcement record). */
export function announcedPlan(plan: DrawPlan): DrawPlan {
  const { exempt: _policy, ...announced } = plan;
  return announced;
}

function isRatioRangeIssue(i: RuleIssue): boolean {
  return (
    i.path[i.path.length - 1] === 'ratio' && (i.code === 'SCHEMA_TOO_SMALL' || i.code === 'SCHEMA_TOO_BIG')
  );
}

/** Reads the plan from an unknown task; duplicate strata and out-of-range ratios are findings. */
export function planFromTask(task: unknown, options: unknown = {}): Result<DrawPlan, RuleIssue[]> {
  const opts = parseWith(DrawOptionsSchema, options ?? {}, article(19));
  if (opts.isErr()) {
    return err(
      opts.error.map((i) =>
        drawIssue('DRAW_OPTIONS_INVALID', ['options', ...i.path], i.message.zh, i.message.en),
      ),
    );
  }
  const mode = opts.value.exemptClasses ?? 'warn';
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
  const classes = classesByStratum(table.strata);
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
    if (s.count === 0 && mode === 'forbid')
      issues.push(countZeroIssue(s.label, classes[k] ?? [], k, 'error'));
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
    reservePercent: opts.value.reservePercent ?? DEFAULT_RESERVE_PERCENT,
    exempt: { mode, classes },
  });
}
