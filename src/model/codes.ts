/**
 * Codes of the model layer (parsing, dates, identifiers). Every module keeps such a registry; docs/error-codes.md
 * is generated from all of them (`npm run docs:codes`) and a test fails when it is stale.
 */
import { CERTIFICATE_CITATION, NATIONAL } from './article.js';
import type { CodeRegistry } from './issue.js';

/** The model's finding codes (shape and field rules), each with its article and its Chinese and English meaning. */
export const modelCodes = {
  SCHEMA_INVALID_TYPE: {
    severity: 'error',
    zh: '字段类型错误或缺少必填字段',
    en: 'A field has the wrong type or a required field is missing',
  },
  SCHEMA_INVALID_VALUE: {
    severity: 'error',
    zh: '取值不在允许的选项中',
    en: 'A value is not one of the allowed options',
  },
  SCHEMA_INVALID_FORMAT: {
    severity: 'error',
    zh: '字符串格式不符',
    en: 'A string does not have the required format',
  },
  SCHEMA_INVALID_UNION: {
    severity: 'error',
    zh: '不符合任何一种允许的结构',
    en: 'The value matches none of the allowed shapes',
  },
  SCHEMA_INVALID_KEY: { severity: 'error', zh: '键无效', en: 'An object key is invalid' },
  SCHEMA_INVALID_ELEMENT: { severity: 'error', zh: '集合元素无效', en: 'A collection element is invalid' },
  SCHEMA_TOO_SMALL: {
    severity: 'error',
    zh: '数值过小、字符串过短或列表为空',
    en: 'A number is too small, a string too short or a list empty',
  },
  SCHEMA_TOO_BIG: {
    severity: 'error',
    zh: '数值过大或字符串过长',
    en: 'A number is too big or a string too long',
  },
  SCHEMA_NOT_MULTIPLE_OF: {
    severity: 'error',
    zh: '数值不是要求的倍数',
    en: 'A number is not the required multiple',
  },
  SCHEMA_UNRECOGNIZED_KEYS: {
    severity: 'error',
    zh: '含有无法识别的字段',
    en: 'The object has unrecognised keys',
  },
  SCHEMA_CUSTOM: { severity: 'error', zh: '自定义校验未通过', en: 'A custom check failed' },
  INPUT_UNREADABLE: { severity: 'error', zh: '输入无法读取', en: 'The input could not be read' },
  DATE_OUT_OF_RANGE: {
    severity: 'error',
    zh: '日期超出 0001–9999 年范围',
    en: 'A date lies outside the years 0001–9999',
  },
  DAY_COUNT_INVALID: { severity: 'error', zh: '天数不是整数', en: 'A number of days is not a whole number' },
  ID_WHITESPACE: {
    severity: 'error',
    zh: '标识以空白开头或结尾，或含换行',
    en: 'An id starts or ends with white space or contains a line break',
  },
  REGION_CODE_INVALID: {
    severity: 'error',
    zh: '行政区划代码不是 6 位数字',
    en: 'A region code does not have 6 digits',
  },
  USCC_REGION_CODE: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码第 3–8 位不是行政区划码',
    en: 'Positions 3–8 of a credit code are not a region code',
  },
  DATE_INVALID: {
    severity: 'error',
    zh: '日期不是实际存在的 YYYY-MM-DD 公历日期',
    en: 'A date is not a real YYYY-MM-DD calendar date',
  },
  CERTIFICATE_PERIOD_INVERTED: {
    severity: 'error',
    zh: '执法证有效期起止颠倒',
    en: 'An enforcement certificate is valid until before it is valid from',
  },
  INSPECTOR_CERTIFICATE_MISSING: {
    severity: 'error',
    article: CERTIFICATE_CITATION,
    zh: '执法检查人员未登记执法证',
    en: 'An inspector has no enforcement certificate',
  },
  STRATUM_RATIO_OR_COUNT: {
    severity: 'error',
    article: '第十五条',
    zh: '分层须且只须设置比例或固定数之一',
    en: 'A stratum needs exactly one of a ratio and a fixed count',
  },
  SCHEDULE_INVERTED: {
    severity: 'error',
    article: '第十四条',
    zh: '时间安排起止颠倒',
    en: 'A schedule ends before it starts',
  },
  USCC_NOT_STRING: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码不是字符串',
    en: 'A credit code is not a string',
  },
  USCC_WHITESPACE: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码含空白字符',
    en: 'A credit code contains white space',
  },
  USCC_FULL_WIDTH: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码含全角字符',
    en: 'A credit code contains full-width characters',
  },
  USCC_LENGTH: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码不是 18 位',
    en: 'A credit code does not have 18 characters',
  },
  USCC_LOWER_CASE: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码含小写字母',
    en: 'A credit code contains lower-case letters',
  },
  USCC_BAD_CHARACTER: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码含字符集外字符',
    en: 'A credit code contains a character outside its alphabet',
  },
  USCC_CHECK_CHARACTER: {
    severity: 'error',
    article: NATIONAL.gb32100,
    zh: '统一社会信用代码校验码错误',
    en: 'A credit code has the wrong check character',
  },
  USCC_ORG_CODE_CHECK: {
    severity: 'warning',
    article: NATIONAL.gb11714,
    zh: '所含组织机构代码校验位不符',
    en: 'The embedded organisation code has the wrong check digit',
  },
  RESIDENT_ID_NOT_STRING: {
    severity: 'error',
    article: NATIONAL.gb11643,
    zh: '公民身份号码不是字符串',
    en: 'A resident identity number is not a string',
  },
  RESIDENT_ID_FORMAT: {
    severity: 'error',
    article: NATIONAL.gb11643,
    zh: '公民身份号码格式错误',
    en: 'A resident identity number is malformed',
  },
  RESIDENT_ID_BIRTH_DATE: {
    severity: 'error',
    article: NATIONAL.gb11643,
    zh: '公民身份号码中的出生日期不存在',
    en: 'The birth date in a resident identity number does not exist',
  },
  RESIDENT_ID_CHECK_CHARACTER: {
    severity: 'error',
    article: NATIONAL.gb11643,
    zh: '公民身份号码校验码错误',
    en: 'A resident identity number has the wrong check character',
  },
} as const satisfies CodeRegistry;
