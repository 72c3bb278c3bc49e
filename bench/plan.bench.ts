// Annual-plan validation time. Target (issue 4): a plan of 500 tasks against a 200-item catalog validates in
// ≤ 50 ms. The baseline, measured in the same run, is parsing the same plan with the model's parser alone
// (parseAnnualPlan): the ratio says what the rules cost on top of reading the input.
import type { CatalogInput, DepartmentListInput, ObjectDirectoryInput } from '../src/model/index.js';
import { type AnnualPlanInput, parseAnnualPlan } from '../src/model/plan.js';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../src/model/uscc.js';
import { validateAnnualPlan, validateCatalog } from '../src/plan/index.js';

/** The k-th synthetic 统一社会信用代码: 91 410202, organisation code body `B` + 7 digits, both check characters right. */
function creditCode(k: number): string {
  const body = `B${String(k).padStart(7, '0')}`;
  const first17 = `91410202${body}${orgCodeCheckCharacter(body)}`;
  return first17 + usccCheckCharacter(first17);
}

const CLASSES = ['A', 'B', 'C', 'D'] as const;
const DOMAINS = 20;
const ITEMS_PER_DOMAIN = 10; // 200 items
const DEPARTMENTS = 30;
const TASKS = 500;
const OBJECTS = 5000;

const dept = (k: number) => `dept-${String(k % DEPARTMENTS).padStart(2, '0')}`;
const domain = (d: number) => `domain-${String(d).padStart(2, '0')}`;
/** Departments with duties over domain d: three of them, the first initiates. */
const domainDepts = (d: number) => [dept(d), dept(d + 7), dept(d + 13)];

function ratioTable() {
  return {
    source: '基准测试：参照河南省2021年度计划 A 1% B 2% C 10% D 30%',
    strata: [
      { id: 'serious', label: '严重违法', match: { seriousViolation: true }, ratio: 0.5 },
      { id: 'complaints', label: '投诉较多', match: { minComplaints: 3 }, ratio: 0.4 },
      {
        id: 'key-cd',
        label: '重点领域 C/D',
        match: { keyArea: true, creditClasses: ['C', 'D'] },
        ratio: 0.4,
      },
      {
        id: 'key-ab',
        label: '重点领域 A/B',
        match: { keyArea: true, creditClasses: ['A', 'B'] },
        ratio: 0.05,
      },
      { id: 'A', label: 'A', match: { creditClasses: ['A'] }, ratio: 0.01 },
      { id: 'B', label: 'B', match: { creditClasses: ['B'] }, ratio: 0.02 },
      { id: 'C', label: 'C', match: { creditClasses: ['C'] }, ratio: 0.1 },
      { id: 'D', label: 'D', match: { creditClasses: ['D'] }, ratio: 0.3 },
    ],
  };
}

