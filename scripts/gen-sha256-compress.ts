// Writes src/draw/hash/sha256-compress.ts from scripts/sha256-compress-source.ts (npm run gen:sha256).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256CompressSource } from './sha256-compress-source.js';

const file = fileURLToPath(new URL('../src/draw/hash/sha256-compress.ts', import.meta.url));
writeFileSync(file, sha256CompressSource());
execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' });
console.log(`wrote ${file}`);
