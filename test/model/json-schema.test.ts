import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemas } from '../../scripts/schemas.js';

const dir = new URL('../../docs/schemas/', import.meta.url);

describe('docs/schemas/*.json are the JSON Schemas of the current zod schemas', () => {
  const built = buildSchemas();

  it('no schema file is missing or left over (run `npm run schemas` to regenerate)', () => {
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual(Object.keys(built).sort());
  });

  for (const [name, text] of Object.entries(built)) {
    it(`${name} is up to date`, () => {
      expect(readFileSync(new URL(name, dir), 'utf8')).toBe(text);
    });
  }
});
