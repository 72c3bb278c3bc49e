// The end-to-end example (`npm run demo`): the Longting District's 2026 joint spot-checks, from the catalog to the
// statutory deadlines, using the library exactly as a platform would — imported by its package name, every input
// parsed at the boundary, every finding citing its article.
import { readFileSync } from 'node:fs';
import {
  type AnnualPlanInput,
  announceDraw,
  applyAdjustment,
  type CatalogInput,
  commitFrame,
  type DepartmentListInput,
  deadline,
  drawObjects,
  eligibleObjects,
  inclusionProbabilities,
  parseInspectorDirectory,
  parseObjectDirectory,
  type RuleIssue,
  stratify,
  validateAnnualPlan,
  validateCatalog,
  validateUscc,
  verifyDraw,
} from 'shuangsuiji';

const fixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/longting/${name}`, import.meta.url), 'utf8'));

type Outcome<T> = { isOk(): boolean; _unsafeUnwrap(): T; _unsafeUnwrapErr(): RuleIssue[] };
function unwrap<T>(label: string, result: Outcome<T>): T {
  if (result.isOk()) return result._unsafeUnwrap();
  console.error(`${label} failed:`);
  for (const i of result._unsafeUnwrapErr())
    console.error(`  ${i.code} ${i.article ?? ''} ${i.path.join('.')}: ${i.message.zh}`);
  process.exit(1);
}
const show = (i: RuleIssue) =>
  `[${i.severity}] ${i.code}（${i.article ?? '—'}）${i.path.join('.')}\n      ${i.message.zh}\n      ${i.message.en}`;

console.log('龙亭区市场监管领域部门联合抽查 — shuangsuiji demo\n');

// 1. 部门联合抽查事项清单 (第八条–第十条)
const departmentsJson = fixture<DepartmentListInput>('departments.json');
const catalog = unwrap(
  'validateCatalog',
  validateCatalog(fixture<CatalogInput>('catalog.json'), departmentsJson),
);
const entries = catalog.catalog.entries;
console.log(
  `1. 抽查事项清单 v${catalog.catalog.version}（${catalog.catalog.effectiveDate} 起施行，${catalog.catalog.publishedDate} 公开）：` +
    `${entries.length} 项、${new Set(entries.map((e) => e.domain)).size} 个抽查领域，校验通过，警告 ${catalog.warnings.length} 条`,
);

// 2. 检查对象名录库 and 执法检查人员名录库 (第十一条)
const directory = unwrap('object directory', parseObjectDirectory(fixture('object-directory.json')));
const inspectorDirs = (fixture('inspector-directories.json') as unknown[]).map((d) =>
  unwrap('inspector directory', parseInspectorDirectory(d)),
);
const codeWarnings = directory.objects.flatMap((o, i) => validateUscc(o.id, ['objects', i, 'id']));
const inspectors = inspectorDirs.flatMap((d) => d.inspectors);
console.log(
  `2. 检查对象 ${directory.objects.length} 户（截至 ${directory.asOf}），统一社会信用代码全部有效（GB 32100），警告 ${codeWarnings.length} 条；` +
    `执法检查人员 ${inspectors.filter((i) => i.role === 'inspector').length} 名、专家 ${inspectors.filter((i) => i.role === 'expert').length} 名`,
);

// 3. 联合抽查年度工作计划 (第十三条–第十六条)
const planJson = fixture<AnnualPlanInput>('plan-2026.json');
const plan = unwrap(
  'validateAnnualPlan',
  validateAnnualPlan(planJson, { catalog, departments: departmentsJson, directories: [directory] }),
);
console.log(
  `3. 《${plan.plan.title}》：${plan.plan.tasks.length} 项任务覆盖全部抽查领域，${plan.plan.publication?.date} 公示，` +
    `校验通过，警告 ${plan.warnings.length} 条`,
);

// A defective plan: every finding names its code, article and path, in Chinese and English.
const broken = structuredClone(planJson);
delete broken.publication;
broken.tasks[2]!.schedule.end = '2027-01-15';
const findings = validateAnnualPlan(broken, { catalog, departments: departmentsJson })._unsafeUnwrapErr();
console.log(`   一份有缺陷的计划得到 ${findings.length} 条结论，例如：`);
for (const f of findings.slice(0, 2)) console.log(`    ${show(f)}`);

// 4. 计划调整 (第十六条): a new version with its history; the original is untouched.
const adjusted = unwrap(
  'applyAdjustment',
  applyAdjustment(plan, {
    id: 'ADJ-2026-01',
    kind: 'delay-task',
    taskId: 'LT-2026-T03',
    schedule: { start: '2026-06-01', end: '2026-09-30' },
    reason: '因汛期防汛任务，住宿场所检查顺延',
    publication: { date: '2026-05-06', channels: ['开封市龙亭区人民政府网站'] },
  }),
);
console.log(
  `4. 计划调整：v${plan.plan.version} → v${adjusted.version}，调整记录 ${adjusted.history.length} 条；原计划仍为 v${plan.plan.version}`,
);

// 5. 二次随机 stage one for task T01 (第十八条, 第十五条, 第十九条).
const task = plan.plan.tasks.find((t) => t.id === 'LT-2026-T01')!;
const eligibility = unwrap('eligibleObjects', eligibleObjects({ task, directory, catalog: catalog.catalog }));
const frame = unwrap('stratify', stratify(eligibility.eligible, task.sampling.ratioTable));
const commitment = unwrap('commitFrame', commitFrame(frame));
console.log(`\n5. 任务「${task.name}」`);
console.log(
  `   共同监管对象 ${eligibility.eligible.length} 户（排除 ${eligibility.excluded.length} 户，第十八条）；抽取前公开名录承诺：`,
);
console.log(`   frame digest ${commitment.digest}`);
const chances = unwrap('inclusionProbabilities', inclusionProbabilities(task, commitment));
for (const s of chances.filter((c) => c.N > 0)) {
  console.log(
    `   ${s.label}：N=${String(s.N).padStart(3)} n=${s.n}  每户被抽中概率 ${s.probability}${s.random ? '' : '（全部抽取，非随机）'}`,
  );
}

// Before the seed exists, publish the announcement (抽取公告): ratios, reserve, frame commitment and which
// lottery draw will be the seed. Its digest is what everybody compares later (第十九条 公开).
const announcement = unwrap(
  'announceDraw',
  announceDraw({
    task,
    commitment,
    seed: { kind: 'lottery', source: '中国福利彩票发行管理中心 2026-03-31 开奖公告（双色球 2026035期）' },
  }),
);
console.log(`   抽取公告摘要（开奖前公布）：${announcement.digest}`);

// The seed is fixed only after the announcement is published: here, a public lottery result.
const seed = {
  kind: 'lottery' as const,
  text: '中国福利彩票双色球 2026035期 开奖号码 03 07 12 19 26 31 + 09',
};
const locked = unwrap('drawObjects', drawObjects({ task, frame, seed, announcement }));
console.log(`   种子（${seed.kind}）：${seed.text}`);
console.log(`   抽中 ${locked.selected.length} 户，备选 ${locked.reserve.length} 户：`);
const nameOf = new Map(directory.objects.map((o) => [o.id as string, o.name]));
for (const o of locked.selected) console.log(`     #${o.rank} [${o.stratum}] ${o.id} ${nameOf.get(o.id)}`);
console.log('   备选（按层内名次依次递补）：');
for (const o of locked.reserve) console.log(`     #${o.rank} [${o.stratum}] ${o.id} ${nameOf.get(o.id)}`);

