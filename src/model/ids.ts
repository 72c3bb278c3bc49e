/**
 * Branded identifiers. A department id can never be passed where an inspector id is expected, even though
 * both are strings at run time. Ids are trimmed, non-empty and at most 128 characters.
 */
import * as z from 'zod';
import { field } from './field.js';
import { ruleParams } from './parse.js';

const ID_PATTERN = /^\S(?:.*\S)?$/;

function idSchema<B extends string>(_brand: B, description: string, zh: string, en: string) {
  const schema = z
    .string()
    .min(1)
    .max(128)
    .refine((s) => ID_PATTERN.test(s), {
      message: '标识不能以空白开头或结尾，也不能含换行',
      params: ruleParams(
        'ID_WHITESPACE',
        'An id must not start or end with white space or contain a line break',
      ),
    })
    .brand<B>()
    .meta({ description, pattern: ID_PATTERN.source });
  return field(schema, { zh, en }, ID_RULE);
}

/** The rule every id follows, stated in messages. */
const ID_RULE = {
  zh: '应为 1–128 个字符的标识，首尾不含空白',
  en: 'an id of 1–128 characters without white space at either end',
};

/** 监管相关部门 id (第二条). */
export const DepartmentIdSchema = idSchema(
  'DepartmentId',
  'Department (监管相关部门) id',
  '部门编号',
  'the department id',
);
/** The id of a department (branded string). */
export type DepartmentId = z.infer<typeof DepartmentIdSchema>;

/** 执法检查人员 id (第十一条). */
export const InspectorIdSchema = idSchema(
  'InspectorId',
  'Inspector (执法检查人员) id',
  '执法检查人员编号',
  'the inspector id',
);
/** The id of an inspector (branded string). */
export type InspectorId = z.infer<typeof InspectorIdSchema>;

/** 抽查领域 code (第十条), e.g. `food-safety`. */
export const DomainCodeSchema = idSchema(
  'DomainCode',
  'Inspection domain (抽查领域) code',
  '抽查领域代码',
  'the domain code',
);
/** The code of a supervision domain (监管领域; branded string). */
export type DomainCode = z.infer<typeof DomainCodeSchema>;

/** 抽查事项 id within a catalog (第十条). */
export const CatalogItemIdSchema = idSchema(
  'CatalogItemId',
  'Catalog item (抽查事项) id',
  '抽查事项编号',
  'the item id',
);
/** The id of a catalog item (branded string). */
export type CatalogItemId = z.infer<typeof CatalogItemIdSchema>;

/** 抽查事项清单 id (第八条). */
export const CatalogIdSchema = idSchema(
  'CatalogId',
  'Catalog (抽查事项清单) id',
  '清单编号',
  'the catalog id',
);
/** The id of a catalog version (branded string). */
export type CatalogId = z.infer<typeof CatalogIdSchema>;

/** 年度工作计划 id (第十二条). */
export const PlanIdSchema = idSchema(
  'PlanId',
  'Annual plan (年度工作计划) id',
  '年度计划编号',
  'the plan id',
);
/** The id of an annual plan (branded string). */
export type PlanId = z.infer<typeof PlanIdSchema>;

/** 联合抽查任务 id (第十四条). */
export const TaskIdSchema = idSchema(
  'TaskId',
  'Joint spot-check task (联合抽查任务) id',
  '任务编号',
  'the task id',
);
/** The id of a task (branded string). */
export type TaskId = z.infer<typeof TaskIdSchema>;

/** 名录库 snapshot id (第十一条). */
export const DirectoryIdSchema = idSchema(
  'DirectoryId',
  'Directory (名录库) snapshot id',
  '名录库编号',
  'the directory id',
);
/** The id of a directory snapshot (branded string). */
export type DirectoryId = z.infer<typeof DirectoryIdSchema>;

/** Stratum id in a ratio table (第十五条), e.g. `A`, `key-area`. */
export const StratumIdSchema = idSchema(
  'StratumId',
  'Stratum (分层) id in a ratio table',
  '分层编号',
  'the stratum id',
);
/** The id of a stratum of a ratio table (branded string). */
export type StratumId = z.infer<typeof StratumIdSchema>;

/** Free text that must say something: trimmed, non-empty. */
export const TextSchema = field(
  z.string().trim().min(1).max(2000),
  { zh: '该项文字', en: 'the text' },
  { zh: '应填写 1–2000 个字符的文字', en: 'a text of 1–2000 characters' },
);
