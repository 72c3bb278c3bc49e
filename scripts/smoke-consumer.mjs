// Consumer smoke test (run by `npm run check:package`, after the build): the packed tarball, installed into a
// fresh project outside the repository, works as an integrator meets it — ESM import and CommonJS require of the
// root and a subpath, and TypeScript 5.9 type-checking a consumer file under moduleResolution node16, bundler
// and node (node10, through typesVersions). Offline: the tarball is unpacked into the project's node_modules as
// npm would, and the runtime dependencies are linked from this repository's node_modules.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAndInstall, repo } from './pack-install.mjs';

const work = mkdtempSync(join(tmpdir(), 'shuangsuiji-consumer-'));
let failures = 0;
const fail = (msg) => {
  console.error(`smoke-consumer: ${msg}`);
  failures++;
};
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  // 1. Pack, and unpack into the consumer's node_modules exactly as published (only the `files`).
  const { app, files, bins } = packAndInstall(work, ['typescript']);
  for (const shipped of [
    'test/draw/golden/verify_receipt.py',
    'docs/schemas/AnnualPlan.json',
    'docs/quick-start.zh-CN.md',
    'docs/cli.md',
    'dist/cli.js',
  ]) {
    if (!files.includes(shipped)) fail(`the package does not ship ${shipped}`);
  }
  // The bin runs from the installed package (test/cli runs every command).
  if (!run(bins.shuangsuiji, ['--version'], app).trim()) fail('the shuangsuiji bin prints no version');
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );

  // 2. ESM and CommonJS, root and subpath, from outside the repository.
  writeFileSync(
    join(app, 'esm.mjs'),
    `import { parseUscc } from 'shuangsuiji';
import { deadline } from 'shuangsuiji/calendar';
import { verifyDraw } from 'shuangsuiji/draw';
const ok = parseUscc('91350100M000100Y43').isOk() && deadline('results-publication', '2026-06-30').isOk();
const rejected = verifyDraw({ receipt: {}, frame: [] }).isErr();
if (!ok || !rejected) process.exit(1);
console.log('esm ok');
`,
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    `const { isUscc } = require('shuangsuiji');
const { parseAnnualPlan } = require('shuangsuiji/model');
if (!isUscc('91350100M000100Y43') || parseAnnualPlan({}).isOk()) process.exit(1);
console.log('cjs ok');
`,
  );
  if (run(process.execPath, ['esm.mjs'], app).trim() !== 'esm ok') fail('ESM consumer failed');
  if (run(process.execPath, ['cjs.cjs'], app).trim() !== 'cjs ok') fail('CommonJS consumer failed');

  // 3. Types: a consumer file that uses the typed inputs, under three module resolutions.
  writeFileSync(
    join(app, 'consumer.ts'),
    `import { type RuleIssue, parseUscc, type Uscc } from 'shuangsuiji';
import { type DeadlineResult, deadline } from 'shuangsuiji/calendar';
import { type VerifyInput, verifyDraw } from 'shuangsuiji/draw';
import { type AnnualPlan, type CatalogInput, parseAnnualPlan, parseCatalog } from 'shuangsuiji/model';
import { validateAnnualPlan, validateCatalog } from 'shuangsuiji/plan';

const code: Uscc | undefined = parseUscc('91350100M000100Y43').unwrapOr(undefined);
const due: DeadlineResult | undefined = deadline('results-publication', '2026-06-30').unwrapOr(undefined);
const input: VerifyInput = { receipt: {}, frame: [] };
const issues: RuleIssue[] = verifyDraw(input).match(() => [], (e) => e);
const plan: AnnualPlan | undefined = parseAnnualPlan({}).unwrapOr(undefined);
const catalog: CatalogInput | undefined = parseCatalog({}).unwrapOr(undefined);
if (plan && catalog) validateAnnualPlan(plan, { catalog, departments: [] });
// @ts-expect-error: parameters carry the schemas' input types
validateCatalog({}, []);
// @ts-expect-error: a deadline kind is checked at compile time too
deadline('no-such-deadline', '2026-06-30');
export { code, due, issues };
`,
  );
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const setups = [
    ['node16', ['--module', 'node16', '--moduleResolution', 'node16']],
    ['bundler', ['--module', 'esnext', '--moduleResolution', 'bundler']],
    [
      'node (node10, typesVersions)',
      // An older setup as it usually is: esModuleInterop and skipLibCheck on.
      [
        '--module',
        'commonjs',
        '--moduleResolution',
        'node10',
        '--ignoreDeprecations',
        '5.0',
        '--esModuleInterop',
        '--skipLibCheck',
      ],
    ],
  ];
  for (const [name, flags] of setups) {
    try {
      run(
        process.execPath,
        [tsc, '--noEmit', '--strict', '--target', 'es2022', ...flags, 'consumer.ts'],
        app,
      );
    } catch (e) {
      fail(`tsc (${name}) rejects the consumer file:\n${e.stdout}${e.stderr}`);
    }
  }
} catch (e) {
  fail(`${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures > 0) process.exit(1);
console.log(
  'smoke-consumer: the packed tarball works from ESM, CommonJS and TypeScript (node16, bundler, node10)',
);
