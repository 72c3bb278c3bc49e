// Policy tests for analysts (test/policy/*.yaml, after OpenFisca's YAML tests): each case names a rule of the
// Longting measures, the article it cites, an input and the expected outcome or findings. This runner reads every
// YAML file, resolves fixture and sample references, calls the named library function from a small whitelist and
// compares. Adding a case needs no TypeScript: see test/policy/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import type { Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  announceDraw,
  applyAdjustment,
  applyTaskEvent,
  commitFrame,
  deadline,
  drawObjects,
  eligibleObjects,
  matchInspectors,
  parseObjectDirectory,
  type RuleIssue,
  stratify,
  type TaskState,
  validateAnnualPlan,
  validateCatalog,
  validateOnSiteRecord,
  validatePenaltyRecord,
  validateResultEntry,
} from '../../src/index.js';
import { loadFixture } from '../helpers/fixture.js';
import {
  assignments,
  departmentList,
  draw,
  inspectorDirectories,
  OBJECT,
  onSiteContext,
  onSiteRecord,
  resultContext,
  resultEntry,
  task,
} from '../records/fixtures.js';
import {
  checkEvents,
  complete,
  directories,
  dispatchEvents,
  drawEvent,
  enterEvents,
  fresh,
  publishEvents,
} from '../records/lifecycle-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: YAML input is untyped by nature; the library validates it
type Json = any;
const dir = new URL('./', import.meta.url);

// ---- samples: realistic inputs an analyst can start from and patch (`$sample: name`) -------------------------
const t01 = () => {
  const catalog = validateCatalog(
    loadFixture('catalog.json'),
    loadFixture('departments.json'),
  )._unsafeUnwrap();
  const directory = parseObjectDirectory(loadFixture('object-directory.json'))._unsafeUnwrap();
  const parsed = task() as Json;
  const eligible = eligibleObjects({ task: parsed, directory, catalog: catalog.catalog })._unsafeUnwrap();
  return { parsed, frame: stratify(eligible.eligible, parsed.sampling.ratioTable)._unsafeUnwrap() };
};
const SEED = { kind: 'lottery', text: '中国福利彩票双色球 2026035期 开奖号码 03 07 12 19 26 31 + 09' };
const samples: Record<string, () => unknown> = {
  object: () => OBJECT,
  objects: () => draw.selected.map((o) => o.id),
  /** An object of the same directory that the draw did not select (nor put in reserve). */
  notDrawn: () => {
    const drawn = new Set([...draw.selected, ...draw.reserve].map((o) => o.id as string));
    return t01().frame.units.find((u) => !drawn.has(u.id))!.id;
  },
  task: () => task(),
  draw: () => draw,
  frame: () => t01().frame,
  seed: () => ({ ...SEED }),
  announcement: () => {
    const { parsed, frame } = t01();
    const commitment = commitFrame(frame)._unsafeUnwrap();
    return announceDraw({
      task: parsed,
      commitment,
      seed: { kind: 'lottery', source: '双色球 2026035期' },
    })._unsafeUnwrap();
  },
  assignments: () => assignments(),
  inspectorDirectories: () => inspectorDirectories(),
  onSiteRecord: () => onSiteRecord(),
  onSiteContext: () => onSiteContext(),
  resultEntry: () => resultEntry(),
  resultContext: () => resultContext(),
  penaltyRecord: () => ({
    decisionNumber: '龙市监罚〔2025〕128号',
    objectId: OBJECT,
    departmentId: 'lt-scjgj',
    taskId: 'LT-2026-T01',
    decisionDate: '2025-09-26',
    gatheredDate: '2025-10-13',
    publishedDate: '2025-10-30',
  }),
  departments: () => structuredClone(departmentList),
};

// ---- task states an applyTaskEvent case starts from (`after: <stage>`) --------------------------------------
const STAGES: Record<string, () => unknown[]> = {
  planned: () => [],
  directories: () => [directories()],
  drawn: () => [directories(), drawEvent()],
  dispatched: () => [directories(), drawEvent(), ...dispatchEvents()],
  checked: () => [directories(), drawEvent(), ...dispatchEvents(), ...checkEvents()],
  completed: () => [directories(), drawEvent(), ...dispatchEvents(), ...checkEvents(), complete()],
  entered: () => [...STAGES.completed!(), ...enterEvents()],
  published: () => [...STAGES.entered!(), ...publishEvents()],
};

