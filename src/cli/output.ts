/**
 * What the tool prints. Human output: Chinese by default, English with `--lang en`; each finding on its own line
 * with its code, article, path and message. `--json`: one JSON document on stdout,
 * `{ ok, command, result? , findings?, error?, notes? }`, and nothing else there.
 */
import type { RuleIssue } from '../index.js';
import type { CliError } from './errors.js';
import { notes } from './read.js';

export type Lang = 'zh' | 'en';

export interface Out {
  readonly lang: Lang;
  readonly json: boolean;
  readonly command: string;
}

/** Picks the text of the session's language. */
export const say = (out: Pick<Out, 'lang'>, zh: string, en: string): string => (out.lang === 'en' ? en : zh);

export function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function errLine(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** One finding, for people: `✗ CODE 第十九条 path: message` (warnings marked `!`). */
export function describeIssue(out: Pick<Out, 'lang'>, i: RuleIssue): string {
  const mark = i.severity === 'warning' ? '!' : '✗';
  const where = i.path.length > 0 ? ` ${i.path.join('.')}` : '';
  const art = i.article ? ` ${i.article}` : '';
  return `${mark} ${i.code}${art}${where}: ${say(out, i.message.zh, i.message.en)}`;
}

function printNotes(out: Out): void {
  if (out.json) return;
  for (const n of notes) errLine(say(out, `注意：${n.zh}`, `Note: ${n.en}`));
}

/** Prints a JSON document (the --json envelope). */
function document(body: Record<string, unknown>): void {
  line(JSON.stringify(notes.length > 0 ? { ...body, notes } : body, null, 2));
}

/** Success: the --json envelope with `result`, or the human lines. */
export function succeed(
  out: Out,
  result: unknown,
  human: readonly string[],
  warnings: readonly RuleIssue[] = [],
) {
  if (out.json) {
    document({ ok: true, command: out.command, result, ...(warnings.length ? { warnings } : {}) });
    return;
  }
  printNotes(out);
  for (const w of warnings) line(describeIssue(out, w));
  for (const h of human) line(h);
}

/** Findings (exit 1): every one, with code, article, path and message. */
export function report(out: Out, headline: string, findings: readonly RuleIssue[]): void {
  if (out.json) {
    document({ ok: false, command: out.command, findings });
    return;
  }
  printNotes(out);
  line(headline);
  for (const f of findings) line(`  ${describeIssue(out, f)}`);
}

/** The tool's own error (exit 2): on stderr, or as the --json document. */
export function fail(out: Out, e: CliError): void {
  if (out.json) {
    document({ ok: false, command: out.command, error: { code: e.code, message: { zh: e.zh, en: e.en } } });
    return;
  }
  printNotes(out);
  errLine(`shuangsuiji ${out.command}: ${e.code}: ${say(out, e.zh, e.en)}`);
}
