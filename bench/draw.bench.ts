// Draw bench (issue 5): 1,000,000 objects in 8 strata with ratios 1–30%: draw with receipt and verify, against
// a naive seeded shuffle-and-slice and — when Rscript with the `sampling` package is installed — R's
// sampling::strata(method = "srswor") on the same frame, all in the same run. Then a streamed draw over
// 10,000,000 generated objects in a child process, reporting its peak RSS. Nothing here is asserted by tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import {
  announceDraw,
  commitFrameStream,
  deriveRng,
  drawObjects,
  drawObjectsStream,
  parseSeed,
  verifyDraw,
} from '../src/draw/index.js';
import { setSha256x4Enabled, sha256x4 } from '../src/draw/sha256x4.js';
import { usccCheckCharacter } from '../src/model/uscc.js';

export const STRATA = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2'];
/** Ratios 1–30%; the low-risk strata hold most enterprises, as in a real directory. */
export const RATIOS = [0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3];
const SHARES = [0.3, 0.25, 0.15, 0.1, 0.08, 0.06, 0.04, 0.02];
export const SEED = {
  kind: 'beacon',
  text: 'drand quicknet round 12345678 randomness 0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  source: 'drand quicknet round 12345678',
} as const;

export function uscc(i: number): string {
  const first17 = `91410202${String(i).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** Stratum of object i: a fixed pseudo-random assignment following SHARES. */
export function stratumIndex(i: number): number {
  const u = (((i * 2654435761) >>> 0) % 1_000_000) / 1_000_000;
  let acc = 0;
  for (let h = 0; h < SHARES.length; h++) {
    acc += SHARES[h]!;
    if (u < acc) return h;
  }
  return SHARES.length - 1;
}

export function task() {
  return {
    id: 'BENCH-2025-001',
    name: '性能基准任务',
    kind: 'planned',
    initiator: 'lt-amr',
    departments: ['lt-amr'],
    items: ['item-1'],
    objectScope: '全部检查对象',
    implementingBody: '龙亭区市场监督管理局',
    duties: [{ departmentId: 'lt-amr', duty: '牵头' }],
    sampling: {
      base: 0,
      ratioTable: {
        source: 'bench',
        strata: STRATA.map((id, h) => ({ id, label: id, match: {}, ratio: RATIOS[h]! })),
      },
    },
    schedule: { start: '2025-03-01', end: '2025-06-30' },
    frequencyPerYear: 1,
    checkMethod: 'on-site',
    stage: 'directories-built',
  };
}

function time<T>(f: () => T): [T, number] {
  const t0 = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - t0) / 1e6];
}

function best<T>(runs: number, f: () => T): [T, number] {
  let out: [T, number] | undefined;
  for (let i = 0; i < runs; i++) {
    const r = time(f);
    if (!out || r[1] < out[1]) out = r;
  }
  return out!;
}

/** Naive baseline: per stratum, a seeded Fisher–Yates shuffle (pure-rand) and the first n. No receipt. */
function shuffleAndSlice(units: { id: string; stratum: string }[], sizes: Map<string, number>): string[] {
  const seed = parseSeed(SEED)._unsafeUnwrap();
  const rng = deriveRng(seed, ['bench-naive'])._unsafeUnwrap(); // pure-rand 8: uniformInt advances rng in place
  const by = new Map<string, string[]>(STRATA.map((s) => [s, []]));
  for (const u of units) by.get(u.stratum)!.push(u.id);
  const out: string[] = [];
  for (const s of STRATA) {
    const a = by.get(s)!;
    for (let i = a.length - 1; i > 0; i--) {
      const j = uniformInt(rng, 0, i);
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
    }
    out.push(...a.slice(0, sizes.get(s)!));
  }
  return out;
}

/** Runs per implementation, in one process each: the best is compared, the first (cold) call is shown too. */
const RUNS = Number(process.env.DRAW_BENCH_RUNS ?? 5);

interface Timing {
  readonly first: number;
  readonly best: number;
  readonly median: number;
}

function timing(ms: readonly number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return { first: ms[0]!, best: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
}

const fmt = (t: Timing) =>
  `best ${t.best.toFixed(0)} ms, median ${t.median.toFixed(0)} ms, first call ${t.first.toFixed(0)} ms`;

function rBaseline(units: { id: string; stratum: string }[], sizes: number[]): Timing | string {
  const probe = spawnSync('Rscript', ['-e', 'suppressMessages(library(sampling))'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'skipped (Rscript with the sampling package not found)';
  const dir = fileURLToPath(new URL('../.bench-tmp/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const csv = `${dir}/draw-frame.csv`;
  writeFileSync(csv, `id,h\n${units.map((u) => `${u.id},${STRATA.indexOf(u.stratum) + 1}`).join('\n')}\n`);
  const script = `
suppressMessages(library(sampling))
d <- read.csv("${csv}", colClasses = c("character", "integer"))
d <- d[order(d$h), ]
sizes <- c(${sizes.join(', ')})
set.seed(20250303)
ts <- c()
for (k in 1:${RUNS}) { ts <- c(ts, system.time(s <- strata(d, stratanames = "h", size = sizes, method = "srswor"))[["elapsed"]]) }
stopifnot(nrow(s) == sum(sizes))
cat(ts * 1000, "\\n")`;
  const r = spawnSync('Rscript', ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return `failed: ${r.stderr.slice(0, 300)}`;
  const ms = r.stdout.trim().split(/\s+/).map(Number);
  return ms.length === RUNS && ms.every(Number.isFinite)
    ? timing(ms)
    : `failed: unexpected output ${r.stdout.slice(0, 100)}`;
}

/** A flat (non-rope) copy of a string, as a parser reading a file would produce. */
function flat(s: string): string {
  return String.fromCharCode.apply(
    null,
    Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)),
  );
}

async function* generated(n: number) {
  for (let i = 1; i <= n; i++) yield { id: flat(uscc(i)), stratum: STRATA[stratumIndex(i)]! };
}

/** Child mode: streamed commitment + draw over N generated objects; prints JSON with times and peak RSS. */
async function streamChild(n: number): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const commitment = (await commitFrameStream({ strata: STRATA, units: generated(n) }))._unsafeUnwrap();
  const t1 = process.hrtime.bigint();
  const d = (
    await drawObjectsStream({ task: task(), seed: SEED, commitment, units: generated(n) })
  )._unsafeUnwrap();
  const t2 = process.hrtime.bigint();
  console.log(
    JSON.stringify({
      n,
      selected: d.selected.length,
      reserve: d.reserve.length,
      commitMs: Number(t1 - t0) / 1e6,
      drawMs: Number(t2 - t1) / 1e6,
      rssAtStartMB: rss0 / 2 ** 20,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

/** The bench frame of N objects. */
function frameOf(N: number) {
  return Array.from({ length: N }, (_, k) => ({ id: uscc(k + 1), stratum: STRATA[stratumIndex(k + 1)]! }));
}

/**
 * Child mode: the announced draw with the WebAssembly accelerator off from the start, as on a platform without
 * it (a process that also ran the accelerated path would time code V8 compiled for both). Prints JSON times.
 */
function javascriptOnlyChild(N: number): void {
  setSha256x4Enabled(false);
  const units = frameOf(N);
  const t = task();
  const announcement = announceDraw({
    task: t,
    frame: { strata: STRATA, units },
    seed: { kind: SEED.kind, source: SEED.source },
  })._unsafeUnwrap();
  const ms: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    ms.push(time(() => drawObjects({ task: t, frame: units, seed: SEED, announcement })._unsafeUnwrap())[1]);
  }
  console.log(JSON.stringify({ ms }));
}

/** How to run this file as a child: a plain-node esbuild bundle when esbuild is available, else under tsx. */
async function childEntry(): Promise<{ entry: string[]; runtime: string }> {
  const self = fileURLToPath(import.meta.url);
  try {
    const esbuild = await import('esbuild');
    const out = fileURLToPath(new URL('../.bench-tmp/draw-bench-child.mjs', import.meta.url));
    await esbuild.build({
      entryPoints: [self],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
    });
    return { entry: [out], runtime: 'plain node, esbuild bundle' };
  } catch {
    return { entry: ['--import', 'tsx', self], runtime: 'tsx' };
  }
}

export async function run(): Promise<void> {
  const N = Number(process.env.DRAW_BENCH_N ?? 1_000_000);
  const units = frameOf(N);
  const t = task();
  console.log(
    `frame: ${N.toLocaleString('en')} objects, 8 strata, ratios ${RATIOS.map((r) => `${r * 100}%`).join(' ')}`,
  );

  // Draw and verify alternate, so neither inherits the other's garbage; R gets the same number of runs.
  // The announcement (frame commitment, ratios, seed source) is published before the seed exists, once per
  // task; the draw then takes it and makes one pass. It is timed on its own.
  const [announcement, announceMs] = time(() =>
    announceDraw({
      task: t,
      frame: { strata: STRATA, units },
      seed: { kind: SEED.kind, source: SEED.source },
    })._unsafeUnwrap(),
  );
  const drawTimes: number[] = [];
  const verifyTimes: number[] = [];
  let d: ReturnType<typeof drawObjects> extends { _unsafeUnwrap(): infer L } ? L : never = undefined as never;
  for (let k = 0; k < RUNS; k++) {
    const [drawn, ms] = time(() =>
      drawObjects({ task: t, frame: units, seed: SEED, announcement })._unsafeUnwrap(),
    );
    d = drawn;
    drawTimes.push(ms);
    const [v, vms] = time(() => verifyDraw(d.receipt, units, { announcement: announcement.digest }));
    if (v.isErr()) throw new Error('verification failed');
    verifyTimes.push(vms);
  }
  // drawObjects({ task, frame, seed }) as issue #5 writes it, without a published announcement: the draw then
  // computes the announcement itself (a commitment pass before the ticket pass). Same receipt.
  const selfTimes: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const [drawn, ms] = time(() => drawObjects({ task: t, frame: units, seed: SEED })._unsafeUnwrap());
    if (JSON.stringify(drawn.receipt.strata[0]) !== JSON.stringify(d.receipt.strata[0])) {
      throw new Error('the draw without an announcement differs');
    }
    selfTimes.push(ms);
  }
  // An auditor verifies the published receipt, read from its JSON (parsing it is the auditor's I/O, not timed):
  // its ids are then not the frame's own strings, so each is compared by content.
  const published = JSON.parse(JSON.stringify(d.receipt)) as unknown;
  const jsonTimes: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const [v, ms] = time(() => verifyDraw(published, units, { announcement: announcement.digest }));
    if (v.isErr()) throw new Error('verification of the published receipt failed');
    jsonTimes.push(ms);
  }
  const draw = timing(drawTimes);
  const verify = timing(verifyTimes);
  const verifyJson = timing(jsonTimes);
  const selfAnnounced = timing(selfTimes);
  const drawMs = draw.best;
  const verifyMs = verify.best;
  const sizes = d.strata.map((s) => s.n);
  console.log(`  strata N: ${d.strata.map((s) => s.N).join(' ')}`);
  console.log(`  strata n: ${sizes.join(' ')} (Σ ${d.selected.length}, reserve ${d.reserve.length})`);
  const receiptBytes = JSON.stringify(d.receipt).length;
  const [naive, naiveMs] = best(RUNS, () =>
    shuffleAndSlice(units, new Map(d.strata.map((s) => [s.id, s.n]))),
  );
  if (naive.length !== d.selected.length) throw new Error('baseline size');
  const r = rBaseline(units, sizes);

  console.log(`  ${RUNS} runs each, in one process per implementation; ratios compare the best runs`);
  console.log(`  announceDraw (once, before the seed; frame commitment): ${announceMs.toFixed(0)} ms`);
  console.log(`  drawObjects (with receipt, ${(receiptBytes / 1024).toFixed(0)} KiB JSON): ${fmt(draw)}`);
  const { entry, runtime } = await childEntry();
  const accelerated = sha256x4() !== undefined;
  const jsChild = spawnSync(process.execPath, entry, {
    env: { ...process.env, SHUANGSUIJI_DRAW_JS_CHILD: String(N) },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (jsChild.status === 0) {
    const js = timing((JSON.parse(jsChild.stdout.trim().split('\n').pop()!) as { ms: number[] }).ms);
    console.log(
      `  drawObjects, JavaScript only:    ${fmt(js)}   (fresh process, ${runtime}; accelerator ${accelerated ? 'on' : 'unavailable'} above; JavaScript / accelerated = ${(js.best / drawMs).toFixed(2)})`,
    );
  } else console.log(`  drawObjects, JavaScript only: failed: ${jsChild.stderr.slice(0, 300)}`);
  console.log(
    `  verifyDraw:                     ${fmt(verify)}   (verify / draw = ${(verifyMs / drawMs).toFixed(2)}; medians ${(verify.median / draw.median).toFixed(2)})`,
  );
  console.log(
    `  verifyDraw of the receipt read from JSON: ${fmt(verifyJson)}   (verify / draw = ${(verifyJson.best / drawMs).toFixed(2)}; medians ${(verifyJson.median / draw.median).toFixed(2)})`,
  );
  console.log(
    `  drawObjects({ task, frame, seed }), announcement computed inside (two passes): ${fmt(selfAnnounced)}   (verify / this draw = ${(verifyMs / selfAnnounced.best).toFixed(2)}; medians ${(verify.median / selfAnnounced.median).toFixed(2)})`,
  );
  console.log(
    `  naive seeded shuffle-and-slice: ${naiveMs.toFixed(0)} ms   (draw / naive = ${(drawMs / naiveMs).toFixed(2)})`,
  );
  if (typeof r !== 'string') {
    console.log(
      `  R sampling::strata srswor:      ${fmt(r)}   (draw / R = ${(drawMs / r.best).toFixed(2)}, target ≤ 0.5; first calls ${(draw.first / r.first).toFixed(2)}; the two-pass draw / R = ${(selfAnnounced.best / r.best).toFixed(2)})`,
    );
  } else console.log(`  R sampling::strata srswor:      ${r}`);

  const M = Number(process.env.DRAW_BENCH_STREAM_N ?? 10_000_000);
  // V8 grows its heap lazily up to ~2 GB before collecting old garbage, so peak RSS without a cap says little
  // about the live set; the child runs with a heap cap to show the draw fits (override: DRAW_BENCH_STREAM_HEAP_MB).
  // It runs as a plain-node esbuild bundle when esbuild (tsx's own dependency) is available, so the ~50 MB of the
  // tsx loader are not counted; otherwise under tsx.
  const heapMB = Number(process.env.DRAW_BENCH_STREAM_HEAP_MB ?? 160);
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, ...entry], {
    env: { ...process.env, SHUANGSUIJI_DRAW_STREAM_CHILD: String(M) },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) {
    console.log(`  streamed draw failed: ${child.stderr.slice(0, 500)}`);
    return;
  }
  const s = JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number>;
  console.log(
    `  streamed ${M.toLocaleString('en')} objects: commitFrameStream ${(s.commitMs! / 1000).toFixed(1)} s, drawObjectsStream ${(s.drawMs! / 1000).toFixed(1)} s, n = ${s.selected} + reserve ${s.reserve}`,
  );
  console.log(
    `  streamed peak RSS: ${s.peakRssMB!.toFixed(0)} MB with --max-old-space-size=${heapMB}, ${runtime} (RSS at start: ${s.rssAtStartMB!.toFixed(0)} MB; target ≤ 256 MB)`,
  );
}

const childN = process.env.SHUANGSUIJI_DRAW_STREAM_CHILD;
if (childN) await streamChild(Number(childN));
const jsChildN = process.env.SHUANGSUIJI_DRAW_JS_CHILD;
if (jsChildN) javascriptOnlyChild(Number(jsChildN));