// 6. Anyone can verify the published receipt against the published frame and announcement digest.
const receiptJson = JSON.stringify(locked.receipt);
const verified = verifyDraw({
  receipt: JSON.parse(receiptJson),
  frame,
  task,
  announcement: announcement.digest,
});
console.log(
  `\n6. 第三方复核回执（${new TextEncoder().encode(receiptJson).length} 字节 UTF-8 JSON）：${verified.isOk() ? '通过 ✓' : '未通过 ✗'}`,
);
const tampered = JSON.parse(receiptJson);
tampered.seed.text = tampered.seed.text.replace('09', '10');
const rejected = verifyDraw({ receipt: tampered, frame, task, announcement: announcement.digest });
console.log(
  `   改动种子后复核：${rejected.isOk() ? '通过（错误！）' : `拒绝 — ${rejected._unsafeUnwrapErr()[0]!.code}`}`,
);
// A platform that drops the rank-1 enterprise after seeing the seed and draws again gets a receipt that is
// self-consistent but does not match the announcement published before the seed.
const randomStrata = new Set(locked.strata.filter((s) => s.random).map((s) => s.id));
const rankOne = locked.selected.find((o) => o.rank === 1 && randomStrata.has(o.stratum))!.id;
const edited = { ...frame, units: frame.units.filter((u) => u.id !== rankOne) };
const redrawn = unwrap('drawObjects', drawObjects({ task, frame: edited, seed }));
const recheck = verifyDraw({
  receipt: redrawn.receipt,
  frame: edited,
  task,
  announcement: announcement.digest,
});
console.log(
  `   开奖后删去第 1 名 ${rankOne} 重抽：${recheck.isOk() ? '通过（错误！）' : `拒绝 — ${recheck._unsafeUnwrapErr()[0]!.code}`}`,
);
console.log(
  `   抽取结果已锁定（第十九条）：Object.isFrozen = ${Object.isFrozen(locked) && Object.isFrozen(locked.selected)}`,
);

// 7. Deadlines in working days (第二十二条), on the State Council's 2026 holiday arrangements.
const completed = task.schedule.end;
const publish = unwrap('deadline', deadline('results-publication', completed));
console.log(
  `\n7. 任务 ${completed} 完成：抽查结果须在 ${publish.date} 前录入并公示（20 个工作日，${publish.basis.article}）`,
);
const penalty = unwrap('deadline', deadline('penalty-information-gathering', '2026-09-30'));
console.log(
  `   2026-09-30 作出的行政处罚决定：信息须在 ${penalty.date} 前归集（7 个工作日，跨国庆假期及 10-10 调休上班日${penalty.provisional ? '，暂定' : ''}）`,
);
