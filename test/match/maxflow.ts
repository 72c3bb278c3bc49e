// An independent feasibility check for the tests (Edmonds–Karp on a dense capacity matrix): can every object get
// `m` distinct eligible inspectors with at most `cap` objects per inspector? Written apart from src/match.

/** Maximum flow of source → object (m) → eligible inspector (1) → sink (cap). */
export function maxFlow(eligible: boolean[][], m: number, cap: number): number {
  const N = eligible.length;
  const n = eligible[0]?.length ?? 0;
  const V = N + n + 2;
  const s = N + n;
  const t = s + 1;
  const c = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  for (let o = 0; o < N; o++) {
    c[s]![o] = m;
    for (let i = 0; i < n; i++) if (eligible[o]![i]) c[o]![N + i] = 1;
  }
  for (let i = 0; i < n; i++) c[N + i]![t] = cap;
  let flow = 0;
  for (;;) {
    const parent = new Array<number>(V).fill(-1);
    parent[s] = s;
    const queue = [s];
    for (let q = 0; q < queue.length && parent[t] === -1; q++) {
      const u = queue[q]!;
      for (let v = 0; v < V; v++) {
        if (parent[v] === -1 && c[u]![v]! > 0) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[t] === -1) return flow;
    let v = t;
    while (v !== s) {
      const u = parent[v]!;
      c[u]![v]!--;
      c[v]![u]!++;
      v = u;
    }
    flow++;
  }
}

/** The smallest cap ≤ limit with a full flow, or undefined. */
export function minimalMaxLoad(eligible: boolean[][], m: number, limit: number): number | undefined {
  for (let cap = 1; cap <= limit; cap++) if (maxFlow(eligible, m, cap) === eligible.length * m) return cap;
  return undefined;
}
