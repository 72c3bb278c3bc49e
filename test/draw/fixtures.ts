// Shared fixtures of the draw tests: valid credit codes, tasks with ratio tables, frames.
import type { SeedInput } from '../../src/draw/inputs.js';
import type { StratumMatch, TaskInput } from '../../src/model/index.js';
import { usccCheckCharacter } from '../../src/model/uscc.js';

/** A valid unified social credit code numbered i (digits only, so ascending in i). */
export function uscc(i: number, prefix = '91410202'): string {
  const first17 = prefix + String(i).padStart(17 - prefix.length, '0');
  return first17 + usccCheckCharacter(first17);
}

export interface StratumSpec {
  id: string;
  ratio?: number;
  count?: number;
  label?: string;
  match?: Record<string, unknown>;
}

/** A planned joint task whose ratio table has the given strata (each matches one credit class by default). */
export function makeTask(
  strata: readonly StratumSpec[],
  extra: { total?: number; id?: string } = {},
): TaskInput {
  const classes = ['A', 'B', 'C', 'D'] as const;
  return {
    id: extra.id ?? 'LT-2025-001',
    name: '2025年龙亭区食品经营者联合抽查',
    kind: 'planned',
    initiator: 'lt-amr',
    departments: ['lt-amr', 'lt-health'],
    items: ['food-001'],
    objectScope: '龙亭区食品经营者',
    implementingBody: '龙亭区市场监督管理局',
    duties: [{ departmentId: 'lt-amr', duty: '牵头组织' }],
    sampling: {
      base: 0,
      ratioTable: {
        source: '河南省2021年度计划附件（A 1%, B 2%, C 10%, D 30%）',
        strata: strata.map((s, k) => ({
          id: s.id,
          label: s.label ?? `第${k + 1}层`,
          match: (s.match as StratumMatch | undefined) ?? { creditClasses: [classes[k % 4]!] },
          ...(s.ratio !== undefined ? { ratio: s.ratio } : {}),
          ...(s.count !== undefined ? { count: s.count } : {}),
        })),
        ...(extra.total !== undefined ? { total: extra.total } : {}),
      },
    },
    schedule: { start: '2025-03-01', end: '2025-06-30' },
    frequencyPerYear: 1,
    checkMethod: 'on-site',
    stage: 'directories-built',
  };
}

/** A frame with `sizes[h]` objects in stratum `strata[h]`, ids numbered from `start`. */
export function makeFrame(strata: readonly string[], sizes: readonly number[], start = 1) {
  const units: { id: string; stratum: string }[] = [];
  let i = start;
  sizes.forEach((n, h) => {
    for (let k = 0; k < n; k++) units.push({ id: uscc(i++), stratum: strata[h]! });
  });
  return { strata: [...strata], units };
}

export const SEED: SeedInput = {
  kind: 'lottery',
  text: '2025-03-03 福彩3D 第2025056期 开奖号码 4 7 1',
  source: '中国福利彩票',
} as const;

/** Makes any string a canonical seed text (第十九条: one way to write a seed): NFKC, no control or format
 * character, single ASCII spaces, no space at either end. Empty results are mapped to "0". */
export function canonicalSeedText(s: string): string {
  const t = s
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\p{White_Space}+/gu, ' ')
    .trim();
  return t.length > 0 && t === t.normalize('NFKC') ? t : '0';
}
