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
  const exists = (p: string) => existsSync(new URL(`../${p}`, import.meta.url));
  const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');
  const measures = text.slice(0, text.indexOf('## National rules'));
  /** The rows of the measures' table: article, rule, what is checked (code; tests), what is left to people. */
  const rows = measures
    .split('\n')
    .filter((line) => line.startsWith('| 第'))
    .map((line) => {
      const [article = '', rule = '', checked = '', left = ''] = line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim());
      return { article, rule, checked, left, line };
    });

  /**
   * Files a piece of the table names: full paths (`src/…`, `test/…`, `scripts/…`, `examples/…`, folders ending in
   * `/`), and bare names (`task-state.ts`) in the folder of the path named before them in the same cell.
   */
  function filesOf(cell: string): string[] {
    const out: string[] = [];
    let folder: string | undefined;
    for (const [token] of cell.matchAll(
      /(?:(?:src|test|scripts|examples)\/[\w/.-]*|(?<![\w/.-])[\w-]+\.(?:ts|py|yaml|mjs))/g,
    )) {
      const path = token.replace(/[.]$/, '');
      if (/^(src|test|scripts|examples)\//.test(path)) {
        out.push(path);
        folder = path.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/') + 1);
      } else if (folder !== undefined) {
        out.push(folder + path);
      } else {
        out.push(path);
      }
    }
    return out;
  }

  it('lists all 23 articles, each in its own row', async () => {
    const { article, LONGTING_ARTICLE_COUNT } = await import('../src/model/article.js');
    for (let n = 1; n <= LONGTING_ARTICLE_COUNT; n++) {
      expect(text, article(n)).toMatch(new RegExp(`^\\| ${article(n)}`, 'm'));
    }
    expect(new Set(rows.map((r) => r.article.split(' ')[0])).size).toBe(LONGTING_ARTICLE_COUNT);
  });

  it('every source, test, script and example file it names exists (bare names in the folder named before them)', () => {
    const paths = new Set(filesOf(text));
    expect(paths.size).toBeGreaterThan(60);
    for (const p of paths) expect(exists(p), p).toBe(true);
  });

  it('every article says what it checks, with a test titled with the article, or that nothing is computed', () => {
    for (const { article, checked, left } of rows) {
      expect(left, `${article}: what is left to people`).not.toBe('');
      if (checked.startsWith('organisational: nothing to compute')) continue;
      const files = filesOf(checked);
      const sources = files.filter((f) => f.startsWith('src/') || f.startsWith('scripts/'));
      const tests = files.filter((f) => f.startsWith('test/') && /\.(test\.ts|yaml)$/.test(f));
      expect(sources.length, `${article}: the code that checks it`).toBeGreaterThan(0);
      expect(tests.length, `${article}: the tests that show it`).toBeGreaterThan(0);
      // The article as a test names it: 第十三条 (any paragraph), in a describe/it title or a policy case.
      const name = article.split(' ')[0]!;
      const titled = new RegExp(
        `(?:describe|it|test)(?:\\.\\w+)*\\(\\s*['"\`][^'"\`\\n]*${name}|article:.*${name}`,
      );
      const named = tests.filter((t) => exists(t) && titled.test(read(t)));
      expect(named, `${article}: no cited test has ${name} in its title (${tests.join(', ')})`).not.toEqual(
        [],
      );
    }
  });

  it('every error code it names is registered, and every name it quotes occurs in the code it cites', () => {
    const codes = new Set(registries().flatMap(([, registry]) => Object.keys(registry)));
    const allSources = rows
      .flatMap((r) => filesOf(r.checked))
      .filter((f) => f.startsWith('src/') && f.endsWith('.ts') && exists(f));
    for (const { article, line } of rows) {
      const cited = filesOf(line).filter((f) => f.startsWith('src/') && f.endsWith('.ts') && exists(f));
      const code = (cited.length > 0 ? cited : allSources).map(read).join('\n');
      for (const [, quoted] of line.matchAll(/`([A-Za-z][\w.]*)`/g)) {
        const name = quoted!;
        if (/\.(ts|py|yaml|mjs)$/.test(name)) continue;
        if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(name)) {
          expect(codes.has(name), `${article}: ${name} is not a registered code`).toBe(true);
          continue;
        }
        const last = name.split('.').pop()!;
        expect(code, `${article}: \`${name}\` does not occur in ${cited.join(', ')}`).toMatch(
          new RegExp(`\\b${last}\\b`),
        );
      }
    }
  });
});

describe('the vendor guide, in English and Chinese', () => {
  const guides = ['docs/vendor-guide.md', 'docs/vendor-guide.zh-CN.md'];
  const read = (p: string) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');
  /** Library functions the guide calls: `name(` inside backticks. */
  const calls = (text: string) => new Set([...text.matchAll(/`(\w+)\(/g)].map((m) => m[1]!));

  it('every link to a file of the repository resolves', () => {
    for (const guide of guides) {
      for (const [, target] of read(guide).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^https?:/.test(target!)) continue;
        expect(existsSync(new URL(`../docs/${target}`, import.meta.url)), `${guide}: ${target}`).toBe(true);
      }
    }
  });

  it('every function it calls is exported by the library, and both languages call the same ones', async () => {
    const lib: Record<string, unknown> = await import('../src/index.js');
    const [en, zh] = guides.map((g) => calls(read(g)));
    // Not the library's: neverthrow's Result method and zod's configuration.
    const others = new Set(['isErr', 'config']);
    for (const name of en!) if (!others.has(name)) expect(typeof lib[name], name).toBe('function');
    expect([...zh!].sort()).toEqual([...en!].sort());
    expect(en!.size).toBeGreaterThan(10);
    for (const name of ['verifyDraw', 'verifyAssignment', 'replaceInspector'])
      expect(read(guides[0]!)).toContain(name);
  });

  it('covers integrating, publishing, storing receipts, replacements and verifying', () => {
    const en = read(guides[0]!);
    for (const heading of ['Integrate', 'Publish', 'Store receipts', 'Handle replacements', 'Verify']) {
      expect(en).toMatch(new RegExp(`^## \\d\\. ${heading}`, 'm'));
    }
    const zh = read(guides[1]!);
    for (const heading of ['接入', '公开', '保存回执', '处理更换', '核验']) {
      expect(zh).toMatch(new RegExp(`^## .、.*${heading}`, 'm'));
    }
  });
});
