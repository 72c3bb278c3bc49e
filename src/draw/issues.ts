/** Builds the draw's RuleIssues from its code registry (articles 第十五条, 第十八条, 第十九条). */
import { type CodeInfo, type IssuePath, type RuleIssue, ruleIssue } from '../model/issue.js';
import { type DrawCode, drawCodes } from './codes.js';

/** A draw finding with the registry's article; messages say what is wrong with which value. */
export function drawIssue(code: DrawCode, path: IssuePath, zh: string, en: string): RuleIssue {
  const info: CodeInfo = drawCodes[code];
  return ruleIssue({ code, severity: info.severity, article: info.article, path, zh, en });
}
