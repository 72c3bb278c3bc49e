/**
 * 联合抽查年度工作计划 validation (第十三条–第十六条, 第十八条). Parses the plan, the catalog it covers, the
 * departments and (optionally) the object directories its bases were counted in, then applies:
 * - 第十三条: the plan is for the catalog given; every catalog domain is covered by a planned task (one finding per
 *   missing domain, naming it); task departments include each item's initiator and cooperators; ad-hoc tasks;
 * - 第十四条: every task field (missing ones reported as PLAN_TASK_FIELD_MISSING), duties, schedule in the year,
 *   base equal to the directory count;
 * - 第十五条: ratio tables (see ratio-rules.ts);
 * - 第十六条: the plan records its publication; version and adjustment history agree.
 *
 * Findings are sorted with `sortIssues`; paths name tasks by id, so reordering the tasks reorders nothing.
 * Paths are relative to the plan; findings about the other inputs start with `catalog`, `departments` or
 * `directories`. A catalog already validated (`ValidCatalog`) is taken as is; a raw catalog — or a copy of a
 * `ValidCatalog` that lost its registration through JSON or structuredClone, which stands for its `.catalog` — is
 * parsed and its 第八条/第十条 errors (not warnings) are reported under `catalog`. A `ValidPlan` (or a copy) as the
 * first argument stands for its plan. Repeated department or directory ids are reported once and neither copy is
 * used, so list order never matters.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { article } from '../model/article.js';
import type { Catalog, CatalogEntry, CatalogInput } from '../model/catalog.js';
import type { DepartmentListInput } from '../model/department.js';
import {
  type DepartmentPlan,
  type DepartmentPlanInput,
  DepartmentPlanSchema,
} from '../model/department-plan.js';
import {
  type ObjectDirectory,
  type ObjectDirectoryInput,
  ObjectDirectorySchema,
} from '../model/directory.js';
import { type RuleIssue, sortIssues } from '../model/issue.js';
import { makeParser } from '../model/parse.js';
import { type AnnualPlan, type AnnualPlanInput, parseAnnualPlan } from '../model/plan.js';
import { validateUscc } from '../model/uscc.js';
import { duplicateObjectIssues, EligibilityCounter } from './eligibility.js';
import { deptEn, deptZh, listEn, listOf, planIssue, prefixIssues } from './issue.js';
import {
  type PlanValidationOptions,
  PlanValidationOptionsSchema,
  parseOptions,
  type ValidationStage,
} from './options.js';
import { idKeyer, isBlank, rawAt, refineTaskIssue, rekey } from './paths.js';
import { type IndexedDirectory, type RecordedDelay, type TaskContext, taskRules } from './task-rules.js';
import { catalogArgument, makeValidPlan, planArgument, type ValidCatalog, type ValidPlan } from './valid.js';
import {
  catalogNotPublished,
  catalogRules,
  departmentIndex,
  departmentNames,
  domainLeads,
  parseCatalogInput,
  parseDepartmentsInput,
} from './validate-catalog.js';

/** What a plan is validated against. Every field is untrusted input, parsed here. */
export interface PlanContext {
  /** The catalog version the plan covers: raw JSON or a `ValidCatalog`. */
  readonly catalog: CatalogInput | ValidCatalog;
  /** The department list. */
  readonly departments: DepartmentListInput;
  /** Object directories (snapshots) the tasks' bases were counted in; omit to skip the base check. */
  readonly directories?: readonly ObjectDirectoryInput[];
  /** `stage` (draft or published, default published) and `exemptClasses` (warn, default, or forbid). */
  readonly options?: PlanValidationOptions;
  /**
   * Departments' own single-department plans (`DepartmentPlan[]`), optional: a routine check they schedule in a
   * domain of the joint catalog is a warning (第八条 ¶1 不再单独开展日常性监督检查).
   */
  readonly departmentPlans?: readonly DepartmentPlanInput[];
}

const parseDirectories = makeParser(z.array(ObjectDirectorySchema), article(11));
const parseDepartmentPlans = makeParser(z.array(DepartmentPlanSchema), article(8));

