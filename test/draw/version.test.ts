import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALGORITHM_LIBRARY_VERSIONS, LIBRARY_VERSION } from '../../src/draw/index.js';

describe('versions named in receipts', () => {
  it('LIBRARY_VERSION is the package version, and a release implementing the algorithm', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(LIBRARY_VERSION).toBe(pkg.version);
    expect(ALGORITHM_LIBRARY_VERSIONS).toContain(LIBRARY_VERSION);
  });

  it('the independent Python verifier knows the same releases', () => {
    const py = readFileSync(new URL('./golden/verify_receipt.py', import.meta.url), 'utf8');
    const listed = /LIBRARY_VERSIONS = \{([^}]*)\}/.exec(py)?.[1] ?? '';
    const versions = [...listed.matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort();
    expect(versions).toEqual([...ALGORITHM_LIBRARY_VERSIONS].sort());
  });
});
