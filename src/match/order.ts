/**
 * The one order of texts in stage two (第十九条 公正: a draw must not depend on how a list was typed in):
 * ascending Unicode code points, which is the byte order of UTF-8 — what a verifier in any language gets by
 * sorting the UTF-8 bytes (Python sorts `str` this way).
 */

/** Compares two strings by code point (UTF-16 code-unit order differs above U+FFFF). */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Sorts items by a text key in code-point order. When no key has a surrogate (the usual case), UTF-16 order is
 * code-point order and the engine's own string sort is used (no comparison callback).
 */
export function sortByText<T>(items: readonly T[], key: (x: T) => string): T[] {
  const keys = items.map(key);
  if (keys.some((k) => SURROGATE.test(k))) {
    const order = items.map((_, i) => i);
    order.sort((a, b) => compareText(keys[a]!, keys[b]!));
    return order.map((i) => items[i]!);
  }
  const byKey = new Map<string, T[]>();
  items.forEach((x, i) => {
    const list = byKey.get(keys[i]!);
    if (list) list.push(x);
    else byKey.set(keys[i]!, [x]);
  });
  return [...byKey.keys()].sort().flatMap((k) => byKey.get(k)!);
}

/** True when a string has no unpaired surrogate (its UTF-8 encoding is exact). */
export function isWellFormed(s: string): boolean {
  if (!SURROGATE.test(s)) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** Distinct texts in code-point order (the engine's own sort when none has a surrogate). */
export function sortTexts(texts: readonly string[]): string[] {
  return texts.some((t) => SURROGATE.test(t)) ? [...texts].sort(compareText) : [...texts].sort();
}
