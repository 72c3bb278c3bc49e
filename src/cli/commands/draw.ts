/**
 * `shuangsuiji draw`: the stage-one object draw (第十九条) after the seed is public, against the announcement
 * published before it — with the library's drawObjects. Writes the receipt (receipt.json) to publish.
 */
import { type DrawInput, drawObjects } from '../../index.js';
import type { Command } from '../command.js';
import { str } from '../command.js';
import { EXIT } from '../errors.js';
import { loadFrame } from '../frame.js';
import { loadTask, need, SEED_HELP, seedMaterial, TASK_HELP, TASK_OPTIONS, untrusted } from '../inputs.js';
import { report, say } from '../output.js';
import { readJson } from '../read.js';
import { emit, OUT_HELP } from './artifact.js';

export const draw: Command = {
  name: 'draw',
  synopsis:
    'draw (--task <task.json> | --plan <plan.json> --task-id <id>) --frame <frame.csv|frame.json> --announcement <announcement.json> --seed-text <text>',
  summary: {
    zh: '随机抽取检查对象，输出抽取回执（第十五条、第十九条）',
    en: 'draw the objects and write the receipt (Articles 15, 19)',
  },
  optionHelp: [
    ...TASK_HELP,
    ['--frame <frame.csv|frame.json>', '抽查底册（须与公告一致）', 'the frame (as announced)'],
    [
      '--announcement <announcement.json>',
      '事先公布的抽取公告',
      'the announcement published before the seed',
    ],
    ...SEED_HELP,
    OUT_HELP,
  ],
  options: {
    ...TASK_OPTIONS,
    frame: { type: 'string' },
    announcement: { type: 'string' },
    'seed-text': { type: 'string' },
    'seed-kind': { type: 'string' },
    'seed-source': { type: 'string' },
    out: { type: 'string' },
  },
  positionals: [0, 0],
  examples: [
    "shuangsuiji draw --plan plan-2026.json --task-id LT-2026-T01 --frame frame.csv --announcement announcement.json --seed-text '双色球 2026035期 03 07 12 19 26 31 + 09' --out receipt.json",
  ],
  async run(values, _p, out) {
    const task = await loadTask(values);
    const frameFile = need(values, 'frame', { zh: '抽查底册', en: 'the frame' });
    const annFile = need(values, 'announcement', { zh: '抽取公告', en: 'the announcement' });
    const announcement = (await readJson(annFile)) as { seed?: { kind?: unknown; source?: unknown } } | null;
    const seed = seedMaterial(values, announcement?.seed);
    const frame = await loadFrame(frameFile);
    const drawn = drawObjects(untrusted<DrawInput>({ task, frame, seed, announcement }));
    if (drawn.isErr()) {
      report(out, say(out, '无法抽取：', 'Cannot draw:'), drawn.error);
      return EXIT.findings;
    }
    const d = drawn.value;
    const list = d.selected.map((o) => `  ${o.stratum} #${o.rank} ${o.id}`);
    emit(out, str(values, 'out'), d.receipt, [
      say(
        out,
        `抽中 ${d.selected.length} 个，备选 ${d.reserve.length} 个（任务 ${d.taskId}）：`,
        `${d.selected.length} selected, ${d.reserve.length} in reserve (task ${d.taskId}):`,
      ),
      ...list,
    ]);
    return EXIT.ok;
  },
};
