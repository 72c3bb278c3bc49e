import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildErrorCodesDoc, registries } from '../scripts/error-codes.js';

describe('documentation follows the code', () => {
  it('docs/error-codes.md lists every code of every registry (run `npm run docs:codes` to regenerate)', () => {
    const onDisk = readFileSync(new URL('../docs/error-codes.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(buildErrorCodesDoc());
  });

  it('no code is registered twice across areas, and every code says what it means in both languages', () => {
    const seen = new Map<string, string>();
    for (const [area, registry] of registries()) {
      for (const [code, info] of Object.entries(registry)) {
        expect(seen.get(code), `${code} in ${area} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, area);
        expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
        expect(info.zh.length).toBeGreaterThan(0);
        expect(info.en.length).toBeGreaterThan(0);
      }
    }
  });
});
