/**
 * 部门联合抽查事项清单 (joint spot-check catalog), 第八条–第十条. Each entry names its 抽查领域, 抽查事项,
 * 检查对象, 发起部门 and 配合部门 (第十条); the catalog is versioned, public and amended as laws change
 * (第八条): an amendment is a new version with its reason and dates, never an edit.
 */
import * as z from 'zod';
import { article } from './article.js';
import { CalendarDateSchema } from './date.js';
import { field } from './field.js';
import { CatalogIdSchema, CatalogItemIdSchema, DepartmentIdSchema, DomainCodeSchema } from './ids.js';
import { type ArticleRule, makeParser, nestArticles } from './parse.js';
import { text } from './text.js';

/** Level that first listed the item (第九条 (一)): national, provincial, municipal or district. */
export const ItemOriginSchema = field(
  z.enum(['national', 'provincial', 'municipal', 'district']),
  { zh: '事项来源层级', en: 'the level the item comes from' },
  {
    zh: '应为 national（国家）、provincial（省级）、municipal（市级）或 district（区级）之一（第九条第一款第（一）项）',
    en: 'one of national, provincial, municipal or district (Article 9)',
  },
);
/** The level that first listed an item (第九条 (一)): national, provincial, municipal or district. */
export type ItemOrigin = z.infer<typeof ItemOriginSchema>;

/**
 * Why the item is on the district list (第九条): (一) listed by a higher level; (二) close to livelihood,
 * multi-department, frequent repeat checks; (三) an existing joint mechanism that can use 双随机.
 */
export const InclusionReasonSchema = field(
  z.enum(['higher-level-list', 'livelihood-multi-department', 'existing-mechanism']),
  { zh: '纳入清单的理由', en: 'the reason for listing the item' },
  {
    zh: '应为第九条三项之一：higher-level-list（上级制定公布的联合抽查事项）、livelihood-multi-department（民生密切、多部门监管、重复检查多发）或 existing-mechanism（现有联席、综合治理、联合执法机制）',
    en: 'one of the three grounds of Article 9: higher-level-list, livelihood-multi-department or existing-mechanism',
  },
);
/** Why an item is in the district list (第九条 (一)–(三)). */
export type InclusionReason = z.infer<typeof InclusionReasonSchema>;

/** 一般检查事项 or 重点检查事项. */
export const ItemKindSchema = field(
  z.enum(['general', 'key']),
  { zh: '事项类别', en: 'the item kind' },
  { zh: '应为 general（一般检查事项）或 key（重点检查事项）', en: 'general or key' },
);
/** An item's kind: `general` (一般检查事项) or `key` (重点检查事项). */
export type ItemKind = z.infer<typeof ItemKindSchema>;

/** 第十条 ¶1: the contents every entry has. */
const A10_FIELDS = {
  zh: '清单条目应包括抽查领域、抽查事项、检查对象、发起部门和配合部门（第十条）',
  en: 'every entry gives its domain, item, object type, initiator and cooperators (Article 10)',
};

/** Reads one {@link CatalogEntry} (第十条). */
export const CatalogEntrySchema = z
  .object({
    id: field(CatalogItemIdSchema, { zh: '清单条目编号', en: 'the entry id' }),
    /** 抽查领域. */
    domain: field(DomainCodeSchema, { zh: '抽查领域代码', en: 'the domain code' }, A10_FIELDS),
    domainName: text('抽查领域名称', 'the domain name', A10_FIELDS),
    /** 抽查事项. */
    item: text('抽查事项', 'the item', A10_FIELDS),
    /** 检查对象 (object type), matched against InspectionObject.objectTypes. */
    objectType: text('检查对象', 'the object type', A10_FIELDS),
    /** 发起部门: the domain's competent department or one with major duties (第十条 ¶2). */
    initiator: field(DepartmentIdSchema, { zh: '发起部门', en: 'the initiator' }, A10_FIELDS),
    /** 配合部门: departments with duties over these objects (第十条 ¶2). */
    cooperators: field(
      z.array(field(DepartmentIdSchema, { zh: '配合部门', en: 'the cooperator' })),
      { zh: '配合部门', en: 'the cooperators' },
      A10_FIELDS,
    ),
    /** 检查依据: laws and rules the check enforces. */
    legalBasis: field(
      z.array(text('检查依据', 'the legal basis')).min(1),
      { zh: '检查依据', en: 'the legal basis' },
      { zh: '应列出检查所依据的法律法规规章', en: 'list the laws and rules the check enforces' },
    ),
    origin: ItemOriginSchema,
    inclusionReason: InclusionReasonSchema,
    kind: ItemKindSchema,
  })
  .meta({ id: 'CatalogEntry', description: '抽查事项清单条目 (第十条)' });
field(CatalogEntrySchema, { zh: '清单条目', en: 'the catalog entry' });
/** One catalog item (第十条): domain, item, object type, initiator and cooperators, origin and kind. */
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

/** Why a catalog version replaced the one before (第八条 ¶2: 法律法规规章立改废释和工作实际). */
export const CatalogAmendmentSchema = z.object({
  previousVersion: field(
    z.int().min(1),
    { zh: '上一版本号', en: 'the previous version' },
    { zh: '应为正整数', en: 'a positive whole number' },
  ),
  reason: text('修订原因', 'the reason for the amendment', {
    zh: '清单根据法律法规规章立改废释和工作实际动态调整，修订须载明原因（第八条）',
    en: 'the catalog is amended as laws change or work requires, and an amendment says why (Article 8)',
  }),
});

/** Reads a {@link Catalog}: its version, dates, publication and entries (第八条). */
export const CatalogSchema = z
  .object({
    id: CatalogIdSchema,
    title: text('清单名称', 'the catalog title'),
    /** Version number; every amendment is a new version (第八条). */
    version: field(
      z.int().min(1),
      { zh: '清单版本号', en: 'the catalog version' },
      {
        zh: '应为正整数，每次修订为新版本（第八条）',
        en: 'a positive whole number; each amendment is a new version (Article 8)',
      },
    ),
    effectiveDate: field(CalendarDateSchema, { zh: '施行日期', en: 'the effective date' }),
    /** 向社会公开 (第八条): the date it was published; a draft has none yet. */
    publishedDate: field(CalendarDateSchema, { zh: '公开日期', en: 'the publication date' }).optional(),
    /** 公开渠道, e.g. the 国家企业信用信息公示系统 or a department website. */
    publishedAt: field(
      z.array(text('公开渠道', 'the publication channel')),
      { zh: '公开渠道', en: 'the publication channels' },
      {
        zh: '应列出向社会公开清单的网站或平台（第八条）',
        en: 'list the websites or platforms it was published on (Article 8)',
      },
    ).optional(),
    amendment: field(CatalogAmendmentSchema, { zh: '修订说明', en: 'the amendment' }).optional(),
    entries: field(
      z.array(CatalogEntrySchema).min(1),
      { zh: '清单条目', en: 'the entries' },
      { zh: '清单至少应有一个抽查事项', en: 'a catalog lists at least one item' },
    ),
  })
  .meta({ id: 'Catalog', description: '部门联合抽查事项清单 (第八条–第十条)' });
field(CatalogSchema, { zh: '部门联合抽查事项清单', en: 'the catalog' });
/** The district's joint spot-check catalog (部门联合抽查事项清单, 第八条–第十条), as parsed. */
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
