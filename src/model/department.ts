/**
 * 监管相关部门 (department with market-supervision duties), 第二条; its supervisory domains decide whether it
 * can initiate or cooperate on a catalog item (第十条) and whether an object is in its jurisdiction (第十八条).
 * Its head (负责人) approves inspector replacements (第十九条).
 */
import * as z from 'zod';
import { article } from './article.js';
import { field } from './field.js';
import { DepartmentIdSchema, DomainCodeSchema, InspectorIdSchema } from './ids.js';
import { type ArticleRule, makeParser, nestArticles } from './parse.js';
import { text } from './text.js';

/** Reads a {@link Department}. */
export const DepartmentSchema = z
  .object({
    id: DepartmentIdSchema,
    /** 部门名称, e.g. 龙亭区市场监督管理局. */
    name: text('部门名称', 'the department name'),
    /** 部门负责人: approves inspector replacements (第十九条). */
    headInspectorId: field(
      InspectorIdSchema,
      { zh: '部门负责人', en: 'the head of the department' },
      {
        zh: '更换已抽取的执法检查人员须经本部门负责人同意（第十九条）',
        en: 'replacing a drawn inspector needs the head’s approval (Article 19)',
      },
    ),
    /** 监管领域: the domains it has supervisory duties over (第十条). */
    domains: field(
      z.array(field(DomainCodeSchema, { zh: '监管领域', en: 'the supervised domain' })).min(1),
      { zh: '监管领域', en: 'the supervised domains' },
      {
        zh: '应列出本部门负有监管职责的抽查领域（第十条）',
        en: 'list the domains the department has supervisory duties over (Article 10)',
      },
    ),
    /**
     * 主管领域: the domains where it is the 主管部门 or has 重要监管职责, so it may initiate joint checks there
     * (第十条 ¶2). Optional; a domain no department lists is reported when a catalog is validated.
     */
    leadDomains: field(
      z.array(field(DomainCodeSchema, { zh: '主管领域', en: 'the lead domain' })),
      { zh: '主管领域', en: 'the lead domains' },
      {
        zh: '应列出本部门作为主管部门或负有重要监管职责、可作为发起部门的抽查领域（第十条第二款）',
        en: 'list the domains where the department is the competent one or has major duties and may initiate (Article 10)',
      },
    ).optional(),
  })
  .meta({ id: 'Department', description: '监管相关部门 (第二条, 第十条)' });
field(DepartmentSchema, { zh: '部门', en: 'the department' });
/** A 监管相关部门 (第二条): id, name, head, the domains it supervises and those it leads (第十条). */
export type Department = z.infer<typeof DepartmentSchema>;

/** Reads the district's list of departments (at least one). */
export const DepartmentListSchema = z.array(DepartmentSchema).min(1).meta({ id: 'DepartmentList' });
field(DepartmentListSchema, { zh: '部门列表', en: 'the department list' });
/** What {@link DepartmentListSchema} accepts: the department list as JSON gives it (dates and ids as plain strings). */
export type DepartmentListInput = z.input<typeof DepartmentListSchema>;

/** Articles governing a department's fields (the record as a whole: 第二条). */
export const DEPARTMENT_ARTICLES: readonly ArticleRule[] = [
  [['headInspectorId'], article(19)],
  [['domains'], article(10)],
  [['leadDomains'], article(10)],
];

/** Parses one department. */
export const parseDepartment = makeParser(DepartmentSchema, article(2), DEPARTMENT_ARTICLES);
/** Parses the list of departments. */
export const parseDepartments = makeParser(
  DepartmentListSchema,
  article(2),
  nestArticles(['*'], DEPARTMENT_ARTICLES),
);
