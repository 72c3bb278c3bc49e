// Copies examples/quick-start.ts into the README's Usage block (`npm run docs:readme`); test/readme-example.test.ts
// fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';

const readmeUrl = new URL('../README.md', import.meta.url);
const example = readFileSync(new URL('../examples/quick-start.ts', import.meta.url), 'utf8');
const readme = readFileSync(readmeUrl, 'utf8');
const block = /(## Usage\n[\s\S]*?```ts\n)[\s\S]*?(```\n)/;
if (!block.test(readme)) throw new Error('README.md has no ```ts block under ## Usage');
writeFileSync(
  readmeUrl,
  readme.replace(block, (_m, open: string, close: string) => `${open}${example}${close}`),
);
console.log('README.md: Usage block updated from examples/quick-start.ts');
