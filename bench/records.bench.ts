// Records and lifecycle time. A 500-object joint task of two departments: the whole lifecycle (3006 events,
// applyTaskEvent one by one), replaying its trail, validating its 1000 on-site records and result entries one by
// one (each call parses its whole context: task, draw, assignments, directories), and publishing them.
// The baseline, measured in the same run, is parsing the same events with TaskEventSchema alone: the ratio says
// what the lifecycle's rules and its frozen, ever-growing audit trail cost on top of reading the input.
// Then the lifecycle alone at larger sizes (RECORDS_SCALE, default 2000,10000 objects; one run each): the time per
// event says whether applying an event stays O(1) amortised as the trail grows (it was O(n): arrays copied).
import { readFileSync } from 'node:fs';
import { orgCodeCheckCharacter, usccCheckCharacter } from '../src/model/uscc.js';
import {
  applyTaskEvent,
  createTaskState,
  publicationRecord,
  replayTask,
  type TaskEventInput,
  TaskEventSchema,
  type TaskState,
  validateOnSiteRecord,
  validateOnSiteRecords,
  validateResultEntries,
  validateResultEntry,
} from '../src/records/index.js';

const OBJECTS = 500;
const SCALE = (process.env.RECORDS_SCALE ?? '2000,10000').split(',').filter(Boolean).map(Number);

function creditCode(k: number): string {
  const body = `R${String(k).padStart(7, '0')}`;
  const first17 = `91410202${body}${orgCodeCheckCharacter(body)}`;
  return first17 + usccCheckCharacter(first17);
}

function build(OBJECTS: number) {
  const plan = JSON.parse(
    readFileSync(new URL('../fixtures/longting/plan-2026.json', import.meta.url), 'utf8'),
  );
  const task = plan.tasks[0];
  const departments: string[] = task.departments;
  const selected = Array.from({ length: OBJECTS }, (_, k) => ({
    id: creditCode(k),
    stratum: 'A',
    rank: k + 1,
  }));
  const draw = { taskId: task.id, selected, reserve: [] };
  const inspectors = (d: string) => [`${d}-b1`, `${d}-b2`];
  const assignments = departments.map((d) => ({
    taskId: task.id,
    departmentId: d,
    random: true,
    objects: selected.map((o) => ({ objectId: o.id, inspectorIds: inspectors(d) })),
    events: [],
  }));
  const inspectorDirectories = departments.map((d) => ({
    id: `${d}-dir`,
    departmentId: d,
    asOf: '2026-03-01',
    inspectors: inspectors(d).map((id) => ({
      id,
      departmentId: d,
      name: id,
      role: 'inspector',
      certificate: { number: id, validFrom: '2024-01-01', validUntil: '2028-12-31' },
      fields: ['food-safety'],
      active: true,
    })),
  }));
  const ev = (type: string, on: string, f: object = {}) =>
    ({ taskId: task.id, type, by: 'bench', on, ...f }) as unknown as TaskEventInput;
  const pairs = selected.flatMap((o) => departments.map((d) => ({ objectId: o.id, departmentId: d })));
  const events: TaskEventInput[] = [
    ev('build-directories', '2026-03-20', {
      objectDirectoryId: 'objects',
      inspectorDirectoryIds: ['inspectors'],
    }),
    ev('draw', '2026-03-31', { draw }),
    ...assignments.map((a) => ev('dispatch', '2026-04-02', { assignment: a })),
    ...pairs.map((p) => ev('record-check', '2026-05-12', { ...p, checkDate: '2026-05-12' })),
    ev('complete-checks', '2026-06-30'),
    ...pairs.map((p) => ev('enter-result', '2026-07-10', { ...p, results: ['未发现问题'] })),
    ...pairs.map((p) => ev('publish', '2026-07-13', p)),
    ev('close', '2026-07-20'),
  ];
  const records = pairs.map((p) => ({
    taskId: task.id,
    ...p,
    method: 'on-site',
    checkDate: '2026-05-12',
    notice: {
      mode: 'phone',
      date: '2026-05-08',
      items: task.items,
      checkDate: '2026-05-12',
      materials: ['许可证'],
    },
    inspectorIds: inspectors(p.departmentId),
    items: task.items,
    findings: '未发现问题',
    measures: [],
    acknowledgement: { kind: 'signed' },
  }));
  const entries = pairs.map((p) => ({
    taskId: task.id,
    ...p,
    taskCompletedDate: '2026-06-30',
    checkDate: '2026-05-12',
    enteredDate: '2026-07-10',
    publishedDate: '2026-07-13',
    results: ['未发现问题'],
    followUp: ['无需后续处置'],
  }));
  return { task, draw, assignments, inspectorDirectories, events, records, entries };
}