/** Parses the plan: task findings keyed by task id, missing 第十四条 fields mapped to PLAN_TASK_FIELD_MISSING. */
export function parsePlanInput(input: unknown): Result<AnnualPlan, RuleIssue[]> {
  const keyOf = idKeyer(input, 'tasks');
  return parseAnnualPlan(input).mapErr((issues) =>
    sortIssues(
      issues.map((i) => {
        const [top, index] = i.path;
        if (top === 'tasks' && typeof index === 'number') {
          return rekey(refineTaskIssue(i, rawAt(input, ['tasks', index]), i.path.slice(2)), ['tasks'], keyOf);
        }
        if (i.path.length === 1 && top === 'publication' && isBlank(rawAt(input, i.path))) {
          return notPublished();
        }
        return i;
      }),
    ),
  );
}

function notPublished(): RuleIssue {
  return planIssue(
    'PLAN_NOT_PUBLISHED',
    ['publication'],
    '年度计划未载明通过国家企业信用信息公示系统等向社会公示的日期和渠道；尚未公示的计划请按草案（stage: draft）校验',
    "The plan does not record when and where it was published; validate an unpublished plan as a draft (stage: 'draft')",
  );
}

interface Inputs {
  readonly plan: AnnualPlan;
  readonly catalog: Catalog;
  /** Ids of the departments given. */
  readonly departments: ReadonlySet<string>;
  /** Names of the departments whose id is listed once. */
  readonly names: ReadonlyMap<string, string>;
  /** Departments leading each domain (第十条 ¶2). */
  readonly leads: ReadonlyMap<string, ReadonlySet<string>>;
  readonly directories: readonly ObjectDirectory[] | undefined;
  readonly options: z.output<typeof PlanValidationOptionsSchema>;
  readonly departmentPlans: readonly DepartmentPlan[];
  /** Findings about the inputs other than the plan (already prefixed). */
  readonly issues: readonly RuleIssue[];
}

function parseInputs(planInput: unknown, context: unknown): Result<Inputs, RuleIssue[]> {
  const rawCatalog = rawAt(context, ['catalog']);
  const rawDirectories = rawAt(context, ['directories']);
  const arg = catalogArgument(rawCatalog);
  const given = 'trusted' in arg ? arg.trusted : undefined;
  const plan = parsePlanInput(planArgument(planInput));
  const catalog = given
    ? ok<Catalog, RuleIssue[]>(given)
    : parseCatalogInput('raw' in arg ? arg.raw : undefined);
  const departments = parseDepartmentsInput(rawAt(context, ['departments']), ['departments']);
  const options = parseOptions(PlanValidationOptionsSchema, rawAt(context, ['options']));
  const rawPlans = rawAt(context, ['departmentPlans']);
  const plansKey = idKeyer({ list: rawPlans }, 'list');
  const departmentPlans =
    rawPlans === undefined
      ? ok<DepartmentPlan[], RuleIssue[]>([])
      : parseDepartmentPlans(rawPlans).mapErr((is) =>
          prefixIssues(
            ['departmentPlans'],
            is.map((i) => rekey(i, [], plansKey)),
          ),
        );
  const dirKey = idKeyer({ list: rawDirectories }, 'list');
  const directories =
    rawDirectories === undefined
      ? ok<ObjectDirectory[] | undefined, RuleIssue[]>(undefined)
      : parseDirectories(rawDirectories).mapErr((is) =>
          prefixIssues(
            ['directories'],
            is.map((i) => rekey(i, [], dirKey)),
          ),
        );
  const parseIssues = [
    ...(plan.isErr() ? plan.error : []),
    ...(catalog.isErr() ? prefixIssues(['catalog'], catalog.error) : []),
    ...(departments.isErr() ? departments.error : []),
    ...(directories.isErr() ? directories.error : []),
    ...(options.isErr() ? options.error : []),
    ...(departmentPlans.isErr() ? departmentPlans.error : []),
  ];
  if (
    plan.isErr() ||
    catalog.isErr() ||
    departments.isErr() ||
    directories.isErr() ||
    options.isErr() ||
    departmentPlans.isErr()
  ) {
    return err(parseIssues);
  }
  const { stage } = options.value;
  const { index, issues } = departmentIndex(departments.value, ['departments']);
  // A published plan rests on a published catalog (第八条); a draft plan may rest on a draft catalog.
  const catalogErrors = given
    ? stage === 'published' && 'stage' in arg && arg.stage === 'draft'
      ? [catalogNotPublished(catalog.value)]
      : []
    : catalogRules(catalog.value, index, stage).filter((i) => i.severity === 'error');
  return ok({
    plan: plan.value,
    catalog: catalog.value,
    departments: index.known,
    names: departmentNames(index),
    leads: domainLeads(index),
    directories: directories.value,
    options: options.value,
    departmentPlans: departmentPlans.value,
    issues: [...issues, ...prefixIssues(['catalog'], catalogErrors)],
  });
}

