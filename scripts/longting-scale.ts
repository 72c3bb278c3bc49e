// Longting at full size for the demo (`npm run demo`): the committed fixture (fixtures/longting/*.json, small so
// tests stay readable) grown deterministically from a seed to a district-sized data set — 5,000+ objects in 龙亭区
// (410202) with valid credit codes and a spread of credit classes and risk flags (第十一条, 第十五条), a catalog of 20
// items (第八条–第十条), inspector directories with certificates and fields, one certificate that has expired and a
// few declared recusals (第十八条, 第十九条), and the 2026 plan, whose bases (第十四条) the demo recounts in the
// larger directory as a platform would. Same seed → the same data, byte for byte; nothing random at run time,
// nothing written to disk here (scripts/make-fixture.ts --scale <dir> writes it as JSON).
import { readFileSync } from 'node:fs';
import { orgCodeCheckCharacter, USCC_ALPHABET, usccCheckCharacter } from '../src/model/uscc.js';

// biome-ignore lint/suspicious/noExplicitAny: plain fixture JSON, checked by the library's parsers downstream
type Json = any;
const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/longting/${name}`, import.meta.url), 'utf8'));

/** xorshift32 over an FNV-1a hash of the seed text: a reproducible stream for fixture data only. */
function stream(seed: string) {
  let h = 0x811c9dc5;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  let s = h || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick };
}

/** The ten catalog items added to the fixture's ten (each in a domain its initiator leads, 第十条 ¶2). */
const EXTRA_ITEMS: [string, string, string, string, string, string[], string, 'key' | 'general'][] = [
  // [domain, domainName, item, objectType, initiator, cooperators, legal basis, kind]
  [
    'food-safety',
    '食品安全',
    '食用农产品市场销售质量安全检查',
    '食用农产品销售者',
    'lt-scjgj',
    ['lt-wjw'],
    '《食用农产品市场销售质量安全监督管理办法》第四十条',
    'key',
  ],
  [
    'food-safety',
    '食品安全',
    '网络餐饮服务食品安全检查',
    '网络餐饮服务提供者',
    'lt-scjgj',
    ['lt-wjw'],
    '《网络餐饮服务食品安全监督管理办法》第二十九条',
    'general',
  ],
  [
    'special-equipment',
    '特种设备安全',
    '电梯使用单位安全检查',
    '电梯使用单位',
    'lt-scjgj',
    ['lt-yjglj'],
    '《中华人民共和国特种设备安全法》第四十五条',
    'key',
  ],
  [
    'special-equipment',
    '特种设备安全',
    '气瓶充装单位安全检查',
    '气瓶充装单位',
    'lt-scjgj',
    ['lt-yjglj'],
    '《气瓶安全监察规定》第四十二条',
    'key',
  ],
  [
    'work-safety',
    '安全生产',
    '危险化学品经营单位安全检查',
    '危险化学品经营单位',
    'lt-yjglj',
    ['lt-scjgj', 'lt-xfjy'],
    '《危险化学品安全管理条例》第六条',
    'key',
  ],
  [
    'public-places-hygiene',
    '公共场所卫生',
    '游泳场所卫生检查',
    '游泳场所',
    'lt-wjw',
    ['lt-scjgj'],
    '《公共场所卫生管理条例实施细则》第三十六条',
    'general',
  ],
  [
    'culture-market',
    '文化市场',
    '剧本娱乐经营场所检查',
    '剧本娱乐经营场所',
    'lt-wglj',
    ['lt-scjgj', 'lt-xfjy'],
    '《关于加强剧本娱乐经营场所管理的通知》',
    'general',
  ],
  [
    'prepaid-cards',
    '单用途商业预付卡',
    '商贸零售企业预付卡备案及资金存管检查',
    '商贸零售企业',
    'lt-swj',
    ['lt-scjgj'],
    '《单用途商业预付卡管理办法（试行）》第七条',
    'general',
  ],
  [
    'vehicle-repair',
    '机动车维修',
    '报废机动车回收拆解企业检查',
    '报废机动车回收拆解企业',
    'lt-sthj',
    ['lt-swj', 'lt-scjgj'],
    '《报废机动车回收管理办法》第二十条',
    'general',
  ],
  [
    'off-campus-training',
    '校外培训',
    '非学科类校外培训机构检查',
    '非学科类培训机构',
    'lt-jyj',
    ['lt-scjgj'],
    '《中华人民共和国民办教育促进法》第五十四条',
    'general',
  ],
];

/** How many objects of each type the scaled directory adds, with their key-area flag (第十五条 ¶2). */
const POPULATION: [
  objectType: string,
  count: number,
  keyArea: boolean,
  category: '91' | '92' | '12' | '52',
  suffix: string,
][] = [
  ['食品经营者', 1600, true, '92', '食品店'],
  ['食用农产品销售者', 500, true, '92', '生鲜超市'],
  ['网络餐饮服务提供者', 400, true, '92', '餐饮店'],
  ['学校食堂', 60, true, '12', '学校食堂'],
  ['公共场所经营者', 300, false, '92', '宾馆'],
  ['游泳场所', 40, false, '91', '游泳馆有限公司'],
  ['特种设备使用单位', 250, true, '91', '物业服务有限公司'],
  ['电梯使用单位', 300, true, '91', '置业有限公司'],
  ['气瓶充装单位', 20, true, '91', '燃气有限公司'],
  ['工贸企业', 200, true, '91', '制品有限公司'],
  ['危险化学品经营单位', 60, true, '91', '化工贸易有限公司'],
  ['文化娱乐场所', 150, false, '92', 'KTV'],
  ['剧本娱乐经营场所', 40, false, '92', '剧本杀馆'],
  ['预付卡发卡企业', 250, false, '91', '会员服务有限公司'],
  ['商贸零售企业', 300, false, '91', '商贸有限公司'],
  ['校外培训机构', 150, false, '52', '培训学校'],
  ['非学科类培训机构', 100, false, '52', '艺术培训中心'],
  ['人力资源服务机构', 80, false, '91', '人力资源有限公司'],
  ['机动车维修企业', 200, false, '91', '汽车维修有限公司'],
  ['报废机动车回收拆解企业', 10, true, '91', '再生资源回收有限公司'],
];

const STREETS = [
  '北书店街',
  '西门大街',
  '午朝门',
  '龙亭北路',
  '大兴街',
  '北道门',
  '州桥',
  '宋城路',
  '西司门',
  '北郊乡',
];
const BRANDS = [
  '老街坊',
  '鼓楼',
  '汴京',
  '宋都',
  '清明上河',
  '包公湖',
  '铁塔',
  '汴梁',
  '金明池',
  '潘杨湖',
  '相国寺',
  '禹王台',
  '龙城',
  '黄河',
  '中原',
  '汴绣',
];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹';
const GIVEN = [
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
  '文博',
  '思远',
  '雅琴',
  '国庆',
];

export interface LongtingAtScale {
  readonly departments: Json[];
  readonly catalog: Json;
  readonly directory: Json;
  readonly inspectorDirectories: Json[];
  /** Declared recusals (回避, 《行政处罚法》第四十三条): inspector ↔ object relationships known before the draw. */
  readonly recusals: Json[];
  /** The 2026 plan with its bases left as in the fixture: recount them with `recountBases`. */
  readonly plan: Json;
}

/** Builds the Longting data set from `seed`: the fixture's 84 objects plus 5,010 × `scale` generated ones. */
export function longtingAtScale(seed = 'longting-2026', scale = 1): LongtingAtScale {
  const { next, pick } = stream(seed);
  const departments = fixture('departments.json');
  const catalog = fixture('catalog.json');
  const plan = fixture('plan-2026.json');
  const base = fixture('object-directory.json');

  // Catalog: 20 items (第八条).
  EXTRA_ITEMS.forEach(([domain, domainName, item, objectType, initiator, cooperators, basis, kind], k) => {
    catalog.entries.push({
      id: `LT-2026-${String(11 + k).padStart(2, '0')}`,
      domain,
      domainName,
      item,
      objectType,
      initiator,
      cooperators,
      legalBasis: [basis],
      origin: 'district',
      inclusionReason: 'livelihood-multi-department',
      kind,
    });
  });
  const supervisorsOf = new Map<string, string[]>();
  for (const e of catalog.entries) supervisorsOf.set(e.objectType, [e.initiator, ...e.cooperators]);

  // Objects: valid USCCs (GB 32100, embedded GB 11714 check), region 410202, credit classes A 50% B 30% C 15% D 5%.
  const seen = new Set<string>(base.objects.map((o: Json) => o.id));
  const ORG = [...USCC_ALPHABET].filter((c) => !'IOZSV'.includes(c));
  const uscc = (category: string): string => {
    for (;;) {
      let body = 'MA';
      for (let i = 0; i < 6; i++) body += pick(ORG);
      const check = orgCodeCheckCharacter(body);
      if (check === undefined) continue;
      const first17 = `${category}410202${body}${check}`;
      if ([...first17].some((c) => !USCC_ALPHABET.includes(c))) continue;
      const id = first17 + usccCheckCharacter(first17);
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
  const objects: Json[] = [...base.objects];
  for (const [objectType, count, keyArea, category, suffix] of POPULATION) {
    const supervisors = supervisorsOf.get(objectType)!;
    for (let i = 0; i < Math.round(count * scale); i++) {
      const u = next();
      const creditClass = u < 0.5 ? 'A' : u < 0.8 ? 'B' : u < 0.95 ? 'C' : 'D';
      // About one in twenty is not (yet) under a cooperator's supervision: the joint task cannot take it (第十八条).
      const partial = supervisors.length > 1 && next() < 0.05;
      objects.push({
        id: uscc(category),
        name: `开封市龙亭区${pick(STREETS)}${pick(BRANDS)}${suffix}（${i + 1}号）`,
        regionCode: '410202',
        industry: objectType,
        objectTypes: [objectType],
        creditClass,
        risk: {
          keyArea,
          complaintCount: next() < 0.08 ? 3 + Math.floor(next() * 9) : Math.floor(next() * 3),
          seriousViolation: creditClass === 'D' ? next() < 0.6 : next() < 0.01,
        },
        supervisingDepartments: partial ? supervisors.slice(0, 1) : supervisors,
      });
    }
  }
  const directory = { ...base, objects };

  // Inspectors: each department's directory grown to 40 (市场监管局) or 16 inspectors; one certificate expired
  // before the year's tasks start, so the matcher must pass over its holder (第十八条 ¶2).
  const inspectorDirectories = fixture('inspector-directories.json');
  inspectorDirectories.forEach((d: Json, di: number) => {
    const dept = departments.find((x: Json) => x.id === d.departmentId);
    const target = d.departmentId === 'lt-scjgj' ? 40 : 16;
    const counted = d.inspectors.filter((i: Json) => i.role === 'inspector').length;
    for (let k = counted + 1; k <= target; k++) {
      const expired = d.departmentId === 'lt-scjgj' && k === target;
      d.inspectors.push({
        id: `${d.departmentId}-${String(k).padStart(2, '0')}`,
        departmentId: d.departmentId,
        name: SURNAMES[Math.floor(next() * SURNAMES.length)] + pick(GIVEN),
        role: 'inspector',
        certificate: {
          number: `豫0202${String(di + 1).padStart(2, '0')}${String(k).padStart(4, '0')}`,
          validFrom: expired ? '2020-04-01' : '2024-01-01',
          validUntil: expired ? '2026-03-31' : '2029-12-31',
        },
        fields: next() < 0.2 ? [dept.domains[0]] : dept.domains,
        active: true,
      });
    }
  });

  // A few declared recusals: an inspector's relative runs a food shop, a former employer, a shareholding.
  const food = objects.filter((o) => o.objectTypes[0] === '食品经营者');
  const recusals = [
    { inspectorId: 'lt-scjgj-12', objectId: food[3].id, reason: '近亲属', declaredOn: '2026-01-15' },
    { inspectorId: 'lt-scjgj-21', objectId: food[40].id, reason: '曾任职或持股', declaredOn: '2026-02-03' },
    { inspectorId: 'lt-wjw-07', objectId: food[77].id, reason: '利害关系', declaredOn: '2026-02-20' },
    {
      inspectorId: 'lt-wjw-09',
      objectId: food[120].id,
      reason: '其他',
      note: '曾就该店投诉事项作出处理决定',
      declaredOn: '2026-03-02',
      declaredBy: 'object',
    },
  ];
  return { departments, catalog, directory, inspectorDirectories, recusals, plan };
}
