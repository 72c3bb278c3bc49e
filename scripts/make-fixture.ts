// Generates fixtures/longting/*.json: a realistic Longting District (开封市龙亭区, 410202) data set —
// departments, the 2026 joint spot-check catalog, the object directory (valid credit codes) and the inspector
// directories. Deterministic: re-running it gives the same files. Run with `npx tsx scripts/make-fixture.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { orgCodeCheckCharacter, USCC_ALPHABET, usccCheckCharacter } from '../src/model/uscc.js';

const out = new URL('../fixtures/longting/', import.meta.url);
const write = (name: string, data: unknown) =>
  writeFileSync(new URL(name, out), `${JSON.stringify(data, null, 2)}\n`);

// ---- departments (监管相关部门, 第二条) -------------------------------------------------------------
// 主管领域 (第十条 ¶2): the domains each department leads and may initiate joint checks in.
const LEAD_DOMAINS: Record<string, string[]> = {
  'lt-scjgj': ['food-safety', 'special-equipment'],
  'lt-wjw': ['public-places-hygiene'],
  'lt-yjglj': ['work-safety'],
  'lt-wglj': ['culture-market'],
  'lt-swj': ['prepaid-cards'],
  'lt-jyj': ['off-campus-training'],
  'lt-rsj': ['human-resources'],
  'lt-sthj': ['vehicle-repair'],
};
const departments = [
  {
    id: 'lt-scjgj',
    name: '开封市龙亭区市场监督管理局',
    head: 'lt-scjgj-01',
    domains: [
      'food-safety',
      'special-equipment',
      'work-safety',
      'culture-market',
      'prepaid-cards',
      'off-campus-training',
      'human-resources',
      'vehicle-repair',
      'public-places-hygiene',
    ],
  },
  {
    id: 'lt-wjw',
    name: '开封市龙亭区卫生健康委员会',
    head: 'lt-wjw-01',
    domains: ['public-places-hygiene', 'food-safety', 'culture-market'],
  },
  {
    id: 'lt-yjglj',
    name: '开封市龙亭区应急管理局',
    head: 'lt-yjglj-01',
    domains: ['work-safety', 'special-equipment'],
  },
  { id: 'lt-wglj', name: '开封市龙亭区文化广电和旅游局', head: 'lt-wglj-01', domains: ['culture-market'] },
  {
    id: 'lt-swj',
    name: '开封市龙亭区商务局',
    head: 'lt-swj-01',
    domains: ['prepaid-cards', 'vehicle-repair'],
  },
  {
    id: 'lt-jyj',
    name: '开封市龙亭区教育局',
    head: 'lt-jyj-01',
    domains: ['off-campus-training', 'food-safety'],
  },
  { id: 'lt-rsj', name: '开封市龙亭区人力资源和社会保障局', head: 'lt-rsj-01', domains: ['human-resources'] },
  { id: 'lt-sthj', name: '开封市生态环境局龙亭分局', head: 'lt-sthj-01', domains: ['vehicle-repair'] },
  {
    id: 'lt-xfjy',
    name: '开封市龙亭区消防救援大队',
    head: 'lt-xfjy-01',
    domains: ['public-places-hygiene', 'work-safety', 'culture-market', 'off-campus-training'],
  },
];
write(
  'departments.json',
  departments.map((d) => ({
    id: d.id,
    name: d.name,
    headInspectorId: d.head,
    domains: d.domains,
    ...(LEAD_DOMAINS[d.id] ? { leadDomains: LEAD_DOMAINS[d.id] } : {}),
  })),
);

// ---- catalog (部门联合抽查事项清单, 第八条–第十条) ------------------------------------------------------
const entry = (
  id: string,
  domain: string,
  domainName: string,
  item: string,
  objectType: string,
  initiator: string,
  cooperators: string[],
  legalBasis: string[],
  origin: string,
  inclusionReason: string,
  kind: string,
) => ({
  id,
  domain,
  domainName,
  item,
  objectType,
  initiator,
  cooperators,
  legalBasis,
  origin,
  inclusionReason,
  kind,
});

