// Shared fixtures of the records tests: the Longting 2026 task T01 (food safety, 区市场监管局 + 区卫生健康委),
// its locked draw, the two departments' inspector directories, assignments, and a realistic record of each kind.
import { drawObjects, type LockedDraw, stratify } from '../../src/draw/index.js';
import {
  type AnnualPlanInput,
  type CatalogInput,
  type DepartmentListInput,
  parseObjectDirectory,
} from '../../src/model/index.js';
import { eligibleObjects, validateAnnualPlan, validateCatalog } from '../../src/plan/index.js';
import { loadFixture } from '../helpers/fixture.js';

const departments = loadFixture<DepartmentListInput>('departments.json');
const catalog = validateCatalog(loadFixture<CatalogInput>('catalog.json'), departments)._unsafeUnwrap();
const directory = parseObjectDirectory(loadFixture('object-directory.json'))._unsafeUnwrap();
const plan = validateAnnualPlan(loadFixture<AnnualPlanInput>('plan-2026.json'), {
  catalog,
  departments,
  directories: [directory],
})._unsafeUnwrap();

/** Task T01 as plain JSON (a fresh copy each call). */
export function task() {
  return structuredClone(plan.plan.tasks.find((t) => t.id === 'LT-2026-T01')!) as unknown as Record<
    string,
    // biome-ignore lint/suspicious/noExplicitAny: tests mutate the fixture freely
    any
  >;
}

const t = plan.plan.tasks.find((x) => x.id === 'LT-2026-T01')!;
const frame = stratify(
  eligibleObjects({ task: t, directory, catalog: catalog.catalog })._unsafeUnwrap().eligible,
  t.sampling.ratioTable,
)._unsafeUnwrap();

/** The locked draw of T01 (deeply frozen). */
export const draw: LockedDraw = drawObjects({
  task: t,
  frame,
  seed: { kind: 'lottery', text: '中国福利彩票双色球 2026035期 开奖号码 03 07 12 19 26 31 + 09' },
  options: { reservePercent: 50 },
})._unsafeUnwrap();

export const departmentList = departments as { id: string; name: string; headInspectorId: string }[];

/** Inspector directories of the two departments of T01 (fresh copy). */
export function inspectorDirectories() {
  return (loadFixture('inspector-directories.json') as { departmentId: string }[]).filter(
    (d) => d.departmentId === 'lt-scjgj' || d.departmentId === 'lt-wjw',
  ) as unknown as {
    departmentId: string;
    // biome-ignore lint/suspicious/noExplicitAny: tests mutate the fixture freely
    inspectors: any[];
  }[];
}

export const OBJECT = draw.selected[0]!.id;

export interface TestAssignment {
  taskId: string;
  departmentId: string;
  random: boolean;
  objects: { objectId: string; inspectorIds: string[]; leaderId?: string; expertIds?: string[] }[];
  events: Record<string, unknown>[];
}

/** The two departments' assignments: two inspectors per drawn object (stage two, as the matcher would give). */
export function assignments(): TestAssignment[] {
  const pick = (dept: string, a: string, b: string): TestAssignment => ({
    taskId: 'LT-2026-T01',
    departmentId: dept,
    random: true,
    objects: draw.selected.map((o) => ({ objectId: o.id, inspectorIds: [a, b], leaderId: a })),
    events: [],
  });
  return [pick('lt-scjgj', 'lt-scjgj-02', 'lt-scjgj-03'), pick('lt-wjw', 'lt-wjw-02', 'lt-wjw-03')];
}

/** A realistic 实地抽查记录表 of 区市场监管局 for the first drawn object. */
export function onSiteRecord() {
  return {
    taskId: 'LT-2026-T01',
    objectId: OBJECT,
    departmentId: 'lt-scjgj',
    method: 'on-site',
    checkDate: '2026-05-12',
    notice: {
      mode: 'phone',
      date: '2026-05-08',
      items: ['LT-2026-01'],
      checkDate: '2026-05-12',
      materials: ['食品经营许可证', '进货查验记录', '从业人员健康证明'],
    },
    inspectorIds: ['lt-scjgj-02', 'lt-scjgj-03'],
    items: ['LT-2026-01'],
    findings: '后厨冷藏柜生熟食品混放，部分进货查验记录缺失',
    measures: [{ measure: 'on-site-record' }, { measure: 'order-to-rectify', form: 'written' }] as {
      measure: string;
      form?: string;
    }[],
    acknowledgement: { kind: 'signed' } as { kind: string; note?: string },
  } as Record<string, unknown> & {
    notice: Record<string, unknown>;
    inspectorIds: string[];
    items: string[];
    measures: { measure: string; form?: string }[];
    acknowledgement: { kind: string; note?: string };
  };
}

/** The on-site context with assignments. */
export function onSiteContext() {
  return { task: task(), draw, assignments: assignments(), inspectorDirectories: inspectorDirectories() };
}

/** 区市场监管局's result for the first drawn object: a problem corrected on the spot, entered and published on time. */
export function resultEntry() {
  return {
    taskId: 'LT-2026-T01',
    objectId: OBJECT,
    departmentId: 'lt-scjgj',
    taskCompletedDate: '2026-06-30',
    checkDate: '2026-05-12',
    enteredDate: '2026-07-10',
    publishedDate: '2026-07-13',
    results: ['发现问题经责令已改正'],
    followUp: ['责令改正'],
  } as Record<string, unknown> & { results: string[]; followUp: string[] };
}

/** The result context: the task, its draw and the on-site record of the department. */
export function resultContext() {
  return { task: task(), draw, onSiteRecords: [onSiteRecord()] };
}