// ---- references and patches ------------------------------------------------------------------------------------
const pointer = (p: string) =>
  p === '' || p === '/'
    ? []
    : p
        .replace(/^\//, '')
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

function at(doc: Json, path: string): Json {
  return pointer(path).reduce((v, k) => (v === undefined ? v : v[k]), doc);
}

/** JSON-patch-like operations: replace, add (an array index or `-` inserts), remove, merge (shallow). */
function applyPatch(doc: Json, ops: Json[]): Json {
  for (const op of ops) {
    const keys = pointer(op.path);
    const last = keys.pop()!;
    const parent = keys.reduce((v, k) => v?.[k], doc);
    if (parent === undefined || parent === null) throw new Error(`patch path ${op.path} does not exist`);
    const value = resolve(op.value);
    if (op.op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (op.op === 'add' && Array.isArray(parent)) {
      parent.splice(last === '-' ? parent.length : Number(last), 0, value);
    } else if (op.op === 'merge') {
      parent[last] = { ...parent[last], ...value };
    } else if (op.op === 'replace' || op.op === 'add') {
      parent[last] = value;
    } else throw new Error(`unknown patch op ${op.op}`);
  }
  return doc;
}

/** Resolves `{ $fixture | $sample, pointer?, patch? }` anywhere in a case's input. */
function resolve(value: Json): Json {
  if (Array.isArray(value)) return value.map(resolve);
  if (value === null || typeof value !== 'object') return value;
  if ('$fixture' in value || '$sample' in value) {
    let base: Json;
    if ('$fixture' in value) base = loadFixture(`${value.$fixture}.json`.replace(/\.json\.json$/, '.json'));
    else {
      const make = samples[value.$sample];
      if (!make)
        throw new Error(`unknown sample ${value.$sample}; known: ${Object.keys(samples).join(', ')}`);
      base = structuredClone(make());
    }
    if (value.pointer !== undefined) base = at(base, value.pointer);
    return applyPatch(base, value.patch ?? []);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
}

// ---- the functions a case may call, with the defaults an analyst may leave out ------------------------------
type Call = (input: Json) => Result<unknown, RuleIssue[]>;
const fx = (name: string) => loadFixture(`${name}.json`);
const validPlan = () =>
  validateAnnualPlan(fx('plan-2026') as Json, {
    catalog: fx('catalog') as Json,
    departments: fx('departments') as Json,
  });
const FUNCTIONS: Record<string, Call> = {
  validateCatalog: (i) =>
    validateCatalog(i.catalog ?? fx('catalog'), i.departments ?? fx('departments'), i.options),
  validateAnnualPlan: (i) =>
    validateAnnualPlan(i.plan ?? fx('plan-2026'), {
      catalog: i.catalog ?? fx('catalog'),
      departments: i.departments ?? fx('departments'),
      ...(i.directories !== undefined ? { directories: i.directories } : {}),
      ...(i.options !== undefined ? { options: i.options } : {}),
      ...(i.departmentPlans !== undefined ? { departmentPlans: i.departmentPlans } : {}),
    }),
  applyAdjustment: (i) => applyAdjustment(i.plan ?? validPlan()._unsafeUnwrap(), i.adjustment),
  deadline: (i) => deadline(i.kind, i.from),
  validateOnSiteRecord: (i) => validateOnSiteRecord(i.record ?? onSiteRecord(), i.context ?? onSiteContext()),
  validateResultEntry: (i) => validateResultEntry(i.entry ?? resultEntry(), i.context ?? resultContext()),
  validatePenaltyRecord: (i) => validatePenaltyRecord(i.record ?? samples.penaltyRecord!(), i.context ?? {}),
  drawObjects: (i) =>
    drawObjects({
      task: i.task ?? task(),
      frame: i.frame ?? t01().frame,
      seed: i.seed ?? SEED,
      ...(i.announcement !== undefined ? { announcement: i.announcement } : {}),
      ...(i.options !== undefined ? { options: i.options } : {}),
    } as Json),
  matchInspectors: (i) => {
    const departmentId = i.departmentId ?? 'lt-scjgj';
    return matchInspectors({
      draw: i.draw ?? draw,
      task: i.task ?? task(),
      department: departmentList.find((d) => d.id === departmentId),
      directory: i.directory ?? inspectorDirectories().find((d) => d.departmentId === departmentId),
      recusals: i.recusals ?? [],
      domains: i.domains ?? ['food-safety'],
      ...(i.options !== undefined ? { options: i.options } : {}),
      seed: i.seed ?? { kind: 'beacon', source: 'drand mainnet round 5123456', text: 'drand 5123456' },
    } as Json);
  },
  applyTaskEvent: (i) => {
    const make = STAGES[i.after ?? 'planned'];
    if (!make) throw new Error(`unknown stage ${i.after}; known: ${Object.keys(STAGES).join(', ')}`);
    let state: TaskState = fresh(i.options);
    for (const e of make()) state = applyTaskEvent(state, e as Json)._unsafeUnwrap();
    const events: Json[] = i.events ?? [i.event];
    let result: Result<TaskState, RuleIssue[]> = applyTaskEvent(state, {
      taskId: 'LT-2026-T01',
      by: '龙亭区市场监管局 王敏',
      ...events[0],
    });
    for (const e of events.slice(1)) {
      if (result.isErr()) break;
      result = applyTaskEvent(result.value, { taskId: 'LT-2026-T01', by: '龙亭区市场监管局 王敏', ...e });
    }
    return result;
  },
};

// ---- the cases --------------------------------------------------------------------------------------------------
interface Finding {
  code: string;
  severity?: 'error' | 'warning';
  article?: string;
  path?: string | (string | number)[];
}
interface Case {
  name: string;
  article: string;
  function: string;
  input?: Json;
  expected: { outcome: 'ok' | 'error'; findings?: Finding[]; absent?: string[]; value?: Json };
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const cases = files.flatMap((file) =>
  (parse(readFileSync(new URL(file, dir), 'utf8'), { merge: true }) as Case[]).map((c) => ({ file, c })),
);

const pathText = (p: string | readonly (string | number)[]) => (typeof p === 'string' ? p : p.join('.'));
const show = (issues: readonly RuleIssue[]) =>
  issues.map((i) => `${i.code}（${i.article ?? '—'}）${i.path.join('.')}`).join('\n  ');

describe('policy cases (test/policy/*.yaml)', () => {
  it('every case is well formed: a name, a cited article, a known function, an expected outcome', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const { file, c } of cases) {
      const where = `${file}: ${c.name}`;
      expect(c.name, where).toBeTypeOf('string');
      expect(c.article, where).toMatch(/^(第[一二三四五六七八九十]+条|《.+》)/);
      expect(Object.keys(FUNCTIONS), where).toContain(c.function);
      expect(['ok', 'error'], where).toContain(c.expected?.outcome);
    }
  });

  it('every article cited has a case on each side: one where the rule holds and one where it is broken', () => {
    const sides = new Map<string, { holds: boolean; broken: boolean }>();
    for (const { c } of cases) {
      const s = sides.get(c.article) ?? { holds: false, broken: false };
      if (c.expected.outcome === 'ok' && !(c.expected.findings ?? []).length) s.holds = true;
      if ((c.expected.findings ?? []).length > 0) s.broken = true;
      sides.set(c.article, s);
    }
    const oneSided = [...sides]
      .filter(([, s]) => !s.holds || !s.broken)
      .map(([a, s]) => `${a} ${JSON.stringify(s)}`);
    expect(oneSided).toEqual([]);
  });

  it('case names are unique', () => {
    const names = cases.map(({ c }) => c.name);
    expect(names.filter((n, k) => names.indexOf(n) !== k)).toEqual([]);
  });
});

for (const file of files) {
  describe(file, () => {
    for (const { c } of cases.filter((x) => x.file === file)) {
      it(`${c.article} ${c.name}`, () => {
        const result = FUNCTIONS[c.function]!(resolve(c.input ?? {}));
        const issues: readonly RuleIssue[] = result.isErr()
          ? result.error
          : ((result.value as { warnings?: RuleIssue[] }).warnings ?? []);
        expect(result.isOk() ? 'ok' : 'error', `findings:\n  ${show(issues)}`).toBe(c.expected.outcome);
        for (const f of c.expected.findings ?? []) {
          const hit = issues.find(
            (i) =>
              i.code === f.code &&
              (f.severity === undefined || i.severity === f.severity) &&
              (f.article === undefined || i.article === f.article) &&
              (f.path === undefined || i.path.join('.') === pathText(f.path)),
          );
          expect(
            hit,
            `expected ${f.code}（${f.article ?? '—'}）${pathText(f.path ?? '')}; got:\n  ${show(issues)}`,
          ).toBeDefined();
        }
        for (const code of c.expected.absent ?? [])
          expect(
            issues.map((i) => i.code),
            `${code} must not be reported`,
          ).not.toContain(code);
        if (c.expected.value !== undefined)
          expect(result.isOk() && result.value).toMatchObject(c.expected.value);
      });
    }
  });
}
