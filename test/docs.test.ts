import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildErrorCodesDoc, registries } from '../scripts/error-codes.js';

describe('documentation follows the code', () => {
  it('docs/error-codes.md lists every code of every registry (run `npm run docs:codes` to regenerate)', () => {
    const onDisk = readFileSync(new URL('../docs/error-codes.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(buildErrorCodesDoc());
  });

  it('no code is registered twice across areas, and every code says what it means in both languages', () => {
    const seen = new Map<string, string>();
    for (const [area, registry] of registries()) {
      for (const [code, info] of Object.entries(registry)) {
        expect(seen.get(code), `${code} in ${area} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, area);
        expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
        expect(info.zh.length).toBeGreaterThan(0);
        expect(info.en.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('docs/articles.md traces every article of the measures', () => {
  const text = readFileSync(new URL('../docs/articles.md', import.meta.url), 'utf8');

  it('lists all 23 articles, each in its own row', async () => {
    const { article, LONGTING_ARTICLE_COUNT } = await import('../src/model/article.js');
    for (let n = 1; n <= LONGTING_ARTICLE_COUNT; n++) {
      expect(text, article(n)).toMatch(new RegExp(`^\\| ${article(n)}`, 'm'));
    }
  });

  it('every source and test file it names exists', () => {
    const paths = new Set(text.match(/(?:src|test)\/[\w/.-]+\.(?:ts|yaml)/g) ?? []);
    expect(paths.size).toBeGreaterThan(30);
    for (const p of paths) expect(existsSync(new URL(`../${p}`, import.meta.url)), p).toBe(true);
  });
});
