/**
 * What ingestion learns once of a 检查对象名录库 snapshot (第十一条), so that stratifying it for each task
 * (第十五条) neither checks, sorts nor reads its objects again: the credit codes in order, and the objects' risk
 * profiles. Internal: `parseObjectDirectory` builds it for the frozen snapshot it returns, `stratify` reads it.
 */

import type { InspectionObject } from './inspection-object.js';
import { sortByKey } from './merge-sort.js';
import { riskProfile } from './stratum-match.js';
import { USCC_VALUES } from './uscc.js';

export interface DirectoryIndex {
  /** The credit codes in code order (ASCII, so string order is byte order), equal codes in list order. */
  readonly codes: readonly string[];
  /** The list position of each code of `codes`. */
  readonly positions: Int32Array;
  /** The ranks r in `codes` whose code equals that of rank r − 1 (a code listed twice). */
  readonly repeats: readonly number[];
  /** One object of each distinct risk profile, the first in code order. */
  readonly profiles: readonly InspectionObject[];
  /** The profile (an index into `profiles`) of each code of `codes`. */
  readonly profileOf: Int32Array;
}

/** Writes the sort key of a valid credit code to `keys[o … o+3)`: its 18 values as three base-31 numbers. */
function writeKey(id: string, keys: Int32Array, o: number): void {
  for (let w = 0; w < 3; w++) {
    let x = 0;
    for (let c = 6 * w; c < 6 * w + 6; c++) x = 31 * x + USCC_VALUES[id.charCodeAt(c)]!;
    keys[o + w] = x;
  }
}

/** Indexes parsed objects (each id a valid credit code, checked by the parser). */
export function indexDirectory(objects: readonly InspectionObject[]): DirectoryIndex {
  const n = objects.length;
  const keys = new Int32Array(3 * n);
  for (let k = 0; k < n; k++) writeKey(objects[k]!.id, keys, 3 * k);
  const positions = new Int32Array(n);
  for (let k = 0; k < n; k++) positions[k] = k;
  sortByKey(positions, new Int32Array(n), keys);
  const codes: string[] = new Array(n);
  const repeats: number[] = [];
  const profiles: InspectionObject[] = [];
  const profileOf = new Int32Array(n);
  const seen = new Map<number | string, number>();
  for (let r = 0; r < n; r++) {
    const o = objects[positions[r]!]!;
    codes[r] = o.id;
    if (r > 0 && codes[r - 1] === o.id) repeats.push(r);
    const key = riskProfile(o);
    let p = seen.get(key);
    if (p === undefined) {
      p = profiles.push(o) - 1;
      seen.set(key, p);
    }
    profileOf[r] = p;
  }
  return { codes, positions, repeats, profiles, profileOf };
}
