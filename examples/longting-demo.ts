// The end-to-end example (`npm run demo`): the Longting District's 2026 joint spot-checks, from the catalog to the
// statutory deadlines, using the library exactly as a platform would — imported by its package name, every input
// parsed at the boundary, every finding citing its article. The data set is district-sized (5,000+ objects, 20
// catalog items, nine departments), grown deterministically from the committed fixture by scripts/longting-scale.ts.
// What a platform publishes is written to out/ (announcement.json, frame.json, frame.csv, receipt.json,
// match-<department>.json, publication.json) so a verifier can check it without this program.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  type AnnualPlanInput,
  announceDraw,
  announceMatch,
  applyAdjustment,
  applyTaskEvent,
  type CatalogInput,
  commitFrame,
  createTaskState,
  type DepartmentListInput,
  deadline,
  drawObjects,
  eligibleObjects,
  inclusionProbabilities,
  type LockedAssignment,
  matchInspectors,
  parseDepartments,
  parseInspectorDirectory,
  parseObjectDirectory,
  publicationRecord,
  type RuleIssue,
  replaceInspector,
  replayTask,
  stratify,
  type TaskEventInput,
  type TaskState,
  validateAnnualPlan,
  validateCatalog,
  validateOnSiteRecord,
  validateResultEntry,
  validateUscc,
  verifyAssignment,
  verifyDraw,
} from 'shuangsuiji';

import { longtingAtScale } from '../scripts/longting-scale.js';

