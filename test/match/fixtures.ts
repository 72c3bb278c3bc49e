// Shared fixtures of the stage-two tests: a locked draw, a department, its inspector directory, recusals.
import { drawObjects } from '../../src/draw/index.js';
import { makeFrame, makeTask } from '../draw/fixtures.js';

export const TASK = makeTask([{ id: 'A', ratio: 1 }]);
export const INITIATOR = 'lt-amr';
export const COOPERATOR = 'lt-health';
export const DOMAINS = ['food-safety'];

/** A locked draw of `count` objects (ratio 1: every object of the frame is drawn). */
const draws = new Map<number, ReturnType<typeof drawLocked>>();
export function lockedDraw(count: number) {
  const d = draws.get(count) ?? drawLocked(count);
  draws.set(count, d);
  return d;
}

function drawLocked(count: number, task = TASK) {
  return drawObjects({
    task,
    frame: makeFrame(['A'], [count]),
    seed: { kind: 'lottery', text: `stage-one ${count}`, source: '中国福利彩票' },
    // Ratio 1 leaves no reserve either way; the announced percentage (part of the ticket key) is kept at the 10 the
    // fixtures were made with, so their ticket order — and the tests' replacement cases — stay as they are.
    options: { reservePercent: 10 },
  })._unsafeUnwrap();
}

export function department(id = INITIATOR) {
  return { id, name: `${id} 部门`, headInspectorId: `${id}-head`, domains: DOMAINS };
}

export interface InspectorSpec {
  active?: boolean;
  role?: 'inspector' | 'expert';
  validFrom?: string;
  validUntil?: string;
  fields?: string[];
  departmentId?: string;
}

export function inspector(id: string, deptId = INITIATOR, spec: InspectorSpec = {}) {
  const role = spec.role ?? 'inspector';
  return {
    id,
    departmentId: spec.departmentId ?? deptId,
    name: `检查员${id}`,
    role,
    ...(role === 'inspector'
      ? {
          certificate: {
            number: `证-${id}`,
            validFrom: spec.validFrom ?? '2024-01-01',
            validUntil: spec.validUntil ?? '2027-12-31',
          },
        }
      : {}),
    fields: spec.fields ?? DOMAINS,
    active: spec.active ?? true,
  };
}

/** A directory of `n` counted inspectors named `${dept}-i01` … (plus any extra entries). */
export function directory(n: number, deptId = INITIATOR, extra: ReturnType<typeof inspector>[] = []) {
  return {
    id: `${deptId}-dir-2025`,
    departmentId: deptId,
    asOf: '2025-02-20',
    inspectors: [
      ...Array.from({ length: n }, (_, k) =>
        inspector(`${deptId}-i${String(k + 1).padStart(2, '0')}`, deptId),
      ),
      ...extra,
    ],
  };
}

export const SEED2 = {
  kind: 'beacon',
  text: 'drand 4812345 9f3c',
  source: 'drand mainnet round 4812345',
} as const;

export function recusal(inspectorId: string, objectId: string, reason = '近亲属') {
  return { inspectorId, objectId, reason, declaredOn: '2025-02-25' };
}

/** Inputs of a match for `objects` drawn objects and `n` inspectors of `deptId`. */
export function matchInputs(
  objects: number,
  n: number,
  extra: { deptId?: string; recusals?: unknown[]; maxLoad?: number; minimum?: number } = {},
) {
  const deptId = extra.deptId ?? INITIATOR;
  return {
    draw: lockedDraw(objects),
    task: TASK as never,
    department: department(deptId),
    directory: directory(n, deptId),
    recusals: (extra.recusals ?? []) as never[],
    domains: DOMAINS,
    options: {
      ...(extra.minimum !== undefined ? { minimum: extra.minimum } : {}),
      ...(extra.maxLoad !== undefined ? { maxLoad: extra.maxLoad } : {}),
    },
    seed: SEED2,
  };
}
