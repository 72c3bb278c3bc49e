// `npm run schemas`: writes docs/schemas/*.json from the zod schemas (test/model/json-schema.test.ts fails
// when the checked-in files differ from what this writes).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildSchemas } from './schemas.js';

const dir = new URL('../docs/schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(new URL(f, dir));
const files = buildSchemas();
for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, dir), text);
console.log(`wrote ${Object.keys(files).length} schemas to docs/schemas/`);
