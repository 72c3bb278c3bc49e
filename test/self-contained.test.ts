// The repository is self-contained: a fresh clone builds, tests and runs its scripts without anything beside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mts|cts|js|mjs|cjs|py|json)$/.test(name)) yield path;
  }
}

describe('self-contained repository', () => {
  it('no source, test, script, example or bench reads a folder beside the repository (../shared)', () => {
    const outside = /(\.\.\/+shared\b|'\.\.',\s*'shared')/;
    const offenders: string[] = [];
    for (const folder of ['src', 'test', 'scripts', 'examples', 'bench']) {
      for (const file of files(join(root, folder))) {
        if (outside.test(readFileSync(file, 'utf8')) && !file.endsWith('self-contained.test.ts')) {
          offenders.push(relative(root, file));
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
