// Loads the Longting fixture (fixtures/longting/*.json) as plain JSON, fresh for every call so tests may mutate it.
import { readFileSync } from 'node:fs';

const root = new URL('../../fixtures/longting/', import.meta.url);

export function loadFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, root), 'utf8')) as T;
}

/** Deeply freezes a value (used to prove functions never modify their inputs). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
