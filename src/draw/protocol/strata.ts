/**
 * The stratum ids a frame or a commitment lists (第十五条 分层): non-empty, distinct, well-formed Unicode strings
 * (a lone surrogate has no exact UTF-8 encoding, so two different ids could hash alike). commitFrame and
 * commitFrameStream read them with this one check.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../../model/issue.js';
import { drawIssue } from '../issues.js';
import { isWellFormedText } from './encoding.js';

/** Reads a list of stratum ids; anything else is DRAW_COMMITMENT_INVALID at `path`. */
export function readStrata(
  strata: unknown,
  path: readonly (string | number)[] = ['frame', 'strata'],
): Result<string[], RuleIssue[]> {
  if (
    !Array.isArray(strata) ||
    strata.length === 0 ||
    !strata.every((s) => typeof s === 'string' && s.length > 0 && isWellFormedText(s)) ||
    new Set(strata).size !== strata.length
  ) {
    return err([
      drawIssue(
        'DRAW_COMMITMENT_INVALID',
        path,
        '须列出比例表的分层标识（非空、互不相同、无不成对的代理字符）',
        "List the ratio table's stratum ids (non-empty, distinct, well-formed Unicode)",
      ),
    ]);
  }
  return ok([...(strata as string[])]);
}

/** The frame's strata must be the ratio table's, in table order (DRAW_FRAME_STRATA_MISMATCH). */
export function frameStrataIssue(
  frameStrata: readonly string[],
  tableStrata: readonly string[],
): RuleIssue | undefined {
  if (frameStrata.length === tableStrata.length && frameStrata.every((s, h) => s === tableStrata[h]))
    return undefined;
  return drawIssue(
    'DRAW_FRAME_STRATA_MISMATCH',
    ['frame', 'strata'],
    `底册分层为 [${frameStrata.join(', ')}]，任务比例表为 [${tableStrata.join(', ')}]`,
    `The frame lists strata [${frameStrata.join(', ')}], the task's ratio table [${tableStrata.join(', ')}]`,
  );
}
