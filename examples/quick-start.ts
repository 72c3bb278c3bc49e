// Quick start (README “Usage”, run by test/readme-example.test.ts): validate the plan, build a task's frame,
// announce, draw, publish and verify; each department draws its inspectors (stage two); then the task runs
// through its lifecycle to the publication of its results — every Result handled as a production caller would.
import { readFileSync } from 'node:fs';
import {
  type AnnualPlanInput,
  announceDraw,
  announceMatch,
  applyTaskEvent,
  type CatalogInput,
  createTaskState,
  type DepartmentListInput,
  deadline,
  drawObjects,
  eligibleObjects,
  type LockedAssignment,
  matchInspectors,
  parseInspectorDirectory,
  parseObjectDirectory,
  publicationRecord,
  type RuleIssue,
  replaceInspector,
  stratify,
  type TaskEventInput,
  type TaskState,
  validateAnnualPlan,
  validateCatalog,
  validateOnSiteRecord,
  validateResultEntry,
  verifyAssignment,
  verifyDraw,
} from 'shuangsuiji';

// JSON from other systems (here, the Longting fixtures), typed as the input it should be: the editor shows the
// fields, and every function still checks the value at run time (bad JSON gives findings, never an exception).
const json = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/longting/${name}.json`, import.meta.url), 'utf8'));

/** Reports every finding (code, article, path, Chinese and English) and stops: nothing is half done. */
function stop(step: string, issues: readonly RuleIssue[]): never {
  for (const i of issues) {
    console.error(
      `${step}: ${i.code} ${i.article ?? ''} ${i.path.join('.')} ${i.message.zh} / ${i.message.en}`,
    );
  }
  process.exit(1);
}

// 1. The catalog, the object directory and the annual plan (第八条–第十六条).
const departments = json<DepartmentListInput>('departments');
const catalog = validateCatalog(json<CatalogInput>('catalog'), departments);
if (catalog.isErr()) stop('catalog', catalog.error);
const directory = parseObjectDirectory(json('object-directory'));
if (directory.isErr()) stop('directory', directory.error);
const plan = validateAnnualPlan(json<AnnualPlanInput>('plan-2026'), {
  catalog: catalog.value,
  departments,
  directories: [directory.value],
});
if (plan.isErr()) stop('plan', plan.error);
for (const w of plan.value.warnings) console.warn(`warning ${w.code} ${w.article ?? ''}: ${w.message.zh}`);

// 2. One task's frame: the objects it may check (第十八条), each in its credit stratum (第十五条).
const task = plan.value.plan.tasks.find((t) => t.id === 'LT-2026-T01');
if (task === undefined) throw new Error('task LT-2026-T01 is not in the plan');
const eligible = eligibleObjects({ task, directory: directory.value, catalog: catalog.value });
if (eligible.isErr()) stop('eligibility', eligible.error);
const frame = stratify(eligible.value.eligible, task.sampling.ratioTable);
if (frame.isErr()) stop('frame', frame.error);

// 3. Before the seed exists, publish the announcement (抽取公告, 第十九条): ratios, the frame's
//    commitment and which lottery draw will be the seed. Its digest is what everybody compares later.
const source = '中国福利彩票双色球 2026035期';
const announcement = announceDraw({ task, frame: frame.value, seed: { kind: 'lottery', source } });
if (announcement.isErr()) stop('announce', announcement.error);
console.log(`PUBLISH before the seed — announcement digest: ${announcement.value.digest}`);

// 4. After the lottery result is public, draw. The result is locked (deeply frozen).
const seed = { kind: 'lottery', source, text: '双色球 2026035期 03 07 12 19 26 31 + 09' } as const;
const drawn = drawObjects({ task, frame: frame.value, seed, announcement: announcement.value });
if (drawn.isErr()) stop('draw', drawn.error);
//    No reserve list: the drawn list cannot be changed once locked and these measures provide no substitution
//    (第十九条 ¶3); an object found closed or unreachable gets its result category instead.
const { selected, receipt } = drawn.value;
const list = (o: { stratum: string; rank: number; id: string }) => `  ${o.stratum} #${o.rank} ${o.id}`;
console.log(`Selected (抽中, ${selected.length}):\n${selected.map(list).join('\n')}`);
const publishedFrame = JSON.stringify(frame.value);
const publishedReceipt = JSON.stringify(receipt);
console.log('PUBLISH after the draw — the frame and the receipt (JSON)');

