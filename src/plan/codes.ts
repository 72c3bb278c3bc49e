/**
 * Codes of `shuangsuiji/plan`: catalog validation (第八条, 第十条), annual-plan validation (第十三条–第十六条),
 * object eligibility (第十八条) and plan adjustments (第十六条). Every finding the area emits has its code,
 * severity and article here; `planIssue` takes severity and article from this registry so they cannot drift.
 */
import type { CodeInfo, CodeRegistry } from '../model/issue.js';

const A8 = '第八条';
const A10 = '第十条';
const A13 = '第十三条';
const A14 = '第十四条';
const A15 = '第十五条';
const A16 = '第十六条';
const A18 = '第十八条';
const A19 = '第十九条';

const registry = {
  // ── Catalog (部门联合抽查事项清单), 第八条 and 第十条 ──────────────────────────────────────────────
  PLAN_CATALOG_ENTRY_FIELD_MISSING: {
    severity: 'error',
    article: A10,
    zh: '清单条目缺少抽查领域、抽查事项、检查对象、发起部门或配合部门',
    en: 'A catalog entry lacks its domain, item, object type, initiator or cooperators',
  },
  PLAN_CATALOG_NO_COOPERATOR: {
    severity: 'error',
    article: A10,
    zh: '联合抽查事项没有配合部门',
    en: 'A joint item has no cooperating department',
  },
  PLAN_CATALOG_INITIATOR_IS_COOPERATOR: {
    severity: 'error',
    article: A10,
    zh: '发起部门同时被列为本事项的配合部门',
    en: "The initiator is listed among its own item's cooperators",
  },
  PLAN_CATALOG_COOPERATOR_REPEATED: {
    severity: 'warning',
    article: A10,
    zh: '同一配合部门重复列出',
    en: 'A cooperating department is listed twice',
  },
  PLAN_CATALOG_DEPARTMENT_UNKNOWN: {
    severity: 'error',
    article: A10,
    zh: '清单条目引用了不存在的部门',
    en: 'A catalog entry names a department that does not exist',
  },
  PLAN_CATALOG_DEPARTMENT_NO_DUTY: {
    severity: 'error',
    article: A10,
    zh: '发起或配合部门对该抽查领域没有监管职责',
    en: 'An initiating or cooperating department has no supervisory duty over the domain',
  },
  PLAN_CATALOG_INITIATOR_NOT_LEAD: {
    severity: 'error',
    article: A10,
    zh: '发起部门不是该抽查领域的主管部门或负有重要监管职责的部门',
    en: 'The initiator is neither the competent department of the domain nor one with major duties there',
  },
  PLAN_CATALOG_DOMAIN_LEAD_UNDECLARED: {
    severity: 'warning',
    article: A10,
    zh: '部门列表未载明某一抽查领域的主管部门（leadDomains），无法核对发起部门',
    en: 'No department lists the domain among its lead domains (leadDomains), so the initiator cannot be checked',
  },
  PLAN_CATALOG_DUPLICATE_ITEM: {
    severity: 'error',
    article: A10,
    zh: '同一抽查领域内抽查事项重复',
    en: 'The same item appears twice in one domain',
  },
  PLAN_CATALOG_DUPLICATE_ENTRY_ID: {
    severity: 'error',
    article: A10,
    zh: '清单条目编号重复',
    en: 'Two catalog entries share an id',
  },
  PLAN_CATALOG_DOMAIN_NAME_INCONSISTENT: {
    severity: 'warning',
    article: A10,
    zh: '同一抽查领域代码对应不同的领域名称',
    en: 'One domain code carries different domain names',
  },
  PLAN_CATALOG_DEPARTMENT_DUPLICATE_ID: {
    severity: 'error',
    zh: '部门列表中部门编号重复',
    en: 'Two departments share an id',
  },
  PLAN_CATALOG_EFFECTIVE_DATE_MISSING: {
    severity: 'error',
    article: A8,
    zh: '清单版本未载明施行日期',
    en: 'The catalog version has no effective date',
  },
  PLAN_CATALOG_NOT_PUBLISHED: {
    severity: 'error',
    article: A8,
    zh: '清单未载明向社会公开的日期',
    en: 'The catalog has no publication date',
  },
  PLAN_CATALOG_CHANNEL_MISSING: {
    severity: 'warning',
    article: A8,
    zh: '清单未载明公开的网站或平台',
    en: 'The catalog does not name the website or platform it was published on',
  },
  PLAN_CATALOG_PUBLISHED_AFTER_EFFECTIVE: {
    severity: 'warning',
    article: A8,
    zh: '清单公开日期晚于施行日期',
    en: 'The catalog was published after it took effect',
  },
  PLAN_CATALOG_AMENDMENT_MISSING: {
    severity: 'error',
    article: A8,
    zh: '清单修订版本未载明修订原因',
    en: 'An amended catalog version does not say why it was amended',
  },
  PLAN_CATALOG_AMENDMENT_VERSION: {
    severity: 'error',
    article: A8,
    zh: '清单修订所指的上一版本不早于本版本',
    en: 'The amendment names a previous version that is not earlier than this one',
  },
  // ── Annual plan (联合抽查年度工作计划), 第十三条–第十六条 ──────────────────────────────────────────
  PLAN_CATALOG_VERSION_MISMATCH: {
    severity: 'error',
    article: A13,
    zh: '计划所依据的清单与提供的清单编号或版本不一致',
    en: 'The plan refers to another catalog id or version than the one given',
  },
  PLAN_NOT_PUBLISHED: {
    severity: 'error',
    article: A16,
    zh: '年度计划未载明向社会公示的日期和渠道',
    en: 'The annual plan does not record its publication',
  },
  PLAN_PUBLISHED_AFTER_TASK_START: {
    severity: 'warning',
    article: A16,
    zh: '年度计划公示晚于任务开始日期',
    en: 'The plan was published after one of its tasks started',
  },
  PLAN_DOMAIN_NOT_COVERED: {
    severity: 'error',
    article: A13,
    zh: '年度计划未覆盖清单中的某一抽查领域',
    en: 'The plan does not cover a domain of the catalog',
  },
  PLAN_DOMAIN_COVERAGE_CANCELLED: {
    severity: 'warning',
    article: A13,
    zh: '某一抽查领域的任务均已取消',
    en: 'Every task covering a domain has been cancelled',
  },
  PLAN_TASK_FIELD_MISSING: {
    severity: 'error',
    article: A14,
    zh: '任务缺少第十四条规定的内容',
    en: 'A task lacks a field required by Article 14',
  },
  PLAN_TASK_DUPLICATE_ID: {
    severity: 'error',
    article: A14,
    zh: '任务编号重复',
    en: 'Two tasks share an id',
  },
  PLAN_ITEM_UNKNOWN: {
    severity: 'error',
    article: A13,
    zh: '任务的抽查事项不在所依据的清单中',
    en: "A task's item is not in the catalog",
  },
  PLAN_TASK_DEPARTMENT_MISSING: {
    severity: 'error',
    article: A13,
    zh: '联合抽查部门未包括清单规定的发起部门',
    en: "A task's departments omit the item's initiator",
  },
  PLAN_TASK_COOPERATOR_ADJUSTED: {
    severity: 'warning',
    article: A13,
    zh: '联合抽查部门未包括清单规定的某一配合部门（第十三条允许根据实际情况调整配合部门，提示确认）',
    en: "A task's departments leave out a catalog cooperator (Article 13 allows adjusting cooperators; a reminder to confirm it)",
  },
  PLAN_TASK_DEPARTMENT_ADDED: {
    severity: 'warning',
    article: A13,
    zh: '联合抽查部门不是所列抽查事项的发起部门或配合部门（第十三条允许增加清单外的相关部门，提示确认）',
    en: "A task's department is neither initiator nor cooperator of its items (Article 13 allows adding related departments; a reminder to confirm it)",
  },
  PLAN_SEPARATE_ROUTINE_CHECK: {
    severity: 'warning',
    article: A8,
    zh: '部门自身计划在联合抽查事项清单的抽查领域中单独安排了日常性监督检查',
    en: "A department's own plan schedules a separate routine check in a domain of the joint catalog",
  },
  PLAN_DEPARTMENT_UNKNOWN: {
    severity: 'error',
    article: A14,
    zh: '任务引用了不存在的部门',
    en: 'A task names a department that does not exist',
  },
  PLAN_TASK_INITIATOR_NOT_PARTICIPANT: {
    severity: 'error',
    article: A14,
    zh: '任务的发起部门不在联合抽查部门中',
    en: "The task's initiator is not among its departments",
  },
  PLAN_TASK_INITIATOR_DIFFERS: {
    severity: 'warning',
    article: A10,
    zh: '计划内任务的发起部门与清单规定的发起部门不同',
    en: "A planned task's initiator differs from the catalog item's initiator",
  },
  PLAN_TASK_INITIATOR_NOT_LEAD: {
    severity: 'error',
    article: A10,
    zh: '计划内任务改由不主管该抽查领域的部门发起',
    en: "A planned task's reassigned initiator does not lead the item's domain",
  },
  PLAN_ADHOC_TRIGGER_MISSING: {
    severity: 'error',
    article: A13,
    zh: '临时性联合抽查未载明启动原因（突发风险、上级交办或专项整治）',
    en: 'An ad-hoc task does not name its trigger (sudden risk, assigned by a higher level, special campaign)',
  },
  PLAN_ADHOC_INITIATOR: {
    severity: 'error',
    article: A13,
    zh: '临时性联合抽查不是由该事项的发起部门组织',
    en: "An ad-hoc task is not initiated by the item's initiator",
  },
  PLAN_PLANNED_TASK_HAS_TRIGGER: {
    severity: 'warning',
    article: A13,
    zh: '计划内任务载明了临时性抽查的启动原因',
    en: 'A planned task names an ad-hoc trigger',
  },
  PLAN_DUTY_DEPARTMENT_NOT_PARTICIPANT: {
    severity: 'error',
    article: A14,
    zh: '责任分工中的部门不是联合抽查部门',
    en: 'A duty is assigned to a department that does not take part in the task',
  },
  PLAN_DUTY_MISSING: {
    severity: 'error',
    article: A14,
    zh: '联合抽查部门没有责任分工',
    en: 'A participating department has no duty in the division of duties',
  },
  PLAN_SCHEDULE_OUTSIDE_YEAR: {
    severity: 'error',
    article: A14,
    zh: '时间安排超出计划年度（经延迟调整的，超出下一年度）',
    en: 'A schedule lies outside the plan year (for a recorded delay, outside the next year)',
  },
  PLAN_TASK_DELAYED_INTO_NEXT_YEAR: {
    severity: 'warning',
    article: A16,
    zh: '任务经延迟调整跨入下一年度',
    en: 'A task was delayed into the next year by an adjustment',
  },
  PLAN_BASE_MISMATCH: {
    severity: 'error',
    article: A14,
    zh: '抽查基数与名录库中的检查对象数不一致',
    en: 'The base differs from the number of objects in the directory it was taken from',
  },
  PLAN_DIRECTORY_NOT_GIVEN: {
    severity: 'warning',
    article: A14,
    zh: '任务引用的名录库未提供，无法核对抽查基数',
    en: 'The directory a task names was not given, so its base cannot be checked',
  },
  PLAN_DIRECTORY_OTHER_TASK: {
    severity: 'error',
    article: A18,
    zh: '任务引用了为其他任务建立的名录库',
    en: 'A task names a directory built for another task',
  },
  PLAN_DIRECTORY_NOT_INITIATOR: {
    severity: 'warning',
    article: A18,
    zh: '任务名录库不是由发起部门建立',
    en: "A task's own directory was not built by the task's initiator",
  },
  PLAN_DIRECTORY_INELIGIBLE_OBJECTS: {
    severity: 'error',
    article: A18,
    zh: '任务名录库中有不属于各参与部门共同监管的对象',
    en: "A task's own directory holds objects that not every participant supervises",
  },
  PLAN_DIRECTORY_DUPLICATE_ID: {
    severity: 'error',
    article: A18,
    zh: '提供的名录库编号重复，无法确定任务的抽查基数取自哪一个',
    en: 'Two directories given share an id, so which one a base was taken from cannot be told',
  },
  PLAN_DIRECTORY_DUPLICATE_OBJECT: {
    severity: 'error',
    article: A18,
    zh: '名录库中同一检查对象（统一社会信用代码）列出多次，将在摇号中被重复计入',
    en: 'A directory lists one object (credit code) more than once, so it would be counted more than once in the draw',
  },
  PLAN_NO_ELIGIBLE_OBJECTS: {
    severity: 'warning',
    article: A18,
    zh: '名录库中没有可供本任务抽取的检查对象',
    en: 'The directory holds no object this task may draw',
  },
  PLAN_RATIO_SOURCE_MISSING: {
    severity: 'error',
    article: A15,
    zh: '抽查比例表未载明来源',
    en: 'The ratio table does not name its source',
  },
  PLAN_RATIO_OUT_OF_RANGE: {
    severity: 'error',
    article: A15,
    zh: '抽查比例不在 (0, 1] 区间内',
    en: 'A ratio is not in (0, 1]',
  },
  PLAN_RATIO_CLASS_UNCOVERED: {
    severity: 'error',
    article: A15,
    zh: '某一信用类别的检查对象不属于比例表的任何一层',
    en: 'Objects of a credit class fall into no stratum of the ratio table',
  },
  PLAN_STRATUM_COUNT_ZERO: {
    severity: 'warning',
    article: A15,
    zh: '分层固定抽取数为 0，该层对象免于抽查（本地规定禁止免于抽查的，设 exemptClasses: forbid 则为错误）',
    en: "A stratum draws a fixed count of 0, exempting its objects from the draw (an error with exemptClasses: 'forbid')",
  },
  PLAN_RATIO_TOTAL_ZERO: {
    severity: 'warning',
    article: A15,
    zh: '比例表的抽取总数为 0，所有对象免于抽查（设 exemptClasses: forbid 则为错误）',
    en: "The ratio table draws a total of 0, exempting every object from the draw (an error with exemptClasses: 'forbid')",
  },
  PLAN_RATIO_NOT_DIFFERENTIATED: {
    severity: 'warning',
    article: A15,
    zh: '比例表未根据信用风险类别设置不同的抽查比例',
    en: 'The ratio table does not set different ratios by credit-risk class',
  },
  PLAN_RATIO_NOT_MONOTONE: {
    severity: 'warning',
    article: A15,
    zh: '信用风险较高类别的抽查比例低于风险较低的类别',
    en: 'A higher-risk credit class has a lower ratio than a lower-risk one',
  },
  PLAN_FREQUENCY_NOT_DIFFERENTIATED: {
    severity: 'warning',
    article: A15,
    zh: '任务按信用风险类别设置的抽查频次各类相同',
    en: 'A task sets the same frequency for every credit-risk class',
  },
  PLAN_FREQUENCY_NOT_MONOTONE: {
    severity: 'warning',
    article: A15,
    zh: '信用风险较高类别的抽查频次低于风险较低的类别',
    en: 'A higher-risk credit class is checked less often than a lower-risk one',
  },
  PLAN_RISK_STRATUM_RATIO_LOW: {
    severity: 'warning',
    article: A15,
    zh: '重点领域、投诉举报较多或有严重违法违规记录层的抽查比例低于同一或风险较低信用风险类别的一般对象',
    en: 'A key-area, many-complaints or serious-violation stratum has a lower ratio than plain objects of the same or a lower-risk class',
  },
  PLAN_STRATUM_UNREACHABLE: {
    severity: 'warning',
    article: A15,
    zh: '该层的对象均已被前面的层取走，该层比例不会生效',
    en: 'Every object this stratum matches is taken by an earlier stratum, so its ratio never applies',
  },
  PLAN_STRATUM_ID_DUPLICATE: {
    severity: 'error',
    article: A15,
    zh: '比例表中分层编号重复',
    en: 'Two strata of a ratio table share an id',
  },
  PLAN_VERSION_HISTORY_MISMATCH: {
    severity: 'error',
    article: A16,
    zh: '计划版本号与调整记录数不符',
    en: 'The plan version does not equal one plus the number of adjustments',
  },
  PLAN_HISTORY_OUT_OF_ORDER: {
    severity: 'error',
    article: A16,
    zh: '调整记录的公开日期早于计划公示或前一次调整',
    en: 'An adjustment was published before the plan or before the previous adjustment',
  },
  PLAN_CANCELLED_UNKNOWN_TASK: {
    severity: 'error',
    article: A16,
    zh: '已取消任务列表中有不存在的任务',
    en: 'A cancelled task id names no task of the plan',
  },
  // ── Object eligibility, 第十八条 ────────────────────────────────────────────────────────────────
  PLAN_OBJECT_NOT_JOINTLY_SUPERVISED: {
    severity: 'error',
    article: A18,
    zh: '检查对象不属于各参与部门共同的监管对象',
    en: 'The object is not supervised by every participating department',
  },
  PLAN_OBJECT_TYPE_MISMATCH: {
    severity: 'error',
    article: A18,
    zh: '检查对象类型与任务的抽查事项不对应',
    en: "The object's type matches none of the task's items",
  },
  // ── Adjustments (计划调整), 第十六条 ─────────────────────────────────────────────────────────────
  PLAN_ADJUSTMENT_PLAN_NOT_PUBLISHED: {
    severity: 'error',
    article: A16,
    zh: '计划尚未公示，不能以调整方式变更',
    en: 'The plan has not been published, so it cannot be adjusted',
  },
  PLAN_ADJUSTMENT_REASON_MISSING: {
    severity: 'error',
    article: A16,
    zh: '计划调整未载明原因',
    en: 'An adjustment does not give its reason',
  },
  PLAN_ADJUSTMENT_PUBLICATION_MISSING: {
    severity: 'error',
    article: A16,
    zh: '计划调整未载明公开日期和渠道',
    en: 'An adjustment does not record its publication',
  },
  PLAN_ADJUSTMENT_BEFORE_PLAN_PUBLICATION: {
    severity: 'error',
    article: A16,
    zh: '调整的公开日期早于计划公示日期',
    en: 'The adjustment is published before the plan was',
  },
  PLAN_ADJUSTMENT_OUT_OF_ORDER: {
    severity: 'error',
    article: A16,
    zh: '调整的公开日期早于前一次调整',
    en: 'The adjustment is published before the previous adjustment',
  },
  PLAN_ADJUSTMENT_DUPLICATE_ID: {
    severity: 'error',
    article: A16,
    zh: '调整编号已在调整记录中',
    en: 'The adjustment id is already in the history',
  },
  PLAN_ADJUSTMENT_TASK_UNKNOWN: {
    severity: 'error',
    article: A16,
    zh: '调整的任务不在计划中',
    en: 'The adjusted task is not in the plan',
  },
  PLAN_ADJUSTMENT_TASK_CANCELLED: {
    severity: 'error',
    article: A16,
    zh: '调整的任务已取消',
    en: 'The adjusted task has been cancelled',
  },
  PLAN_ADJUSTMENT_TASK_ID_TAKEN: {
    severity: 'error',
    article: A16,
    zh: '增设任务的编号已被使用',
    en: 'The added task reuses an id already in the plan',
  },
  PLAN_ADJUSTMENT_NOT_A_DELAY: {
    severity: 'error',
    article: A16,
    zh: '延迟调整使任务提前或未改变时间安排',
    en: 'A delay moves the task earlier or leaves its schedule unchanged',
  },
  PLAN_ADJUSTMENT_NO_CHANGE: {
    severity: 'error',
    article: A16,
    zh: '调整未改变任何内容',
    en: 'The adjustment changes nothing',
  },
  PLAN_ADJUSTMENT_TASK_ALREADY_DRAWN: {
    severity: 'error',
    article: A19,
    zh: '任务已完成摇号，检查对象名单已锁定，不能再更改抽查比例',
    en: 'The task has been drawn and its object list is locked, so its ratios can no longer change',
  },
} as const satisfies CodeRegistry;

/** A stable code of a catalog or plan finding (docs/error-codes.md). */
export type PlanCode = keyof typeof registry;

/** Every code of the area with its severity, article (absent for input and technical errors) and texts. */
export const planCodes: { readonly [K in PlanCode]: CodeInfo } = registry;
