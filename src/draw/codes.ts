/**
 * Codes of `shuangsuiji/draw` (第十五条 strata and ratios, 第十八条 the object directory, 第十九条 the locked
 * draw at the plan's ratios). Stable strings; docs/error-codes.md is generated from this registry. Input, shard
 * and other technical errors cite no article (src/model/issue.ts): they break no rule of the measures.
 */
import { article } from '../model/article.js';
import type { CodeInfo, CodeRegistry } from '../model/issue.js';

const A15 = article(15);
const A18 = article(18);
const A19 = article(19);

const registry = {
  DRAW_RATIO_OUT_OF_RANGE: {
    severity: 'error',
    article: A15,
    zh: '抽查比例须大于 0 且不大于 1',
    en: 'A sampling ratio must be greater than 0 and at most 1',
  },
  DRAW_DUPLICATE_STRATUM: {
    severity: 'error',
    article: A15,
    zh: '比例表中的分层标识重复',
    en: 'A stratum id appears twice in the ratio table',
  },
  DRAW_TOTAL_BELOW_FIXED_COUNTS: {
    severity: 'error',
    article: A15,
    zh: '比例表的抽取总数小于各固定数量层的抽取数之和',
    en: "The ratio table's total is smaller than the fixed counts it must include",
  },
  DRAW_NO_MATCHING_STRATUM: {
    severity: 'error',
    article: A15,
    zh: '检查对象不属于比例表中的任何一层',
    en: 'An inspection object matches no stratum of the ratio table',
  },
  DRAW_UNKNOWN_STRATUM: {
    severity: 'error',
    article: A15,
    zh: '抽查底册中的分层不在任务的比例表中',
    en: "A frame entry names a stratum that is not in the task's ratio table",
  },
  DRAW_DUPLICATE_ID: {
    severity: 'error',
    article: A18,
    zh: '检查对象名录中的统一社会信用代码重复',
    en: 'A unified social credit code appears twice in the frame',
  },
  DRAW_UNIT_INVALID: {
    severity: 'error',
    zh: '抽查底册条目应为包含 id 和 stratum 的对象',
    en: 'A frame entry must be an object with an id and a stratum',
  },
  DRAW_TEXT_NOT_UNICODE: {
    severity: 'error',
    zh: '文本含有不成对的代理字符，无法唯一编码为 UTF-8',
    en: 'A text contains an unpaired surrogate and has no exact UTF-8 encoding',
  },
  DRAW_INPUT_UNREADABLE: {
    severity: 'error',
    zh: '输入无法读取（访问字段时出错）',
    en: 'The input could not be read (accessing a field failed)',
  },
  DRAW_INTERNAL_ERROR: {
    severity: 'error',
    zh: '程序库内部错误（缺陷，并非输入有误），请报告',
    en: 'Internal error of the library (a defect, not a problem of the input); please report it',
  },
  DRAW_SEED_EMPTY: {
    severity: 'error',
    article: A19,
    zh: '随机种子材料为空或只有空白',
    en: 'The seed material is empty or only white space',
  },
  DRAW_SEED_INVALID: {
    severity: 'error',
    article: A19,
    zh: '随机种子材料格式错误',
    en: 'The seed material is malformed',
  },
  DRAW_OPTIONS_INVALID: {
    severity: 'error',
    article: A19,
    zh: '抽取参数错误（如备选比例）',
    en: 'A draw option is invalid (e.g. the reserve percentage)',
  },
  DRAW_COMMITMENT_INVALID: {
    severity: 'error',
    article: A19,
    zh: '底册承诺格式错误或与任务的分层不符',
    en: "The frame commitment is malformed or does not list the task's strata",
  },
  DRAW_COMMITMENT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '抽查底册与事先公布的底册承诺不一致',
    en: 'The frame does not match the frame commitment published before the draw',
  },
  DRAW_STREAM_NOT_SORTED: {
    severity: 'error',
    article: A19,
    zh: '流式抽取要求检查对象按统一社会信用代码升序输入',
    en: 'A streamed draw needs its objects in ascending order of credit code',
  },
  DRAW_STREAM_FAILED: {
    severity: 'error',
    article: A19,
    zh: '读取检查对象流时出错',
    en: 'Reading the stream of objects failed',
  },
  DRAW_SHARD_INVALID: {
    severity: 'error',
    zh: '分片参数错误',
    en: 'The shard index or shard count is invalid',
  },
  DRAW_SHARD_WRONG_BUCKET: {
    severity: 'error',
    zh: '检查对象不属于该分片',
    en: 'An object does not belong to this shard (see shardOf)',
  },
  DRAW_SHARD_MISSING: {
    severity: 'error',
    zh: '合并时缺少分片或分片重复',
    en: 'A shard is missing or given twice in the merge',
  },
  DRAW_SHARD_MISMATCH: {
    severity: 'error',
    zh: '分片的任务、种子或分片数不一致',
    en: 'Shards disagree on task, seed, algorithm or shard count',
  },
  DRAW_SHARD_COUNT_MISMATCH: {
    severity: 'error',
    zh: '各分片的分层数量之和与底册承诺不符',
    en: 'The per-stratum counts of the shards do not add up to the frame commitment',
  },
  DRAW_SEED_CONTROL_CHARACTER: {
    severity: 'error',
    article: A19,
    zh: '随机种子文本含控制字符或格式字符（换行、制表、零宽、方向控制等）',
    en: 'The seed text contains a control or format character (line break, tab, zero-width, bidi mark)',
  },
  DRAW_SEED_SPACE_NOT_ASCII: {
    severity: 'error',
    article: A19,
    zh: '随机种子文本含半角空格 U+0020 以外的空白字符',
    en: 'The seed text contains white space other than U+0020',
  },
  DRAW_SEED_SPACE_AT_EDGE: {
    severity: 'error',
    article: A19,
    zh: '随机种子文本首尾有空格',
    en: 'The seed text starts or ends with a space',
  },
  DRAW_SEED_SPACE_RUN: {
    severity: 'error',
    article: A19,
    zh: '随机种子文本含连续空格',
    en: 'The seed text contains two or more spaces in a row',
  },
  DRAW_SEED_NOT_NFKC: {
    severity: 'error',
    article: A19,
    zh: '随机种子文本不是 Unicode NFKC 规范形式（如含全角数字或标点）',
    en: 'The seed text is not in Unicode NFKC form (e.g. full-width digits or punctuation)',
  },
  DRAW_SEED_COMMITMENT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '承诺文本的 SHA-256 与事先公布的承诺值不符',
    en: 'The SHA-256 of the committed seed text differs from the commitment published beforehand',
  },
  DRAW_LABEL_INVALID: {
    severity: 'error',
    zh: '派生标签应为规范的 Unicode 字符串列表',
    en: 'Derivation labels must be a list of well-formed Unicode strings',
  },
  DRAW_RATIO_IMPRECISE: {
    severity: 'error',
    article: A15,
    zh: '抽查比例的小数位超过 6 位（可能是浮点误差），请写成舍入后的小数',
    en: 'A sampling ratio has more than 6 decimal places (likely floating-point error); write the rounded decimal',
  },
  DRAW_RATIO_NOT_CANONICAL: {
    severity: 'error',
    article: A15,
    zh: '抽查比例不是规范小数（如 0.05 或 1）',
    en: 'A sampling ratio is not a canonical decimal (e.g. 0.05 or 1)',
  },
  DRAW_STRATUM_COUNT_ZERO: {
    severity: 'warning',
    article: A15,
    zh: '分层固定抽取数为 0，该层对象免于抽查（设 exemptClasses: forbid 则为错误）',
    en: "A stratum draws a fixed count of 0, exempting its objects from the draw (an error with exemptClasses: 'forbid')",
  },
  DRAW_TOTAL_TOO_SMALL: {
    severity: 'warning',
    article: A15,
    zh: '抽取总数不足以使每个非空分层各抽 1 户，未分得名额的分层免于抽查（设 exemptClasses: forbid 则为错误）',
    en: "The total cannot give every non-empty stratum a seat; strata without one are exempt (an error with exemptClasses: 'forbid')",
  },
  DRAW_COUNTS_INVALID: {
    severity: 'error',
    zh: '分层对象数应为 { 分层标识: 数量 } 或底册承诺',
    en: 'Stratum counts must be { stratumId: count } or a frame commitment',
  },
  DRAW_FRAME_STRATA_MISMATCH: {
    severity: 'error',
    article: A15,
    zh: '抽查底册列出的分层与任务比例表的分层或顺序不符',
    en: "The frame's strata are not the task's ratio-table strata in table order",
  },
  DRAW_ANNOUNCEMENT_INVALID: {
    severity: 'error',
    article: A19,
    zh: '抽取公告格式错误',
    en: 'The draw announcement is malformed',
  },
  DRAW_ANNOUNCEMENT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '抽取输入与事先公布的抽取公告不符',
    en: 'The draw inputs differ from the announcement published before the seed',
  },
  DRAW_SHARD_TICKET_MISMATCH: {
    severity: 'error',
    zh: '分片报送的候选签号与重算结果不符',
    en: "A shard's candidate ticket differs from the ticket recomputed under the key",
  },
  DRAW_SHARD_CANDIDATE_INVALID: {
    severity: 'error',
    zh: '分片报送的候选对象统一社会信用代码无效',
    en: "A shard's candidate is not a valid unified social credit code",
  },
  DRAW_SHARD_CANDIDATE_WRONG_SHARD: {
    severity: 'error',
    zh: '分片报送的候选对象不属于该分片',
    en: "A shard's candidate belongs to another shard",
  },
  DRAW_SHARD_CANDIDATES_NOT_SORTED: {
    severity: 'error',
    zh: '分片报送的候选名单未按签号严格升序排列',
    en: "A shard's candidate list is not strictly ascending by (ticket, id)",
  },
  DRAW_SHARD_CANDIDATE_DUPLICATE: {
    severity: 'error',
    zh: '同一候选对象在分片结果中出现两次',
    en: 'A candidate appears twice across the shard results',
  },
  DRAW_SHARD_CANDIDATE_COUNT: {
    severity: 'error',
    zh: '分片报送的候选数量不等于 min(该层应抽数加备选数, 分片中该层对象数)',
    en: "A shard's candidate list does not hold exactly min(n + reserve, the shard's count) entries",
  },
  DRAW_TOO_MANY_FINDINGS: {
    severity: 'error',
    zh: '发现的问题过多，仅列出前 100 条',
    en: 'Too many findings; only the first 100 are listed',
  },
  DRAW_VERIFY_ANNOUNCEMENT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '回执中的抽取公告与事先公布的公告（摘要）不符',
    en: "The receipt's announcement differs from the announcement (digest) published before the seed",
  },
  DRAW_VERIFY_RECEIPT_INVALID: {
    severity: 'error',
    article: A19,
    zh: '抽取回执格式错误',
    en: 'The draw receipt is malformed',
  },
  DRAW_VERIFY_ALGORITHM_UNSUPPORTED: {
    severity: 'error',
    article: A19,
    zh: '回执使用的抽取算法或版本不受支持',
    en: 'The receipt names an algorithm or version this library cannot recompute',
  },
  DRAW_VERIFY_TASK_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '回执中的任务或比例与所给任务不符',
    en: 'The receipt does not match the given task (id, strata or ratios)',
  },
  DRAW_VERIFY_SEED_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '回执中的种子编码或派生密钥与种子材料不符',
    en: 'The seed bytes or derived key in the receipt do not follow from the seed material',
  },
  DRAW_VERIFY_FRAME_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '抽查底册与回执中的底册摘要不符',
    en: 'The frame does not match the frame digest in the receipt',
  },
  DRAW_VERIFY_STRATUM_COUNT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '某层的对象数量与回执不符',
    en: 'The number of objects in a stratum differs from the receipt',
  },
  DRAW_VERIFY_SIZE_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '某层的抽取数量、取整方式或入样概率与重算结果不符',
    en: 'A stratum sample size, its rounding or inclusion probability differs from the recomputation',
  },
  DRAW_VERIFY_TICKET_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '回执中某对象的签号与重算结果不符',
    en: "An object's ticket in the receipt differs from the recomputed ticket",
  },
  DRAW_VERIFY_SELECTION_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '回执中的抽中名单与重算结果不符',
    en: 'The selected objects in the receipt differ from the recomputation',
  },
  DRAW_VERIFY_CUTOFF_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '回执中的截断签号与重算结果不符',
    en: 'A cut-off ticket in the receipt differs from the recomputation',
  },
  DRAW_VERIFY_RESERVE_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '回执中的备选名单与重算结果不符',
    en: 'The reserve list in the receipt differs from the recomputation',
  },
} as const satisfies CodeRegistry;

/** A stable code of a draw finding (a key of `drawCodes`; docs/error-codes.md). */
export type DrawCode = keyof typeof registry;

/** Every code of the area with its severity, article (absent for input and technical errors) and texts. */
export const drawCodes: { readonly [K in DrawCode]: CodeInfo } = registry;