const catalog = {
  id: 'longting-joint-catalog',
  title: '龙亭区市场监管领域部门联合抽查事项清单（2026年版）',
  version: 2,
  effectiveDate: '2026-01-01',
  publishedDate: '2025-12-22',
  publishedAt: ['国家企业信用信息公示系统（河南）', '开封市龙亭区人民政府网站'],
  amendment: {
    previousVersion: 1,
    reason: '根据机构职能调整和《单用途商业预付卡管理办法》适用情况，调整配合部门并新增预付卡领域',
  },
  entries: [
    entry(
      'LT-2026-01',
      'food-safety',
      '食品安全',
      '食品销售、餐饮服务食品安全监督检查',
      '食品经营者',
      'lt-scjgj',
      ['lt-wjw'],
      ['《中华人民共和国食品安全法》第一百一十条'],
      'provincial',
      'higher-level-list',
      'key',
    ),
    entry(
      'LT-2026-02',
      'food-safety',
      '食品安全',
      '学校食堂食品安全监督检查',
      '学校食堂',
      'lt-scjgj',
      ['lt-jyj'],
      ['《中华人民共和国食品安全法》第五十七条', '《学校食品安全与营养健康管理规定》'],
      'national',
      'higher-level-list',
      'key',
    ),
    entry(
      'LT-2026-03',
      'public-places-hygiene',
      '公共场所卫生',
      '住宿、沐浴、美容美发场所卫生及消防安全检查',
      '公共场所经营者',
      'lt-wjw',
      ['lt-scjgj', 'lt-xfjy'],
      ['《公共场所卫生管理条例》第十二条', '《中华人民共和国消防法》第五十三条'],
      'municipal',
      'livelihood-multi-department',
      'general',
    ),
    entry(
      'LT-2026-04',
      'special-equipment',
      '特种设备安全',
      '特种设备使用单位安全监督检查',
      '特种设备使用单位',
      'lt-scjgj',
      ['lt-yjglj'],
      ['《中华人民共和国特种设备安全法》第五十七条'],
      'national',
      'higher-level-list',
      'key',
    ),
    entry(
      'LT-2026-05',
      'work-safety',
      '安全生产',
      '工贸企业安全生产监督检查',
      '工贸企业',
      'lt-yjglj',
      ['lt-scjgj', 'lt-xfjy'],
      ['《中华人民共和国安全生产法》第六十五条'],
      'provincial',
      'livelihood-multi-department',
      'key',
    ),
    entry(
      'LT-2026-06',
      'culture-market',
      '文化市场',
      '娱乐场所、互联网上网服务营业场所经营检查',
      '文化娱乐场所',
      'lt-wglj',
      ['lt-xfjy', 'lt-scjgj', 'lt-wjw'],
      ['《娱乐场所管理条例》第三十四条', '《互联网上网服务营业场所管理条例》第四条'],
      'provincial',
      'existing-mechanism',
      'general',
    ),
    entry(
      'LT-2026-07',
      'prepaid-cards',
      '单用途商业预付卡',
      '单用途商业预付卡发卡企业检查',
      '预付卡发卡企业',
      'lt-swj',
      ['lt-scjgj'],
      ['《单用途商业预付卡管理办法（试行）》第三十三条'],
      'district',
      'livelihood-multi-department',
      'general',
    ),
    entry(
      'LT-2026-08',
      'off-campus-training',
      '校外培训',
      '校外培训机构办学及收费行为检查',
      '校外培训机构',
      'lt-jyj',
      ['lt-scjgj', 'lt-xfjy'],
      ['《中华人民共和国民办教育促进法》第五十四条', '《中华人民共和国价格法》第三十三条'],
      'municipal',
      'livelihood-multi-department',
      'general',
    ),
    entry(
      'LT-2026-09',
      'human-resources',
      '人力资源服务',
      '人力资源服务机构经营行为检查',
      '人力资源服务机构',
      'lt-rsj',
      ['lt-scjgj'],
      ['《人力资源市场暂行条例》第三十九条'],
      'national',
      'higher-level-list',
      'general',
    ),
    entry(
      'LT-2026-10',
      'vehicle-repair',
      '机动车维修',
      '机动车维修企业环保及经营行为检查',
      '机动车维修企业',
      'lt-sthj',
      ['lt-scjgj', 'lt-swj'],
      ['《中华人民共和国大气污染防治法》第五十五条'],
      'municipal',
      'existing-mechanism',
      'general',
    ),
  ],
};
write('catalog.json', catalog);

