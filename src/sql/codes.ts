/**
 * Codes of `shuangsuiji/sql` (第十八条 the object directory a database holds, 第十九条 the draw it computes and the
 * receipt read back from its rows). Stable strings; docs/error-codes.md is generated from this registry.
 */
import { article } from '../model/article.js';
import type { CodeRegistry } from '../model/issue.js';

const A18 = article(18);
const A19 = article(19);

export const sqlCodes = {
  SQL_INPUT_UNREADABLE: {
    severity: 'error',
    article: A19,
    zh: '输入无法读取（访问字段时出错）',
    en: 'The input could not be read (accessing a field failed)',
  },
  SQL_INPUT_INVALID: {
    severity: 'error',
    article: A19,
    zh: 'SQL 生成或读取的参数不合要求（方言、表名、列名或分层）',
    en: 'A parameter of SQL generation or reading is invalid (dialect, table, columns or strata)',
  },
  SQL_ROW_INVALID: {
    severity: 'error',
    article: A19,
    zh: '数据库返回的行不是本库生成的查询的结果行',
    en: 'A row returned by the database is not a row of the query this library generated',
  },
  SQL_FRAME_ROWS_INCOMPLETE: {
    severity: 'error',
    article: A19,
    zh: '数据库返回的底册承诺行不完整或前后不一致',
    en: "The database's frame-commitment rows are incomplete or inconsistent",
  },
  SQL_FRAME_UNITS_INVALID: {
    severity: 'error',
    article: A18,
    zh: '数据库中的抽查底册含有无效代码、不在比例表中的分层或重复代码',
    en: 'The frame in the database holds invalid credit codes, strata outside the ratio table or duplicate codes',
  },
  SQL_FRAME_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '数据库在抽取时计算的底册摘要与公告不符',
    en: 'The frame digest the database computed at the draw differs from the announcement',
  },
  SQL_COUNT_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '数据库中某层的对象数与公告不符',
    en: "A stratum's number of objects in the database differs from the announcement",
  },
  SQL_RANK_MISSING: {
    severity: 'error',
    article: A19,
    zh: '数据库返回的某层名次缺失、重复或超出应抽加备选的数量',
    en: "A stratum's ranks returned by the database are missing, repeated or beyond n + reserve",
  },
  SQL_DRAWN_ID_INVALID: {
    severity: 'error',
    article: A18,
    zh: '数据库返回的抽中对象不是有效的统一社会信用代码或重复出现',
    en: 'An object returned by the database is not a valid unified social credit code or appears twice',
  },
  SQL_TICKET_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '数据库返回的签号与按公告和种子重算的签号不符',
    en: 'A ticket returned by the database differs from the one recomputed from the announcement and seed',
  },
  SQL_ORDER_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '数据库返回的名次未按签号（再按代码字节）升序排列',
    en: 'The ranks returned by the database are not in ascending ticket (then code byte) order',
  },
  SQL_VERIFY_MISMATCH: {
    severity: 'error',
    article: A19,
    zh: '按对象流重算的抽取结果与回执不符',
    en: 'The draw recomputed from the object stream differs from the receipt',
  },
} as const satisfies CodeRegistry;

export type SqlCode = keyof typeof sqlCodes;
