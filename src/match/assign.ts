/**
 * The selection of stage two (第十九条 ¶1 各参与部门自行抽取, 第二十一条 不得少于两人, 第二十条 ¶2 组长),
 * specified in docs/match-verification.md, Step 3:
 *
 * 1. **Balanced draw.** L = min(⌈m·|O| / n⌉, cap). Objects are served in object-ticket order; each takes m
 *    inspectors one at a time: among the pool members eligible for it, not yet on it and with load < L, those
 *    with the lowest load are the candidates, and the first of them in the object's seeded order π_o is taken.
 * 2. **Repair.** An object left short gets the rest through augmenting paths (a breadth-first search over
 *    inspectors in rank order: an inspector at load L hands one of its objects to another eligible inspector,
 *    and so on, until one with load < L is reached). When no path exists, L grows by one, up to the cap (or |O|).
 *    This is Ford–Fulkerson on the object–inspector network, so an assignment is found whenever one exists, and
 *    L is the smallest maximum load any assignment can have.
 * 3. **Leaders** (initiating department only): objects in object order; the leader is the member with the fewest
 *    leaderships so far, ties to the lower rank.
 */
import type { Pool } from './eligibility.js';
import { inspectorRanks, objectOrder, SeededOrder } from './stream.js';

/** The result of the engine, by pool index. */
export interface Engine {
  /** Objects in object-ticket order. */
  readonly order: readonly string[];
  /** Per object (same order), its inspectors by slot. */
  readonly members: readonly (readonly number[])[];
  /** Per object, its leader or -1. */
  readonly leaders: readonly number[];
  /** Per pool index: rank. */
  readonly rank: Int32Array;
  /** The final load bound L. */
  readonly bound: number;
  /** Objects (order indexes) left short, with how many are missing: empty when feasible. */
  readonly short: readonly { readonly object: number; readonly missing: number }[];
}

export interface EngineInput {
  readonly key: Uint8Array;
  readonly pool: Pool;
  readonly objects: readonly string[];
  readonly minimum: number;
  readonly maxLoad: number | undefined;
  readonly leaders: boolean;
  /** Step 2 on (default). Off only in tests, to show the greedy draw alone can paint itself into a corner. */
  readonly repair?: boolean;
}

class State {
  readonly load: Int32Array;
  readonly members: number[][];
  readonly objectsOf: Set<number>[];
  /** Per object, the recused pool indexes (undefined when none). */
  private readonly recused: (ReadonlySet<number> | undefined)[];
  constructor(pool: Pool, order: readonly string[]) {
    this.load = new Int32Array(pool.ids.length);
    this.members = order.map(() => []);
    this.objectsOf = pool.ids.map(() => new Set<number>());
    this.recused = order.map((id) => pool.recused.get(id));
  }
  recusedOf(o: number): ReadonlySet<number> | undefined {
    return this.recused[o];
  }
  /** Eligible for object o and not yet on it. */
  eligible(o: number, k: number): boolean {
    return !(this.recused[o]?.has(k) ?? false) && !this.members[o]!.includes(k);
  }
  add(o: number, k: number): void {
    this.members[o]!.push(k);
    this.objectsOf[k]!.add(o);
    this.load[k]!++;
  }
}

/**
 * Step 1 for one object: up to m picks from its seeded order. `blocked` is a zeroed scratch array of size n
 * (marks the members recused for, or already on, the object; zeroed again before returning); `levels[ℓ]` counts
 * the pool members with load ℓ, so the lowest load among the unblocked is found by looking at the few blocked
 * ones only.
 */
