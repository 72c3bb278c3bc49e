/**
 * `shuangsuiji announce`: the 抽取公告 to publish before the seed exists (第十九条) — task, ratios, reserve, the
 * frame's commitment and where the seed will come from — with the library's announceDraw.
 */
import { type AnnounceInput, announceDraw } from '../../index.js';
import type { Command } from '../command.js';
import { str } from '../command.js';
import { EXIT } from '../errors.js';
import { loadFrame } from '../frame.js';
import { intOption, loadTask, need, TASK_HELP, TASK_OPTIONS, untrusted } from '../inputs.js';
import { report, say } from '../output.js';
import { emit, OUT_HELP } from './artifact.js';

export const announce: Command = {
  name: 'announce',
  synopsis:
    'announce (--task <task.json> | --plan <plan.json> --task-id <id>) --frame <frame.csv|frame.json> --seed-kind <kind> --seed-source <text>',
  summary: {
    zh: '生成抽取公告（种子产生之前公布，第十九条）',
    en: 'make the draw announcement, to publish before the seed exists (Article 19)',
  },
  optionHelp: [
    ...TASK_HELP,
    [
      '--frame <frame.csv|frame.json>',
      '抽查底册（表头 id,stratum 的 CSV，或 stratify 的 JSON）',
      'the frame (CSV with header id,stratum, or stratify JSON)',
    ],
    ['--seed-kind lottery|beacon|committed-text', '种子类型', 'seed kind'],
    [
      '--seed-source <text>',
      '种子来源：哪一期彩票、哪一轮信标',
      'seed source: which lottery draw, beacon round',
    ],
    [
      '--seed-commitment <sha256>',
      '承诺文本的 SHA-256（committed-text 时）',
      'SHA-256 of the committed text (committed-text only)',
    ],
    ['--reserve <percent>', '备选比例，0–100（默认 10）', 'reserve percentage, 0–100 (default 10)'],
    OUT_HELP,
  ],
  options: {
    ...TASK_OPTIONS,
    frame: { type: 'string' },
    'seed-kind': { type: 'string' },
    'seed-source': { type: 'string' },
    'seed-commitment': { type: 'string' },
    reserve: { type: 'string' },
    out: { type: 'string' },
  },
  positionals: [0, 0],
  examples: [
    "shuangsuiji announce --plan plan-2026.json --task-id LT-2026-T01 --frame frame.csv --seed-kind lottery --seed-source '中国福利彩票双色球 2026035期' --out announcement.json",
  ],
  async run(values, _p, out) {
    const task = await loadTask(values);
    const frameFile = need(values, 'frame', { zh: '抽查底册', en: 'the frame' });
    const kind = need(values, 'seed-kind', { zh: '种子类型', en: 'the seed kind' });
    const reserve = intOption(values, 'reserve');
    const frame = await loadFrame(frameFile);
    const source = str(values, 'seed-source');
    const commitment = str(values, 'seed-commitment');
    const made = announceDraw(
      untrusted<AnnounceInput>({
        task,
        frame,
        seed: {
          kind,
          ...(source !== undefined ? { source } : {}),
          ...(commitment !== undefined ? { commitment } : {}),
        },
        ...(reserve !== undefined ? { options: { reservePercent: reserve } } : {}),
      }),
    );
    if (made.isErr()) {
      report(out, say(out, '无法生成抽取公告：', 'Cannot make the announcement:'), made.error);
      return EXIT.findings;
    }
    const a = made.value;
    emit(out, str(values, 'out'), a, [
      say(
        out,
        `抽取公告摘要：${a.digest}（任务 ${a.taskId}，底册 ${a.frame.total} 个对象）——请在种子产生之前公布`,
        `Announcement digest: ${a.digest} (task ${a.taskId}, frame of ${a.frame.total} objects) — publish it before the seed exists`,
      ),
    ]);
    return EXIT.ok;
  },
};
