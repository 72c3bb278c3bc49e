/**
 * Codes of `shuangsuiji/match`, stage two of “二次随机” (第十九条): the inspector directory (第十八条 ¶2),
 * the draw and its replacements (第十九条), the group leader and experts (第二十条), two inspectors on site
 * (第二十一条, 《行政处罚法》第四十二条) and recusal (《行政处罚法》第四十三条). docs/error-codes.md is
 * generated from this registry.
 */
import { NATIONAL } from '../model/article.js';
import type { CodeRegistry } from '../model/issue.js';

const A18 = '第十八条';
const A19 = '第十九条';
const A20 = '第二十条';
const A21 = '第二十一条';

/** Stage two's finding codes, each with its article and its Chinese and English meaning (docs/error-codes.md). */
export const matchCodes = {
  MATCH_INPUT_INVALID: {
    severity: 'error',
    article: A19,
    zh: '派员输入格式错误',
    en: 'An input of the inspector draw is malformed',
  },
  MATCH_INPUT_UNREADABLE: {
    severity: 'error',
    article: A19,
    zh: '输入无法读取（访问字段时出错）',
    en: 'The input could not be read (accessing a field failed)',
  },
  MATCH_TOO_MANY_FINDINGS: {
    severity: 'error',
    article: A19,
    zh: '问题过多，其余未列出',
    en: 'Too many findings; the rest are not listed',
  },
  MATCH_DEPARTMENT_NOT_IN_TASK: {
    severity: 'error',
    article: A19,
    zh: '派员部门不是该联合抽查任务的参与部门',
    en: 'The department does not take part in the task',
  },
  MATCH_DRAW_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '检查对象名单不是该任务锁定的抽取结果',
    en: "The object list is not the task's locked draw",
  },
  MATCH_DIRECTORY_MISMATCH: {
    severity: 'error',
    article: A18,
    zh: '执法检查人员名录库不属于派员部门，或人员标识重复',
    en: "The inspector directory is not the department's, or an inspector id appears twice",
  },
  MATCH_RECUSAL_INVALID: {
    severity: 'error',
    article: NATIONAL.penaltyLaw43,
    zh: '回避记录无效（原因为“其他”时须说明，记录不得重复）',
    en: 'A recusal record is invalid (reason 其他 needs a note; no record twice)',
  },
  MATCH_EXPERT_INVALID: {
    severity: 'error',
    article: A20,
    zh: '随同检查的专家须是名录库中在岗的专家，且检查对象在本次名单中',
    en: 'An attached expert must be an active expert of the directory, for an object of the draw',
  },
  MATCH_OBJECT_SHORT: {
    severity: 'error',
    article: A21,
    zh: '检查对象符合条件的执法检查人员不足规定人数',
    en: 'An object has fewer eligible inspectors than the minimum',
  },
  MATCH_LOAD_CAP_INFEASIBLE: {
    severity: 'error',
    article: A21,
    zh: '在每人任务上限内无法为每个检查对象配齐执法检查人员',
    en: 'No assignment gives every object its inspectors within the load cap',
  },
  MATCH_ANNOUNCEMENT_INVALID: {
    severity: 'error',
    article: A19,
    zh: '派员公告格式错误或摘要不符',
    en: 'The inspector-draw announcement is malformed or its digest does not match',
  },
  MATCH_ANNOUNCEMENT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '派员输入与事先公布的派员公告不一致',
    en: 'An input differs from the published announcement',
  },
  MATCH_SEED_COMMITMENT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '随机种子文本与公告中的承诺摘要不符',
    en: 'The seed text does not hash to the announced commitment',
  },
  MATCH_ASSIGNMENT_UNKNOWN: {
    severity: 'error',
    article: A19,
    zh: '只能更换由 matchInspectors、replaceInspector 或 verifyAssignment 得到的派员结果',
    en: 'Only an assignment made by matchInspectors, replaceInspector or verifyAssignment can be changed',
  },
  MATCH_REPLACEMENT_INVALID: {
    severity: 'error',
    article: A19,
    zh: '更换申请格式错误（原因须为岗位调整、工作冲突、健康状况、执法回避或其他并说明）',
    en: 'A replacement request is malformed (reason 岗位调整, 工作冲突, 健康状况, 执法回避, or 其他 with a note)',
  },
  MATCH_REPLACEMENT_NOT_APPROVED: {
    severity: 'error',
    article: A19,
    zh: '更换执法检查人员须经本部门负责人同意',
    en: "A replacement needs the approval of the department's head",
  },
  MATCH_REPLACEMENT_NOT_ASSIGNED: {
    severity: 'error',
    article: A19,
    zh: '被更换的人员不在该检查对象的派员名单中',
    en: 'The inspector to replace is not assigned to that object',
  },
  MATCH_REPLACEMENT_OUT_OF_ORDER: {
    severity: 'error',
    article: A19,
    zh: '更换的批准日期早于上一次更换',
    en: 'A replacement is approved before the previous one',
  },
  MATCH_NO_REPLACEMENT: {
    severity: 'error',
    article: A21,
    zh: '没有可按随机顺序递补的符合条件的执法检查人员',
    en: 'No eligible inspector is left in the seeded order to replace with',
  },
  MATCH_VERIFY_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '派员回执与重新计算的结果不一致',
    en: 'The assignment receipt differs from the recomputed one',
  },
  MATCH_VERIFY_MALFORMED: {
    severity: 'error',
    article: A19,
    zh: '派员回执格式错误',
    en: 'The assignment receipt is malformed',
  },
} as const satisfies CodeRegistry;

/** A stable code of a stage-two (inspector draw) finding (a key of {@link matchCodes}). */
export type MatchCode = keyof typeof matchCodes;
