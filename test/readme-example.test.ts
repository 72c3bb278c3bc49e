// The README's usage is a real program: examples/quick-start.ts, shown verbatim in the README and run here.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = readFileSync(`${root}examples/quick-start.ts`, 'utf8');

/** One run of the example, shared by the tests below. */
let ran: SpawnSyncReturns<string> | undefined;
function quickStart() {
  ran ??= spawnSync(process.execPath, ['--import', 'tsx', 'examples/quick-start.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  return ran;
}

describe('README usage (examples/quick-start.ts)', () => {
  it('the README shows examples/quick-start.ts verbatim (`npm run docs:readme` copies it)', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const block = /## Usage\n[\s\S]*?```ts\n([\s\S]*?)```\n/.exec(readme);
    expect(block?.[1]).toBe(example);
  });

  it('runs, and says what to publish before the seed and after the draw', () => {
    const run = quickStart();
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

  it('goes on to stage two and through the lifecycle to the publication of the results', () => {
    const run = quickStart();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    // Each department announces before its seed and publishes its receipt after its draw (第十九条).
    for (const d of ['lt-scjgj', 'lt-wjw']) {
      const before = out.search(
        new RegExp(`^PUBLISH before its seed — ${d} 派员公告 digest: [0-9a-f]{64}$`, 'm'),
      );
      const after = out.indexOf(`PUBLISH after its draw — ${d} receipt`);
      expect(before).toBeGreaterThan(out.indexOf('Results due by'));
      expect(after).toBeGreaterThan(before);
    }
    // The initiator's replacement, approved by its head (第十九条 ¶3), and both receipts verified.
    expect(out).toMatch(
      /^Replaced on \S+: lt-scjgj-\d+ → lt-scjgj-\d+ \(健康状况, approved by lt-scjgj-01\)$/m,
    );
    expect(out).toContain("Verified: 2 departments' inspector draws");
    // 7 objects × 2 departments published, and the task closed with its audit trail.
    expect(out).toMatch(/^PUBLISH the results — 14 lines/m);
    expect(out).toMatch(/^ {2}\S+ 开封市龙亭区\S+ 联合抽查 2026-05-12 未发现问题$/m);
    // build-directories, draw, 2 dispatches, 14 checks, completion, 14 entries, 14 publications, close.
    expect(out).toMatch(/^Task LT-2026-T01 closed: 48 audit entries/m);
  });
});
