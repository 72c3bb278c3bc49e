// The streamed half of the SQL bench (bench/sql.bench.ts runs it in child processes with Node's default heap): the
// streamed draw of n generated objects, and verifyDrawStream of its receipt from the file's bytes, its text and
// its parsed value. A module of its own so that the child loads no database engine (their native modules would be
// counted in its memory).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commitFrameStream, drawObjectsStream } from '../src/draw/index.js';
import { verifyDrawStream } from '../src/sql/index.js';
import { flat, SEED, STRATA, stratumIndex, task, uscc } from './draw.bench.js';

/** Runs f; its result and its wall time in ms. */
export async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const r = await f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
}

// Ids as built by uscc() (concatenated strings), or, with `wasteful`, as flat strings each built through an array
// (the draw bench's generator): more garbage per object, with which the default heap lets the peak grow.
async function* generated(n: number, wasteful = false) {
  for (let i = 1; i <= n; i++) {
    const id = uscc(i);
    yield { id: wasteful ? flat(id) : id, stratum: STRATA[stratumIndex(i)]! };
  }
}

/** The bench task with its strata labelled as a district would publish them (Chinese). */
function labelledTask() {
  const t = task();
  const LABELS = [
    'A类一般领域',
    'A类重点领域',
    'B类一般领域',
    'B类重点领域',
    'C类一般领域',
    'C类重点领域',
    'D类一般领域',
    'D类重点领域',
  ];
  for (const [h, s] of t.sampling.ratioTable.strata.entries()) s.label = LABELS[h]!;
  return t;
}

const tmp = fileURLToPath(new URL('../.bench-tmp/', import.meta.url));

/**
 * Child modes: `draw` runs the streamed draw of n objects (commitFrameStream, drawObjectsStream), writes its
 * receipt and reports its peak RSS; `verify-bytes` verifies that receipt from its file's bytes, `verify` from its
 * text, `verify-parsed` from the value JSON.parse gives (`-wasteful`: with the more wasteful stream), reporting
 * peak RSS.
 */
async function child(mode: string, n: number): Promise<void> {
  if (mode === 'draw') {
    const rss0 = process.memoryUsage().rss;
    const [commitment, commitMs] = await timed(async () =>
      (await commitFrameStream({ strata: STRATA, units: generated(n) }))._unsafeUnwrap(),
    );
    const [d, drawMs] = await timed(async () =>
      (
        await drawObjectsStream({ task: labelledTask(), seed: SEED, commitment, units: generated(n) })
      )._unsafeUnwrap(),
    );
    const peakRssMB = process.resourceUsage().maxRSS / 1024;
    writeFileSync(`${tmp}/sql-bench-receipt.json`, JSON.stringify(d.receipt));
    console.log(JSON.stringify({ commitMs, drawMs, rssAtStartMB: rss0 / 2 ** 20, peakRssMB }));
    return;
  }
  const file = `${tmp}/sql-bench-receipt.json`;
  const receipt: unknown = mode.startsWith('verify-bytes')
    ? readFileSync(file)
    : mode === 'verify-parsed'
      ? JSON.parse(readFileSync(file, 'utf8'))
      : readFileSync(file, 'utf8');
  const rss0 = process.memoryUsage().rss;
  const [v, verifyMs] = await timed(() =>
    verifyDrawStream({ receipt: receipt as never, units: generated(n, mode.endsWith('wasteful')) }),
  );
  if (v.isErr()) throw new Error(JSON.stringify(v.error.slice(0, 3)));
  console.log(
    JSON.stringify({
      verifyMs,
      rssAtStartMB: rss0 / 2 ** 20,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

const childMode = process.env.SHUANGSUIJI_SQL_CHILD;
if (childMode) {
  const [mode, n] = childMode.split(':');
  await child(mode!, Number(n));
}
