// 第十九条 “公开”: the independent Python verifier (test/draw/golden/verify_receipt.py, hashlib only) must reject
// every single change to a receipt or frame that verifyDraw rejects — not only the selection. In CI python3 is
// required (the test fails instead of skipping).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyDraw } from '../../src/draw/index.js';
import { uscc } from './fixtures.js';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const script = join(dir, 'verify_receipt.py');
const python = spawnSync('python3', ['--version']).status === 0;
const required = process.env.CI === 'true';

// biome-ignore lint/suspicious/noExplicitAny: edits of parsed JSON
type Json = any;
const golden = (name: string): Json => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));

function runPython(receipt: unknown, frame: unknown, extra: string[] = []) {
  const tmp = mkdtempSync(join(tmpdir(), 'shuangsuiji-verify-'));
  try {
    writeFileSync(join(tmp, 'receipt.json'), JSON.stringify(receipt));
    writeFileSync(join(tmp, 'frame.json'), JSON.stringify(frame));
    return spawnSync('python3', [script, join(tmp, 'receipt.json'), join(tmp, 'frame.json'), ...extra], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('verify_receipt.py rejects every single change (第十九条)', () => {
  it.runIf(required)('python3 is available in CI', () => {
    expect(python).toBe(true);
  });

  const g = golden('v2-total-largest-remainder');
  const tampers: [string, (r: Json, f: Json) => void][] = [
    ['frame stratum count', (r) => (r.frame.strata[0].count += 1)],
    ['frame total', (r) => (r.frame.total += 1)],
    ['frame stratum id', (r) => (r.frame.strata[0].id = 'X')],
    ['derivation function', (r) => (r.derivation.function = 'shuangsuiji/derive-key/v0')],
    ['derivation labels', (r) => (r.derivation.labels = ['stage-one', r.taskId])],
    ['allocation quota', (r) => (r.strata[0].allocation.quota = '1/2')],
    [
      'allocation remainder seat',
      (r) => (r.strata[0].allocation.remainderSeat = !r.strata[0].allocation.remainderSeat),
    ],
    ['allocation capped', (r) => (r.strata[0].allocation.capped = !r.strata[0].allocation.capped)],
    ['allocation rule', (r) => (r.strata[0].allocation = { rule: 'ceil-ratio' })],
    ['reserve rule size', (r) => (r.reserveRule.size = 'ceil(n / 10)')],
    ['reserve percent', (r) => (r.reserveRule.percent = 10)],
    ['library version', (r) => (r.libraryVersion = 'v0.1 (patched)')],
    ['stratum label', (r) => (r.strata[0].label = '改')],
    ['ratio table source', (r) => (r.ratioTable.source = '另一份计划')],
    ['seed source', (r) => (r.seed.source = 'made up')],
    ['announcement reserve', (r) => (r.announcement.reservePercent = 10)],
    ['an extra field', (r) => (r.note = 'x')],
    ['a duplicate id in the frame', (_r, f) => f.units.push({ ...f.units[0] })],
    ['an invalid credit code in the frame', (_r, f) => (f.units[0].id = 'not a credit code!')],
    ['a frame stratum not in the table', (_r, f) => (f.units[0].stratum = 'X')],
    ['an object added to the frame', (_r, f) => f.units.push({ id: uscc(99_999), stratum: 'A' })],
  ];

  it.skipIf(!python && !required)('accepts the untouched vector, also against its published digest', () => {
    expect(runPython(g.receipt, g.input.frame).status).toBe(0);
    expect(
      runPython(g.receipt, g.input.frame, ['--announcement', g.receipt.announcement.digest]).status,
    ).toBe(0);
    expect(runPython(g.receipt, g.input.frame, ['--announcement', '0'.repeat(64)]).status).toBe(1);
  });

  for (const [name, tamper] of tampers) {
    it.skipIf(!python && !required)(`rejects a changed ${name}, as verifyDraw does`, () => {
      const r = JSON.parse(JSON.stringify(g.receipt));
      const f = JSON.parse(JSON.stringify(g.input.frame));
      tamper(r, f);
      const out = runPython(r, f);
      expect(out.status, out.stdout).toBe(1);
      expect(out.stdout).toMatch(/MISMATCH/);
      expect(verifyDraw({ receipt: r, frame: f }).isErr()).toBe(true);
    });
  }
});
