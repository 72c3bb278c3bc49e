/**
 * Inputs shared by several commands: the task (from `--task task.json`, or `--plan plan.json --task-id ID`), the
 * seed material and the reserve percentage. A missing or malformed option is a usage error (exit 2); the values
 * themselves are checked by the library, whose findings are exit 1.
 */
import type { Values } from './command.js';
import { str } from './command.js';
import { CliError, usage } from './errors.js';
import { readJson } from './read.js';

/**
 * JSON read from a file, handed to the library typed as the input it should be. Nothing is trusted: every
 * operation parses its input at run time, and a wrong value is a finding (exit 1), never an exception.
 */
export const untrusted = <T>(json: unknown): T => json as T;

/** Reads the task: `--task task.json`, or the task `--task-id` of `--plan plan.json`. */
export async function loadTask(v: Values): Promise<unknown> {
  const taskFile = str(v, 'task');
  const planFile = str(v, 'plan');
  const id = str(v, 'task-id');
  if (taskFile !== undefined) return readJson(taskFile);
  if (planFile === undefined || id === undefined) {
    throw usage(
      '须给出 --task <task.json>，或 --plan <plan.json> 与 --task-id <任务编号>',
      'Give --task <task.json>, or --plan <plan.json> with --task-id <id>',
    );
  }
  const plan = (await readJson(planFile)) as { tasks?: unknown };
  const tasks = Array.isArray(plan?.tasks) ? (plan.tasks as { id?: unknown }[]) : undefined;
  if (tasks === undefined) {
    throw new CliError(
      'CLI_INPUT_INVALID',
      `${planFile} 不是年度计划（缺少 tasks）`,
      `${planFile} is not an annual plan (no tasks)`,
    );
  }
  const task = tasks.find((t) => t?.id === id);
  if (task === undefined) {
    const known = tasks.map((t) => String(t?.id)).join(', ');
    throw new CliError(
      'CLI_INPUT_INVALID',
      `${planFile} 中没有任务 ${id}（有：${known}）`,
      `${planFile} has no task ${id} (it has: ${known})`,
    );
  }
  return task;
}

export const TASK_OPTIONS = {
  task: { type: 'string' },
  plan: { type: 'string' },
  'task-id': { type: 'string' },
} as const;

export const TASK_HELP: readonly (readonly [string, string, string])[] = [
  ['--task <task.json>', '任务（JSON）', 'the task (JSON)'],
  [
    '--plan <plan.json> --task-id <id>',
    '或：年度计划及其中的任务编号',
    'or: the annual plan and the task id in it',
  ],
];

/** A whole number option, e.g. --reserve 10. */
export function intOption(v: Values, name: string): number | undefined {
  const s = str(v, name);
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s))
    throw usage(`--${name} 应为非负整数，不是 ${s}`, `--${name} must be a whole number, not ${s}`);
  return Number(s);
}

/** A required option. */
export function need(v: Values, name: string, what: { zh: string; en: string }): string {
  const s = str(v, name);
  if (s === undefined) throw usage(`缺少 --${name}（${what.zh}）`, `Missing --${name} (${what.en})`);
  return s;
}

/** The seed material given after the announcement: --seed-text, with kind and source from the announcement. */
export function seedMaterial(v: Values, announced: { kind?: unknown; source?: unknown } | undefined) {
  const text = need(v, 'seed-text', {
    zh: '种子文本，如开奖号码',
    en: 'the seed text, e.g. the lottery numbers',
  });
  const kind = str(v, 'seed-kind') ?? announced?.kind;
  const source = str(v, 'seed-source') ?? announced?.source;
  if (kind === undefined) throw usage('缺少 --seed-kind', 'Missing --seed-kind');
  return { kind, text, ...(source !== undefined ? { source } : {}) };
}

export const SEED_HELP: readonly (readonly [string, string, string])[] = [
  [
    '--seed-text <text>',
    '种子文本（公告后才产生，如开奖号码）',
    'the seed text (known only after the announcement, e.g. the lottery result)',
  ],
  [
    '--seed-kind lottery|beacon|committed-text',
    '种子类型（默认取公告中的）',
    'seed kind (default: the announced one)',
  ],
  ['--seed-source <text>', '种子来源（默认取公告中的）', 'seed source (default: the announced one)'],
];