// ---- objects (检查对象名录库, 第十一条, 第十八条) ------------------------------------------------------
// A tiny deterministic generator (linear congruential) only to vary names and flags; nothing random at run time.
let state = 20260301;
const next = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'.replace(/[IOZSV]/g, '');
function usccFor(category: '91' | '92' | '12' | '52'): string {
  let body = 'MA';
  for (let i = 0; i < 6; i++) body += pick([...ORG_CHARS]);
  const org9 = body + orgCodeCheckCharacter(body)!;
  const first17 = `${category}410202${org9}`;
  if ([...first17].some((c) => !USCC_ALPHABET.includes(c))) return usccFor(category);
  return first17 + usccCheckCharacter(first17);
}

const streets = [
  '北书店街',
  '西门大街',
  '午朝门',
  '龙亭北路',
  '大兴街',
  '城乡一体化示范区',
  '北道门',
  '州桥',
];
const types: {
  type: string;
  count: number;
  category: '91' | '92' | '12' | '52';
  industry: string;
  supervisors: string[];
  names: string[];
  suffix: string;
  keyArea: boolean;
}[] = [
  {
    type: '食品经营者',
    count: 24,
    category: '92',
    industry: 'F5221 食品零售 / H6210 正餐服务',
    supervisors: ['lt-scjgj', 'lt-wjw'],
    names: ['老街坊', '鼓楼', '汴京', '宋都', '清明上河', '包公湖', '小宋城', '铁塔'],
    suffix: '食品店',
    keyArea: true,
  },
  {
    type: '学校食堂',
    count: 6,
    category: '12',
    industry: 'P8331 普通小学教育',
    supervisors: ['lt-scjgj', 'lt-jyj'],
    names: ['龙亭区第一实验小学', '北门大街小学', '大兴小学', '龙亭区实验中学', '西门小学', '午朝门幼儿园'],
    suffix: '食堂',
    keyArea: true,
  },
  {
    type: '公共场所经营者',
    count: 10,
    category: '92',
    industry: 'O8051 洗浴服务 / H6110 旅游饭店',
    supervisors: ['lt-wjw', 'lt-scjgj', 'lt-xfjy'],
    names: ['汴梁', '金明池', '潘杨湖', '相国寺', '禹王台'],
    suffix: '宾馆',
    keyArea: false,
  },
  {
    type: '特种设备使用单位',
    count: 8,
    category: '91',
    industry: 'C3434 起重机械制造 / 物业管理',
    supervisors: ['lt-scjgj', 'lt-yjglj'],
    names: ['宋都', '开封龙城', '汴河', '中原'],
    suffix: '物业服务有限公司',
    keyArea: true,
  },
  {
    type: '工贸企业',
    count: 8,
    category: '91',
    industry: 'C1311 谷物加工 / C2929 塑料制品',
    supervisors: ['lt-yjglj', 'lt-scjgj', 'lt-xfjy'],
    names: ['汴绣', '黄河', '开封', '龙亭'],
    suffix: '制品有限公司',
    keyArea: true,
  },
  {
    type: '文化娱乐场所',
    count: 6,
    category: '92',
    industry: 'R9011 歌舞厅娱乐 / I6432 互联网上网服务',
    supervisors: ['lt-wglj', 'lt-xfjy', 'lt-scjgj', 'lt-wjw'],
    names: ['星光', '天籁', '极速', '宋韵'],
    suffix: 'KTV',
    keyArea: false,
  },
  {
    type: '预付卡发卡企业',
    count: 6,
    category: '91',
    industry: 'O8040 美容美发 / P8391 体育培训',
    supervisors: ['lt-swj', 'lt-scjgj'],
    names: ['悦享', '汴梁健身', '清风', '美丽'],
    suffix: '会员服务有限公司',
    keyArea: false,
  },
  {
    type: '校外培训机构',
    count: 6,
    category: '52',
    industry: 'P8399 其他未列明教育',
    supervisors: ['lt-jyj', 'lt-scjgj', 'lt-xfjy'],
    names: ['启明', '书香', '博雅', '龙亭'],
    suffix: '培训学校',
    keyArea: false,
  },
  {
    type: '人力资源服务机构',
    count: 4,
    category: '91',
    industry: 'L7262 职业中介服务',
    supervisors: ['lt-rsj', 'lt-scjgj'],
    names: ['汴京', '中原', '开封'],
    suffix: '人力资源有限公司',
    keyArea: false,
  },
  {
    type: '机动车维修企业',
    count: 6,
    category: '91',
    industry: 'O8111 汽车修理与维护',
    supervisors: ['lt-sthj', 'lt-scjgj', 'lt-swj'],
    names: ['顺达', '宋都', '安途', '黄河'],
    suffix: '汽车维修有限公司',
    keyArea: false,
  },
];

