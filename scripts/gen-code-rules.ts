// Writes src/draw/code-rules.ts from the draw's code registry (npm run gen:codes).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeRulesSource } from './code-rules-source.js';

const file = fileURLToPath(new URL('../src/draw/code-rules.ts', import.meta.url));
writeFileSync(file, codeRulesSource());
execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' });
console.log(`wrote ${file}`);
