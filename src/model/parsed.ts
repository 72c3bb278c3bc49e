/**
 * Inspection objects a parser of the model produced (parse once at ingestion, 第十一条 名录库): `stratify` (第十五条)
 * takes them as they are instead of parsing each again. Internal (not exported from the package). A parsed object
 * carries a non-enumerable mark under a symbol of this module (not a WeakSet entry: a million weak entries per parsed
 * directory made each garbage collection slower, up to 10× the parse itself after a few directories). A copy or a
 * hand-made object has no mark and is parsed as before; JSON and structuredClone drop it.
 */
import type { DirectoryIndex } from './directory-index.js';

const PARSED: unique symbol = Symbol('shuangsuiji.parsed');

/** Marks an object a model parser just produced; returns it. */
export function markParsed<T extends object>(o: T): T {
  Object.defineProperty(o, PARSED, { value: true });
  return o;
}

/**
 * True for an object a model parser produced: the mark must be its own (an object made with `Object.create` from a
 * parsed one inherits the mark but not its checks).
 */
export function isParsed(o: unknown): boolean {
  return typeof o === 'object' && o !== null && Object.hasOwn(o, PARSED);
}

/**
 * The index of each parsed directory's `objects` list (frozen, like every object in it, so the index cannot go
 * stale): `stratify` reads it instead of the objects. One weak entry per directory.
 */
export const parsedDirectories = new WeakMap<readonly object[], DirectoryIndex>();
