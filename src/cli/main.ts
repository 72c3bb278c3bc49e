/// <reference types="node" />
/**
 * `shuangsuiji` — the command-line tool: a thin Node layer over the pure core for officers and auditors
 * (docs/cli.md). Reads files, calls the library, prints a confirmation or every finding. Exit codes: 0 ok,
 * 1 findings (a rule failed, verification failed), 2 usage or unreadable input, 3 internal error. Never prints a
 * stack trace (set SHUANGSUIJI_DEBUG=1 to see one for an internal error).
 */
import { parseArgs } from 'node:util';
import { LIBRARY_VERSION } from '../index.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command } from './command.js';
import { announce } from './commands/announce.js';
import { deadline } from './commands/deadline.js';
import { draw } from './commands/draw.js';
import { match } from './commands/match.js';
import { validatePlan } from './commands/validate-plan.js';
import { validateRecord } from './commands/validate-record.js';
import { verify } from './commands/verify.js';
import { verifyMatch } from './commands/verify-match.js';
import { CliError, EXIT, usage } from './errors.js';
import { errLine, fail, type Lang, line, type Out, say } from './output.js';

const COMMANDS: readonly Command[] = [
  verify,
  announce,
  draw,
  match,
  verifyMatch,
  validatePlan,
  validateRecord,
  deadline,
];

function table(rows: readonly (readonly [string, string, string])[], lang: Lang): string[] {
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([flag, zh, en]) => `  ${flag.padEnd(w)}  ${lang === 'en' ? en : zh}`);
}

const EXIT_HELP: readonly (readonly [string, string, string])[] = [
  ['0', '成功（复核通过、检查通过）', 'ok (verified, valid)'],
  ['1', '发现问题（复核未通过、规则不满足）', 'findings (verification failed, a rule is not met)'],
  [
    '2',
    '用法错误或输入无法读取（文件缺失、目录、CSV/JSON 格式、编码、空底册）',
    'usage error or unreadable input (missing file, directory, bad CSV/JSON, encoding, empty frame)',
  ],
  ['3', '内部错误（请报告）', 'internal error (please report it)'],
];

function globalHelp(lang: Lang): string {
  const rows = COMMANDS.map((c) => [c.name, c.summary.zh, c.summary.en] as const);
  return [
    `shuangsuiji ${LIBRARY_VERSION} — ${lang === 'en' ? 'joint spot-checks (双随机、一公开): draw, verify, validate' : '部门联合“双随机、一公开”抽查：抽取、复核、检查'}`,
    '',
    lang === 'en' ? 'Usage: shuangsuiji <command> [options]' : '用法：shuangsuiji <命令> [选项]',
    '',
    lang === 'en' ? 'Commands:' : '命令：',
    ...table(rows, lang),
    '',
    lang === 'en' ? 'Options of every command:' : '各命令通用选项：',
    ...table([...COMMON_HELP, ['--version', '显示版本', 'show the version']], lang),
    '',
    lang === 'en' ? 'Exit codes:' : '退出码：',
    ...table(EXIT_HELP, lang),
    '',
    lang === 'en'
      ? 'shuangsuiji <command> --help shows a command’s options. See docs/cli.md.'
      : 'shuangsuiji <命令> --help 显示该命令的选项。详见 docs/cli.md。',
  ].join('\n');
}

function commandHelp(c: Command, lang: Lang): string {
  return [
    `${lang === 'en' ? 'Usage' : '用法'}: shuangsuiji ${c.synopsis}`,
    '',
    lang === 'en' ? c.summary.en : c.summary.zh,
    '',
    ...(c.optionHelp.length > 0
      ? [
          c.name === 'deadline'
            ? lang === 'en'
              ? 'Kinds:'
              : '期限类型：'
            : lang === 'en'
              ? 'Options:'
              : '选项：',
          ...table(c.optionHelp, lang),
          '',
        ]
      : []),
    ...table(COMMON_HELP, lang),
    '',
    lang === 'en' ? 'Examples:' : '示例：',
    ...c.examples.map((e) => `  ${e}`),
    '',
    lang === 'en' ? 'Exit codes:' : '退出码：',
    ...table(EXIT_HELP, lang),
  ].join('\n');
}

/** `--lang` and `--json` as early as possible, so even a usage error is in the right language and form. */
function sniff(argv: readonly string[]): { lang: Lang; json: boolean } {
  let lang: Lang = 'zh';
  argv.forEach((a, i) => {
    if ((a === '--lang' && argv[i + 1] === 'en') || a === '--lang=en') lang = 'en';
  });
  return { lang, json: argv.includes('--json') };
}

async function run(
  argv: readonly string[],
  out: { lang: Lang; json: boolean; command: string },
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? errLine : line)(globalHelp(out.lang));
    return name === undefined ? EXIT.input : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    line(LIBRARY_VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    throw usage(
      `未知命令 ${name}；可用：${COMMANDS.map((c) => c.name).join('、')}`,
      `Unknown command ${name}; one of: ${COMMANDS.map((c) => c.name).join(', ')}`,
    );
  }
  const ctx: Out = { ...out, command: name };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw usage(
      `命令行有误：${(e as Error).message}（shuangsuiji ${name} --help 查看用法）`,
      `${(e as Error).message} (see shuangsuiji ${name} --help)`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    line(commandHelp(command, out.lang));
    return EXIT.ok;
  }
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') {
    throw usage(`--lang 应为 zh 或 en，不是 ${values.lang}`, `--lang must be zh or en, not ${values.lang}`);
  }
  const [min, max] = command.positionals;
  if (positionals.length < min || positionals.length > max) {
    throw usage(
      `参数个数不对。用法：shuangsuiji ${command.synopsis}`,
      `Wrong number of arguments. Usage: shuangsuiji ${command.synopsis}`,
    );
  }
  return command.run(values, positionals, ctx);
}

/** Runs the tool on `argv` (without node and the script); resolves to the exit code. Never rejects. */
export async function main(argv: readonly string[]): Promise<number> {
  const { lang, json } = sniff(argv);
  const out: Out = { lang, json, command: argv[0] ?? '' };
  try {
    return await run(argv, out);
  } catch (e) {
    if (e instanceof CliError) {
      fail(out, e);
      return EXIT.input;
    }
    errLine(
      say(
        out,
        `shuangsuiji：内部错误（${(e as Error)?.message ?? e}）。请附上命令行报告此问题。`,
        `shuangsuiji: internal error (${(e as Error)?.message ?? e}). Please report it with the command line.`,
      ),
    );
    if (process.env.SHUANGSUIJI_DEBUG) errLine(String((e as Error)?.stack));
    return EXIT.internal;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
