/**
 * 部门联合抽查事项清单 validation (第八条, 第十条). Each entry has its 抽查领域, 抽查事项, 检查对象, 发起部门
 * and 配合部门 (第十条); the initiator is not its own cooperator; every department exists and has a supervisory
 * duty over the entry's domain; no (domain, item) appears twice; a version carries its effective date, its
 * publication (第八条 向社会公开) and, when amended, why.
 *
 * Design: an entry with no cooperator is an error — the catalog lists *joint* (联合) checks, and 第十条 makes
 * 配合部门 part of every entry. Paths name entries by id (`['entries', 'LT-2026-01', 'initiator']`).
 */
import { err, ok, type Result } from 'neverthrow';
import { type Catalog, type CatalogEntry, type CatalogInput, parseCatalog } from '../model/catalog.js';
import { type Department, type DepartmentListInput, parseDepartments } from '../model/department.js';
import { type IssuePath, type RuleIssue, sortIssues } from '../model/issue.js';
import { deptEn, deptListEn, deptListZh, deptZh, listEn, listOf, planIssue, prefixIssues } from './issue.js';
import {
  type CatalogValidationOptions,
  CatalogValidationOptionsSchema,
  parseOptions,
  type ValidationStage,
} from './options.js';
import { idKeyer, isBlank, rawAt, rekey } from './paths.js';
import { makeValidCatalog, type ValidCatalog } from './valid.js';

/** How many other entries a duplicate-item finding names (as PLAN_DIRECTORY_INELIGIBLE_OBJECTS does). */
const SHOWN = 5;

const ENTRY_FIELDS: ReadonlyMap<string, { zh: string; en: string }> = new Map([
  ['domain', { zh: '抽查领域', en: 'domain' }],
  ['item', { zh: '抽查事项', en: 'item' }],
  ['objectType', { zh: '检查对象', en: 'object type' }],
  ['initiator', { zh: '发起部门', en: 'initiator' }],
  ['cooperators', { zh: '配合部门', en: 'cooperators' }],
]);

/** Parses a catalog: entries keyed by id, missing 第十条 fields and dates mapped to plan codes. */
export function parseCatalogInput(input: unknown): Result<Catalog, RuleIssue[]> {
  const keyOf = idKeyer(input, 'entries');
  return parseCatalog(input).mapErr((issues) =>
    sortIssues(
      issues.map((i) => {
        let out = i;
        const [top, index, field] = i.path;
        if (
          top === 'entries' &&
          typeof index === 'number' &&
          i.path.length === 3 &&
          typeof field === 'string'
        ) {
          const name = ENTRY_FIELDS.get(field);
          if (name && isBlank(rawAt(input, i.path))) {
            out = planIssue(
              'PLAN_CATALOG_ENTRY_FIELD_MISSING',
              i.path,
              `清单条目缺少第十条规定的“${name.zh}”`,
              `The catalog entry lacks its ${name.en} (Article 10)`,
            );
          }
        }
        if (i.path.length === 1 && i.path[0] === 'effectiveDate' && isBlank(rawAt(input, i.path))) {
          out = planIssue(
            'PLAN_CATALOG_EFFECTIVE_DATE_MISSING',
            i.path,
            '清单版本未载明施行日期',
            'The catalog version has no effective date',
          );
        }
        return rekey(out, ['entries'], keyOf);
      }),
    ),
  );
}

/** Parses the department list; findings are prefixed `departments` and keyed by department id. */
export function parseDepartmentsInput(input: unknown, prefix: IssuePath): Result<Department[], RuleIssue[]> {
  const keyOf = idKeyer({ list: input }, 'list');
  return parseDepartments(input).mapErr((issues) =>
    prefixIssues(
      prefix,
      issues.map((i) => rekey(i, [], keyOf)),
    ),
  );
}

/**
 * Departments by id. An id listed twice is an error, and neither copy is trusted for the duty check (which copy
 * is right cannot be told, and taking the first would make findings depend on list order); the id still counts as
 * an existing department, so references to it are not reported as unknown.
 */
export interface DepartmentIndex {
  /** Every id in the list. */
  readonly known: ReadonlySet<string>;
  /** The departments whose id is listed once. */
  readonly unique: ReadonlyMap<string, Department>;
}

