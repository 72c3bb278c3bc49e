/**
 * Codes of `shuangsuiji/records`: the 实地抽查记录表 (第二十一条, with 第十九条 and 第二十条), result entries and
 * their publication (第二十二条 ¶1), penalty information (第二十二条 ¶2, 《市场监督管理行政处罚信息公示规定》第九条、
 * 第十一条, 《行政处罚法》第四十八条) and the task lifecycle (第十六条, 第十七条, 第十九条). `recordIssue` takes
 * severity and article from this registry so a finding cannot cite another article than its code documents.
 */
import { article, NATIONAL } from '../model/article.js';
import { type CodeRegistry, type IssuePath, type RuleIssue, ruleIssue } from '../model/issue.js';

const A14 = article(14);
const A16 = article(16);
const A17 = article(17);
const A18 = article(18);
const A19 = article(19);
const A20 = article(20);
const A21 = article(21);
const A22 = article(22);
const PENALTY_LAW_42 = NATIONAL.penaltyLaw42;
const PUBLICITY_9 = NATIONAL.penaltyPublicity9;
/** 撤下公示信息: the publicity rule's 3 working days, and the Penalty Law's duty to withdraw within 3 days. */
const WITHDRAWAL = `${NATIONAL.penaltyPublicity11}、《中华人民共和国行政处罚法》第四十八条`;

