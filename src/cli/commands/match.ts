/**
 * `shuangsuiji match`: stage two of 二次随机 (第十九条) for one department — its 派员公告 (`--announce`, before
 * its seed) or its inspector draw for the locked object list (matchInspectors), writing the stage-two receipt
 * (`match-<departmentId>.json`). Eligibility, 回避 and the minimum of two (第十八条, 第二十一条) are the library's.
 */
import { type AnnounceMatchInput, announceMatch, type MatchInput, matchInspectors } from '../../index.js';
import type { Command, Options, Values } from '../command.js';
import { str } from '../command.js';
import { CliError, EXIT, usage } from '../errors.js';
import {
  intOption,
  loadTask,
  need,
  SEED_HELP,
  seedMaterial,
  TASK_HELP,
  TASK_OPTIONS,
  untrusted,
} from '../inputs.js';
import { report, say } from '../output.js';
import { readJson } from '../read.js';
import { emit, OUT_HELP } from './artifact.js';

type Json = Record<string, unknown>;
const list = (x: unknown): Json[] =>
  Array.isArray(x) ? (x as Json[]) : x && typeof x === 'object' ? [x as Json] : [];

async function pick(
  file: string,
  match: (x: Json) => boolean,
  what: { zh: string; en: string },
): Promise<Json> {
  const found = list(await readJson(file)).find(match);
  if (found === undefined) {
    throw new CliError('CLI_INPUT_INVALID', `${file} 中没有${what.zh}`, `${file} has no ${what.en}`);
  }
  return found;
}

/** The task's 执法领域: `--domains a,b`, or the domains of its items in `--catalog`. */
async function domainsOf(v: Values, task: Json): Promise<string[]> {
  const given = str(v, 'domains');
  if (given !== undefined)
    return given
      .split(',')
      .map((d) => d.trim())
      .filter((d) => d !== '');
  const catalogFile = str(v, 'catalog');
  if (catalogFile === undefined) {
    throw usage(
      '须给出 --domains 或 --catalog（从任务的抽查事项取执法领域）',
      'Give --domains, or --catalog to take the domains of the task’s items',
    );
  }
  const catalog = (await readJson(catalogFile)) as { entries?: Json[] } | null;
  const items = new Set(Array.isArray(task.items) ? (task.items as string[]) : []);
  const domains = list(catalog?.entries)
    .filter((e) => items.has(e.id as string))
    .map((e) => String(e.domain));
  return [...new Set(domains)];
}

/** The inputs stage two commits to, from the command line (shared with `verify-match`). */
export async function stageTwoInputs(v: Values) {
  const task = (await loadTask(v)) as Json;
  const receiptFile = need(v, 'receipt', { zh: '第一阶段抽取回执', en: 'the stage-one receipt' });
  const departmentId = need(v, 'department', { zh: '部门编号', en: 'the department id' });
  const departmentsFile = need(v, 'departments', { zh: '部门名单', en: 'the department list' });
  const directoriesFile = need(v, 'directories', { zh: '执法检查人员名录', en: 'the inspector directories' });
  const department = await pick(departmentsFile, (d) => d.id === departmentId, {
    zh: `部门 ${departmentId}`,
    en: `department ${departmentId}`,
  });
  const directory = await pick(directoriesFile, (d) => d.departmentId === departmentId, {
    zh: `部门 ${departmentId} 的执法检查人员名录`,
    en: `inspector directory of ${departmentId}`,
  });
  const recusalsFile = str(v, 'recusals');
  const minimum = intOption(v, 'minimum');
  const maxLoad = intOption(v, 'max-load');
  return {
    draw: await readJson(receiptFile),
    task,
    department,
    directory,
    recusals: recusalsFile === undefined ? [] : await readJson(recusalsFile),
    domains: await domainsOf(v, task),
    ...(minimum !== undefined || maxLoad !== undefined
      ? {
          options: {
            ...(minimum !== undefined ? { minimum } : {}),
            ...(maxLoad !== undefined ? { maxLoad } : {}),
          },
        }
      : {}),
  };
}

/** The options naming stage two's inputs (shared with `verify-match`). */
export const STAGE_TWO_HELP: readonly (readonly [string, string, string])[] = [
  ['--receipt <receipt.json>', '第一阶段抽取回执', 'the stage-one draw receipt'],
  ...TASK_HELP,
  ['--department <id>', '部门编号', 'the department id'],
  ['--departments <departments.json>', '部门名单', 'the department list'],
  ['--directories <file>', '执法检查人员名录（一个或数组）', 'inspector directories (one or a list)'],
  ['--domains <a,b>', '任务的执法领域', 'the task’s enforcement domains'],
  ['--catalog <catalog.json>', '或：从抽查事项清单取执法领域', 'or: take the domains from the catalog'],
  ['--recusals <recusals.json>', '回避声明（可选）', 'declared recusals (optional)'],
  [
    '--minimum <n>',
    '每个对象的检查人员数（默认 2，第二十一条）',
    'inspectors per object (default 2, Article 21)',
  ],
  ['--max-load <n>', '每名人员最多对象数（可选）', 'most objects per inspector (optional)'],
];

