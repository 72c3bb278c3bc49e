/** Builds the draw's RuleIssues from its code registry (articles 第十五条, 第十八条, 第十九条). */
import { type IssuePath, type RuleIssue, ruleIssue } from '../model/issue.js';
import { drawCodeRules } from './code-rules.js';
import type { DrawCode } from './codes.js';

/**
 * A draw finding with the registry's article and severity (or `severity`, for a code whose severity an option
 * decides); messages say what is wrong with which value.
 */
export function drawIssue(
  code: DrawCode,
  path: IssuePath,
  zh: string,
  en: string,
  severity?: RuleIssue['severity'],
): RuleIssue {
  const rule = drawCodeRules[code];
  return ruleIssue({ code, severity: severity ?? rule.severity, article: rule.article, path, zh, en });
}

/** DRAW_DUPLICATE_ID at `path`: the credit code `id` is listed a second time (第十八条). */
export function duplicateIdIssue(path: IssuePath, id: string): RuleIssue {
  return drawIssue(
    'DRAW_DUPLICATE_ID',
    path,
    `统一社会信用代码 ${id} 重复`,
    `Credit code ${id} appears twice`,
  );
}
