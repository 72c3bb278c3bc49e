// Draw bench (issue 5): 1,000,000 objects in 8 strata with ratios 1–30%: draw with receipt and verify, against
// a naive seeded shuffle-and-slice and — when Rscript with the `sampling` package is installed — R's
// sampling::strata(method = "srswor") on the same frame, all in the same run. Then a streamed draw over
// 10,000,000 generated objects in a child process, reporting its peak RSS. Nothing here is asserted by tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { setSha256x4Enabled, sha256x4 } from '../src/draw/engine/sha256x4.js';
import {
  announceDraw,
  commitFrameStream,
  deriveRng,
  drawObjects,
  drawObjectsStream,
  parseSeed,
  stratify,
  verifyDraw,
} from '../src/draw/index.js';
import { parseObjectDirectory, type TaskInput } from '../src/model/index.js';
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

/** Stratum h holds credit class A, B, C or D (h / 2), outside (even h) or inside (odd h) a key area. */
function matchOf(h: number) {
  return { creditClasses: ['ABCD'[h >> 1] as 'A' | 'B' | 'C' | 'D'], keyArea: h % 2 === 1 };
}

/** The object directory of N objects as a platform receives it (JSON), each in the stratum stratumIndex gives. */
function directoryOf(N: number) {
  return {
    id: 'lt-objects-bench',
    departmentId: 'lt-amr',
    asOf: '2025-03-01',
    objects: Array.from({ length: N }, (_, k) => {
      const h = stratumIndex(k + 1);
      return {
        id: uscc(k + 1),
        name: `企业${k + 1}`,
        regionCode: '410202',
        industry: '餐饮业',
        objectTypes: ['食品经营者'],
        creditClass: 'ABCD'[h >> 1]!,
        risk: { keyArea: h % 2 === 1, complaintCount: 0, seriousViolation: false },
        supervisingDepartments: ['lt-amr'],
      };
    }),
  };
}

export function task(): TaskInput {
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
        strata: STRATA.map((id, h) => ({ id, label: id, match: matchOf(h), ratio: RATIOS[h]! })),
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
  readonly worst: number;
}

function timing(ms: readonly number[]): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    first: ms[0]!,
    best: sorted[0]!,
    median: sorted[Math.floor(sorted.length / 2)]!,
    worst: sorted[sorted.length - 1]!,
  };
}

