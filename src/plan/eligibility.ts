/**
 * 检查对象 eligibility for a joint task (第十八条): the initiator builds the task's object directory from the
 * objects that are 各参与部门监管职责范围内共同的监管对象 — supervised by every participating department.
 * When the catalog is given, an object must also be of the 检查对象 type of at least one of the task's items
 * (the directory must 与抽查任务相对应); items missing from the catalog are ignored for this check, and when
 * none of them is found the type check is skipped (validateAnnualPlan reports unknown items separately).
 */
import { err, ok, type Result } from 'neverthrow';
import { article } from '../model/article.js';
import { type Catalog, type CatalogInput, CatalogSchema } from '../model/catalog.js';
import { type ObjectDirectoryInput, ObjectDirectorySchema } from '../model/directory.js';
import type { InspectionObject } from '../model/inspection-object.js';
import { type IssuePath, type RuleIssue, sortIssues } from '../model/issue.js';
import { makeParser, unreadable } from '../model/parse.js';
import { type Task, type TaskInput, TaskSchema } from '../model/task.js';
import { listEn, listOf, planIssue, prefixIssues } from './issue.js';
import { catalogArgument, type ValidCatalog } from './valid.js';

/** An object left out of a task, with every reason (each citing 第十八条). */
export interface ExcludedObject {
  readonly object: InspectionObject;
  readonly reasons: readonly RuleIssue[];
}

/** The objects a task may check (第十八条 ¶1), and those excluded with the reason. */
export interface Eligibility {
  /** Objects the task may draw, in directory order. */
  readonly eligible: readonly InspectionObject[];
  /** Objects it may not, in directory order, each with its reasons. */
  readonly excluded: readonly ExcludedObject[];
}

/** The object types a task's items cover, or undefined when the catalog says nothing about them. */
export function taskObjectTypes(
  task: Pick<Task, 'items'>,
  catalog: Pick<Catalog, 'entries'> | undefined,
): ReadonlySet<string> | undefined {
  if (!catalog) return undefined;
  const types = new Set<string>();
  for (const item of task.items) {
    for (const e of catalog.entries) if (e.id === item) types.add(e.objectType);
  }
  return types.size > 0 ? types : undefined;
}

/** Why `object` may not be drawn for a task with these departments and object types (empty: eligible). */
export function exclusionReasons(
  object: InspectionObject,
  departments: readonly string[],
  types: ReadonlySet<string> | undefined,
): RuleIssue[] {
  const reasons: RuleIssue[] = [];
  const missing = departments.filter((d) => !object.supervisingDepartments.includes(d as never));
  if (missing.length > 0) {
    reasons.push(
      planIssue(
        'PLAN_OBJECT_NOT_JOINTLY_SUPERVISED',
        ['objects', object.id, 'supervisingDepartments'],
        `“${object.name}”不在参与部门 ${listOf(missing)} 的监管范围内，不是各参与部门共同的监管对象`,
        `${object.id} is not supervised by participating department(s) ${listEn(missing)}`,
      ),
    );
  }
  if (types && !object.objectTypes.some((t) => types.has(t))) {
    reasons.push(
      planIssue(
        'PLAN_OBJECT_TYPE_MISMATCH',
        ['objects', object.id, 'objectTypes'],
        `“${object.name}”的对象类型（${listOf(object.objectTypes)}）不是本任务抽查事项的检查对象（${listOf(types)}）`,
        `${object.id} is of type ${listEn(object.objectTypes)}, not one the task's items check (${listEn(types)})`,
      ),
    );
  }
  return reasons;
}

/**
 * Splits parsed objects into those a task may draw and those it may not (第十八条). Pure; the inputs are not
 * modified. Internal: plan validation calls it on values it has parsed.
 */
export function splitObjects(
  task: Pick<Task, 'departments' | 'items'>,
  objects: readonly InspectionObject[],
  catalog?: Pick<Catalog, 'entries'>,
): Eligibility {
  const types = taskObjectTypes(task, catalog);
  const departments = [...new Set(task.departments)];
  const eligible: InspectionObject[] = [];
  const excluded: ExcludedObject[] = [];
  for (const object of objects) {
    const reasons = exclusionReasons(object, departments, types);
    if (reasons.length === 0) eligible.push(object);
    else excluded.push(Object.freeze({ object, reasons: Object.freeze(reasons) }));
  }
  return Object.freeze({ eligible: Object.freeze(eligible), excluded: Object.freeze(excluded) });
}

