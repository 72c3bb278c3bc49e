// Size budget: what a browser application pays for the library, measured on real minified esbuild bundles of the
// public entry points (tree-shaken as an application's bundler would). Fails when a change pulls in more code,
// e.g. all of zod's locales through the `z.locales` namespace (258 KB).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

async function minifiedBytes(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents.length;
}

const KB = 1000;

describe('bundle size budget (minified, esbuild, browser)', () => {
  it('shuangsuiji/calendar `deadline` alone: ≤ 150 KB', async () => {
    const bytes = await minifiedBytes("export { deadline } from './src/calendar/index.ts';");
    expect(bytes).toBeLessThanOrEqual(150 * KB);
  });

  it('the draw path (stratify, commitFrame, announceDraw, drawObjects, verifyDraw): ≤ 250 KB', async () => {
    const bytes = await minifiedBytes(
      "export { announceDraw, commitFrame, drawObjects, stratify, verifyDraw } from './src/draw/index.ts';",
    );
    expect(bytes).toBeLessThanOrEqual(250 * KB);
  });

  it('zod brings only its zh-CN and en locales', async () => {
    const result = await build({
      stdin: {
        contents: "export { parseCatalog } from './src/model/index.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      metafile: true,
      outdir: 'out',
    });
    const [output] = Object.values(result.metafile.outputs);
    const bundled = Object.entries(output!.inputs).filter(([, input]) => input.bytesInOutput > 0);
    const locales = bundled.map(([f]) => f).filter((f) => /zod\/v4\/locales\/(?!index)/.test(f));
    expect(locales.map((f) => f.replace(/.*locales\//, '')).sort()).toEqual(['en.js', 'zh-CN.js']);
  });
});