// 5. Anyone re-checks the published receipt and frame against the digest published in step 3.
const check = verifyDraw({
  receipt: JSON.parse(publishedReceipt),
  frame: JSON.parse(publishedFrame),
  announcement: announcement.value.digest,
});
if (check.isErr()) stop('verify', check.error);
console.log('Verified: the receipt is the draw the announcement fixed');

// 6. The results are due 20 working days after the task ends, 调休 included (第二十二条).
const due = deadline('results-publication', task.schedule.end);
if (due.isErr()) stop('deadline', due.error);
console.log(`Results due by ${due.value.date}${due.value.provisional ? ' (provisional)' : ''}`);

// 7. Stage two (二次随机, 第十九条): each participating department draws its own inspectors for the locked list —
//    announce before its seed, draw, publish the receipt. Inspectors must cover the task's domains (第十八条).
const domains = [
  ...new Set(catalog.value.catalog.entries.filter((e) => task.items.includes(e.id)).map((e) => e.domain)),
];
const assignments: LockedAssignment[] = [];
const inspectorDirectories = [];
for (const departmentId of task.departments) {
  const department = departments.find((d) => d.id === departmentId);
  if (department === undefined) throw new Error(`department ${departmentId} is not in departments.json`);
  // The department's 执法检查人员名录库 snapshot, read from another system: parsed at the boundary.
  const snapshot = json<{ departmentId: string }[]>('inspector-directories');
  const read = parseInspectorDirectory(snapshot.find((d) => d.departmentId === departmentId));
  if (read.isErr()) stop(`directory of ${departmentId}`, read.error);
  // No recusal declared here (《行政处罚法》第四十三条: a declared one keeps that inspector off that object).
  const inputs = { draw: drawn.value, task, department, directory: read.value, recusals: [], domains };
  const beacon = `drand mainnet round 5123456 (${departmentId})`;
  const published = announceMatch({ ...inputs, seed: { kind: 'beacon', source: beacon } });
  if (published.isErr()) stop('announceMatch', published.error);
  console.log(`PUBLISH before its seed — ${departmentId} 派员公告 digest: ${published.value.digest}`);
  const seed2 = { kind: 'beacon', source: beacon, text: `drand 5123456 ${departmentId}` } as const;
  let team = matchInspectors({ ...inputs, seed: seed2, announcement: published.value });
  if (team.isErr()) stop('matchInspectors', team.error);
  // 第十九条 ¶3: a drawn inspector falls ill; with the head's approval the next one of the seeded order steps in.
  if (departmentId === task.initiator) {
    const first = team.value.objects[0]!;
    team = replaceInspector(team.value, {
      objectId: first.objectId,
      inspectorId: first.inspectorIds[0]!,
      reason: '健康状况',
      approvedBy: department.headInspectorId,
      approvedOn: '2026-04-02',
    });
    if (team.isErr()) stop('replaceInspector', team.error);
    const r = team.value.events[0]!;
    console.log(
      `Replaced on ${r.objectId}: ${r.outInspectorId} → ${r.inInspectorId} (${r.reason}, approved by ${r.approvedBy})`,
    );
  }
  const receiptJson = JSON.stringify(team.value.receipt);
  const o = team.value.objects[0]!;
  console.log(
    `PUBLISH after its draw — ${departmentId} receipt (JSON, replacements included); e.g. ${o.objectId}: ${o.inspectorIds.join(', ')}${o.leaderId ? ` (leader ${o.leaderId})` : ''}`,
  );
  // Anyone holding the published inputs recomputes the draw and every replacement from the receipt.
  const audit = verifyAssignment({
    ...inputs,
    receipt: JSON.parse(receiptJson),
    announcement: published.value.digest,
  });
  if (audit.isErr()) stop('verifyAssignment', audit.error);
  assignments.push(team.value);
  inspectorDirectories.push(read.value);
}
console.log(`Verified: ${assignments.length} departments' inspector draws`);