const objects: unknown[] = [];
const seen = new Set<string>();
for (const t of types) {
  for (let i = 0; i < t.count; i++) {
    let id = usccFor(t.category);
    while (seen.has(id)) id = usccFor(t.category);
    seen.add(id);
    const u = next();
    const creditClass = u < 0.5 ? 'A' : u < 0.8 ? 'B' : u < 0.95 ? 'C' : 'D';
    const name =
      t.type === '学校食堂'
        ? `开封市${t.names[i % t.names.length]}${t.suffix}`
        : `开封市龙亭区${pick(streets)}${t.names[i % t.names.length]}${t.suffix}${i >= t.names.length ? `（${i + 1}号店）` : ''}`;
    objects.push({
      id,
      name,
      regionCode: '410202',
      industry: t.industry,
      objectTypes: [t.type],
      creditClass,
      risk: {
        keyArea: t.keyArea,
        complaintCount: next() < 0.15 ? 3 + Math.floor(next() * 6) : Math.floor(next() * 2),
        seriousViolation: creditClass === 'D' || next() < 0.03,
      },
      supervisingDepartments: t.supervisors,
    });
  }
}
write('object-directory.json', {
  id: 'lt-objects-2026q1',
  departmentId: 'lt-scjgj',
  asOf: '2026-02-27',
  objects,
});

// ---- inspectors (执法检查人员名录库, 第十一条, 第十八条) ------------------------------------------------
const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
];
const given = [
  '建国',
  '丽华',
  '晓东',
  '海燕',
  '志强',
  '秀英',
  '明',
  '静',
  '伟',
  '芳',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '鹏',
];
const inspectorDirectories = departments.map((d, di) => {
  const size = d.id === 'lt-scjgj' ? 10 : 5;
  const inspectors: unknown[] = [];
  for (let k = 1; k <= size; k++) {
    const id = `${d.id}-${String(k).padStart(2, '0')}`;
    const name = surnames[(di * 7 + k * 3) % surnames.length]! + given[(di * 5 + k * 11) % given.length]!;
    inspectors.push({
      id,
      departmentId: d.id,
      name,
      role: 'inspector',
      certificate: {
        number: `豫0202${String(di + 1).padStart(2, '0')}${String(k).padStart(4, '0')}`,
        validFrom: k % 4 === 0 ? '2021-07-01' : '2023-01-01',
        validUntil: k % 4 === 0 ? '2026-06-30' : '2028-12-31',
      },
      fields: k === size ? [d.domains[0]] : d.domains,
      active: k !== size - 1,
    });
  }
  if (di < 3) {
    inspectors.push({
      id: `${d.id}-expert-01`,
      departmentId: d.id,
      name: `${surnames[(di + 13) % surnames.length]}教授`,
      role: 'expert',
      fields: [d.domains[0]],
      active: true,
    });
  }
  return { id: `${d.id}-inspectors-2026`, departmentId: d.id, asOf: '2026-02-27', inspectors };
});
write('inspector-directories.json', inspectorDirectories);
console.log(
  `wrote ${departments.length} departments, ${catalog.entries.length} catalog entries, ${objects.length} objects`,
);

// `--scale <dir>`: also write the district-sized data set the demo uses (scripts/longting-scale.ts) as JSON.
const scaleAt = process.argv.indexOf('--scale');
if (scaleAt >= 0) {
  const { longtingAtScale } = await import('./longting-scale.js');
  const dir = new URL(`${process.argv[scaleAt + 1] ?? 'out/longting-scale'}/`, `file://${process.cwd()}/`);
  mkdirSync(dir, { recursive: true });
  const scaled = longtingAtScale();
  for (const [name, value] of Object.entries(scaled))
    writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote the scaled data set (${scaled.directory.objects.length} objects) to ${dir.pathname}`);
}