const fmt = (t: Timing) =>
  `median ${t.median.toFixed(0)} ms (spread ${t.best.toFixed(0)}–${t.worst.toFixed(0)}), first call ${t.first.toFixed(0)} ms`;

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
/** A credit code as a flat string built through an array: more garbage per object than `uscc` alone. */
export function flat(s: string): string {
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
  const t = task();
  const rawDirectory = directoryOf(N);
  console.log(
    `frame: ${N.toLocaleString('en')} objects, 8 strata, ratios ${RATIOS.map((r) => `${r * 100}%`).join(' ')}`,
  );

  // The platform's pipeline, each step timed in every round, the rounds alternating the steps so that none
  // inherits another's garbage more than the others: parse the directory once at ingestion
  // (parseObjectDirectory), stratify it into the frame, announce (frame commitment, before the seed), draw with
  // the announcement, verify the receipt. Medians over RUNS rounds, with the spread (fastest–slowest).
  const steps = ['parse', 'stratify', 'announce', 'draw', 'verify'] as const;
  const times: Record<(typeof steps)[number], number[]> = {
    parse: [],
    stratify: [],
    announce: [],
    draw: [],
    verify: [],
  };
  let units: { id: string; stratum: string }[] = [];
  let announcement: ReturnType<typeof announceDraw> extends { _unsafeUnwrap(): infer A } ? A : never =
    undefined as never;
  let d: ReturnType<typeof drawObjects> extends { _unsafeUnwrap(): infer L } ? L : never = undefined as never;
  for (let k = 0; k < RUNS; k++) {
    const [directory, parseMs] = time(() => parseObjectDirectory(rawDirectory)._unsafeUnwrap());
    times.parse.push(parseMs);
    const [frame, stratifyMs] = time(() =>
      stratify(directory.objects, t.sampling.ratioTable)._unsafeUnwrap(),
    );
    times.stratify.push(stratifyMs);
    units = frame.units as { id: string; stratum: string }[];
    const [a, announceMs] = time(() =>
      announceDraw({ task: t, frame, seed: { kind: SEED.kind, source: SEED.source } })._unsafeUnwrap(),
    );
    announcement = a;
    times.announce.push(announceMs);
    const [drawn, drawMs] = time(() =>
      drawObjects({ task: t, frame, seed: SEED, announcement })._unsafeUnwrap(),
    );
    d = drawn;
    times.draw.push(drawMs);
    const [v, verifyMs] = time(() =>
      verifyDraw({ receipt: d.receipt, frame, announcement: announcement.digest }),
    );
    if (v.isErr()) throw new Error('verification failed');
    times.verify.push(verifyMs);
  }
  const drawMedian = timing(times.draw).median;
  console.log(
    `  the pipeline, ${RUNS} alternating rounds; each step's median, spread, and median / the draw's median:`,
  );
  const targets: Record<string, string> = { stratify: 'target ≤ 0.3', verify: 'target ≤ 1' };
  for (const step of steps) {
    const tm = timing(times[step]);
    const ratio = (tm.median / drawMedian).toFixed(2);
    console.log(
      `    ${step.padEnd(9)} ${fmt(tm)}   ${step === 'draw' ? '= 1' : `${ratio} × draw`}${targets[step] ? ` (${targets[step]})` : ''}`,
    );
  }
  const drawTimes = times.draw;
  const verifyTimes = times.verify;
  // drawObjects({ task, frame, seed }) without a published announcement computes it itself (a commitment pass
  // before the ticket pass), and an auditor verifies the published receipt read from its JSON (its ids are then
  // not the frame's own strings); the two alternate.
  const published = JSON.parse(JSON.stringify(d.receipt)) as unknown;
  const selfTimes: number[] = [];
  const jsonTimes: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const [drawn, ms] = time(() => drawObjects({ task: t, frame: units, seed: SEED })._unsafeUnwrap());
    if (JSON.stringify(drawn.receipt.strata[0]) !== JSON.stringify(d.receipt.strata[0])) {
      throw new Error('the draw without an announcement differs');
    }
    selfTimes.push(ms);
    const [v, vms] = time(() =>
      verifyDraw({ receipt: published, frame: units, announcement: announcement.digest }),
    );
    if (v.isErr()) throw new Error('verification of the published receipt failed');
    jsonTimes.push(vms);
  }
  const draw = timing(drawTimes);
  const verify = timing(verifyTimes);
  const verifyJson = timing(jsonTimes);
  const selfAnnounced = timing(selfTimes);
  const drawMs = draw.median;
  const verifyMs = verify.median;
  const sizes = d.strata.map((s) => s.n);
  console.log(`  strata N: ${d.strata.map((s) => s.N).join(' ')}`);
  console.log(`  strata n: ${sizes.join(' ')} (Σ ${d.selected.length}, reserve ${d.reserve.length})`);
  const receiptBytes = JSON.stringify(d.receipt).length;
  const [naive, naiveMs] = best(RUNS, () =>
    shuffleAndSlice(units, new Map(d.strata.map((s) => [s.id, s.n]))),
  );
  if (naive.length !== d.selected.length) throw new Error('baseline size');
  const r = rBaseline(units, sizes);

  console.log(`  receipt: ${(receiptBytes / 1024).toFixed(0)} KiB JSON`);
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
      `  drawObjects, JavaScript only:    ${fmt(js)}   (fresh process, ${runtime}; accelerator ${accelerated ? 'on' : 'unavailable'} above; JavaScript / accelerated medians = ${(js.median / drawMs).toFixed(2)})`,
    );
  } else console.log(`  drawObjects, JavaScript only: failed: ${jsChild.stderr.slice(0, 300)}`);
  console.log(
    `  verifyDraw of the receipt read from JSON: ${fmt(verifyJson)}   (medians: verify / draw = ${(verifyJson.median / drawMs).toFixed(2)})`,
  );
  console.log(
    `  drawObjects({ task, frame, seed }), announcement computed inside (two passes): ${fmt(selfAnnounced)}   (medians: this draw / the announced draw = ${(selfAnnounced.median / drawMs).toFixed(2)}; verify / this draw = ${(verifyMs / selfAnnounced.median).toFixed(2)})`,
  );
  console.log(
    `  naive seeded shuffle-and-slice: ${naiveMs.toFixed(0)} ms   (draw / naive = ${(drawMs / naiveMs).toFixed(2)})`,
  );
  if (typeof r !== 'string') {
    console.log(
      `  R sampling::strata srswor:      ${fmt(r)}   (medians: draw / R = ${(drawMs / r.median).toFixed(2)}, target ≤ 0.5; the two-pass draw / R = ${(selfAnnounced.median / r.median).toFixed(2)})`,
    );
  } else console.log(`  R sampling::strata srswor:      ${r}`);

  const M = Number(process.env.DRAW_BENCH_STREAM_N ?? 10_000_000);
  // The child runs with Node's default heap, as a user's process would (DRAW_BENCH_STREAM_HEAP_MB sets a cap).
  // It runs as a plain-node esbuild bundle when esbuild (tsx's own dependency) is available, so the ~50 MB of the
  // tsx loader are not counted; otherwise under tsx.
  const heapMB = process.env.DRAW_BENCH_STREAM_HEAP_MB;
  const heapFlags = heapMB ? [`--max-old-space-size=${heapMB}`] : [];
  const child = spawnSync(process.execPath, [...heapFlags, ...entry], {
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
    `  streamed peak RSS: ${s.peakRssMB!.toFixed(0)} MB with ${heapMB ? `--max-old-space-size=${heapMB}` : "Node's default heap"}, ${runtime} (RSS at start: ${s.rssAtStartMB!.toFixed(0)} MB; target ≤ 256 MB)`,
  );
}

const childN = process.env.SHUANGSUIJI_DRAW_STREAM_CHILD;
if (childN) await streamChild(Number(childN));
const jsChildN = process.env.SHUANGSUIJI_DRAW_JS_CHILD;
if (jsChildN) javascriptOnlyChild(Number(jsChildN));
