// The public surface changes only on purpose: api/shuangsuiji.api.md lists every export of every entry point
// with its signature. After an intended change run `npm run api:report`, review the diff and say it in the
// CHANGELOG.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiReport, REPORT_PATH } from '../scripts/api-report.js';

describe('API report', () => {
  const report = apiReport();

  it('api/shuangsuiji.api.md is up to date (run `npm run api:report` after an intended change)', () => {
    expect(report).toBe(readFileSync(REPORT_PATH, 'utf8'));
  });

  it('nothing internal is public: no article tables, parser factories, preimages, labels or lookup tables', () => {
    const internal = [
      /_ARTICLES\b/,
      /\bmakeParser\b/,
      /\bparseWith\b/,
      /\bruleParams\b/,
      /\bnestArticles\b/,
      /\bPreimage\b/i,
      /_LABEL\b/,
      /\bBUCKET_COUNT\b/,
      /\bUSCC_(ALPHABET|WEIGHTS|VALUES|REGION_FIRST|REGION_LAST)\b/,
      /\b(compareIssues|sortIssues|hasErrors|ruleIssue|chineseNumeral)\b/,
      /^function article\(/m,
    ];
    for (const pattern of internal) expect(report, String(pattern)).not.toMatch(pattern);
  });
});