function planLevelRules(plan: AnnualPlan, catalog: Catalog, stage: ValidationStage): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (plan.catalogId !== catalog.id) {
    out.push(
      planIssue(
        'PLAN_CATALOG_VERSION_MISMATCH',
        ['catalogId'],
        `计划依据清单 ${plan.catalogId}，提供的清单是 ${catalog.id}`,
        `The plan covers catalog ${plan.catalogId}, but catalog ${catalog.id} was given`,
      ),
    );
  } else if (plan.catalogVersion !== catalog.version) {
    out.push(
      planIssue(
        'PLAN_CATALOG_VERSION_MISMATCH',
        ['catalogVersion'],
        `计划依据清单第 ${plan.catalogVersion} 版，提供的是第 ${catalog.version} 版`,
        `The plan covers catalog version ${plan.catalogVersion}, but version ${catalog.version} was given`,
      ),
    );
  }
  if (plan.publication === undefined && stage === 'published') out.push(notPublished());
  if (plan.version !== plan.history.length + 1) {
    out.push(
      planIssue(
        'PLAN_VERSION_HISTORY_MISMATCH',
        ['version'],
        `计划版本号 ${plan.version} 与 ${plan.history.length} 次调整不符（应为 ${plan.history.length + 1}）`,
        `Plan version ${plan.version} does not match ${plan.history.length} adjustment(s) (expected ${plan.history.length + 1})`,
      ),
    );
  }
  let previous = plan.publication?.date;
  plan.history.forEach((adj, k) => {
    if (previous !== undefined && adj.publication.date < previous) {
      out.push(
        planIssue(
          'PLAN_HISTORY_OUT_OF_ORDER',
          ['history', k, 'publication', 'date'],
          `调整 ${adj.id} 于 ${adj.publication.date} 公开，早于 ${previous}`,
          `Adjustment ${adj.id} was published on ${adj.publication.date}, before ${previous}`,
        ),
      );
    }
    if (previous === undefined || adj.publication.date > previous) previous = adj.publication.date;
  });
  const taskIds = new Set<string>(plan.tasks.map((t) => t.id));
  plan.cancelledTaskIds.forEach((id, k) => {
    if (!taskIds.has(id)) {
      out.push(
        planIssue(
          'PLAN_CANCELLED_UNKNOWN_TASK',
          ['cancelledTaskIds', k],
          `已取消的任务 ${id} 不在计划中`,
          `Cancelled task ${id} is not a task of the plan`,
        ),
      );
    }
  });
  return out;
}

