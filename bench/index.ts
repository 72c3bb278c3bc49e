// `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its figures and its ratios against a
// baseline measured in the same run; nothing here is asserted by the test suite.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
console.log(`shuangsuiji bench — node ${process.version}, ${process.platform}/${process.arch}`);
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const mod = (await import(pathToFileURL(`${dir}/${f}`).href)) as { run: () => Promise<void> };
  await mod.run();
}
