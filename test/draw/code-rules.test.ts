// The draw's findings take their severity and article (第十五条, 第十八条, 第十九条) from src/draw/code-rules.ts, a
// table generated from the code registry so that the registry's descriptions stay out of the draw's bundle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeRulesSource } from '../../scripts/code-rules-source.js';
import { drawCodeRules } from '../../src/draw/code-rules.js';
import { drawCodes } from '../../src/draw/codes.js';
import { drawIssue } from '../../src/draw/issues.js';

describe("the draw's findings cite the registry's article and severity", () => {
  it('code-rules.ts is generated from the registry (run `npm run gen:codes`)', () => {
    const onDisk = readFileSync(new URL('../../src/draw/code-rules.ts', import.meta.url), 'utf8');
    const strip = (t: string) => t.replace(/\s+/g, '').replace(/[,;]([}\]])/g, '$1');
    expect(strip(onDisk)).toBe(strip(codeRulesSource()));
  });

  it('every code of the registry, and no other, has its severity and article', () => {
    expect(Object.keys(drawCodeRules)).toEqual(Object.keys(drawCodes));
    for (const [code, info] of Object.entries(drawCodes)) {
      const issue = drawIssue(code as keyof typeof drawCodes, ['x'], '中文', 'English');
      expect([code, issue.severity, issue.article]).toEqual([code, info.severity, info.article]);
    }
  });
});
