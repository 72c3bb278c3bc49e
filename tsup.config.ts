import { dirname, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const root = import.meta.dirname;
const coreEntry = resolve(root, 'src/index.js');

// The CLI imports the core as `../index.js` in the source; in dist/cli.js that import becomes the package's own
// name, so the CLI uses the published library bundle (dist/index.js) instead of a second copy of the core.
const coreAsPackage: Plugin = {
  name: 'core-as-package',
  setup(b) {
    b.onResolve({ filter: /index\.js$/ }, (args) =>
      resolve(dirname(args.importer), args.path) === coreEntry
        ? { path: 'shuangsuiji', external: true }
        : undefined,
    );
  },
};

/** The command-line tool (bin `shuangsuiji`): Node only, ESM, its dependencies left to the package's own. */
async function buildCli(): Promise<void> {
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [coreAsPackage],
    logLevel: 'warning',
  });
}

// One entry per public subpath; each is also re-exported from the root barrel. The CLI (src/cli) is no entry
// here: it is built after the library into dist/cli.js, so it never enters the library's bundles.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'model/index': 'src/model/index.ts',
    'plan/index': 'src/plan/index.ts',
    'draw/index': 'src/draw/index.ts',
    'match/index': 'src/match/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'records/index': 'src/records/index.ts',
    'sql/index': 'src/sql/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  onSuccess: buildCli,
});
