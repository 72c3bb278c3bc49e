// Stage two (issue 10): a department's inspector draw. Target: 10,000 objects × 3 departments × 200 inspectors
// each, 1% recusal pairs — match + verify for all three departments ≤ 1 s. The baseline, run in the same process,
// is what platforms do: per slot, draw an inspector uniformly with pure-rand and redraw when the pick is
// recused, already on the object or (optionally) at the load cap; restart the whole draw on a dead end. On tight
// instances (few spare inspectors, many recusals) the bench counts how often it dead-ends, gives up, or breaks
// the load balance — where the matcher always finds the assignment with the smallest maximum load.
import { availableParallelism, loadavg } from 'node:os';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { drawObjects, type LockedDraw } from '../src/draw/index.js';
import { runEngine } from '../src/match/assign.js';
import type { Pool } from '../src/match/eligibility.js';
import { matchInspectors, verifyAssignment } from '../src/match/index.js';
import type { TaskInput } from '../src/model/index.js';
import { usccCheckCharacter } from '../src/model/uscc.js';

const OBJECTS = 10_000;
const INSPECTORS = 200;
const DEPARTMENTS = ['lt-amr', 'lt-health', 'lt-culture'];
const RECUSAL_RATE = 0.01;

function uscc(i: number): string {
  const first17 = `91410202${String(i).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** Deterministic 32-bit generator for the bench's synthetic data (not for any draw). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 0x100000000;
  };
}

const task: TaskInput = {
  id: 'LT-2025-BENCH',
  name: '基准测试 联合抽查',
  kind: 'planned',
  initiator: DEPARTMENTS[0]!,
  departments: DEPARTMENTS,
  items: ['food-001'],
  objectScope: '龙亭区食品经营者',
  implementingBody: '龙亭区市场监督管理局',
  duties: [{ departmentId: DEPARTMENTS[0]!, duty: '牵头组织' }],
  sampling: {
    base: OBJECTS,
    ratioTable: { source: '基准测试', strata: [{ id: 'all', label: '全部', match: {}, ratio: 1 }] },
  },
  schedule: { start: '2025-03-01', end: '2025-06-30' },
  frequencyPerYear: 1,
  checkMethod: 'on-site',
  stage: 'drawn',
};

function departmentInputs(draw: LockedDraw, d: string, k: number) {
  const ids = Array.from({ length: INSPECTORS }, (_, i) => `${d}-${String(i).padStart(3, '0')}`);
  const rand = lcg(1000 + k);
  const objects = draw.selected.map((s) => s.id);
  const recusals: unknown[] = [];
  for (const o of objects) {
    for (const i of ids)
      if (rand() < RECUSAL_RATE)
        recusals.push({ inspectorId: i, objectId: o, reason: '利害关系', declaredOn: '2025-02-25' });
  }
  return {
    draw,
    task,
    department: { id: d, name: d, headInspectorId: `${d}-head`, domains: ['food-safety'] },
    directory: {
      id: `${d}-dir`,
      departmentId: d,
      asOf: '2025-02-20',
      inspectors: ids.map((id) => ({
        id,
        departmentId: d,
        name: `检查员 ${id}`,
        role: 'inspector',
        certificate: { number: `证 ${id}`, validFrom: '2024-01-01', validUntil: '2027-12-31' },
        fields: ['food-safety'],
        active: true,
      })),
    },
    recusals,
    domains: ['food-safety'],
    seed: { kind: 'beacon', text: `drand 4812345 ${d}`, source: 'drand mainnet round 4812345' },
  };
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

/** User CPU time of this process in ms (less sensitive than wall time to other processes on a shared machine). */
function cpuMs(): number {
  return process.cpuUsage().user / 1000;
}

/** Naive per-slot rejection sampling with pure-rand; restarts the whole draw after a dead end. */
function naive(
  seed: number,
  objects: number,
  n: number,
  m: number,
  recused: Set<string>,
  cap: number,
): { restarts: number; loads: number[] | undefined } {
  const rng = xoroshiro128plusFromState([seed, 0x9e3779b9, seed ^ 0x7f4a7c15, 1]);
  for (let restarts = 0; restarts < 100; restarts++) {
    const load = new Array<number>(n).fill(0);
    let dead = false;
    for (let o = 0; o < objects && !dead; o++) {
      const on: number[] = [];
      for (let s = 0; s < m && !dead; s++) {
        let tries = 0;
        for (;;) {
          const i = uniformInt(rng, 0, n - 1);
          if (!on.includes(i) && !recused.has(`${o}:${i}`) && load[i]! < cap) {
            on.push(i);
            load[i]!++;
            break;
          }
          if (++tries > 50 * n) {
            dead = true;
            break;
          }
        }
      }
    }
    if (!dead) return { restarts, loads: load };
  }
  return { restarts: 100, loads: undefined };
}

function tightInstances(count: number) {
  const out: { N: number; n: number; recused: Set<string>; pool: Pool; objects: string[] }[] = [];
  const rand = lcg(42);
  for (let t = 0; t < count; t++) {
    const N = 40 + Math.floor(rand() * 40);
    const n = 8 + Math.floor(rand() * 6);
    const recused = new Set<string>();
    const perObject = new Map<string, Set<number>>();
    for (let o = 0; o < N; o++) {
      for (let i = 0; i < n; i++) {
        const full = perObject.get(`o${o}`)?.size ?? 0;
        if (rand() < 0.3 && n - full > 2) {
          recused.add(`${o}:${i}`);
          perObject.set(`o${o}`, (perObject.get(`o${o}`) ?? new Set()).add(i));
        }
      }
    }
    const ids = Array.from({ length: n }, (_, i) => `i${i}`);
    const objects = Array.from({ length: N }, (_, o) => `o${o}`);
    out.push({
      N,
      n,
      recused,
      objects,
      pool: { ids, index: new Map(ids.map((x, k) => [x, k])), excluded: {} as never, recused: perObject },
    });
  }
  return out;
}

export async function run(): Promise<void> {
  const rounds5 = Number(process.env.MATCH_BENCH_ROUNDS ?? 5);
  const frame = {
    strata: ['all'],
    units: Array.from({ length: OBJECTS }, (_, i) => ({ id: uscc(i + 1), stratum: 'all' })),
  };
  const draw = drawObjects({
    task,
    frame,
    seed: { kind: 'lottery', text: '福彩3D 2025060 3 8 5', source: '福彩' },
  })._unsafeUnwrap();
  const inputs = DEPARTMENTS.map((d, k) => departmentInputs(draw, d, k));
  const recusals = inputs.reduce((s, i) => s + i.recusals.length, 0);
  console.log(
    `${OBJECTS} objects × ${DEPARTMENTS.length} departments × ${INSPECTORS} inspectors, ${recusals} recusal pairs (${((100 * recusals) / (OBJECTS * INSPECTORS * DEPARTMENTS.length)).toFixed(2)}%)`,
  );
  // Warm-up on one department, then five timed rounds of all three.
  matchInspectors(inputs[0] as never)._unsafeUnwrap();
  const rounds: number[] = [];
  for (let r = 0; r < rounds5; r++) {
    let matchMs = 0;
    let verifyMs = 0;
    const cpu0 = cpuMs();
    for (const i of inputs) {
      const [a, t1] = time(() => matchInspectors(i as never)._unsafeUnwrap());
      const json = JSON.parse(JSON.stringify(a.receipt));
      const { seed: _s, ...held } = i;
      const [v, t2] = time(() => verifyAssignment({ ...held, receipt: json } as never));
      if (v.isErr()) throw new Error(JSON.stringify(v.error));
      matchMs += t1;
      verifyMs += t2;
      if (r === 0) {
        const l = a.receipt.load;
        console.log(
          `  ${a.departmentId}: load bound ${l.bound}, min ${l.min}, max ${l.max}, random ${a.random}`,
        );
      }
    }
    rounds.push(matchMs + verifyMs);
    console.log(
      `round ${r + 1}: match ${matchMs.toFixed(0)} ms + verify ${verifyMs.toFixed(0)} ms = ${(matchMs + verifyMs).toFixed(0)} ms wall, ${(cpuMs() - cpu0).toFixed(0)} ms user CPU (target ≤ 1000 ms)`,
    );
  }
  rounds.sort((a, b) => a - b);
  console.log(
    `median match + verify, three departments: ${rounds[Math.floor(rounds.length / 2)]!.toFixed(0)} ms wall (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );

  // Naive baseline on the same 10,000 × 200 instance (first department), no cap: time only.
  const first = inputs[0]!;
  const objIndex = new Map(draw.selected.map((s, k) => [s.id, k]));
  const inspIndex = new Map(first.directory.inspectors.map((p, k) => [p.id, k]));
  const recusedBig = new Set(
    (first.recusals as { inspectorId: string; objectId: string }[]).map(
      (r) => `${objIndex.get(r.objectId)}:${inspIndex.get(r.inspectorId)}`,
    ),
  );
  const [big, naiveMs] = time(() => naive(7, OBJECTS, INSPECTORS, 2, recusedBig, Number.POSITIVE_INFINITY));
  const bl = big.loads!;
  console.log(
    `naive rejection sampling, same department, no cap: ${naiveMs.toFixed(0)} ms (no receipt, not verifiable); loads ${Math.min(...bl)}–${Math.max(...bl)} vs the matcher's ${'bound'} ${Math.ceil((2 * OBJECTS) / INSPECTORS)}`,
  );

  // Tight instances: 40–79 objects, 8–13 inspectors, 30% recusal pairs (every object keeps ≥ 2 eligible).
  const instances = tightInstances(300);
  let deadEnds = 0;
  let gaveUp = 0;
  let unbalanced = 0;
  let matcherFailed = 0;
  let naiveTotal = 0;
  let matcherTotal = 0;
  instances.forEach((x, t) => {
    const key = new Uint8Array(32).fill(t & 0xff);
    const [e, tm] = time(() =>
      runEngine({ key, pool: x.pool, objects: x.objects, minimum: 2, maxLoad: undefined, leaders: false }),
    );
    matcherTotal += tm;
    if (e.short.length > 0) matcherFailed++;
    // With the matcher's optimal bound as the cap (balanced loads), the naive draw dead-ends or gives up …
    const [capped, tn] = time(() => naive(t + 1, x.N, x.n, 2, x.recused, e.bound));
    naiveTotal += tn;
    if (capped.restarts > 0) deadEnds++;
    if (capped.loads === undefined) gaveUp++;
    // … and without a cap it breaks the balance the matcher reaches.
    const free = naive(t + 1, x.N, x.n, 2, x.recused, Number.POSITIVE_INFINITY);
    if (Math.max(...free.loads!) > e.bound) unbalanced++;
  });
  const pct = (k: number) => `${((100 * k) / instances.length).toFixed(1)}%`;
  console.log(
    `tight instances (${instances.length}): matcher failed ${matcherFailed}, ${matcherTotal.toFixed(0)} ms in all`,
  );
  console.log(
    `  naive with the optimal cap: dead-ended ${deadEnds} (${pct(deadEnds)}), gave up after 100 restarts ${gaveUp} (${pct(gaveUp)}), ${naiveTotal.toFixed(0)} ms in all`,
  );
  console.log(`  naive without a cap: max load above the optimum in ${unbalanced} (${pct(unbalanced)})`);
}
