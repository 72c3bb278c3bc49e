/**
 * 部门联合抽查事项清单 (joint spot-check catalog), 第八条–第十条. Each entry names its 抽查领域, 抽查事项,
 * 检查对象, 发起部门 and 配合部门 (第十条); the catalog is versioned, public and amended as laws change
 * (第八条): an amendment is a new version with its reason and dates, never an edit.
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import {
  CatalogIdSchema,
  CatalogItemIdSchema,
  DepartmentIdSchema,
  DomainCodeSchema,
  TextSchema,
} from './ids.js';
import { type ArticleRule, makeParser, nestArticles } from './parse.js';

/** Level that first listed the item (第九条 (一)): national, provincial, municipal or district. */
export const ItemOriginSchema = z.enum(['national', 'provincial', 'municipal', 'district']);
export type ItemOrigin = z.infer<typeof ItemOriginSchema>;

/**
 * Why the item is on the district list (第九条): (一) listed by a higher level; (二) close to livelihood,
 * multi-department, frequent repeat checks; (三) an existing joint mechanism that can use 双随机.
 */
export const InclusionReasonSchema = z.enum([
  'higher-level-list',
  'livelihood-multi-department',
  'existing-mechanism',
]);
export type InclusionReason = z.infer<typeof InclusionReasonSchema>;

/** 一般检查事项 or 重点检查事项. */
export const ItemKindSchema = z.enum(['general', 'key']);
export type ItemKind = z.infer<typeof ItemKindSchema>;

export const CatalogEntrySchema = z
  .object({
    id: CatalogItemIdSchema,
    /** 抽查领域. */
    domain: DomainCodeSchema,
    domainName: TextSchema,
    /** 抽查事项. */
    item: TextSchema,
    /** 检查对象 (object type), matched against InspectionObject.objectTypes. */
    objectType: TextSchema,
    /** 发起部门: the domain's competent department or one with major duties (第十条 ¶2). */
    initiator: DepartmentIdSchema,
    /** 配合部门: departments with duties over these objects (第十条 ¶2). */
    cooperators: z.array(DepartmentIdSchema),
    /** 检查依据: laws and rules the check enforces. */
    legalBasis: z.array(TextSchema).min(1),
    origin: ItemOriginSchema,
    inclusionReason: InclusionReasonSchema,
    kind: ItemKindSchema,
  })
  .meta({ id: 'CatalogEntry', description: '抽查事项清单条目 (第十条)' });
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

/** Why a catalog version replaced the one before (第八条 ¶2: 法律法规规章立改废释和工作实际). */
export const CatalogAmendmentSchema = z.object({
  previousVersion: z.int().min(1),
  reason: TextSchema,
});

export const CatalogSchema = z
  .object({
    id: CatalogIdSchema,
    title: TextSchema,
    /** Version number; every amendment is a new version (第八条). */
    version: z.int().min(1),
    effectiveDate: CalendarDateSchema,
    /** 向社会公开 (第八条): the date it was published; a draft has none yet. */
    publishedDate: CalendarDateSchema.optional(),
    /** 公开渠道, e.g. the 国家企业信用信息公示系统 or a department website. */
    publishedAt: z.array(TextSchema).optional(),
    amendment: CatalogAmendmentSchema.optional(),
    entries: z.array(CatalogEntrySchema).min(1),
  })
  .meta({ id: 'Catalog', description: '部门联合抽查事项清单 (第八条–第十条)' });
export type Catalog = z.infer<typeof CatalogSchema>;
/** What {@link CatalogSchema} accepts: a catalog as JSON gives it (dates and ids as plain strings). */
export type CatalogInput = z.input<typeof CatalogSchema>;

/** Articles governing an entry's fields (the entry as a whole: 第十条). */
export const CATALOG_ENTRY_ARTICLES: readonly ArticleRule[] = [
  [['origin'], article(9)],
  [['inclusionReason'], article(9)],
  [['kind'], article(9)],
];

/** Articles governing a catalog's fields: versions and publication are 第八条, entries 第十条. */
export const CATALOG_ARTICLES: readonly ArticleRule[] = [
  [['version'], article(8)],
  [['effectiveDate'], article(8)],
  [['publishedDate'], article(8)],
  [['publishedAt'], article(8)],
  [['amendment'], article(8)],
  ...nestArticles(['entries', '*'], CATALOG_ENTRY_ARTICLES),
];

/** Parses a catalog. */
export const parseCatalog = makeParser(CatalogSchema, article(10), CATALOG_ARTICLES);
/** Parses one catalog entry. */
export const parseCatalogEntry = makeParser(CatalogEntrySchema, article(10), CATALOG_ENTRY_ARTICLES);
