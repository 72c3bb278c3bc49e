// `npm run bench`: runs every bench/*.bench.ts in turn, each in a fresh process (same Node, same loader), so
// one area's figures do not depend on the heap another left behind (the plan figures read up to 1.5× slower
// when they ran after the draw bench's 1M-object frames in the same process). Each prints its figures and its
// ratios against a baseline measured in the same run; nothing here is asserted by the test suite.
// `npx tsx bench/index.ts draw plan` runs only the files whose names contain one of the arguments.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const childFile = process.env.SHUANGSUIJI_BENCH_FILE;

if (childFile) {
  const mod = (await import(pathToFileURL(`${dir}/${childFile}`).href)) as { run: () => Promise<void> };
  await mod.run();
} else {
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.log(`shuangsuiji bench — node ${process.version}, ${process.platform}/${process.arch}`);
  for (const f of files) {
    console.log(`\n=== ${f} (fresh process) ===`);
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, SHUANGSUIJI_BENCH_FILE: f },
    });
    if (child.status !== 0) {
      console.log(`${f} failed (exit ${child.status ?? child.signal})`);
      process.exitCode = 1;
    }
  }
}