const data = longtingAtScale('longting-2026');
// out/ beside the repository, or the folder SHUANGSUIJI_DEMO_OUT names (the tests give each run its own).
const outDir = process.env.SHUANGSUIJI_DEMO_OUT
  ? pathToFileURL(`${process.env.SHUANGSUIJI_DEMO_OUT.replace(/\/?$/, '/')}`)
  : new URL('../out/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const writeOut = (name: string, text: string) => writeFileSync(new URL(name, outDir), text);
const publishJson = (name: string, value: unknown) => writeOut(name, `${JSON.stringify(value, null, 2)}\n`);

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
const departmentsJson: DepartmentListInput = data.departments;
const catalog = unwrap('validateCatalog', validateCatalog(data.catalog as CatalogInput, departmentsJson));
const entries = catalog.catalog.entries;
console.log(
  `1. 抽查事项清单 v${catalog.catalog.version}（${catalog.catalog.effectiveDate} 起施行，${catalog.catalog.publishedDate} 公开）：` +
    `${entries.length} 项、${new Set(entries.map((e) => e.domain)).size} 个抽查领域，校验通过，警告 ${catalog.warnings.length} 条`,
);

// 2. 检查对象名录库 and 执法检查人员名录库 (第十一条)
const directory = unwrap('object directory', parseObjectDirectory(data.directory));
const inspectorDirs = data.inspectorDirectories.map((d) =>
  unwrap('inspector directory', parseInspectorDirectory(d)),
);
const codeWarnings = directory.objects.flatMap((o, i) => validateUscc(o.id, ['objects', i, 'id']));
const inspectors = inspectorDirs.flatMap((d) => d.inspectors);
const classes = ['A', 'B', 'C', 'D'].map(
  (c) => `${c} 类 ${directory.objects.filter((o) => o.creditClass === c).length}`,
);
const flagged = (f: (o: (typeof directory.objects)[number]) => boolean) => directory.objects.filter(f).length;
console.log(
  `2. 检查对象 ${directory.objects.length} 户（截至 ${directory.asOf}），统一社会信用代码全部有效（GB 32100），警告 ${codeWarnings.length} 条；` +
    `执法检查人员 ${inspectors.filter((i) => i.role === 'inspector').length} 名、专家 ${inspectors.filter((i) => i.role === 'expert').length} 名`,
);
console.log(
  `   信用风险分类：${classes.join('、')}；重点领域 ${flagged((o) => o.risk.keyArea)} 户、投诉举报 3 件以上 ` +
    `${flagged((o) => o.risk.complaintCount >= 3)} 户、有严重违法记录 ${flagged((o) => o.risk.seriousViolation)} 户；` +
    `已申报回避 ${data.recusals.length} 项`,
);

// 3. 联合抽查年度工作计划 (第十三条–第十六条)
// Each task's base (抽查基数, 第十四条) is the number of objects in the directory the task may draw: counted here
// with the same eligibility rule the draw applies (第十八条), then checked by validateAnnualPlan.
const planJson = data.plan as AnnualPlanInput;
const draft = unwrap(
  'validateAnnualPlan',
  validateAnnualPlan(planJson, { catalog, departments: departmentsJson }),
);
draft.plan.tasks.forEach((t, k) => {
  const counted = unwrap(
    'eligibleObjects',
    eligibleObjects({ task: t, directory, catalog: catalog.catalog }),
  );
  planJson.tasks[k]!.sampling.base = counted.eligible.length;
});
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

// Before the seed exists, publish the announcement (抽取公告): ratios, frame commitment and which
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
// No reserve list (备选): the drawn list cannot be changed once locked and these measures provide no
// substitution (第十九条 ¶3); an object found closed or unreachable gets its result category (docs/records.md).
console.log(`   抽中 ${locked.selected.length} 户（名单一经锁定不可更改，不设备选替补，第十九条第三款）：`);
const nameOf = new Map(directory.objects.map((o) => [o.id as string, o.name]));
for (const s of locked.strata.filter((x) => x.n > 0)) {
  const first = locked.selected.filter((o) => o.stratum === s.id).slice(0, 2);
  console.log(
    `     [${s.id}] 抽中 ${s.n} 户，例如 ${first.map((o) => `#${o.rank} ${o.id} ${nameOf.get(o.id)}`).join('；')}`,
  );
}
if (locked.reserve.length > 0) {
  console.log('   备选（本地规则允许替补时，按层内名次依次递补）：');
  for (const o of locked.reserve) console.log(`     #${o.rank} [${o.stratum}] ${o.id} ${nameOf.get(o.id)}`);
}
for (const w of locked.warnings) console.log(`   提示：${w.message.zh}`);

// Publish what a verifier needs: the announcement (before the seed), the frame and the receipt (after the draw).
publishJson('announcement.json', announcement);
publishJson('frame.json', frame);
writeOut('frame.csv', `id,stratum\n${frame.units.map((u) => `${u.id},${u.stratum}`).join('\n')}\n`);
publishJson('receipt.json', locked.receipt);

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

// 6b. 二次随机 stage two (第十九条 ¶1): each participating department announces, then draws its own inspectors for
// the locked objects — two distinct eligible ones per object (第二十一条), holding a certificate valid for the whole
// schedule and qualified in the task's fields (第十八条 ¶2), nobody recused (回避), a leader from the initiator.
const domains = [...new Set(entries.filter((e) => task.items.includes(e.id)).map((e) => e.domain))];
const departments = unwrap('departments', parseDepartments(departmentsJson));
console.log(`\n6b. 第二次随机：各参与部门自行抽取执法检查人员（执法领域 ${domains.join('、')}）`);
const drawn = new Set(locked.selected.map((o) => o.id as string));
// Recusals: the standing declarations, plus one declared once the object list was published (第十九条).
const recusals = [
  ...data.recusals,
  {
    inspectorId: 'lt-scjgj-02',
    objectId: locked.selected[0]!.id,
    reason: '近亲属' as const,
    declaredOn: '2026-03-31',
  },
];
const assignments: LockedAssignment[] = [];
for (const departmentId of task.departments) {
  const department = departments.find((d) => d.id === departmentId)!;
  const inspectorDirectory = inspectorDirs.find((d) => d.departmentId === departmentId)!;
  const own = recusals.filter((r) => r.inspectorId.startsWith(`${departmentId}-`));
  const inputs = { draw: locked, task, department, directory: inspectorDirectory, recusals: own, domains };
  const source = `drand mainnet round 5123456（${departmentId}）`;
  const published = unwrap('announceMatch', announceMatch({ ...inputs, seed: { kind: 'beacon', source } }));
  let team = unwrap(
    'matchInspectors',
    matchInspectors({
      ...inputs,
      seed: { kind: 'beacon', source, text: `drand 5123456 ${departmentId}` },
      announcement: published,
    }),
  );
  const used = new Set(team.objects.flatMap((o) => o.inspectorIds));
  const expired = inspectorDirectory.inspectors.filter(
    (i) => i.role === 'inspector' && i.certificate && i.certificate.validUntil < task.schedule.end,
  );
  const recusedHere = own.filter((r) => drawn.has(r.objectId));
  const first = team.objects[0]!;
  console.log(
    `   ${department.name}：派员公告 ${published.digest.slice(0, 16)}…；${team.objects.length} 户各 ${first.inspectorIds.length} 人，` +
      `${used.size} 人参与，负荷 ${team.receipt.load.min}–${team.receipt.load.max}`,
  );
  for (const r of recusedHere) {
    const o = team.objects.find((x) => x.objectId === r.objectId)!;
    console.log(
      `     回避：${r.inspectorId} 与 ${r.objectId}（${r.reason}），该户派 ${o.inspectorIds.join('、')}${o.inspectorIds.includes(r.inspectorId) ? '（错误！）' : ' ✓'}`,
    );
  }
  for (const i of expired)
    console.log(
      `     执法证 ${i.certificate!.number} 有效期至 ${i.certificate!.validUntil}，${i.id} 未被抽取${used.has(i.id) ? '（错误！）' : ' ✓'}`,
    );
  if (departmentId === task.initiator) {
    // 第十九条 ¶3: a replacement needs the head's approval and takes the next inspector of the seeded order.
    const objectId = first.objectId;
    team = unwrap(
      'replaceInspector',
      replaceInspector(team, {
        objectId,
        inspectorId: first.inspectorIds[0]!,
        reason: '健康状况',
        approvedBy: department.headInspectorId,
        approvedOn: '2026-04-02',
      }),
    );
    const event = team.events[0]!;
    const audit = verifyAssignment({
      ...inputs,
      receipt: JSON.parse(JSON.stringify(team.receipt)),
      announcement: published.digest,
    });
    console.log(
      `     经负责人 ${event.approvedBy} 同意，${objectId} 的 ${event.outInspectorId} 因${event.reason}由 ${event.inInspectorId} 按随机顺序递补；` +
        `第三方复核 ${audit.isOk() ? '通过 ✓' : '未通过 ✗'}`,
    );
  } else {
    const audit = verifyAssignment({
      ...inputs,
      receipt: JSON.parse(JSON.stringify(team.receipt)),
      announcement: published.digest,
    });
    console.log(`     第三方复核 ${audit.isOk() ? '通过 ✓' : '未通过 ✗'}`);
  }
  publishJson(`match-${departmentId}.json`, team.receipt);
  assignments.push(team);
}

// 7. The task's lifecycle (第十七条) from the locked draw to publication, every step in the audit trail.
const ev = (type: string, on: string, fields: object = {}) =>
  ({ taskId: task.id, type, by: '龙亭区市场监管局 王敏', on, ...fields }) as unknown as TaskEventInput;
let state: TaskState = unwrap(
  'createTaskState',
  createTaskState({ task, departments: departmentsJson as never }),
);
const step = (e: TaskEventInput) => {
  state = unwrap(`applyTaskEvent ${(e as { type: string }).type}`, applyTaskEvent(state, e));
};
step(
  ev('build-directories', '2026-03-20', {
    objectDirectoryId: directory.id,
    inspectorDirectoryIds: inspectorDirs
      .filter((d) => task.departments.includes(d.departmentId))
      .map((d) => d.id),
  }),
);
step(ev('draw', '2026-03-31', { draw: locked }));
const secondDraw = applyTaskEvent(state, ev('draw', '2026-04-01', { draw: locked }));
for (const a of assignments) step(ev('dispatch', '2026-04-02', { assignment: a }));

// 8. Each 实地抽查记录表 is checked before it is stored (第二十一条), by the inspectors matched to the object.
const checkDateOf = (k: number) => ['2026-04-21', '2026-05-12', '2026-05-27', '2026-06-16'][k % 4]!;
const records = locked.selected.flatMap((o, k) =>
  assignments.map((a) => ({
    taskId: task.id,
    objectId: o.id,
    departmentId: a.departmentId,
    method: 'on-site' as const,
    checkDate: checkDateOf(k),
    notice: {
      mode: 'phone' as const,
      date: '2026-04-14',
      items: task.items,
      checkDate: checkDateOf(k),
      materials: ['食品经营许可证', '进货查验记录'],
    },
    inspectorIds: [...a.objects.find((x) => x.objectId === o.id)!.inspectorIds],
    items: task.items,
    findings: k % 17 === 5 ? '进货查验记录不全，当场责令改正' : '未发现违法违规行为',
    measures: k % 17 === 5 ? [{ measure: 'order-to-rectify' as const, form: 'written' as const }] : [],
    acknowledgement: { kind: k % 9 === 4 ? ('sealed' as const) : ('signed' as const) },
  })),
);
const onSiteContext = { task, draw: locked, assignments, inspectorDirectories: inspectorDirs };
for (const r of [...records].sort((a, b) => a.checkDate.localeCompare(b.checkDate))) {
  unwrap('validateOnSiteRecord', validateOnSiteRecord(r, onSiteContext));
  step(
    ev('record-check', r.checkDate, {
      objectId: r.objectId,
      departmentId: r.departmentId,
      checkDate: r.checkDate,
    }),
  );
}
// Two defective records, caught before storage: no signature or seal of the object, and an expert counted.
// (A platform receives records as JSON from its forms; the missing field is what the type would have prevented.)
const { acknowledgement: _dropped, ...unsigned } = records[1]!;
const unsignedIssues = validateOnSiteRecord(
  unsigned as unknown as (typeof records)[number],
  onSiteContext,
)._unsafeUnwrapErr();
const expertId = inspectors.find(
  (i) => i.role === 'expert' && i.departmentId === records[0]!.departmentId,
)!.id;
const withExpert = { ...records[0]!, inspectorIds: [records[0]!.inspectorIds[0]!, expertId] };
const refused = validateOnSiteRecord(withExpert, onSiteContext)._unsafeUnwrapErr();
step(ev('complete-checks', '2026-06-30'));

// 9. Results entered and published by whoever checked (第二十二条), then the public record.
const resultEntries = records.map((r) => ({
  taskId: task.id,
  objectId: r.objectId,
  departmentId: r.departmentId,
  taskCompletedDate: '2026-06-30',
  checkDate: r.checkDate,
  enteredDate: '2026-07-10',
  publishedDate: '2026-07-13',
  results: [r.measures.length > 0 ? ('发现问题经责令已改正' as const) : ('未发现问题' as const)],
  followUp: [r.measures.length > 0 ? ('责令改正' as const) : ('无需后续处置' as const)],
}));
// Each entry's context carries the on-site records of its own object: the context is parsed on every call, so
// handing every entry all 480 records would make validating them quadratic (publicationRecord parses it once).
const recordsOf = new Map<string, typeof records>();
for (const r of records) recordsOf.set(r.objectId, [...(recordsOf.get(r.objectId) ?? []), r]);
let rejectedEntries = 0;
for (const e of resultEntries) {
  const checked = validateResultEntry(e, { task, draw: locked, onSiteRecords: recordsOf.get(e.objectId)! });
  if (checked.isErr()) {
    rejectedEntries++;
    continue;
  }
  step(
    ev('enter-result', e.enteredDate, {
      objectId: e.objectId,
      departmentId: e.departmentId,
      results: e.results,
    }),
  );
}
for (const e of resultEntries)
  step(ev('publish', e.publishedDate, { objectId: e.objectId, departmentId: e.departmentId }));
step(ev('close', '2026-07-20'));
const late = validateResultEntry(
  { ...resultEntries[0]!, enteredDate: '2026-07-29', publishedDate: '2026-07-29' },
  { task, draw: locked },
);
const publication = unwrap(
  'publicationRecord',
  publicationRecord({ task, draw: locked, departments: departmentsJson as never, entries: resultEntries }),
);
publishJson('publication.json', publication);
const replayed = replayTask({ ...state.start, events: state.trail });

console.log(
  `\n7. 任务生命周期：${state.trail.length} 条审计记录，阶段 ${state.stage}；锁定后再次抽取：${secondDraw.isErr() ? secondDraw.error[0]!.code : '通过（错误！）'}`,
);
for (const t of state.trail.slice(0, 5)) console.log(`   #${t.seq} ${t.on} ${t.article} ${t.what.zh}`);
console.log(
  `   …按审计记录重放：${replayed.isOk() && replayed.value.stage === state.stage ? '与当前状态一致 ✓' : '不一致 ✗'}`,
);
console.log(`8. 实地抽查记录表 ${records.length} 份校验通过；有缺陷的两份在保存前被拒绝：`);
console.log(
  `   缺少被检查对象签名或盖章：${unsignedIssues.map((i) => `${i.code}（${i.article}）`).join('、')}`,
);
console.log(`   专家不计入人数：${refused.map((i) => i.code).join('、')}`);
const lateIssue = late.isErr() ? late.error.find((i) => i.code === 'RESULT_ENTRY_LATE') : undefined;
console.log(
  `9. 抽查结果 ${resultEntries.length - rejectedEntries} 条按期录入；07-29 才录入：${lateIssue ? `${lateIssue.code}（${lateIssue.article}）${lateIssue.message.zh}` : '通过（错误！）'}`,
);
console.log(`   公示 ${publication.records.length} 条，例如：`);
const line = publication.records[0]!;
console.log(
  `   检查实施机关 ${line.inspectingAuthority}｜检查类型 ${line.type}｜检查日期 ${line.date}｜检查结果 ${line.result}`,
);

// 10. Deadlines in working days (第二十二条), on the State Council's 2026 holiday arrangements.
const completed = task.schedule.end;
const due = unwrap('deadline', deadline('results-publication', completed));
console.log(
  `\n10. 任务 ${completed} 完成：抽查结果须在 ${due.date} 前录入并公示（20 个工作日，${due.basis.article}）`,
);
const penalty = unwrap('deadline', deadline('penalty-information-gathering', '2026-09-30'));
console.log(
  `    2026-09-30 作出的行政处罚决定：信息须在 ${penalty.date} 前归集（7 个工作日，跨国庆假期及 10-10 调休上班日${penalty.provisional ? '，暂定' : ''}）`,
);
console.log(
  `\n已写入 out/：announcement.json、frame.json、frame.csv（${frame.units.length} 行）、receipt.json、` +
    `${assignments.map((a) => `match-${a.departmentId}.json`).join('、')}、publication.json`,
);