/** Names of the departments listed once, by id (for messages). */
export function departmentNames(index: DepartmentIndex): ReadonlyMap<string, string> {
  return new Map([...index.unique].map(([id, d]) => [id, d.name]));
}

/** Index of departments by id, with one finding per repeated id. */
export function departmentIndex(
  departments: readonly Department[],
  prefix: IssuePath,
): { index: DepartmentIndex; issues: RuleIssue[] } {
  const counts = new Map<string, number>();
  const unique = new Map<string, Department>();
  for (const d of departments) {
    counts.set(d.id, (counts.get(d.id) ?? 0) + 1);
    unique.set(d.id, d);
  }
  const issues: RuleIssue[] = [];
  for (const [id, n] of counts) {
    if (n < 2) continue;
    unique.delete(id);
    issues.push(
      planIssue(
        'PLAN_CATALOG_DEPARTMENT_DUPLICATE_ID',
        [...prefix, id],
        `部门编号 ${id} 出现 ${n} 次；无法确定以哪一条为准，不据此核对监管职责`,
        `Department id ${id} appears ${n} times; neither entry is used to check supervisory duties`,
      ),
    );
  }
  return { index: { known: new Set(counts.keys()), unique }, issues };
}

function checkDepartment(
  deptId: string,
  entry: CatalogEntry,
  role: { zh: string; en: string },
  path: IssuePath,
  departments: DepartmentIndex,
): RuleIssue[] {
  if (!departments.known.has(deptId)) {
    return [
      planIssue(
        'PLAN_CATALOG_DEPARTMENT_UNKNOWN',
        path,
        `${role.zh} ${deptId} 不在部门列表中`,
        `The ${role.en} ${deptId} is not in the department list`,
      ),
    ];
  }
  const dept = departments.unique.get(deptId);
  if (dept && !dept.domains.includes(entry.domain)) {
    return [
      planIssue(
        'PLAN_CATALOG_DEPARTMENT_NO_DUTY',
        path,
        `${role.zh}“${dept.name}”对抽查领域“${entry.domainName}”（${entry.domain}）没有监管职责`,
        `The ${role.en} ${dept.name} has no supervisory duty over domain "${entry.domainName}" (${entry.domain})`,
      ),
    ];
  }
  return [];
}

function checkEntry(
  entry: CatalogEntry,
  byId: DepartmentIndex,
  names: ReadonlyMap<string, string>,
): RuleIssue[] {
  const at = (...rest: (string | number)[]): IssuePath => ['entries', entry.id, ...rest];
  const out: RuleIssue[] = [];
  if (entry.cooperators.length === 0) {
    out.push(
      planIssue(
        'PLAN_CATALOG_NO_COOPERATOR',
        at('cooperators'),
        `联合抽查事项“${entry.item}”没有配合部门`,
        `Joint item ${entry.id} has no cooperating department`,
      ),
    );
  }
  if (entry.cooperators.includes(entry.initiator)) {
    out.push(
      planIssue(
        'PLAN_CATALOG_INITIATOR_IS_COOPERATOR',
        at('cooperators'),
        `发起部门${deptZh(names, entry.initiator)}同时被列为本事项的配合部门`,
        `The initiator ${deptEn(names, entry.initiator)} is also listed as a cooperator`,
      ),
    );
  }
  out.push(
    ...checkDepartment(entry.initiator, entry, { zh: '发起部门', en: 'initiator' }, at('initiator'), byId),
  );
  const seen = new Set<string>();
  entry.cooperators.forEach((c, k) => {
    if (seen.has(c)) {
      out.push(
        planIssue(
          'PLAN_CATALOG_COOPERATOR_REPEATED',
          at('cooperators', k),
          `配合部门${deptZh(names, c)}重复列出`,
          `Cooperator ${deptEn(names, c)} is listed more than once`,
        ),
      );
      return;
    }
    seen.add(c);
    out.push(...checkDepartment(c, entry, { zh: '配合部门', en: 'cooperator' }, at('cooperators', k), byId));
  });
  return out;
}

/** The departments (listed once) leading each domain: 主管部门 or 重要监管职责 (第十条 ¶2, `leadDomains`). */
export function domainLeads(byId: DepartmentIndex): Map<string, Set<string>> {
  const leads = new Map<string, Set<string>>();
  for (const d of byId.unique.values()) {
    for (const domain of d.leadDomains ?? []) leads.set(domain, (leads.get(domain) ?? new Set()).add(d.id));
  }
  return leads;
}