/** What eligibility reads of a task: its 联合抽查部门 and 抽查事项 (a whole task parses too). */
const parseTaskView = makeParser(TaskSchema.pick({ departments: true, items: true }), article(18));
/** What eligibility reads of a directory: its objects (a whole directory parses too). */
const parseDirectoryView = makeParser(ObjectDirectorySchema.pick({ objects: true }), article(18));
/** What eligibility reads of a catalog: its entries (a whole catalog parses too). */
const parseCatalogView = makeParser(CatalogSchema.pick({ entries: true }), article(10));

/** One error per credit code listed more than once (第十八条: the directory lists each object once, as the draw's DRAW_DUPLICATE_ID). */
export function duplicateObjectIssues(objects: readonly InspectionObject[], prefix: IssuePath): RuleIssue[] {
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(o.id, (counts.get(o.id) ?? 0) + 1);
  const out: RuleIssue[] = [];
  for (const [id, n] of counts) {
    if (n > 1) {
      out.push(
        planIssue(
          'PLAN_DIRECTORY_DUPLICATE_OBJECT',
          [...prefix, 'objects', id, 'id'],
          `名录库中检查对象 ${id} 列出 ${n} 次；每个检查对象只能列入一次，否则将在摇号中被重复计入`,
          `The directory lists object ${id} ${n} times; each object may appear once, or it would be counted more than once in the draw`,
        ),
      );
    }
  }
  return out;
}

/** What {@link eligibleObjects} reads: the task, the object directory and, optionally, the catalog. */
export interface EligibilityInput {
  readonly task: TaskInput;
  readonly directory: ObjectDirectoryInput;
  /** The catalog (raw, parsed or a `ValidCatalog`): the task's items must be in it (第十八条). */
  readonly catalog?: CatalogInput | ValidCatalog;
}

/**
 * Splits a directory into the objects a task may draw and those it may not (第十八条). The inputs are parsed
 * (raw JSON or already-parsed values; `catalog` may also be a `ValidCatalog`); a parse failure, or an object
 * listed twice in the directory (第十九条), gives Err with findings whose paths start with the argument's name
 * (`task`, `directory`, `catalog`). Never throws, never modifies its inputs. The excluded objects' reasons have
 * paths relative to the directory: `['objects', <credit code>, …]`.
 */
export function eligibleObjects(input: EligibilityInput): Result<Eligibility, RuleIssue[]> {
  let task: unknown;
  let directory: unknown;
  let catalog: unknown;
  try {
    ({ task, directory, catalog } = input ?? {});
  } catch {
    return err(unreadable(article(18)));
  }
  const t = parseTaskView(task);
  const d = parseDirectoryView(directory);
  let c: Result<Pick<Catalog, 'entries'> | undefined, RuleIssue[]> = ok(undefined);
  if (catalog !== undefined) {
    const arg = catalogArgument(catalog);
    c = 'trusted' in arg ? ok(arg.trusted) : parseCatalogView(arg.raw);
  }
  const issues = [
    ...(t.isErr() ? prefixIssues(['task'], t.error) : []),
    ...(d.isErr() ? prefixIssues(['directory'], d.error) : []),
    ...(c.isErr() ? prefixIssues(['catalog'], c.error) : []),
    ...(d.isOk() ? duplicateObjectIssues(d.value.objects, ['directory']) : []),
  ];
  if (issues.length > 0 || t.isErr() || d.isErr() || c.isErr()) return err(sortIssues(issues));
  return ok(splitObjects(t.value, d.value.objects, c.value));
}

/**
 * Counts eligible objects fast, for validating many tasks against one directory: objects are indexed by type
 * once, and results are cached per (departments, types).
 */
export class EligibilityCounter {
  private readonly byType = new Map<string, InspectionObject[]>();
  private readonly supervisors = new Map<InspectionObject, ReadonlySet<string>>();
  private readonly cache = new Map<string, number>();

  constructor(private readonly objects: readonly InspectionObject[]) {
    for (const o of objects) {
      this.supervisors.set(o, new Set(o.supervisingDepartments));
      for (const t of new Set(o.objectTypes)) {
        const list = this.byType.get(t);
        if (list) list.push(o);
        else this.byType.set(t, [o]);
      }
    }
  }

  count(departments: readonly string[], types: ReadonlySet<string> | undefined): number {
    const depts = [...new Set(departments)].sort();
    const typeList = types ? [...types].sort() : undefined;
    const key = JSON.stringify([depts, typeList ?? null]);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const candidates = new Set<InspectionObject>();
    if (typeList) for (const t of typeList) for (const o of this.byType.get(t) ?? []) candidates.add(o);
    let n = 0;
    for (const o of typeList ? candidates : this.objects) {
      const s = this.supervisors.get(o);
      if (s && depts.every((d) => s.has(d))) n++;
    }
    this.cache.set(key, n);
    return n;
  }
}