function time(fn: () => unknown, rounds = 3): number {
  if (rounds > 1) fn();
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
  const b = build(OBJECTS);
  let final: TaskState | undefined;
  const parse = time(() => {
    for (const e of b.events) TaskEventSchema.safeParse(e);
  });
  const lifecycle = time(() => {
    let s = createTaskState({ task: b.task })._unsafeUnwrap();
    for (const e of b.events) s = applyTaskEvent(s, e)._unsafeUnwrap();
    final = s;
  });
  const start = final!.start;
  const replay = time(() => replayTask({ ...start, events: final!.trail })._unsafeUnwrap());
  const context = {
    task: b.task,
    draw: b.draw,
    assignments: b.assignments,
    inspectorDirectories: b.inspectorDirectories,
  };
  const onSite = time(() => {
    for (const r of b.records) validateOnSiteRecord(r as never, context as never)._unsafeUnwrap();
  });
  const results = time(() => {
    for (const e of b.entries)
      validateResultEntry(e as never, { task: b.task, draw: b.draw } as never)._unsafeUnwrap();
  });
  // The batch forms: the context parsed once for all records (each verdict the single validator's).
  const onSiteBatch = time(() => {
    for (const v of validateOnSiteRecords(b.records as never, context as never)._unsafeUnwrap())
      v._unsafeUnwrap();
  });
  const resultsBatch = time(() => {
    for (const v of validateResultEntries(
      b.entries as never,
      { task: b.task, draw: b.draw } as never,
    )._unsafeUnwrap())
      v._unsafeUnwrap();
  });
  const departments = b.task.departments.map((id: string) => ({
    id,
    name: `部门 ${id}`,
    headInspectorId: `${id}-b1`,
    domains: ['food-safety'],
  }));
  const publish = time(() =>
    publicationRecord({
      task: b.task,
      draw: b.draw,
      departments,
      entries: b.entries,
      onSiteRecords: b.records,
    } as never)._unsafeUnwrap(),
  );
  console.log(
    `synthetic task: ${OBJECTS} objects × 2 departments, ${b.events.length} events; final stage ${final!.stage}`,
  );
  const line = (label: string, ms: number) =>
    console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  (${(ms / parse).toFixed(1)}× parse)`);
  line('baseline: TaskEventSchema.safeParse of every event', parse);
  line(`applyTaskEvent × ${b.events.length} (planned → closed)`, lifecycle);
  line(`replayTask of the ${final!.trail.length}-entry trail`, replay);
  line(`validateOnSiteRecord × ${b.records.length} (with assignments)`, onSite);
  line(`validateResultEntry × ${b.entries.length} (calendar deadlines)`, results);
  line(`validateOnSiteRecords, ${b.records.length} records in one call`, onSiteBatch);
  line(`validateResultEntries, ${b.entries.length} entries in one call`, resultsBatch);
  line(`publicationRecord: ${b.entries.length} entries against ${b.records.length} records`, publish);
  for (const n of SCALE) {
    const big = build(n);
    let last: TaskState | undefined;
    const apply = time(() => {
      let s = createTaskState({ task: big.task })._unsafeUnwrap();
      for (const e of big.events) s = applyTaskEvent(s, e)._unsafeUnwrap();
      last = s;
    }, 1);
    const again = time(() => replayTask({ ...last!.start, events: last!.trail })._unsafeUnwrap(), 1);
    const per = (ms: number) => `${((ms * 1000) / big.events.length).toFixed(1)} µs/event`;
    console.log(
      `${n} objects × 2 departments, ${big.events.length} events: applyTaskEvent ${apply.toFixed(0)} ms (${per(apply)}), ` +
        `replayTask ${again.toFixed(0)} ms (${per(again)}); final stage ${last!.stage}, trail ${last!.trail.length}`,
    );
  }
}
