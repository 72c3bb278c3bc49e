/**
 * Who may be drawn for an object (第十八条 ¶2, 第二十一条, 《行政处罚法》第四十二条、第四十三条). A counted
 * inspector of the department is: of that department; role `inspector` (an expert, 第二十条 ¶3, never counts);
 * active (在岗); holding an enforcement certificate (执法证) valid on every day of the task's schedule; qualified
 * for every domain (执法领域) of the task. Those form the department's **pool**. An inspector of the pool is
 * eligible for an object unless a recusal (回避) names the pair, whichever side recorded it.
 */
import type { Inspector } from '../model/inspector.js';
import type { StageTwoInputs } from './inputs.js';

/** Why a directory entry is not in the pool. */
export type Exclusion = 'other-department' | 'expert' | 'inactive' | 'uncertified' | 'unqualified';

/** The first reason, in this order, that keeps an inspector out of the pool; undefined when counted. */
export function exclusionOf(p: Inspector, inputs: StageTwoInputs): Exclusion | undefined {
  if (p.departmentId !== inputs.department.id) return 'other-department';
  if (p.role !== 'inspector') return 'expert';
  if (!p.active) return 'inactive';
  const c = p.certificate;
  if (c === undefined || c.validFrom > inputs.schedule.start || c.validUntil < inputs.schedule.end) {
    return 'uncertified';
  }
  if (!inputs.domains.every((d) => p.fields.includes(d as Inspector['fields'][number]))) return 'unqualified';
  return undefined;
}

/** The pool and the recusals that touch it. */
export interface Pool {
  /** Counted inspectors' ids, ascending (code-point order). */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** How many directory entries each exclusion kept out. */
  readonly excluded: Readonly<Record<Exclusion, number>>;
  /** Per drawn object: the pool indexes recused for it. */
  readonly recused: ReadonlyMap<string, ReadonlySet<number>>;
}

/** Builds the pool of checked inputs. */
export function poolOf(inputs: StageTwoInputs): Pool {
  const ids: string[] = [];
  const excluded: Record<Exclusion, number> = {
    'other-department': 0,
    expert: 0,
    inactive: 0,
    uncertified: 0,
    unqualified: 0,
  };
  for (const p of inputs.directory.inspectors) {
    const why = exclusionOf(p, inputs);
    if (why === undefined) ids.push(p.id);
    else excluded[why]++;
  }
  const index = new Map(ids.map((id, k) => [id, k]));
  const drawn = new Set(inputs.objects);
  const recused = new Map<string, Set<number>>();
  for (const r of inputs.recusals) {
    const k = index.get(r.inspectorId);
    if (k === undefined || !drawn.has(r.objectId)) continue;
    const s = recused.get(r.objectId) ?? new Set<number>();
    s.add(k);
    recused.set(r.objectId, s);
  }
  return { ids, index, excluded, recused };
}

/** True when pool member `k` may be drawn for `objectId`. */
export function isEligible(pool: Pool, objectId: string, k: number): boolean {
  return !(pool.recused.get(objectId)?.has(k) ?? false);
}

/** Number of pool members eligible for an object. */
export function eligibleCount(pool: Pool, objectId: string): number {
  return pool.ids.length - (pool.recused.get(objectId)?.size ?? 0);
}
