/**
 * 监管相关部门 (department with market-supervision duties), 第二条; its supervisory domains decide whether it
 * can initiate or cooperate on a catalog item (第十条) and whether an object is in its jurisdiction (第十八条).
 * Its head (负责人) approves inspector replacements (第十九条).
 */
import * as z from 'zod';
import { article } from './article.js';
import { DepartmentIdSchema, DomainCodeSchema, InspectorIdSchema, TextSchema } from './ids.js';
import { type ArticleRule, makeParser, nestArticles } from './parse.js';

export const DepartmentSchema = z
  .object({
    id: DepartmentIdSchema,
    /** 部门名称, e.g. 龙亭区市场监督管理局. */
    name: TextSchema,
    /** 部门负责人: approves inspector replacements (第十九条). */
    headInspectorId: InspectorIdSchema,
    /** 监管领域: the domains it has supervisory duties over (第十条). */
    domains: z.array(DomainCodeSchema).min(1),
  })
  .meta({ id: 'Department', description: '监管相关部门 (第二条, 第十条)' });
export type Department = z.infer<typeof DepartmentSchema>;

export const DepartmentListSchema = z.array(DepartmentSchema).min(1).meta({ id: 'DepartmentList' });
/** What {@link DepartmentListSchema} accepts: the department list as JSON gives it (dates and ids as plain strings). */
export type DepartmentListInput = z.input<typeof DepartmentListSchema>;

/** Articles governing a department's fields (the record as a whole: 第二条). */
export const DEPARTMENT_ARTICLES: readonly ArticleRule[] = [
  [['headInspectorId'], article(19)],
  [['domains'], article(10)],
];

/** Parses one department. */
export const parseDepartment = makeParser(DepartmentSchema, article(2), DEPARTMENT_ARTICLES);
/** Parses the list of departments. */
export const parseDepartments = makeParser(
  DepartmentListSchema,
  article(2),
  nestArticles(['*'], DEPARTMENT_ARTICLES),
);
