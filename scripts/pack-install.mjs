// Installs the packed package into a fresh project outside the repository, exactly as published (only the
// `files`): `npm pack`, unpack into <work>/app/node_modules/shuangsuiji, link the runtime dependencies (and any
// `extra` package) from this repository's node_modules — offline — and make the bins executable as npm would.
// Used by scripts/smoke-consumer.mjs and by the CLI tests (test/cli), which spawn the installed bin.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Packs the repository (its dist must be built) into `work`; returns the app folder, the package and its files. */
export function packAndInstall(work, extra = []) {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )[0];
  const app = join(work, 'app');
  const installed = join(app, 'node_modules', 'shuangsuiji');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
  for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...extra]) {
    const target = join(app, 'node_modules', dep);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(repo, 'node_modules', dep), target, 'dir');
  }
  const bins = {};
  for (const [name, file] of Object.entries(pkg.bin ?? {})) {
    bins[name] = join(installed, file);
    chmodSync(bins[name], 0o755);
  }
  return { app, installed, files: packed.files.map((f) => f.path), bins };
}
