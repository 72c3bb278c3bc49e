// Bundles the page (examples/browser/main.ts) with the library from its source (tsconfig paths map
// `shuangsuiji` to src/index.ts) into <outdir>/app.js and copies index.html beside it.
// `npm run example:browser` (tsx) writes examples/browser/dist/; open dist/index.html from a local web server.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildResult, build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the page into `outdir`; resolves to esbuild's result. */
export async function buildPage(outdir: string = join(here, 'dist')): Promise<BuildResult> {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    outfile: join(outdir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    tsconfig: join(here, 'tsconfig.json'),
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPage(process.argv[2]);
  console.log(`built ${join(process.argv[2] ?? join(here, 'dist'), 'index.html')}`);
}
