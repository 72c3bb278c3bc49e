import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALGORITHM_LIBRARY_VERSIONS, LIBRARY_VERSION, verifyDraw } from '../../src/draw/index.js';
import { verifyDrawStream } from '../../src/sql/index.js';

const golden = JSON.parse(
  readFileSync(new URL('./golden/v2-worked-example.json', import.meta.url), 'utf8'),
) as { receipt: Record<string, unknown>; input: { frame: unknown } };
const script = new URL('./golden/verify_receipt.py', import.meta.url).pathname;
const python = spawnSync('python3', ['--version']).status === 0;
const required = process.env.CI === 'true';

function withVersion(v: unknown) {
  return { ...golden, receipt: { ...golden.receipt, libraryVersion: v } };
}

describe('versions named in receipts', () => {
  it('LIBRARY_VERSION is the package version, and a release implementing the algorithm', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(LIBRARY_VERSION).toBe(pkg.version);
    expect(ALGORITHM_LIBRARY_VERSIONS).toContain(LIBRARY_VERSION);
  });

  // docs/verification.md: libraryVersion is informational; a verifier checks only that it is a semantic version,
  // so the receipts of a later release that keeps algorithm version 2 verify with this release's verifiers.
  const later = ['0.2.0', '1.0.0', '1.0.0-rc.1', '2.3.4+build.5'];
  const invalid = ['v0.1.0', '0.1', '', '01.0.0', '0.1.0 (patched)', 1];

  it('verifyDraw accepts any semantic version and refuses anything else (DRAW_VERIFY_RECEIPT_INVALID)', () => {
    for (const v of later) {
      const g = withVersion(v);
      expect(verifyDraw({ receipt: g.receipt, frame: g.input.frame }).isOk(), String(v)).toBe(true);
    }
    for (const v of invalid) {
      const g = withVersion(v);
      const codes = verifyDraw({ receipt: g.receipt, frame: g.input.frame })
        ._unsafeUnwrapErr()
        .map((i) => i.code);
      expect(codes, String(v)).toEqual(['DRAW_VERIFY_RECEIPT_INVALID']);
    }
  });

  it('verifyDrawStream applies the same rule, from the parsed receipt and from its text', async () => {
    const units = () => (golden.input.frame as { units: unknown[] }).units;
    for (const v of later) {
      const g = withVersion(v);
      for (const receipt of [g.receipt, JSON.stringify(g.receipt)]) {
        const r = await verifyDrawStream({ receipt: receipt as never, source: units });
        expect(r.isOk(), String(v)).toBe(true);
      }
    }
    for (const v of invalid) {
      const g = withVersion(v);
      const r = await verifyDrawStream({ receipt: g.receipt as never, source: units });
      // A version that is not even a string makes the receipt malformed (SQL_INPUT_INVALID), as any such field.
      expect(
        r._unsafeUnwrapErr().map((i) => [i.code, i.path]),
        String(v),
      ).toEqual([
        typeof v === 'string'
          ? ['DRAW_VERIFY_RECEIPT_INVALID', ['receipt', 'libraryVersion']]
          : ['SQL_INPUT_INVALID', ['receipt']],
      ]);
    }
  });

  it.skipIf(!python && !required)('the independent Python verifier applies the same rule', () => {
    const run = (v: unknown) =>
      spawnSync('python3', [script, '-'], {
        input: JSON.stringify(withVersion(v)),
        encoding: 'utf8',
      }).status;
    for (const v of later) expect(run(v), String(v)).toBe(0);
    for (const v of invalid) expect(run(v), String(v)).toBe(1);
  });
});