function build() {
  const departments = Array.from({ length: DEPARTMENTS }, (_, k) => ({
    id: dept(k),
    name: `部门${k}`,
    headInspectorId: `${dept(k)}-01`,
    domains: Array.from({ length: DOMAINS }, (_, d) => d)
      .filter((d) => domainDepts(d).includes(dept(k)))
      .map(domain),
  }));
  const entries = [];
  for (let d = 0; d < DOMAINS; d++) {
    const [initiator, ...cooperators] = domainDepts(d);
    for (let i = 0; i < ITEMS_PER_DOMAIN; i++) {
      entries.push({
        id: `item-${d}-${i}`,
        domain: domain(d),
        domainName: `领域${d}`,
        item: `抽查事项${d}-${i}`,
        objectType: `对象类型${d}-${i % 3}`,
        initiator,
        cooperators,
        legalBasis: ['《某法》第一条'],
        origin: 'district',
        inclusionReason: 'livelihood-multi-department',
        kind: 'general',
      });
    }
  }
  const catalog = {
    id: 'bench-catalog',
    title: '基准清单',
    version: 1,
    effectiveDate: '2026-01-01',
    publishedDate: '2025-12-20',
    publishedAt: ['国家企业信用信息公示系统'],
    entries,
  };
  // Objects: distinct valid credit codes (an object listed twice is an error), with a right GB 11714 digit.
  const objects = Array.from({ length: OBJECTS }, (_, k) => {
    const d = k % DOMAINS;
    return {
      id: creditCode(k),
      name: `对象${k}`,
      regionCode: '410202',
      industry: 'F5221',
      objectTypes: [`对象类型${d}-${k % 3}`],
      creditClass: CLASSES[k % 4],
      risk: { keyArea: k % 5 === 0, complaintCount: k % 7, seriousViolation: k % 31 === 0 },
      supervisingDepartments: domainDepts(d),
    };
  });
  const directory = { id: 'bench-dir', departmentId: dept(0), asOf: '2026-02-27', objects };
  const tasks = Array.from({ length: TASKS }, (_, t) => {
    const d = t % DOMAINS;
    const i = Math.floor(t / DOMAINS) % ITEMS_PER_DOMAIN;
    const depts = domainDepts(d);
    const base = objects.filter((o) => o.objectTypes[0] === `对象类型${d}-${i % 3}`).length;
    return {
      id: `task-${String(t).padStart(3, '0')}`,
      name: `任务${t}`,
      kind: 'planned',
      initiator: depts[0],
      departments: depts,
      items: [`item-${d}-${i}`],
      objectScope: '辖区内相关经营者',
      implementingBody: '联合检查组',
      duties: depts.map((departmentId) => ({ departmentId, duty: '按分工检查' })),
      sampling: { base, directoryId: 'bench-dir', ratioTable: ratioTable() },
      schedule: { start: '2026-03-02', end: '2026-11-30' },
      frequencyPerYear: 1,
      checkMethod: 'on-site',
      stage: 'planned',
    };
  });
  const plan = {
    id: 'bench-plan',
    title: '基准计划',
    year: 2026,
    issuedBy: '联席会议办公室',
    catalogId: 'bench-catalog',
    catalogVersion: 1,
    version: 1,
    publication: { date: '2026-02-20', channels: ['国家企业信用信息公示系统'] },
    tasks,
    cancelledTaskIds: [],
    history: [],
  };
  // Generated in the shapes the schemas accept; validated at run time like any JSON.
  return {
    plan: plan as AnnualPlanInput,
    catalog: catalog as CatalogInput,
    departments: departments as DepartmentListInput,
    directory: directory as ObjectDirectoryInput,
  };
}

/** Median wall time in ms of `fn` over `rounds` runs after `warm` warm-up runs. */
function median(fn: () => unknown, rounds = 25, warm = 5): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export async function run(): Promise<void> {
  const { plan, catalog, departments, directory } = build();
  const validCatalog = validateCatalog(catalog, departments);
  const check = validateAnnualPlan(plan, { catalog, departments, directories: [directory] });
  console.log(
    `synthetic input: ${TASKS} tasks, ${catalog.entries.length} items in ${DOMAINS} domains, ${DEPARTMENTS} departments, ` +
      `${OBJECTS} objects; catalog valid: ${validCatalog.isOk()}, plan valid: ${check.isOk()} ` +
      `(${check.isOk() ? check.value.warnings.length : check.error.length} findings)`,
  );
  if (!validCatalog.isOk() || !check.isOk()) throw new Error('bench input must be valid');

  const parse = median(() => parseAnnualPlan(plan));
  const noDirs = median(() => validateAnnualPlan(plan, { catalog, departments }));
  const withDirs = median(() => validateAnnualPlan(plan, { catalog, departments, directories: [directory] }));
  const vc = validCatalog.value;
  const preValidated = median(() => validateAnnualPlan(plan, { catalog: vc, departments }));
  const broken = structuredClone(plan);
  for (const t of broken.tasks) t.sampling.base += 1;
  const allFail = median(() =>
    validateAnnualPlan(broken, { catalog, departments, directories: [directory] }),
  );

  const line = (label: string, ms: number) =>
    console.log(`${label.padEnd(58)} ${ms.toFixed(2).padStart(7)} ms  (${(ms / parse).toFixed(2)}× parse)`);
  line('baseline: parseAnnualPlan alone', parse);
  line('validateAnnualPlan, catalog + departments', noDirs);
  line('validateAnnualPlan, with a ValidCatalog', preValidated);
  line(`validateAnnualPlan, + ${OBJECTS}-object directory (base check)`, withDirs);
  line('validateAnnualPlan, every base wrong (500 findings)', allFail);
  const worst = Math.max(noDirs, withDirs, allFail);
  console.log(
    `target ≤ 50 ms for 500 tasks × 200 items: ${worst <= 50 ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)} ms)`,
  );
}