export const STAGE_TWO_OPTIONS: Options = {
  ...TASK_OPTIONS,
  receipt: { type: 'string' },
  department: { type: 'string' },
  departments: { type: 'string' },
  directories: { type: 'string' },
  domains: { type: 'string' },
  catalog: { type: 'string' },
  recusals: { type: 'string' },
  minimum: { type: 'string' },
  'max-load': { type: 'string' },
};

export const match: Command = {
  name: 'match',
  synopsis:
    'match --receipt <receipt.json> (--task <task.json> | --plan <plan.json> --task-id <id>) --department <id> --departments <departments.json> --directories <inspector-directories.json> (--domains <a,b> | --catalog <catalog.json>) [--announce] …',
  summary: {
    zh: '第二阶段随机：部门为锁定的检查对象随机匹配执法检查人员（第十九条、第二十一条）',
    en: 'stage two: a department draws its inspectors for the locked objects (Articles 19, 21)',
  },
  optionHelp: [
    ...STAGE_TWO_HELP,
    [
      '--announce',
      '只生成派员公告（种子产生前公布）；需 --seed-kind、--seed-source',
      'make only the announcement (before the seed); needs --seed-kind, --seed-source',
    ],
    [
      '--seed-commitment <sha256>',
      '承诺文本的 SHA-256（--announce 且 committed-text 时）',
      'SHA-256 of a committed text (--announce, committed-text)',
    ],
    [
      '--announcement <file>',
      '事先公布的派员公告（抽取时核对）',
      'the match announcement published beforehand (checked by the draw)',
    ],
    ...SEED_HELP,
    OUT_HELP,
  ],
  options: {
    ...STAGE_TWO_OPTIONS,
    announce: { type: 'boolean' },
    announcement: { type: 'string' },
    'seed-text': { type: 'string' },
    'seed-kind': { type: 'string' },
    'seed-source': { type: 'string' },
    'seed-commitment': { type: 'string' },
    out: { type: 'string' },
  },
  positionals: [0, 0],
  examples: [
    "shuangsuiji match --receipt receipt.json --plan plan-2026.json --task-id LT-2026-T01 --department lt-wjw --departments departments.json --directories inspector-directories.json --catalog catalog.json --seed-kind lottery --seed-source '双色球 2026036期' --announce --out match-announcement-lt-wjw.json",
    "shuangsuiji match --receipt receipt.json --plan plan-2026.json --task-id LT-2026-T01 --department lt-wjw --departments departments.json --directories inspector-directories.json --catalog catalog.json --announcement match-announcement-lt-wjw.json --seed-text '双色球 2026036期 …' --out match-lt-wjw.json",
  ],
  async run(values, _p, out) {
    const inputs = await stageTwoInputs(values);
    const departmentId = String(inputs.department.id);
    if (values.announce === true) {
      const kind = need(values, 'seed-kind', { zh: '种子类型', en: 'the seed kind' });
      const source = need(values, 'seed-source', { zh: '种子来源', en: 'the seed source' });
      const commitment = str(values, 'seed-commitment');
      const made = announceMatch(
        untrusted<AnnounceMatchInput>({
          ...inputs,
          seed: { kind, source, ...(commitment !== undefined ? { commitment } : {}) },
        }),
      );
      if (made.isErr()) {
        report(out, say(out, '无法生成派员公告：', 'Cannot make the match announcement:'), made.error);
        return EXIT.findings;
      }
      emit(out, str(values, 'out'), made.value, [
        say(
          out,
          `派员公告摘要（${departmentId}）：${made.value.digest}`,
          `Match announcement digest (${departmentId}): ${made.value.digest}`,
        ),
      ]);
      return EXIT.ok;
    }
    const annFile = str(values, 'announcement');
    const announcement =
      annFile === undefined ? undefined : ((await readJson(annFile)) as { seed?: Json } | null);
    const seed = seedMaterial(values, announcement?.seed);
    const drawn = matchInspectors(
      untrusted<MatchInput>({
        ...inputs,
        seed,
        ...(announcement !== undefined ? { announcement } : {}),
      }),
    );
    if (drawn.isErr()) {
      report(out, say(out, '无法匹配执法检查人员：', 'Cannot match inspectors:'), drawn.error);
      return EXIT.findings;
    }
    const a = drawn.value;
    emit(out, str(values, 'out'), a.receipt, [
      say(
        out,
        `${departmentId}：${a.objects.length} 个对象已匹配检查人员：`,
        `${departmentId}: inspectors drawn for ${a.objects.length} objects:`,
      ),
      ...a.objects.map(
        (o) =>
          `  ${o.objectId} ${o.inspectorIds.join(' ')}${o.leaderId ? ` (${say(out, '组长', 'leader')} ${o.leaderId})` : ''}`,
      ),
    ]);
    return EXIT.ok;
  },
};