/**
 * 第十条 ¶2: the initiator is the domain's 主管部门 or has 重要监管职责 there — a department listing the domain in its
 * `leadDomains`. A domain no department leads is reported once (the list does not say who may initiate there).
 */
function leadRules(catalog: Catalog, byId: DepartmentIndex, names: ReadonlyMap<string, string>): RuleIssue[] {
  const leads = domainLeads(byId);
  const out: RuleIssue[] = [];
  const undeclared = new Map<string, string>();
  for (const e of catalog.entries) {
    const domainLeads = leads.get(e.domain);
    if (domainLeads === undefined) {
      undeclared.set(e.domain, e.domainName);
      continue;
    }
    if (!domainLeads.has(e.initiator) && byId.unique.has(e.initiator)) {
      out.push(
        planIssue(
          'PLAN_CATALOG_INITIATOR_NOT_LEAD',
          ['entries', e.id, 'initiator'],
          `发起部门${deptZh(names, e.initiator)}不是抽查领域“${e.domainName}”的主管部门或负有重要监管职责的部门（该领域为${deptListZh(names, domainLeads)}）`,
          `The initiator ${deptEn(names, e.initiator)} does not lead domain "${e.domainName}" (led by ${deptListEn(names, domainLeads)})`,
        ),
      );
    }
  }
  if (undeclared.size > 0) {
    const shown = [...undeclared].map(([code, name]) => `${name}（${code}）`);
    out.push(
      planIssue(
        'PLAN_CATALOG_DOMAIN_LEAD_UNDECLARED',
        ['departments'],
        `部门列表未载明抽查领域 ${listOf(shown)} 的主管部门或负有重要监管职责的部门（leadDomains），无法核对发起部门`,
        `No department lists domain(s) ${listEn([...undeclared.keys()])} in its leadDomains, so their initiators cannot be checked`,
      ),
    );
  }
  return out;
}

/** Normalised item text for duplicate detection: NFKC, no white space. */
function itemKey(entry: CatalogEntry): string {
  return `${entry.domain}\u0000${entry.item.normalize('NFKC').replace(/\s+/g, '')}`;
}

/** The 第八条 publication finding of a catalog validated as published that records none. */
export function catalogNotPublished(catalog: Pick<Catalog, 'version'>): RuleIssue {
  return planIssue(
    'PLAN_CATALOG_NOT_PUBLISHED',
    ['publishedDate'],
    `清单第 ${catalog.version} 版未载明向社会公开的日期；尚未公开的清单请按草案（stage: draft）校验`,
    `Catalog version ${catalog.version} does not record when it was published; validate an unpublished catalog as a draft (stage: 'draft')`,
  );
}

function checkVersion(catalog: Catalog, stage: ValidationStage): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (catalog.publishedDate === undefined) {
    if (stage === 'published') out.push(catalogNotPublished(catalog));
  } else {
    if (catalog.publishedAt === undefined || catalog.publishedAt.length === 0) {
      out.push(
        planIssue(
          'PLAN_CATALOG_CHANNEL_MISSING',
          ['publishedAt'],
          '清单未载明公开的网站或平台',
          'The catalog does not name where it was published',
        ),
      );
    }
    if (catalog.publishedDate > catalog.effectiveDate) {
      out.push(
        planIssue(
          'PLAN_CATALOG_PUBLISHED_AFTER_EFFECTIVE',
          ['publishedDate'],
          `清单于 ${catalog.publishedDate} 公开，晚于施行日期 ${catalog.effectiveDate}`,
          `The catalog was published on ${catalog.publishedDate}, after it took effect on ${catalog.effectiveDate}`,
        ),
      );
    }
  }
  if (catalog.version > 1 && catalog.amendment === undefined) {
    out.push(
      planIssue(
        'PLAN_CATALOG_AMENDMENT_MISSING',
        ['amendment'],
        `清单第 ${catalog.version} 版是修订版本，但未载明修订原因`,
        `Catalog version ${catalog.version} is an amendment but does not say why`,
      ),
    );
  }
  if (catalog.amendment !== undefined && catalog.amendment.previousVersion >= catalog.version) {
    out.push(
      planIssue(
        'PLAN_CATALOG_AMENDMENT_VERSION',
        ['amendment', 'previousVersion'],
        `修订所指的上一版本 ${catalog.amendment.previousVersion} 不早于本版本 ${catalog.version}`,
        `The previous version ${catalog.amendment.previousVersion} is not earlier than version ${catalog.version}`,
      ),
    );
  }
  return out;
}

