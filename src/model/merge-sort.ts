/**
 * The one sort of the library (第十九条: a draw is a pure function of its inputs, so every order must be exact and
 * stable), shared by ingestion (parseObjectDirectory orders a directory's credit codes) and the draw's engine: a stable bottom-up merge sort of an Int32Array of indices, O(n log n) on any input. Runs of 16 are
 * insertion-sorted first; two runs already in order are copied as they are (frames often come sorted by id).
 * `less` is the strict order of two indices; `tmp` has room for `a.length` entries. Sorts `a` in place.
 */
export function mergeSort(a: Int32Array, tmp: Int32Array, less: (x: number, y: number) => boolean): void {
  const to = a.length;
  const RUN = 16;
  for (let s = 0; s < to; s += RUN) {
    const e = Math.min(s + RUN, to);
    for (let i = s + 1; i < e; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= s && less(v, a[j]!)) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = v;
    }
  }
  let src = a;
  let dst = tmp;
  for (let width = RUN; width < to; width *= 2) {
    for (let s = 0; s < to; s += 2 * width) {
      const m = Math.min(s + width, to);
      const e = Math.min(s + 2 * width, to);
      let i = s;
      let j = m;
      let k = s;
      if (m < e && !less(src[m]!, src[m - 1]!)) {
        dst.set(src.subarray(s, e), s);
        continue;
      }
      while (i < m && j < e) dst[k++] = less(src[j]!, src[i]!) ? src[j++]! : src[i++]!;
      while (i < m) dst[k++] = src[i++]!;
      while (j < e) dst[k++] = src[j++]!;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  if (src !== a) a.set(src.subarray(0, to));
}

/**
 * Sorts `a` (indices r into `keys`, whose key is `keys[3r … 3r+3)`) by key, stably: the order of credit codes by
 * their three-word sort keys, the same for ingestion (directory-index.ts) and the draw's engine.
 */
export function sortByKey(a: Int32Array, tmp: Int32Array, keys: Int32Array): void {
  mergeSort(a, tmp, (x, y) => {
    const p = 3 * x;
    const q = 3 * y;
    const x0 = keys[p]!;
    const y0 = keys[q]!;
    if (x0 !== y0) return x0 < y0;
    const x1 = keys[p + 1]!;
    const y1 = keys[q + 1]!;
    if (x1 !== y1) return x1 < y1;
    return keys[p + 2]! < keys[q + 2]!;
  });
}
