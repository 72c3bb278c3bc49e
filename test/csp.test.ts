// What the README and the quick start tell a page with a strict Content-Security-Policy: zod probes
// `new Function` when the library's schemas are built, unless the application set zod's jitless mode first.
// Checked in a fresh process that counts every `new Function` while importing and using the library.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function functionConstructions(jitless: boolean): number {
  const script = `
    import { config } from 'zod';
    if (${jitless}) config({ jitless: true });
    let count = 0;
    globalThis.Function = new Proxy(Function, { construct: (t, a) => (count++, Reflect.construct(t, a)) });
    const lib = await import('./src/index.ts');
    lib.parseAnnualPlan({ id: 'x' });
    lib.deadline('results-publication', '2026-06-30');
    console.log(count);
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe('strict CSP: zod and new Function', () => {
  it('without configuration, zod probes new Function (a strict CSP reports it)', () => {
    expect(functionConstructions(false)).toBeGreaterThan(0);
  });

  it("with zod's jitless mode set before the import, nothing calls new Function", () => {
    expect(functionConstructions(true)).toBe(0);
  });
});