/** The rules of 第八条 and 第十条 on parsed values (unsorted). */
export function catalogRules(
  catalog: Catalog,
  byId: DepartmentIndex,
  stage: ValidationStage = 'published',
): RuleIssue[] {
  const out = checkVersion(catalog, stage);
  const names = departmentNames(byId);
  out.push(...leadRules(catalog, byId, names));
  const idCount = new Map<string, number>();
  const byItem = new Map<string, CatalogEntry[]>();
  const domainNames = new Map<string, Set<string>>();
  for (const e of catalog.entries) {
    idCount.set(e.id, (idCount.get(e.id) ?? 0) + 1);
    const key = itemKey(e);
    const group = byItem.get(key);
    if (group) group.push(e);
    else byItem.set(key, [e]);
    domainNames.set(e.domain, (domainNames.get(e.domain) ?? new Set()).add(e.domainName));
    out.push(...checkEntry(e, byId, names));
  }
  for (const [id, n] of idCount) {
    if (n > 1) {
      out.push(
        planIssue(
          'PLAN_CATALOG_DUPLICATE_ENTRY_ID',
          ['entries', id, 'id'],
          `清单条目编号 ${id} 出现 ${n} 次`,
          `Catalog entry id ${id} appears ${n} times`,
        ),
      );
    }
  }
  for (const group of byItem.values()) {
    if (group.length < 2) continue;
    // One finding per entry, naming at most SHOWN others (sorted) and the count: output linear in the group size.
    const ids = [...new Set(group.map((e) => e.id))].sort();
    for (const e of group) {
      const others = ids
        .slice(0, SHOWN + 1)
        .filter((id) => id !== e.id)
        .slice(0, SHOWN);
      const more = group.length - 1 > others.length ? ' 等' : '';
      const moreEn = group.length - 1 > others.length ? ', …' : '';
      out.push(
        planIssue(
          'PLAN_CATALOG_DUPLICATE_ITEM',
          ['entries', e.id, 'item'],
          `抽查领域 ${e.domain} 中的抽查事项“${e.item}”重复，共 ${group.length} 条（另见条目 ${others.join('、')}${more}）`,
          `Item "${e.item}" appears in ${group.length} entries of domain ${e.domain} (see also ${others.join(', ')}${moreEn})`,
        ),
      );
    }
  }
  for (const [domain, names] of domainNames) {
    if (names.size > 1) {
      out.push(
        planIssue(
          'PLAN_CATALOG_DOMAIN_NAME_INCONSISTENT',
          ['entries'],
          `抽查领域 ${domain} 对应多个名称：${listOf(names)}`,
          `Domain ${domain} carries several names: ${listEn(names)}`,
        ),
      );
    }
  }
  return out;
}

/**
 * Validates a catalog version against the department list (第八条, 第十条). Ok carries the frozen catalog and
 * its warnings; Err carries every finding, errors and warnings, sorted. `options.stage: 'draft'` validates a
 * catalog not yet published: every rule applies except the publication record of 第八条.
 */
export function validateCatalog(
  catalog: CatalogInput,
  departments: DepartmentListInput,
  options?: CatalogValidationOptions,
): Result<ValidCatalog, RuleIssue[]> {
  const c = parseCatalogInput(catalog);
  const d = parseDepartmentsInput(departments, ['departments']);
  const o = parseOptions(CatalogValidationOptionsSchema, options);
  if (c.isErr() || d.isErr() || o.isErr()) {
    return err(
      sortIssues([
        ...(c.isErr() ? c.error : []),
        ...(d.isErr() ? d.error : []),
        ...(o.isErr() ? o.error : []),
      ]),
    );
  }
  const { stage } = o.value;
  const { index, issues: deptIssues } = departmentIndex(d.value, ['departments']);
  const issues = sortIssues([...deptIssues, ...catalogRules(c.value, index, stage)]);
  if (issues.some((i) => i.severity === 'error')) return err(issues);
  return ok(makeValidCatalog(c.value, issues, stage));
}
