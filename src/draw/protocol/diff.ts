/**
 * Where two plain JSON values first differ (第十九条 复核: a verifier names the field that does not recompute).
 * Object keys are compared as sets (key order does not matter), arrays element by element.
 */

/** The path of the first difference between two plain JSON values, or undefined when they are equal. */
export function firstDifference(x: unknown, y: unknown): (string | number)[] | undefined {
  if (x === y) return undefined;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return [];
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y)) return [];
    if (x.length !== y.length) return [];
    for (let i = 0; i < x.length; i++) {
      const d = firstDifference(x[i], y[i]);
      if (d) return [i, ...d];
    }
    return undefined;
  }
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  for (const k of kb) if (!Object.hasOwn(a, k)) return [k];
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return [k];
    const d = firstDifference(a[k], b[k]);
    if (d) return [k, ...d];
  }
  return undefined;
}
