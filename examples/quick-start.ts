// Quick start (README “Usage”, run by test/readme-example.test.ts): validate the plan, build a task's frame,
// announce, draw, publish, verify, and compute a deadline — every Result handled as a production caller would.
import { readFileSync } from 'node:fs';
import {
  type AnnualPlanInput,
  announceDraw,
  type CatalogInput,
  type DepartmentListInput,
  deadline,
  drawObjects,
  eligibleObjects,
  parseObjectDirectory,
  type RuleIssue,
  stratify,
  validateAnnualPlan,
  validateCatalog,
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
