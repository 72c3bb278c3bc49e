// Writes src/draw/engine/sha256x4-module.ts from scripts/sha256x4-wat.ts (npm run gen:wasm).
import { writeFileSync } from 'node:fs';
import { assembleSha256x4, sha256x4Source } from './sha256x4-wat.js';

const bytes = await assembleSha256x4();
writeFileSync(new URL('../src/draw/engine/sha256x4-module.ts', import.meta.url), sha256x4Source(bytes));
console.log(`src/draw/engine/sha256x4-module.ts: ${bytes.length} bytes`);
