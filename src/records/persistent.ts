/**
 * Persistent collections for the task lifecycle (第十七条: a change is a new state, never an edit). Successive
 * states share everything an event did not touch, so applying an event costs O(log n) instead of copying every
 * list of the task: a list (cons cells, newest first) for the append-only audit trail, a vector (32-way trie,
 * path copying) for lists updated in place, and a hash map (32-way hash trie) for lookups by id. Every operation
 * returns a new value and leaves its argument as it was; the nodes are never exposed, only arrays built from them.
 */

/** An append-only list: `head` is the newest item. */
export interface PList<T> {
  readonly size: number;
  readonly head: T | undefined;
  readonly rest: PList<T> | undefined;
}

export const emptyList: PList<never> = Object.freeze({ size: 0, head: undefined, rest: undefined });

export function append<T>(list: PList<T>, item: T): PList<T> {
  return Object.freeze({ size: list.size + 1, head: item, rest: list });
}

/** The items, oldest first. */
export function listItems<T>(list: PList<T>): T[] {
  const out = new Array<T>(list.size);
  let cell: PList<T> | undefined = list;
  for (let k = list.size - 1; k >= 0; k--) {
    out[k] = cell!.head as T;
    cell = cell!.rest;
  }
  return out;
}

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** A vector: a trie of 32-way nodes; leaves hold the items. */
export interface PVec<T> {
  readonly size: number;
  /** Bits consumed above the leaves: 0 when the root is a leaf. */
  readonly shift: number;
  readonly root: readonly unknown[];
  /** Type only (never set): the items' type. */
  readonly item?: T;
}

export const emptyVec: PVec<never> = Object.freeze({ size: 0, shift: 0, root: Object.freeze([]) });

export function vecGet<T>(v: PVec<T>, index: number): T | undefined {
  if (index < 0 || index >= v.size) return undefined;
  let node = v.root;
  for (let shift = v.shift; shift > 0; shift -= BITS) node = node[(index >>> shift) & MASK] as unknown[];
  return node[index & MASK] as T;
}

/** `node` with the item at `index` set, creating missing nodes along the path. */
function setIn(node: readonly unknown[] | undefined, shift: number, index: number, item: unknown): unknown[] {
  const copy = node ? node.slice() : [];
  const slot = (index >>> shift) & MASK;
  copy[slot] = shift === 0 ? item : setIn(copy[slot] as unknown[] | undefined, shift - BITS, index, item);
  return Object.freeze(copy) as unknown[];
}

export function vecSet<T>(v: PVec<T>, index: number, item: T): PVec<T> {
  if (index < 0 || index >= v.size) throw new RangeError(`index ${index} outside 0..${v.size - 1}`);
  return Object.freeze({ size: v.size, shift: v.shift, root: setIn(v.root, v.shift, index, item) });
}

export function vecPush<T>(v: PVec<T>, item: T): PVec<T> {
  const full = v.size === 1 << (v.shift + BITS);
  const shift = full ? v.shift + BITS : v.shift;
  const root = full ? Object.freeze([v.root]) : v.root;
  return Object.freeze({ size: v.size + 1, shift, root: setIn(root, shift, v.size, item) });
}

export function vecFrom<T>(items: Iterable<T>): PVec<T> {
  let v: PVec<T> = emptyVec;
  for (const item of items) v = vecPush(v, item);
  return v;
}

/** The items in index order. */
export function vecItems<T>(v: PVec<T>): T[] {
  const out: T[] = [];
  const walk = (node: readonly unknown[], shift: number): void => {
    if (shift === 0) for (const item of node) out.push(item as T);
    else for (const child of node) walk(child as unknown[], shift - BITS);
  };
  if (v.size > 0) walk(v.root, v.shift);
  return out;
}

/** A map from text keys: a hash trie of 32-way nodes; leaves hold key, hash and value. */
export interface PMap<V> {
  readonly size: number;
  readonly root: readonly unknown[];
  /** Type only (never set): the values' type. */
  readonly value?: V;
}

interface Leaf {
  readonly key: string;
  readonly hash: number;
  readonly value: unknown;
}
/** Keys whose 32-bit hashes are equal. */
interface Bucket {
  readonly bucket: readonly Leaf[];
}

export const emptyMap: PMap<never> = Object.freeze({ size: 0, root: Object.freeze([]) });

/** FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

export function mapGet<V>(m: PMap<V>, key: string): V | undefined {
  const hash = hashOf(key);
  let node = m.root;
  for (let shift = 0; ; shift += BITS) {
    const e = node[(hash >>> shift) & MASK] as unknown[] | Leaf | Bucket | undefined;
    if (e === undefined) return undefined;
    if (Array.isArray(e)) {
      node = e;
      continue;
    }
    if ('bucket' in e) return e.bucket.find((l) => l.key === key)?.value as V | undefined;
    return e.key === key ? (e.value as V) : undefined;
  }
}

export function mapHas(m: PMap<unknown>, key: string): boolean {
  return mapGet(m, key) !== undefined;
}

/** A node holding two leaves whose hashes agree below `shift`. */
function split(a: Leaf, b: Leaf, shift: number): unknown[] | Bucket {
  if (shift >= 32) return Object.freeze({ bucket: Object.freeze([a, b]) });
  const node: unknown[] = [];
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) node[ia] = split(a, b, shift + BITS);
  else {
    node[ia] = a;
    node[ib] = b;
  }
  return Object.freeze(node) as unknown[];
}

/** `node` with the leaf put in; `added` says whether the key is new. */
function putIn(node: readonly unknown[], leaf: Leaf, shift: number, added: { new: boolean }): unknown[] {
  const copy = node.slice();
  const slot = (leaf.hash >>> shift) & MASK;
  const e = copy[slot] as unknown[] | Leaf | Bucket | undefined;
  if (e === undefined) {
    copy[slot] = leaf;
    added.new = true;
  } else if (Array.isArray(e)) {
    copy[slot] = putIn(e, leaf, shift + BITS, added);
  } else if ('bucket' in e) {
    const others = e.bucket.filter((l) => l.key !== leaf.key);
    added.new = others.length === e.bucket.length;
    copy[slot] = Object.freeze({ bucket: Object.freeze([...others, leaf]) });
  } else if (e.key === leaf.key) {
    copy[slot] = leaf;
  } else {
    copy[slot] = split(e, leaf, shift + BITS);
    added.new = true;
  }
  return Object.freeze(copy) as unknown[];
}

export function mapSet<V>(m: PMap<V>, key: string, value: V): PMap<V> {
  const added = { new: false };
  const root = putIn(m.root, Object.freeze({ key, hash: hashOf(key), value }), 0, added);
  return Object.freeze({ size: m.size + (added.new ? 1 : 0), root });
}
