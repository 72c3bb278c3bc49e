// The API reference (`npm run docs`, TypeDoc) documents every exported symbol: typedoc.json turns on
// `validation.notDocumented` and `treatValidationWarningsAsErrors`, so TypeDoc fails on an export without a doc
// comment. This test runs TypeDoc exactly as `npm run docs` does (without writing HTML), and shows on a one-file
// project that an undocumented export does fail it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPoints } from '../scripts/api-report.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const typedocBin = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  entryPoints: string[];
  out: string;
};

function typedoc(args: string[], cwd = root) {
  const run = spawnSync(process.execPath, [typedocBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('API reference (TypeDoc)', () => {
  it('covers every public subpath of package.json (the root re-exports them all)', () => {
    const subpaths = entryPoints()
      .filter((e) => e.name !== 'shuangsuiji')
      .map((e) => e.file);
    expect(config.entryPoints.map((p) => resolve(root, p)).sort()).toEqual(subpaths.sort());
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain(config.out);
  });

  it('every exported symbol has a doc comment and every {@link} resolves', { timeout: 240_000 }, () => {
    const run = typedoc(['--emit', 'none']);
    expect(run.output).not.toMatch(/does not have any documentation/);
    expect(run.output).not.toMatch(/\[warning\]|\[error\]/);
    expect(run.status, run.output).toBe(0);
  });

  it('fails on an undocumented export (the check can fail)', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuangsuiji-typedoc-'));
    try {
      writeFileSync(
        join(dir, 'entry.ts'),
        '/** Documented. */\nexport const documented = 1;\nexport function undocumentedExport(): number {\n  return 2;\n}\n',
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { strict: true }, files: ['entry.ts'] }),
      );
      // The project's TypeDoc options, on this one file.
      const options = { ...config, entryPoints: ['entry.ts'], tsconfig: 'tsconfig.json', out: 'out' };
      writeFileSync(join(dir, 'typedoc.json'), JSON.stringify(options));
      const run = typedoc(['--options', join(dir, 'typedoc.json'), '--emit', 'none'], dir);
      expect(run.output).toMatch(/undocumentedExport \(\w+\).*does not have any documentation/);
      expect(run.output).not.toMatch(/documented \(Variable\)/);
      expect(run.status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
