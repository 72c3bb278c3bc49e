/**
 * What a replacement needs besides the public assignment (第十九条 ¶3: the next eligible inspector in the seeded
 * order): the key and the pool. Kept beside each LockedAssignment this library made or verified, never inside
 * it, so the assignment stays plain JSON data and the recusal list stays out of it.
 */
import type { Pool } from './eligibility.js';
import type { LockedAssignment } from './receipt.js';

export interface AssignmentContext {
  readonly key: Uint8Array;
  readonly pool: Pool;
  readonly maxLoad: number | undefined;
}

const contexts = new WeakMap<LockedAssignment, AssignmentContext>();

export function remember(a: LockedAssignment, c: AssignmentContext): LockedAssignment {
  contexts.set(a, c);
  return a;
}

export function contextOf(a: unknown): AssignmentContext | undefined {
  return a !== null && typeof a === 'object' ? contexts.get(a as LockedAssignment) : undefined;
}
