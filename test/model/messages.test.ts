// Findings that reach a user read as administrative text naming the field and its rule, in Chinese and English:
// zod's generic pass-through texts (“无效输入：期望 string，实际接收 undefined”, “数值过小：期望 string >=1 字符”,
// “无效选项：期望以下之一 …”) never do. Every public record parser is walked over a realistic sample: each field
// (nested objects and the first element of each list included) is removed, blanked and given a value of the wrong
// type, and every message is checked.
import { describe, expect, it } from 'vitest';
import { createCnCalendar } from '../../src/calendar/index.js';
import {
  parseAnnualPlan,
  parseCatalog,
  parseCatalogEntry,
  parseDepartment,
  parseDepartmentPlan,
  parseInspectionObject,
  parseInspector,
  parseInspectorDirectory,
  parseObjectDirectory,
  parseOnSiteRecord,
  parsePenaltyRecord,
  parsePlanAdjustment,
  parseRatioTable,
  parseResultEntry,
  parseTask,
  type RuleIssue,
} from '../../src/index.js';
import { loadFixture } from '../helpers/fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: samples are raw JSON mutated freely
type Json = any;

const ZOD_ZH = /^(无效输入|无效选项|无效字符串|无效数字|数值过大|数值过小|出现未知的键)|期望/;
const ZOD_EN =
  /^(Invalid input|Invalid option|Invalid string|Invalid number|Invalid discriminator|Invalid key|Invalid value|Too big|Too small|Unrecognized key)/;

const catalog = (): Json => loadFixture('catalog.json');
const plan = (): Json => loadFixture('plan-2026.json');
const directory = (): Json => loadFixture('object-directory.json');
const inspectors = (): Json => (loadFixture('inspector-directories.json') as Json)[0];
const CODE = '92410202MAYHFP7D5E';

const onSite = (notice: Json, acknowledgement: Json): Json => ({
  taskId: 'LT-2026-T01',
  objectId: CODE,
  departmentId: 'lt-scjgj',
  method: 'on-site',
  checkDate: '2026-04-20',
  notice,
  inspectorIds: ['lt-scjgj-01', 'lt-scjgj-02'],
  items: ['LT-2026-01'],
  findings: '未发现问题',
  measures: [{ measure: 'order-to-rectify', form: 'written' }],
  acknowledgement,
});

const adjustment = (kind: string, extra: Json): Json => ({
  id: 'ADJ-2026-01',
  kind,
  reason: '上级部门部署调整',
  publication: { date: '2026-05-06', channels: ['国家企业信用信息公示系统（河南）'] },
  ...extra,
});

const samples: [string, (x: unknown) => { isOk(): boolean; isErr(): boolean }, () => Json][] = [
  ['Catalog', parseCatalog, catalog],
  ['CatalogEntry', parseCatalogEntry, () => catalog().entries[0]],
  [
    'Department',
    parseDepartment,
    () => ({ ...(loadFixture('departments.json') as Json)[0], leadDomains: ['food-safety'] }),
  ],
  [
    'DepartmentPlan',
    parseDepartmentPlan,
    () => ({
      id: 'LT-WJW-2026',
      departmentId: 'lt-wjw',
      year: 2026,
      checks: [
        {
          id: 'C1',
          name: '投诉举报核查',
          domain: 'public-places-hygiene',
          kind: 'complaint',
          schedule: { start: '2026-03-01', end: '2026-12-31' },
        },
      ],
    }),
  ],
  ['AnnualPlan', parseAnnualPlan, plan],
  ['Task', parseTask, () => ({ ...plan().tasks[0], frequencyByClass: { A: 1, B: 1, C: 2, D: 3 } })],
  ['RatioTable', parseRatioTable, () => ({ ...plan().tasks[0].sampling.ratioTable, total: 10 })],
  ['InspectionObject', parseInspectionObject, () => directory().objects[0]],
  ['ObjectDirectory', parseObjectDirectory, () => ({ ...directory(), objects: [directory().objects[0]] })],
  ['Inspector', parseInspector, () => inspectors().inspectors[0]],
  ['InspectorDirectory', parseInspectorDirectory, () => ({ ...inspectors(), taskId: 'LT-2026-T01' })],
  ['PlanAdjustment add-task', parsePlanAdjustment, () => adjustment('add-task', { task: plan().tasks[0] })],
  [
    'PlanAdjustment delay-task',
    parsePlanAdjustment,
    () =>
      adjustment('delay-task', {
        taskId: 'LT-2026-T01',
        schedule: { start: '2026-05-01', end: '2026-07-31' },
      }),
  ],
  [
    'PlanAdjustment cancel-task',
    parsePlanAdjustment,
    () => adjustment('cancel-task', { taskId: 'LT-2026-T01' }),
  ],
  [
    'PlanAdjustment change-ratio',
    parsePlanAdjustment,
    () =>
      adjustment('change-ratio', { taskId: 'LT-2026-T01', ratioTable: plan().tasks[0].sampling.ratioTable }),
  ],
  [
    'PlanAdjustment change-frequency',
    parsePlanAdjustment,
    () => adjustment('change-frequency', { taskId: 'LT-2026-T01', frequencyPerYear: 2 }),
  ],
  [
    'OnSiteRecord (written notice, signed)',
    parseOnSiteRecord,
    () => onSite({ mode: 'written', date: '2026-04-15' }, { kind: 'signed' }),
  ],
  [
    'OnSiteRecord (surprise check, refusal)',
    parseOnSiteRecord,
    () =>
      onSite(
        { mode: 'surprise', lead: '群众举报销售过期食品', heldBy: 'lt-scjgj' },
        { kind: 'refused', note: '负责人拒绝签字，现场录像' },
      ),
  ],
  [
    'CnCalendarOptions',
    (x: unknown) => createCnCalendar(x as never),
    () => ({
      extraOffDays: [{ date: '2026-05-06', name: '本地节日' }],
      extraWorkingDays: [{ date: '2026-05-09', name: '本地调休' }],
      notices: [
        {
          year: 2027,
          title: '国务院办公厅关于2027年部分节假日安排的通知',
          urls: ['https://www.gov.cn/'],
          off: [{ date: '2027-01-01', name: '元旦' }],
          work: [{ date: '2027-01-03', name: '元旦' }],
        },
      ],
    }),
  ],
  [
    'ResultEntry',
    parseResultEntry,
    () => ({
      taskId: 'LT-2026-T01',
      objectId: CODE,
      departmentId: 'lt-scjgj',
      taskCompletedDate: '2026-06-30',
      checkDate: '2026-04-20',
      enteredDate: '2026-07-10',
      publishedDate: '2026-07-10',
      results: ['未发现问题'],
      followUp: ['无需后续处置'],
    }),
  ],
  [
    'PenaltyRecord',
    parsePenaltyRecord,
    () => ({
      decisionNumber: '龙市监罚〔2026〕12号',
      objectId: CODE,
      departmentId: 'lt-scjgj',
      taskId: 'LT-2026-T01',
      decisionDate: '2026-05-20',
      gatheredDate: '2026-05-25',
      publishedDate: '2026-05-26',
      change: { changedDate: '2026-06-10', withdrawnDate: '2026-06-11' },
    }),
  ],
];

