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