function coverageRules(plan: AnnualPlan, catalog: Catalog): RuleIssue[] {
  const cancelled = new Set<string>(plan.cancelledTaskIds);
  const domains = new Map<string, CatalogEntry[]>();
  for (const e of catalog.entries) domains.set(e.domain, [...(domains.get(e.domain) ?? []), e]);
  const domainOfItem = new Map<string, string>(catalog.entries.map((e) => [e.id, e.domain]));
  const active = new Set<string>();
  const any = new Set<string>();
  for (const t of plan.tasks) {
    if (t.kind !== 'planned') continue;
    for (const item of t.items) {
      const d = domainOfItem.get(item);
      if (d === undefined) continue;
      any.add(d);
      if (!cancelled.has(t.id)) active.add(d);
    }
  }
  const out: RuleIssue[] = [];
  for (const [domain, entries] of domains) {
    if (active.has(domain)) continue;
    const name = entries[0]?.domainName ?? domain;
    const items = entries.map((e) => e.id);
    if (any.has(domain)) {
      out.push(
        planIssue(
          'PLAN_DOMAIN_COVERAGE_CANCELLED',
          ['tasks'],
          `抽查领域“${name}”（${domain}）的计划任务均已取消`,
          `Every planned task of domain ${domain} has been cancelled`,
        ),
      );
    } else {
      out.push(
        planIssue(
          'PLAN_DOMAIN_NOT_COVERED',
          ['tasks'],
          `年度计划未覆盖抽查领域“${name}”（${domain}；事项 ${listOf(items)}）`,
          `The plan does not cover domain ${domain} (${name}; items ${listEn(items)})`,
        ),
      );
    }
  }
  return out;
}

function taskSetRules(plan: AnnualPlan): RuleIssue[] {
  const out: RuleIssue[] = [];
  const counts = new Map<string, number>();
  for (const t of plan.tasks) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  for (const [id, n] of counts) {
    if (n > 1) {
      out.push(
        planIssue(
          'PLAN_TASK_DUPLICATE_ID',
          ['tasks', id, 'id'],
          `任务编号 ${id} 出现 ${n} 次`,
          `Task id ${id} appears ${n} times`,
        ),
      );
    }
  }
  const cancelled = new Set<string>(plan.cancelledTaskIds);
  const publication = plan.publication?.date;
  if (publication !== undefined) {
    const early = plan.tasks
      .filter((t) => !cancelled.has(t.id) && t.schedule.start < publication)
      .map((t) => t.id);
    if (early.length > 0) {
      out.push(
        planIssue(
          'PLAN_PUBLISHED_AFTER_TASK_START',
          ['publication', 'date'],
          `计划于 ${publication} 公示，晚于任务 ${listOf(early)} 的开始日期`,
          `The plan was published on ${publication}, after task(s) ${listEn(early)} started`,
        ),
      );
    }
  }
  return out;
}

/**
 * The directories given (第十一条, 第十八条, 第十九条): ids are unique (a base must name one population); no object
 * (统一社会信用代码) is listed twice in a directory (it would hold two tickets in the draw, and be counted twice in
 * the base); and the GB 11714 check digit embedded in each credit code is reported as a warning (`USCC_ORG_CODE_CHECK`).
 * Paths name the directory and the object by id: `['directories', <directory id>, 'objects', <credit code>, 'id']`,
 * which is the same for every copy of a duplicate, so the findings do not depend on list order.
 */
function directoryRules(directories: readonly ObjectDirectory[]): RuleIssue[] {
  const out: RuleIssue[] = [];
  const dirCounts = new Map<string, number>();
  for (const d of directories) dirCounts.set(d.id, (dirCounts.get(d.id) ?? 0) + 1);
  for (const [id, n] of dirCounts) {
    if (n > 1) {
      out.push(
        planIssue(
          'PLAN_DIRECTORY_DUPLICATE_ID',
          ['directories', id, 'id'],
          `名录库编号 ${id} 出现 ${n} 次；无法确定抽查基数取自哪一个，均不用于核对抽查基数`,
          `Directory id ${id} is given ${n} times; neither is used to check bases`,
        ),
      );
    }
  }
  for (const d of directories) {
    const at = ['directories', d.id];
    out.push(...prefixIssues(at, duplicateObjectIssues(d.objects, [])));
    for (const id of new Set(d.objects.map((o) => o.id))) {
      out.push(...validateUscc(id, [...at, 'objects', id, 'id']));
    }
  }
  return out;
}

/**
 * 第八条 ¶1: for the domains of the joint catalog 原则上都应采取部门联合抽查的方式进行检查，不再单独开展日常性监督检查.
 * A routine check a department's own plan schedules in such a domain is a warning (原则上: exceptions exist); checks
 * triggered by complaints, referrals, leads, cases or campaigns are not routine. Paths name plans and checks by id.
 */
