// Package check run by `npm run check:package` after the build: every subpath loads from ESM and from CJS and
// works, and the root bundles for a browser with no Node built-ins (the core must run in browsers and workers).
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const pkg = require('../package.json');
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
let failures = 0;
const fail = (msg) => {
  console.error(`smoke-dist: ${msg}`);
  failures++;
};

for (const sub of subpaths) {
  const spec = sub === '.' ? 'shuangsuiji' : `shuangsuiji/${sub.slice(2)}`;
  const esm = await import(spec);
  const cjs = require(spec);
  const esmKeys = Object.keys(esm)
    .filter((k) => k !== 'default')
    .sort();
  const cjsKeys = Object.keys(cjs).sort();
  if (esmKeys.join() !== cjsKeys.join()) fail(`${spec}: ESM and CJS export different names`);
}

const root = require('shuangsuiji');
if (!root.isValidUscc('91350100M000100Y43')) fail('CJS isValidUscc rejects a valid code');
const esmRoot = await import('shuangsuiji');
if (esmRoot.checkUscc('91350100M000100Y4Z').isOk()) fail('ESM checkUscc accepts an invalid code');

try {
  const result = await build({
    stdin: { contents: "export * from 'shuangsuiji';", resolveDir: process.cwd() },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const kb = Math.round(result.outputFiles[0].contents.length / 1024);
  console.log(`smoke-dist: browser bundle of the root builds without Node built-ins (${kb} KiB unminified)`);
} catch (e) {
  fail(`browser bundle failed: ${e.message}`);
}

if (failures > 0) process.exit(1);
console.log(`smoke-dist: ${subpaths.length} subpaths load from ESM and CJS with the same exports`);