// 8. The lifecycle (第十七条): each step is an event checked against the state (out of order is refused) and
//    written to the audit trail (who, when, what, article) that the platform keeps for auditors.
let state = createTaskState({ task, departments });
const step = (event: TaskEventInput): TaskState => {
  if (state.isErr()) stop('createTaskState', state.error);
  state = applyTaskEvent(state.value, event);
  if (state.isErr()) stop(`event ${event.type}`, state.error);
  return state.value;
};
const by = { taskId: task.id, by: '龙亭区市场监管局 王敏' };
const inspectorDirectoryIds = inspectorDirectories.map((d) => d.id);
step({
  ...by,
  type: 'build-directories',
  on: '2026-03-20',
  objectDirectoryId: directory.value.id,
  inspectorDirectoryIds,
});
step({ ...by, type: 'draw', on: '2026-03-31', draw: drawn.value });
for (const assignment of assignments) step({ ...by, type: 'dispatch', on: '2026-04-03', assignment });

// 9. On site (第二十一条): every department checks every object with its matched inspectors (at least two), after
//    telling the enterprise in advance; each 实地抽查记录表 is validated before it is stored.
const records = [];
const context = { task, draw: drawn.value, assignments, inspectorDirectories };
for (const { departmentId, objects } of assignments) {
  for (const { objectId, inspectorIds } of objects) {
    const checkDate = '2026-05-12';
    const record = validateOnSiteRecord(
      {
        taskId: task.id,
        objectId,
        departmentId,
        method: 'on-site',
        checkDate,
        items: task.items,
        notice: {
          mode: 'phone',
          date: '2026-05-08',
          items: task.items,
          checkDate,
          materials: ['食品经营许可证'],
        },
        inspectorIds: [...inspectorIds],
        findings: '未发现问题',
        measures: [],
        acknowledgement: { kind: 'signed' },
      },
      context,
    );
    if (record.isErr()) stop('validateOnSiteRecord', record.error);
    records.push(record.value.record);
    step({ ...by, type: 'record-check', on: checkDate, objectId, departmentId, checkDate });
  }
}
step({ ...by, type: 'complete-checks', on: '2026-06-30' });

// 10. Results (第二十二条): entered and published within 20 working days of completion (due 2026-07-28), by the
//     department that checked (谁检查、谁录入、谁公开). What is published: one line per object and department.
const entries = [];
for (const { objectId, departmentId, checkDate } of records) {
  const entry = validateResultEntry(
    {
      taskId: task.id,
      objectId,
      departmentId,
      checkDate,
      taskCompletedDate: '2026-06-30',
      enteredDate: '2026-07-10',
      publishedDate: '2026-07-13',
      results: ['未发现问题'],
      followUp: ['无需后续处置'],
    },
    { task, draw: drawn.value, onSiteRecords: records },
  );
  if (entry.isErr()) stop('validateResultEntry', entry.error);
  entries.push(entry.value.record);
  step({ ...by, type: 'enter-result', on: '2026-07-10', objectId, departmentId, results: ['未发现问题'] });
}
const publication = publicationRecord({
  task,
  draw: drawn.value,
  departments,
  entries,
  onSiteRecords: records,
});
if (publication.isErr()) stop('publicationRecord', publication.error);
for (const { objectId, departmentId } of entries) {
  step({ ...by, type: 'publish', on: '2026-07-13', objectId, departmentId });
}
const line = publication.value.records[0]!;
console.log(`PUBLISH the results — ${publication.value.records.length} lines (企业信用信息公示系统), e.g.`);
console.log(`  ${line.objectId} ${line.inspectingAuthority} ${line.type} ${line.date} ${line.result}`);

const closed = step({ ...by, type: 'close', on: '2026-07-20' });
console.log(
  `Task ${closed.task.id} ${closed.stage}: ${closed.trail.length} audit entries (who, when, what, article)`,
);
