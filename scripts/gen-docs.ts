// `npm run docs:codes`: regenerates docs/error-codes.md from the code registries.
import { writeFileSync } from 'node:fs';
import { buildErrorCodesDoc } from './error-codes.js';

writeFileSync(new URL('../docs/error-codes.md', import.meta.url), buildErrorCodesDoc());
console.log('wrote docs/error-codes.md');
