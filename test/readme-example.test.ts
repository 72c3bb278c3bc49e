// The README's usage is a real program: examples/quick-start.ts, shown verbatim in the README and run here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = readFileSync(`${root}examples/quick-start.ts`, 'utf8');

describe('README usage (examples/quick-start.ts)', () => {
  it('the README shows examples/quick-start.ts verbatim (`npm run docs:readme` copies it)', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const block = /## Usage\n[\s\S]*?```ts\n([\s\S]*?)```\n/.exec(readme);
    expect(block?.[1]).toBe(example);
  });

  it('runs, and says what to publish before the seed and after the draw', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/quick-start.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const before = lines.findIndex((l) =>
      /^PUBLISH before the seed — announcement digest: [0-9a-f]{64}$/.test(l),
    );
    const after = lines.indexOf('PUBLISH after the draw — the frame and the receipt (JSON)');
    expect(before).toBeGreaterThanOrEqual(0);
    expect(after).toBeGreaterThan(before);
    expect(run.stdout).toMatch(/^Selected \(抽中, 7\):$/m);
    // No reserve: these measures provide no substitution (第十九条 ¶3).
    expect(run.stdout).not.toMatch(/Reserve/);
    expect(run.stdout).toContain('Verified: the receipt is the draw the announcement fixed');
    expect(run.stdout).toMatch(/^Results due by 2026-07-28$/m);
  });
});

describe('the end-to-end demo (examples/longting-demo.ts, `npm run demo`)', () => {
  it('runs, draws no reserve (第十九条 ¶3) and counts the receipt in UTF-8 bytes', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/longting-demo.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const drawn = Number(/抽中 (\d+) 户（名单一经锁定不可更改，不设备选替补/.exec(run.stdout)?.[1]);
    expect(drawn).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('备选（');
    const bytes = Number(/第三方复核回执（(\d+) 字节 UTF-8 JSON）/.exec(run.stdout)?.[1]);
    expect(bytes).toBeGreaterThan(0);
  });
});