/** The records' finding codes, each with its article and its Chinese and English meaning (docs/error-codes.md). */
export const recordsCodes = {
  // ── 实地抽查记录表, 第二十一条 (with 第十九条, 第二十条) ──
  RECORD_TASK_MISMATCH: {
    severity: 'error',
    article: A21,
    zh: '实地抽查记录表所属任务与所给任务不一致',
    en: 'The on-site record belongs to another task than the one given',
  },
  RECORD_DRAW_TASK_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '所给的锁定名单属于其他任务',
    en: 'The locked draw given belongs to another task',
  },
  RECORD_OBJECT_NOT_DRAWN: {
    severity: 'error',
    article: A19,
    zh: '检查对象不在锁定的抽取名单中',
    en: "The object is not among the locked draw's selected objects",
  },
  RECORD_CHECK_DATE_OUTSIDE_SCHEDULE: {
    severity: 'error',
    article: A14,
    zh: '检查日期不在任务时间安排内',
    en: "The check date lies outside the task's schedule",
  },
  RECORD_DEPARTMENT_NOT_PARTICIPANT: {
    severity: 'error',
    article: A19,
    zh: '记录所属部门不是本任务的联合抽查部门',
    en: "The record's department does not take part in the task",
  },
  RECORD_METHOD_DIFFERS: {
    severity: 'warning',
    article: A20,
    zh: '检查方式与任务确定的方式不同（第二十条允许书面检查、网络监测等非现场方式，应说明理由）',
    en: "The check method differs from the task's (Article 20 allows document review or online monitoring; record why)",
  },
  RECORD_INSPECTORS_TOO_FEW: {
    severity: 'error',
    article: A21,
    zh: '记录所属部门计入人数的实地核查人员少于两人',
    en: 'Fewer than two counted inspectors of the department were on site',
  },
  RECORD_INSPECTOR_UNKNOWN: {
    severity: 'error',
    article: A21,
    zh: '实地核查人员不在所给的执法检查人员名录库中',
    en: 'An inspector on the record is not in the inspector directories given',
  },
  RECORD_INSPECTOR_OTHER_DEPARTMENT: {
    severity: 'error',
    article: A21,
    zh: '实地核查人员不属于记录所属部门',
    en: 'An inspector on the record belongs to another department',
  },
  RECORD_INSPECTOR_DUPLICATE: {
    severity: 'error',
    article: A21,
    zh: '同一实地核查人员在记录中列出多次',
    en: 'An inspector is listed more than once on the record',
  },
  RECORD_EXPERT_NOT_COUNTED: {
    severity: 'warning',
    article: A20,
    zh: '专家或第三方人员参与检查，但不计入执法检查人员人数',
    en: 'An expert or third party took part but does not count as an inspector',
  },
  RECORD_CERTIFICATE_NOT_VALID: {
    severity: 'error',
    article: PENALTY_LAW_42,
    zh: '实地核查人员的执法证在检查日期不在有效期内',
    en: "An inspector's enforcement certificate was not valid on the check date",
  },
  RECORD_INSPECTOR_INACTIVE: {
    severity: 'error',
    article: A18,
    zh: '实地核查人员在名录库中为不在岗状态',
    en: 'An inspector on the record is marked not on duty in the directory',
  },
  RECORD_INSPECTOR_NOT_ASSIGNED: {
    severity: 'error',
    article: A19,
    zh: '实地核查人员不是为该检查对象抽取匹配（或经批准更换）的人员',
    en: 'An inspector on the record was not matched to the object (nor an approved replacement)',
  },
  RECORD_INSPECTOR_REPLACED: {
    severity: 'error',
    article: A19,
    zh: '实地核查人员已被更换，不能再作为该检查对象的检查人员',
    en: 'An inspector on the record had been replaced for this object',
  },
  RECORD_ASSIGNMENT_MISSING: {
    severity: 'error',
    article: A19,
    zh: '所给的匹配结果中没有记录所属部门的匹配结果',
    en: "No assignment of the record's department is among those given",
  },
  RECORD_OBJECT_NOT_ASSIGNED: {
    severity: 'error',
    article: A19,
    zh: '检查对象不在记录所属部门的匹配结果中',
    en: "The object is not in the department's assignment",
  },
  RECORD_ITEM_NOT_IN_TASK: {
    severity: 'error',
    article: A21,
    zh: '检查事项不是本任务的抽查事项',
    en: "A checked item is not among the task's items",
  },
  RECORD_FINDINGS_MISSING: {
    severity: 'error',
    article: A21,
    zh: '实地抽查记录表未记录检查情况',
    en: 'The on-site record does not state what the check found',
  },
  RECORD_ORDER_FORM_MISSING: {
    severity: 'error',
    article: A21,
    zh: '责令停止违法或督促整改未载明方式（书面、口头、移动执法设备打印）',
    en: 'An order to stop or rectify does not state its form (written, oral, mobile printout)',
  },
  RECORD_MEASURE_FORM_UNEXPECTED: {
    severity: 'warning',
    article: A21,
    zh: '方式只适用于责令停止违法和督促整改',
    en: 'A form is given for a measure that is not an order',
  },
  RECORD_MEASURE_REPEATED: {
    severity: 'warning',
    article: A21,
    zh: '同一监管措施列出多次',
    en: 'The same measure is listed more than once',
  },
  RECORD_ACKNOWLEDGEMENT_MISSING: {
    severity: 'error',
    article: A21,
    zh: '记录表没有被检查对象的签名或盖章，也没有拒绝签名的说明',
    en: "The record has neither the object's signature or seal nor a note of its refusal",
  },
  RECORD_REFUSAL_NOTE_MISSING: {
    severity: 'error',
    article: A21,
    zh: '被检查对象拒绝签名或盖章，执法检查人员未现场记录说明',
    en: 'The object refused to sign or seal and the inspectors did not note it',
  },
  RECORD_NOTICE_NOT_BEFORE_CHECK: {
    severity: 'error',
    article: A21,
    zh: '提前告知的日期不早于检查日期',
    en: 'The advance notice was not given before the check date',
  },
  RECORD_NOTICE_INCOMPLETE: {
    severity: 'error',
    article: A21,
    zh: '提前告知未一次性告知检查事项、检查时间或需要准备的检查材料',
    en: 'The advance notice does not tell the items, the time or the materials to prepare',
  },
  RECORD_NOTICE_ITEMS_NOT_TOLD: {
    severity: 'error',
    article: A21,
    zh: '检查了未提前告知的检查事项',
    en: 'An item was checked that the notice did not tell',
  },
  RECORD_NOTICE_TIME_DIFFERS: {
    severity: 'warning',
    article: A21,
    zh: '实际检查日期与告知的检查时间不一致',
    en: 'The check took place on another day than the notice told',
  },
  RECORD_SURPRISE_LEAD_NOT_HELD: {
    severity: 'error',
    article: A21,
    zh: '突击检查所依据的问题线索不是由本任务的联合抽查部门掌握',
    en: 'The lead for a surprise check is not held by a department of the task',
  },
  // ── 检查结果录入与公示, 第二十二条 ¶1 ──
  RESULT_TASK_MISMATCH: {
    severity: 'error',
    article: A22,
    zh: '检查结果所属任务与所给任务不一致',
    en: 'The result entry belongs to another task than the one given',
  },
  RESULT_NO_PROBLEM_NOT_EXCLUSIVE: {
    severity: 'error',
    article: A22,
    zh: '“未发现问题”不能与其他检查结果同时出现',
    en: '"未发现问题" (no problem found) cannot be combined with another result',
  },
  RESULT_CATEGORY_REPEATED: {
    severity: 'warning',
    article: A22,
    zh: '同一检查结果列出多次',
    en: 'A result category is listed more than once',
  },
  RESULT_DEPARTMENT_NOT_PARTICIPANT: {
    severity: 'error',
    article: A22,
    zh: '录入部门不是本任务的联合抽查部门',
    en: 'The entering department does not take part in the task',
  },
  RESULT_NOT_INSPECTED_BY_DEPARTMENT: {
    severity: 'error',
    article: A22,
    zh: '录入部门未检查该对象（谁检查、谁录入、谁公开）',
    en: 'The department did not inspect this object (whoever checks, enters and publishes)',
  },
  RESULT_OBJECT_NOT_DRAWN: {
    severity: 'error',
    article: A19,
    zh: '检查对象不在锁定的抽取名单中',
    en: "The object is not among the locked draw's selected objects",
  },
  RESULT_CHECK_AFTER_COMPLETION: {
    severity: 'error',
    article: A22,
    zh: '检查日期晚于任务完成日期',
    en: "The check date is after the task's completion date",
  },
  RESULT_ENTERED_BEFORE_CHECK: {
    severity: 'error',
    article: A22,
    zh: '录入日期早于检查日期',
    en: 'The result was entered before the check',
  },
  RESULT_CHECK_DATE_MISMATCH: {
    severity: 'warning',
    article: A22,
    zh: '检查结果的检查日期与实地抽查记录表不一致',
    en: "The entry's check date differs from the on-site record's",
  },
  RESULT_ENTRY_LATE: {
    severity: 'error',
    article: A22,
    zh: '检查结果未在任务完成后20个工作日内录入',
    en: 'The result was entered later than 20 working days after the task was completed',
  },
  RESULT_PUBLICATION_LATE: {
    severity: 'error',
    article: A22,
    zh: '检查结果未在任务完成后20个工作日内公示',
    en: 'The result was published later than 20 working days after the task was completed',
  },
  RESULT_ENTRY_OVERDUE: {
    severity: 'error',
    article: A22,
    zh: '截至核查日，检查结果已超过20个工作日仍未录入',
    en: 'As of the date given, the result is past its 20-working-day deadline and not entered',
  },
  RESULT_PUBLICATION_OVERDUE: {
    severity: 'error',
    article: A22,
    zh: '截至核查日，检查结果已超过20个工作日仍未公示',
    en: 'As of the date given, the result is past its 20-working-day deadline and not published',
  },
  RESULT_DEADLINE_PROVISIONAL: {
    severity: 'warning',
    article: A22,
    zh: '期限所在年份的放假安排尚未公布，按法定节假日推算，结论为暂定',
    en: 'The deadline falls in a year without an announced holiday notice; it is computed from the statutory festivals and provisional',
  },
  RESULT_PUBLISHED_BEFORE_ENTERED: {
    severity: 'error',
    article: A22,
    zh: '公示日期早于录入日期（或未录入即公示）',
    en: 'The result was published before it was entered (or without being entered)',
  },
  RESULT_ENTERED_BY_OTHER_DEPARTMENT: {
    severity: 'error',
    article: A22,
    zh: '检查结果由未实施检查的部门录入（谁检查、谁录入）',
    en: 'The result was entered by a department other than the one that checked',
  },
  RESULT_PUBLISHED_BY_OTHER_DEPARTMENT: {
    severity: 'error',
    article: A22,
    zh: '检查结果由未实施检查的部门公示（谁检查、谁公开）',
    en: 'The result was published by a department other than the one that checked',
  },
  RESULT_FOLLOW_UP_MISSING: {
    severity: 'error',
    article: A22,
    zh: '发现问题但后续处置为“无需后续处置”',
    en: 'A problem was found but the follow-up is "无需后续处置" (none needed)',
  },
  RESULT_FOLLOW_UP_CONTRADICTORY: {
    severity: 'error',
    article: A22,
    zh: '“无需后续处置”不能与其他后续处置同时出现',
    en: '"无需后续处置" cannot be combined with another follow-up',
  },
  RESULT_FOLLOW_UP_WITHOUT_PROBLEM: {
    severity: 'warning',
    article: A22,
    zh: '未发现问题，却载明了后续处置',
    en: 'No problem was found, yet a follow-up is recorded',
  },
  RESULT_CRIME_NOT_TRANSFERRED: {
    severity: 'error',
    article: A22,
    zh: '涉嫌犯罪，后续处置未载明移送司法机关',
    en: 'A suspected crime without "移送司法机关" (transfer to the judicial organs) in the follow-up',
  },
  // ── 行政处罚信息, 第二十二条 ¶2 ──
  PENALTY_GATHERED_BEFORE_DECISION: {
    severity: 'error',
    article: A22,
    zh: '归集日期早于处罚决定日期',
    en: 'The penalty information was gathered before the decision',
  },
  PENALTY_GATHERING_LATE: {
    severity: 'error',
    article: A22,
    zh: '行政处罚信息未在决定后7个工作日内归集',
    en: 'The penalty information was gathered later than 7 working days after the decision',
  },
  PENALTY_GATHERING_OVERDUE: {
    severity: 'error',
    article: A22,
    zh: '截至核查日，行政处罚信息已超过7个工作日仍未归集',
    en: 'As of the date given, the penalty information is past its 7-working-day deadline and not gathered',
  },
  PENALTY_PUBLISHED_BEFORE_DECISION: {
    severity: 'error',
    article: PUBLICITY_9,
    zh: '公示日期早于处罚决定日期',
    en: 'The penalty information was published before the decision',
  },
  PENALTY_PUBLICITY_LATE: {
    severity: 'error',
    article: PUBLICITY_9,
    zh: '行政处罚信息未在决定后20个工作日内公示',
    en: 'The penalty information was published later than 20 working days after the decision',
  },
  PENALTY_PUBLICITY_OVERDUE: {
    severity: 'error',
    article: PUBLICITY_9,
    zh: '截至核查日，行政处罚信息已超过20个工作日仍未公示',
    en: 'As of the date given, the penalty information is past its 20-working-day deadline and not published',
  },
  PENALTY_CHANGE_BEFORE_DECISION: {
    severity: 'error',
    article: WITHDRAWAL,
    zh: '处罚决定变更、撤销的日期早于决定日期',
    en: 'The decision is changed or revoked on a date before it was made',
  },
  PENALTY_WITHDRAWN_BEFORE_CHANGE: {
    severity: 'error',
    article: WITHDRAWAL,
    zh: '撤下公示信息的日期早于决定变更、撤销的日期',
    en: 'The publicity was withdrawn before the decision was changed or revoked',
  },
  PENALTY_WITHDRAWAL_LATE: {
    severity: 'error',
    article: WITHDRAWAL,
    zh: '处罚决定变更、撤销后，公示信息未在3个工作日内撤下或更新',
    en: 'The publicity was withdrawn or updated later than 3 working days after the decision changed',
  },
  PENALTY_WITHDRAWAL_OVERDUE: {
    severity: 'error',
    article: WITHDRAWAL,
    zh: '截至核查日，处罚决定已变更、撤销超过3个工作日，公示信息仍未撤下',
    en: 'As of the date given, the decision changed more than 3 working days ago and its publicity is still up',
  },
  PENALTY_DEADLINE_PROVISIONAL: {
    severity: 'warning',
    article: A22,
    zh: '期限所在年份的放假安排尚未公布，按法定节假日推算，结论为暂定',
    en: 'The deadline falls in a year without an announced holiday notice; it is computed from the statutory festivals and provisional',
  },
  PENALTY_CRIME_TRANSFER_MISSING: {
    severity: 'error',
    article: A22,
    zh: '涉嫌犯罪，未记录移送司法机关',
    en: 'A suspected crime without a recorded transfer to the judicial organs',
  },
  PENALTY_TRANSFER_WITHOUT_SUSPICION: {
    severity: 'warning',
    article: A22,
    zh: '记录了移送司法机关，但未标明涉嫌犯罪',
    en: 'A transfer to the judicial organs is recorded but no suspected crime is marked',
  },
  // ── 公示记录 (国家企业信用信息公示系统), 第二十二条 ──
  PUBLICATION_ENTRY_MISSING: {
    severity: 'error',
    article: A22,
    zh: '抽取的检查对象缺少某一联合抽查部门的检查结果，不能公示',
    en: "A drawn object lacks a participating department's result entry, so it cannot be published",
  },
  PUBLICATION_ENTRY_DUPLICATE: {
    severity: 'error',
    article: A22,
    zh: '同一检查对象、同一部门有多条检查结果',
    en: 'One object and department have more than one result entry',
  },
  PUBLICATION_NOT_PUBLISHED: {
    severity: 'error',
    article: A22,
    zh: '检查结果未载明公示日期',
    en: 'A result entry has no publication date',
  },
  PUBLICATION_DEPARTMENT_UNKNOWN: {
    severity: 'error',
    article: A22,
    zh: '部门列表中没有检查实施机关的名称',
    en: 'The department list does not name the inspecting department',
  },
  // ── Task lifecycle, 第十六条, 第十七条, 第十九条 ──
  TASK_EVENT_OUT_OF_ORDER: {
    severity: 'error',
    article: A17,
    zh: '该事件不能在任务的当前阶段发生（分类建库 → 摇号派发 → 实地核查 → 公示处理）',
    en: "The event cannot happen at the task's current stage (directories → draw and dispatch → check → publish)",
  },
  TASK_EVENT_DATE_BEFORE_PREVIOUS: {
    severity: 'error',
    article: A17,
    zh: '事件日期早于上一条审计记录的日期',
    en: 'The event is dated before the previous audit entry',
  },
  TASK_EVENT_WRONG_TASK: {
    severity: 'error',
    article: A17,
    zh: '事件所指任务与当前任务不一致',
    en: 'The event names another task',
  },
  TASK_CLOSED: {
    severity: 'error',
    article: A17,
    zh: '任务已关闭或已取消，不再接受事件',
    en: 'The task is closed or cancelled and accepts no more events',
  },
  TASK_ADJUSTMENT_AFTER_DRAW: {
    severity: 'error',
    article: A19,
    zh: '任务已摇号抽取，计划调整只能在抽取前进行',
    en: 'The task has been drawn; plan adjustments apply only before the draw',
  },
  TASK_ADJUSTMENT_INVALID: {
    severity: 'error',
    article: A16,
    zh: '计划调整不适用于本任务或未改变任何内容',
    en: 'The adjustment does not apply to this task or changes nothing',
  },
  TASK_ALREADY_DRAWN: {
    severity: 'error',
    article: A19,
    zh: '任务已抽取并锁定名单，不能再次抽取',
    en: 'The task has been drawn and its list locked; it cannot be drawn again',
  },
  TASK_DEPARTMENT_NOT_PARTICIPANT: {
    severity: 'error',
    article: A19,
    zh: '部门不是本任务的联合抽查部门',
    en: 'The department does not take part in the task',
  },
  TASK_DEPARTMENT_ALREADY_DISPATCHED: {
    severity: 'error',
    article: A19,
    zh: '该部门已完成执法检查人员匹配，不能再次匹配（更换须经批准）',
    en: 'The department has already been matched; changes go through approved replacements',
  },
  TASK_ASSIGNMENT_OBJECTS_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '匹配结果的检查对象与锁定名单不一致',
    en: "The assignment's objects differ from the locked list",
  },
  TASK_ASSIGNMENT_TOO_FEW_INSPECTORS: {
    severity: 'error',
    article: A21,
    zh: '匹配给检查对象的执法检查人员少于两人',
    en: 'Fewer than two inspectors are matched to an object',
  },
  TASK_REPLACEMENT_NOT_ASSIGNED: {
    severity: 'error',
    article: A19,
    zh: '被更换的执法检查人员未匹配给该检查对象',
    en: 'The inspector being replaced is not matched to the object',
  },
  TASK_REPLACEMENT_ALREADY_ASSIGNED: {
    severity: 'error',
    article: A19,
    zh: '替换的执法检查人员已匹配给该检查对象',
    en: 'The incoming inspector is already matched to the object',
  },
  TASK_REPLACEMENT_NOT_APPROVED: {
    severity: 'error',
    article: A19,
    zh: '执法检查人员的更换未经本部门负责人同意',
    en: 'The replacement was not approved by the department head',
  },
  TASK_REPLACEMENT_AFTER_CHECK: {
    severity: 'error',
    article: A19,
    zh: '该部门已检查该对象，不能再更换执法检查人员',
    en: 'The department has already checked the object; its inspectors can no longer be replaced',
  },
  TASK_OBJECT_NOT_IN_LIST: {
    severity: 'error',
    article: A19,
    zh: '检查对象不在锁定名单中',
    en: 'The object is not in the locked list',
  },
  TASK_OBJECT_ALREADY_CHECKED: {
    severity: 'error',
    article: A21,
    zh: '该部门已记录对该对象的检查',
    en: 'The department has already recorded a check of this object',
  },
  TASK_OBJECT_HAS_OUTCOME: {
    severity: 'error',
    article: A19,
    zh: '该对象已登记为无法检查（注销、停业或无法联系等）',
    en: 'The object has already been recorded as not checkable (deregistered, closed, unreachable…)',
  },
  TASK_RESULT_OUTCOME_MISMATCH: {
    severity: 'error',
    article: A22,
    zh: '对象已登记为注销、停业或无法联系，检查结果须载明相应类别',
    en: 'The object was recorded as deregistered, closed or unreachable; its result must carry that category',
  },
  TASK_CHECKS_INCOMPLETE: {
    severity: 'error',
    article: A17,
    zh: '仍有检查对象未经各部门检查或登记结果，任务不能完成',
    en: 'Some objects are neither checked by every department nor given an outcome; the task cannot be completed',
  },
  TASK_RESULT_ALREADY_ENTERED: {
    severity: 'error',
    article: A22,
    zh: '该对象、该部门的检查结果已录入',
    en: 'The result of this object and department has already been entered',
  },
  TASK_RESULT_NOT_ENTERED: {
    severity: 'error',
    article: A22,
    zh: '检查结果尚未录入，不能公示',
    en: 'The result has not been entered, so it cannot be published',
  },
  TASK_RESULT_ALREADY_PUBLISHED: {
    severity: 'error',
    article: A22,
    zh: '该检查结果已公示',
    en: 'The result has already been published',
  },
  TASK_PUBLICATION_INCOMPLETE: {
    severity: 'error',
    article: A22,
    zh: '仍有检查结果未公示，任务不能关闭',
    en: 'Some results are not published; the task cannot be closed',
  },
  TASK_SUBSTITUTION_NOT_ALLOWED: {
    severity: 'error',
    article: A19,
    zh: '抽取名单一经锁定不可更改；本任务未启用备选名单替补',
    en: 'The locked list cannot change; this task does not enable reserve substitution',
  },
  TASK_SUBSTITUTION_NO_CAUSE: {
    severity: 'error',
    article: A19,
    zh: '只有登记为注销、停业或无法联系的对象才可由备选对象替补',
    en: 'Only an object recorded as deregistered, closed or unreachable can be substituted',
  },
  TASK_RESERVE_EXHAUSTED: {
    severity: 'error',
    article: A19,
    zh: '该层备选名单已用完',
    en: "The stratum's reserve list is exhausted",
  },
  TASK_STATE_INVALID: {
    severity: 'error',
    article: A17,
    zh: '任务状态不是由本库生成，且无法由其审计记录重建',
    en: 'The task state was not made by this library and cannot be rebuilt from its audit trail',
  },
} as const satisfies CodeRegistry;

/** A stable code of a records or lifecycle finding (a key of {@link recordsCodes}). */
export type RecordsCode = keyof typeof recordsCodes;

/** A finding of this area: severity and article from `recordsCodes`. */
export function recordIssue(code: RecordsCode, path: IssuePath, zh: string, en: string): RuleIssue {
  const info = recordsCodes[code];
  return ruleIssue({ code, severity: info.severity, article: info.article, path, zh, en });
}