function separateCheckRules(
  departmentPlans: readonly DepartmentPlan[],
  catalog: Catalog,
  names: ReadonlyMap<string, string>,
): RuleIssue[] {
  const domains = new Map<string, string>(catalog.entries.map((e) => [e.domain, e.domainName]));
  const planCount = new Map<string, number>();
  for (const p of departmentPlans) planCount.set(p.id, (planCount.get(p.id) ?? 0) + 1);
  const out: RuleIssue[] = [];
  departmentPlans.forEach((p, i) => {
    const planKey = planCount.get(p.id) === 1 ? p.id : i;
    p.checks.forEach((c, k) => {
      const domainName = domains.get(c.domain);
      if (c.kind !== 'routine' || domainName === undefined) return;
      const checkKey = p.checks.filter((x) => x.id === c.id).length === 1 ? c.id : k;
      out.push(
        planIssue(
          'PLAN_SEPARATE_ROUTINE_CHECK',
          ['departmentPlans', planKey, 'checks', checkKey],
          `${deptZh(names, p.departmentId)}的本部门计划在抽查领域“${domainName}”单独安排了日常性监督检查“${c.name}”；该领域已纳入部门联合抽查事项清单，原则上应以联合抽查方式检查，不再单独开展日常性监督检查（第八条）`,
          `${deptEn(names, p.departmentId)}'s own plan schedules the separate routine check "${c.name}" in domain "${domainName}", which is on the joint catalog; such domains are in principle checked jointly (Article 8)`,
        ),
      );
    });
  });
  return out;
}

/** The last delay recorded in the history for each task (第十六条). */
function recordedDelays(plan: AnnualPlan): Map<string, RecordedDelay> {
  const out = new Map<string, RecordedDelay>();
  for (const adj of plan.history) {
    if (adj.kind === 'delay-task') {
      out.set(adj.taskId, { adjustmentId: adj.id, reason: adj.reason, schedule: adj.schedule });
    }
  }
  return out;
}

/** Every finding for parsed inputs (unsorted). */
function planRules(inputs: Inputs): RuleIssue[] {
  const { plan, catalog } = inputs;
  const entries = new Map<string, CatalogEntry>();
  for (const e of catalog.entries) if (!entries.has(e.id)) entries.set(e.id, e);
  let directories: Map<string, IndexedDirectory | null> | undefined;
  if (inputs.directories) {
    directories = new Map();
    for (const d of inputs.directories) {
      directories.set(
        d.id,
        directories.has(d.id) ? null : { directory: d, counter: new EligibilityCounter(d.objects) },
      );
    }
  }
  const ctx: TaskContext = {
    year: plan.year,
    entries,
    departments: inputs.departments,
    names: inputs.names,
    directories,
    exemptClasses: inputs.options.exemptClasses,
    delays: recordedDelays(plan),
    leads: inputs.leads,
  };
  const cancelled = new Set<string>(plan.cancelledTaskIds);
  return [
    ...inputs.issues,
    ...planLevelRules(plan, catalog, inputs.options.stage),
    ...coverageRules(plan, catalog),
    ...taskSetRules(plan),
    ...directoryRules(inputs.directories ?? []),
    ...separateCheckRules(inputs.departmentPlans, catalog, inputs.names),
    ...plan.tasks.flatMap((t) => taskRules(t, ctx, cancelled.has(t.id))),
  ];
}

/**
 * Validates an annual plan (第十三条–第十六条). Ok carries the frozen plan and its warnings; Err carries every
 * finding (errors and warnings), sorted. Never throws.
 */
export function validateAnnualPlan(
  plan: AnnualPlanInput,
  context: PlanContext,
): Result<ValidPlan, RuleIssue[]> {
  const inputs = parseInputs(plan, context);
  if (inputs.isErr()) return err(sortIssues(inputs.error));
  const issues = sortIssues(planRules(inputs.value));
  if (issues.some((i) => i.severity === 'error')) return err(issues);
  return ok(makeValidPlan(inputs.value.plan, issues, inputs.value.options.stage));
}