function drawObject(
  s: State,
  o: number,
  pi: SeededOrder,
  m: number,
  bound: number,
  blocked: Uint8Array,
  levels: Int32Array,
): void {
  const n = pi.size;
  const load = s.load;
  const marks: number[] = [];
  const recused = s.recusedOf(o);
  if (recused) {
    for (const k of recused) {
      blocked[k] = 1;
      marks.push(k);
    }
  }
  const members = s.members[o]!;
  while (members.length < m) {
    let low = bound;
    for (let l = 0; l < bound; l++) {
      let free = levels[l]!;
      if (free === 0) continue;
      for (const k of marks) if (load[k] === l) free--;
      if (free > 0) {
        low = l;
        break;
      }
    }
    if (low === bound) break;
    for (let p = 0; p < n; p++) {
      const k = pi.at(p);
      if (load[k] === low && blocked[k] === 0) {
        levels[low]!--;
        levels[low + 1]!++;
        s.add(o, k);
        blocked[k] = 1;
        marks.push(k);
        break;
      }
    }
  }
  for (const k of marks) blocked[k] = 0;
}

/** Step 2: one augmenting path for object `root` under bound L; true when found and applied. */
function augment(s: State, root: number, rankOrder: Int32Array, bound: number): boolean {
  const n = rankOrder.length;
  const visited = new Uint8Array(n);
  const parentObject = new Int32Array(n).fill(-1);
  const parentInspector = new Int32Array(n).fill(-1);
  const apply = (end: number): true => {
    let cur = end;
    for (;;) {
      const po = parentObject[cur]!;
      if (po === -1) {
        s.members[root]!.push(cur);
        s.objectsOf[cur]!.add(root);
        break;
      }
      const prev = parentInspector[cur]!;
      const list = s.members[po]!;
      list[list.indexOf(prev)] = cur;
      s.objectsOf[prev]!.delete(po);
      s.objectsOf[cur]!.add(po);
      cur = prev;
    }
    s.load[end]!++;
    return true;
  };
  const queue: number[] = [];
  for (const k of rankOrder) {
    if (!s.eligible(root, k)) continue;
    visited[k] = 1;
    if (s.load[k]! < bound) return apply(k);
    queue.push(k);
  }
  for (let q = 0; q < queue.length; q++) {
    const k = queue[q]!;
    const held = [...s.objectsOf[k]!].sort((a, b) => a - b);
    for (const o of held) {
      for (const j of rankOrder) {
        if (visited[j] || !s.eligible(o, j)) continue;
        visited[j] = 1;
        parentObject[j] = o;
        parentInspector[j] = k;
        if (s.load[j]! < bound) return apply(j);
        queue.push(j);
      }
    }
  }
  return false;
}

/** Steps 1–3. */
export function runEngine(input: EngineInput): Engine {
  const { key, pool, minimum: m } = input;
  const n = pool.ids.length;
  const order = objectOrder(key, input.objects);
  const { order: rankOrder, rank } = inspectorRanks(key, pool.ids);
  const s = new State(pool, order);
  const ceiling = input.maxLoad ?? Math.max(1, order.length);
  let bound = n === 0 ? 1 : Math.min(Math.max(1, Math.ceil((m * order.length) / n)), ceiling);
  const pi = new SeededOrder(key, n);
  const blocked = new Uint8Array(n);
  const levels = new Int32Array(bound + 2);
  levels[0] = n;
  for (let o = 0; o < order.length; o++) drawObject(s, o, pi.start(order[o]!), m, bound, blocked, levels);
  while (input.repair !== false) {
    for (let o = 0; o < order.length; o++) {
      while (s.members[o]!.length < m && augment(s, o, rankOrder, bound)) {}
    }
    if (s.members.every((l) => l.length >= m) || bound >= ceiling) break;
    bound++;
  }
  const short = s.members.flatMap((l, o) => (l.length < m ? [{ object: o, missing: m - l.length }] : []));
  const leaders = order.map(() => -1);
  if (input.leaders && short.length === 0) {
    const led = new Int32Array(n);
    s.members.forEach((l, o) => {
      let best = l[0]!;
      for (const k of l) {
        if (led[k]! < led[best]! || (led[k] === led[best] && rank[k]! < rank[best]!)) best = k;
      }
      led[best]!++;
      leaders[o] = best;
    });
  }
  return { order, members: s.members, leaders, rank, bound, short };
}
