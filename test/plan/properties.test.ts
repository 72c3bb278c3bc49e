// Properties of the plan validators (fast-check, global seed from test/setup.ts):
// - they never throw, on arbitrary values and on the Longting fixtures with arbitrary fields replaced or removed;
// - findings do not depend on the order of the tasks, departments and directories (or of the catalog entries and
//   departments) — checked on mutated plans whose task ids stay intact, since a task without a usable id can only
//   be addressed by its index (docs/plan.md), with and without a department id or a directory id listed twice;
// - applyAdjustment never changes its inputs (they are deep-frozen here, so any write would also throw).
// Each property was checked once against a deliberately broken variant (index paths instead of ids; an
// adjustment written into its input; the first copy of a repeated department or directory id winning) and
// failed, so it can fail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleIssue } from '../../src/model/issue.js';
import { applyAdjustment, validateAnnualPlan, validateCatalog } from '../../src/plan/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { type Json, load } from './helpers.js';

const DELETE = Symbol('delete');
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const out: Path[] = [];
  for (const [k, v] of Object.entries(value)) {
    const key = Array.isArray(value) ? Number(k) : k;
    out.push([...prefix, key], ...pathsOf(v, [...prefix, key]));
  }
  return out;
}

function mutate(root: Json, path: Path, replacement: unknown): Json {
  const copy = structuredClone(root);
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k];
  const last = path[path.length - 1] as string | number;
  if (replacement === DELETE) {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete cur[last];
  } else cur[last] = replacement;
  return copy;
}

const replacement = fc.oneof(
  fc.constant<unknown>(DELETE),
  fc.constantFrom<unknown>(
    '',
    ' ',
    0,
    -1,
    1.5,
    2,
    100,
    null,
    [],
    {},
    '2026-13-01',
    '2027-01-01',
    '2025-12-31',
  ),
  fc.constantFrom<unknown>(
    'lt-unknown',
    'lt-wjw',
    'LT-2026-99',
    'LT-2026-02',
    'ad-hoc',
    'planned',
    'sudden-risk',
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** One to three random replacements or removals inside a fixture value, restricted to the allowed paths. */
function mutated(base: Json, allowed: (p: Path) => boolean) {
  const paths = pathsOf(base).filter(allowed);
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), replacement), {
      minLength: 1,
      maxLength: 3,
    })
    .map((edits) => {
      let v = base;
      for (const [i, r] of edits) {
        const p = paths[i] as Path;
        try {
          v = mutate(v, p, r);
        } catch {
          // the path vanished under an earlier edit; skip this edit
        }
      }
      return v;
    });
}

const plan = load.plan();
const catalog = load.catalog();
const departments = load.departments();
const directory = load.directory();
const ctx = { catalog, departments, directories: [directory] };
const allFindings = (r: { isOk(): boolean; value?: Json; error?: RuleIssue[] }): readonly RuleIssue[] =>
  r.isOk() ? (r.value as Json).warnings : (r.error as RuleIssue[]);

describe('validators never throw', () => {
  it('on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        const r1 = validateCatalog(a as never, b as never);
        const r2 = validateAnnualPlan(a as never, { catalog: b, departments: c, directories: a } as never);
        const r3 = validateAnnualPlan(a as never, b as never);
        const r4 = applyAdjustment(a as never, b as never);
        for (const r of [r1, r2, r3, r4]) expect(r.isOk() || r.isErr()).toBe(true);
      }),
    );
  });

  it('on the Longting plan, catalog and departments with fields replaced or removed', () => {
    fc.assert(
      fc.property(
        mutated(plan, () => true),
        mutated(catalog, () => true),
        mutated(departments, () => true),
        (p, c, d) => {
          expect(() =>
            validateAnnualPlan(p, { catalog: c, departments, directories: [directory] }),
          ).not.toThrow();
          expect(() => validateAnnualPlan(plan, { catalog, departments: d })).not.toThrow();
          expect(() => validateCatalog(c, d)).not.toThrow();
          const r = validateAnnualPlan(p, ctx);
          // every finding is well formed and sorted
          for (const i of allFindings(r))
            expect(typeof i.code === 'string' && i.message.zh.length > 0).toBe(true);
        },
      ),
    );
  });
});