/** Every path in a sample: object keys and the first element of each list. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length > 0 ? [...paths(value[0], [...prefix, 0])] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((k) => [[...prefix, k], ...paths(value[k], [...prefix, k])]);
}

function mutate(root: Json, path: (string | number)[], how: 'delete' | 'blank' | 'wrong'): Json {
  const copy = structuredClone(root);
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k];
  const last = path[path.length - 1]!;
  const v = cur[last];
  if (how === 'delete') {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete cur[last];
  } else if (how === 'blank') {
    cur[last] = typeof v === 'string' ? '  ' : Array.isArray(v) ? [] : typeof v === 'number' ? -1 : null;
  } else {
    cur[last] =
      typeof v === 'number' ? 'x' : typeof v === 'string' ? 12345 : typeof v === 'boolean' ? 'yes' : 'x';
  }
  return copy;
}

describe('every field of every public record says what its rule is, never zod’s generic text', () => {
  it.each(samples)('%s: the sample parses', (_name, parse, sample) => {
    expect(parse(sample()).isOk()).toBe(true);
  });

  it.each(samples)('%s: each field removed, blanked or mistyped', (_name, parse, sample) => {
    const base = sample();
    let checked = 0;
    for (const path of paths(base)) {
      for (const how of ['delete', 'blank', 'wrong'] as const) {
        const r = parse(mutate(base, path, how)) as { isErr(): boolean; error?: RuleIssue[] };
        if (!r.isErr()) continue;
        for (const issue of r.error ?? []) {
          checked++;
          const where = `${how} ${path.join('.')} → ${issue.code} at ${issue.path.join('.')}`;
          expect(issue.message.zh, where).not.toMatch(ZOD_ZH);
          expect(issue.message.en, where).not.toMatch(ZOD_EN);
          expect(issue.message.zh.length, where).toBeGreaterThan(2);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the fields the audit found: named, with their rule', () => {
  it('a surprise check without its lead', () => {
    const r = parseOnSiteRecord(onSite({ mode: 'surprise', heldBy: 'lt-scjgj' }, { kind: 'signed' }));
    const [issue] = r._unsafeUnwrapErr();
    expect(issue?.path).toEqual(['notice', 'lead']);
    expect(issue?.message.zh).toBe('缺少问题线索：突击检查须载明监管执法部门掌握的问题线索（第二十一条）');
    expect(issue?.message.en).toBe(
      'The lead is missing: a surprise check must state the lead the department holds (Article 21)',
    );
  });

  it('a refusal without the inspectors’ note', () => {
    const r = parseOnSiteRecord(
      onSite({ mode: 'phone', date: '2026-04-15' }, { kind: 'refused', note: ' ' }),
    );
    const [issue] = r._unsafeUnwrapErr();
    expect(issue?.path).toEqual(['acknowledgement', 'note']);
    expect(issue?.message.zh).toContain('被检查对象拒绝签名或盖章的，应由执法检查人员现场记录说明');
  });

  it('第九条 an unknown item origin lists the four levels', () => {
    const c = catalog();
    c.entries[0].origin = 'county';
    const [issue] = parseCatalog(c)._unsafeUnwrapErr();
    expect(issue?.message.zh).toMatch(/^事项来源层级 “county” 不是允许的取值/);
    expect(issue?.message.zh).toContain('district（区级）');
    expect(issue?.message.en).toContain('one of national, provincial, municipal or district');
  });

  it('a value with control characters is quoted escaped, and both languages stay whole', () => {
    const c = catalog();
    c.entries[0].origin = 'county\u0000\n';
    const [issue] = parseCatalog(c)._unsafeUnwrapErr();
    expect(issue?.message.zh).toContain('“county\\u0000\\u000a”');
    expect(issue?.message.zh.includes('\u0000') || issue?.message.zh.includes('\n')).toBe(false);
    expect(issue?.message.en).toMatch(/^The level the item comes from “county\\u0000\\u000a” is not one of/);
  });

  it('an unknown notice mode names the allowed modes', () => {
    const [issue] = parseOnSiteRecord(onSite({ mode: 'email' }, { kind: 'signed' }))._unsafeUnwrapErr();
    expect(issue?.message.zh).toContain('surprise（掌握问题线索的突击检查）');
  });
});
