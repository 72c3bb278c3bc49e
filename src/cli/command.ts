/**
 * The shape of a subcommand: its options (node:util parseArgs, maintained by Node itself), how many positional
 * arguments it takes, its help in both languages, and `run`, which returns the exit code. Options every command
 * has: --json, --lang zh|en, --help.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Out } from './output.js';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  readonly name: string;
  /** `verify <receipt.json> <frame.csv|frame.json> --announcement <digest>` */
  readonly synopsis: string;
  readonly summary: { readonly zh: string; readonly en: string };
  /** Option lines: [flag, zh, en]. */
  readonly optionHelp: readonly (readonly [string, string, string])[];
  readonly options: Options;
  readonly positionals: readonly [min: number, max: number];
  readonly examples: readonly string[];
  run(values: Values, positionals: readonly string[], out: Out): Promise<number>;
}

export const COMMON_OPTIONS: Options = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const COMMON_HELP: readonly (readonly [string, string, string])[] = [
  ['--json', '机器可读输出：标准输出只有一个 JSON 文档', 'machine output: one JSON document on stdout'],
  ['--lang zh|en', '提示语言（默认中文）', 'language of messages (default Chinese)'],
  ['-h, --help', '显示本命令的帮助', 'show this help'],
];

export const str = (v: Values, k: string): string | undefined => {
  const x = v[k];
  return typeof x === 'string' ? x : undefined;
};
