// The end-to-end example (`npm run demo`): the Longting District's 2026 joint spot-checks, from the catalog to
// deadlines, using the library exactly as a platform would — imported by its package name.
import { readFileSync } from 'node:fs';
import {
  parseCatalog,
  parseDepartments,
  parseInspectorDirectory,
  parseObjectDirectory,
  usccWarnings,
} from 'shuangsuiji';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/longting/${name}`, import.meta.url), 'utf8'));

function unwrap<T>(
  label: string,
  result: { isOk(): boolean; _unsafeUnwrap(): T; _unsafeUnwrapErr(): unknown },
): T {
  if (result.isOk()) return result._unsafeUnwrap();
  console.error(`${label} failed:`, JSON.stringify(result._unsafeUnwrapErr(), null, 2));
  process.exit(1);
}

console.log('龙亭区市场监管领域部门联合抽查 — shuangsuiji demo\n');

// 1. 部门、清单、两库 (第十条, 第十一条)
const departments = unwrap('departments', parseDepartments(fixture('departments.json')));
const catalog = unwrap('catalog', parseCatalog(fixture('catalog.json')));
const objects = unwrap('object directory', parseObjectDirectory(fixture('object-directory.json')));
const inspectorDirs = (fixture('inspector-directories.json') as unknown[]).map((d) =>
  unwrap('inspector directory', parseInspectorDirectory(d)),
);
console.log(
  `1. 监管相关部门 ${departments.length} 个；抽查事项清单 v${catalog.version}（${catalog.effectiveDate} 起施行）${catalog.entries.length} 项，`,
);
console.log(`   覆盖抽查领域 ${new Set(catalog.entries.map((e) => e.domain)).size} 个`);

// 2. 检查对象名录库：统一社会信用代码校验 (GB 32100-2015)
const warnings = objects.objects.flatMap((o, i) => usccWarnings(o.id, ['objects', i, 'id']));
const byClass = new Map<string, number>();
for (const o of objects.objects) byClass.set(o.creditClass, (byClass.get(o.creditClass) ?? 0) + 1);
console.log(
  `2. 检查对象 ${objects.objects.length} 户（截至 ${objects.asOf}），统一社会信用代码全部通过校验，警告 ${warnings.length} 条`,
);
console.log(
  `   信用风险分类：${[...byClass]
    .sort()
    .map(([k, v]) => `${k} 类 ${v} 户`)
    .join('，')}`,
);
const inspectors = inspectorDirs.flatMap((d) => d.inspectors);
console.log(
  `   执法检查人员 ${inspectors.filter((i) => i.role === 'inspector').length} 名（在岗 ${inspectors.filter((i) => i.role === 'inspector' && i.active).length} 名），专家 ${inspectors.filter((i) => i.role === 'expert').length} 名`,
);
