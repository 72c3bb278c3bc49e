// Package check run by `npm run check:package` after the build: every subpath loads from ESM and from CJS and
// works, and the root bundles for a browser with no Node built-ins (the core must run in browsers and workers).
import { readFileSync } from 'node:fs';
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
if (!root.isUscc('91350100M000100Y43')) fail('CJS isUscc rejects a valid code');
const esmRoot = await import('shuangsuiji');
if (esmRoot.parseUscc('91350100M000100Y4Z').isOk()) fail('ESM parseUscc accepts an invalid code');

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

// The published declarations name only exported types: a declaration tsup had to inline without exporting it
// (e.g. an input type of an exported function) is a type users see in their editor but cannot import.
// Brand symbols (`declare const xBrand: unique symbol`) are private on purpose.
for (const sub of subpaths) {
  const file = sub === '.' ? 'dist/index.d.ts' : `dist/${sub.slice(2)}/index.d.ts`;
  const text = readFileSync(file, 'utf8');
  const declared = [
    ...text.matchAll(/^(?:declare )?(?:interface|type|const|function|class|enum) ([A-Za-z_$][\w$]*)/gm),
  ]
    .map((m) => m[1])
    // A code registry (`const registry`) is read only through `keyof typeof registry` for its code union; its
    // values are public as the area's `*Codes` export.
    .filter((name) => !/Brand$/.test(name) && name !== 'registry');
  // `export { A as B, type C }`: the local names that leave the file.
  const exported = new Set(
    [...text.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
      m[1].split(',').map((e) =>
        e
          .trim()
          .replace(/^type /, '')
          .split(' as ')[0]
          .trim(),
      ),
    ),
  );
  for (const name of declared) if (!exported.has(name)) fail(`${file} declares ${name} without exporting it`);
}

if (failures > 0) process.exit(1);
console.log(`smoke-dist: ${subpaths.length} subpaths load from ESM and CJS with the same exports`);