describe('findings do not depend on input order', () => {
  const keepsTaskIds = (p: Path) =>
    !(p[0] === 'tasks' && (p.length <= 2 || (p.length === 3 && p[2] === 'id')));

  // Department lists (optionally with one id listed twice, the copies differing) and directory lists (optionally
  // with one id given twice) are shuffled too: duplicates are reported once and neither copy is used, so the order
  // of the copies cannot matter (docs/plan.md).
  const clashingDepartment = { ...departments[1], name: '另一个同编号部门', domains: ['no-such-domain'] };
  const departmentLists = fc.boolean().chain((dup) => {
    const list = dup ? [...departments, clashingDepartment] : departments;
    return fc.shuffledSubarray(list as Json[], { minLength: list.length });
  });
  const otherDirectory = {
    ...directory,
    id: 'lt-objects-extra',
    objects: (directory.objects as Json[]).slice(0, 30),
  };
  const sameIdDirectory = { ...directory, objects: (directory.objects as Json[]).slice(10, 50) };
  const directoryLists = fc
    .constantFrom<Json[]>([directory, otherDirectory], [directory, otherDirectory, sameIdDirectory])
    .chain((list) => fc.shuffledSubarray(list, { minLength: list.length }));

  it('validating the same plan with its tasks, departments and directories in another order gives the same findings', () => {
    // the unmutated plan half the time: most mutations stop at parsing, before the rules that use the lists
    const arb = fc
      .oneof(fc.constant(plan), mutated(plan, keepsTaskIds))
      .chain((p) =>
        fc.tuple(
          fc.constant(p),
          fc.shuffledSubarray(p.tasks as Json[], { minLength: p.tasks.length }),
          departmentLists,
          directoryLists,
        ),
      );
    fc.assert(
      fc.property(arb, fc.boolean(), ([p, shuffled, depts, dirs], withDir) => {
        const dirList = withDir ? dirs : [directory];
        const sortedDepts = [...depts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const sortedDirs = [...dirList].sort((a, b) => a.objects.length - b.objects.length);
        const a = validateAnnualPlan(p, { catalog, departments: sortedDepts, directories: sortedDirs });
        const b = validateAnnualPlan(
          { ...p, tasks: shuffled },
          { catalog, departments: depts, directories: dirList },
        );
        expect(b.isOk()).toBe(a.isOk());
        expect(allFindings(b)).toEqual(allFindings(a));
      }),
    );
  });

  it('validating the same catalog with its entries and departments in another order gives the same findings', () => {
    const keepsEntryIds = (p: Path) =>
      !(p[0] === 'entries' && (p.length <= 2 || (p.length === 3 && p[2] === 'id')));
    const arb = fc
      .oneof(fc.constant(catalog), mutated(catalog, keepsEntryIds))
      .chain((c) =>
        fc.tuple(
          fc.constant(c),
          fc.shuffledSubarray(c.entries as Json[], { minLength: c.entries.length }),
          departmentLists,
        ),
      );
    fc.assert(
      fc.property(arb, ([c, shuffled, depts]) => {
        const sortedDepts = [...depts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        expect(allFindings(validateCatalog({ ...c, entries: shuffled }, depts))).toEqual(
          allFindings(validateCatalog(c, sortedDepts)),
        );
      }),
    );
  });
});

describe('applyAdjustment never changes its input', () => {
  const taskIds = (plan.tasks as Json[]).map((t) => t.id as string);
  const date = fc.constantFrom('2026-02-01', '2026-03-03', '2026-05-20', '2026-12-01', '2027-01-05');
  const schedule = fc
    .tuple(fc.integer({ min: 1, max: 13 }), fc.integer({ min: 0, max: 5 }))
    .map(([m, len]) => ({
      start: `2026-${String(Math.min(m, 12)).padStart(2, '0')}-01`,
      end: m + len > 12 ? '2027-02-01' : `2026-${String(m + len).padStart(2, '0')}-28`,
    }));
  const adjustment = fc.record({
    id: fc.constantFrom('ADJ-1', 'ADJ-2'),
    kind: fc.constantFrom('add-task', 'delay-task', 'cancel-task', 'change-ratio', 'change-frequency'),
    reason: fc.constantFrom('特殊情况', ''),
    publication: fc.record({ date, channels: fc.constant(['国家企业信用信息公示系统（河南）']) }),
    taskId: fc.constantFrom(...taskIds, 'LT-2026-T99'),
    schedule,
    frequencyPerYear: fc.integer({ min: 0, max: 4 }),
    ratioTable: mutated(plan.tasks[0].sampling.ratioTable, () => true),
    task: fc.constantFrom(...taskIds, 'LT-2026-T12').map((id) => ({ ...plan.tasks[10], id })),
  });

  it('on deep-frozen plans and adjustments, applied in sequence', () => {
    fc.assert(
      fc.property(
        fc.array(adjustment, { minLength: 1, maxLength: 4 }),
        mutated(plan, () => true),
        (adjs, p0) => {
          let current: unknown = deepFreeze(structuredClone(plan));
          for (const adj of [...adjs, p0]) {
            const input = deepFreeze(structuredClone(adj));
            const before = JSON.stringify(current);
            const beforeAdj = JSON.stringify(input);
            const r = applyAdjustment(current as never, input as never);
            expect(JSON.stringify(current)).toBe(before);
            expect(JSON.stringify(input)).toBe(beforeAdj);
            if (r.isOk()) {
              expect(r.value.version).toBe((current as Json).version + 1);
              expect(r.value.history.at(-1)?.id).toBe((adj as Json).id);
              expect(Object.isFrozen(r.value.history)).toBe(true);
              current = r.value;
            }
          }
          const p = deepFreeze(p0);
          const before = JSON.stringify(p);
          applyAdjustment(p, adjs[0] as never);
          expect(JSON.stringify(p)).toBe(before);
        },
      ),
    );
  });
});
