/**
 * Commands that make a document to publish or keep (announcement, receipt): written to `--out <file>` when
 * given, else to stdout (the --json envelope carries it as `result`). The human summary goes to stdout with
 * --out, to stderr without it, so `> file` captures only the document.
 */
import { writeFileSync } from 'node:fs';
import { CliError } from '../errors.js';
import { errLine, line, type Out, succeed } from '../output.js';

export function emit(out: Out, outFile: string | undefined, doc: unknown, human: readonly string[]): void {
  if (outFile !== undefined) {
    try {
      writeFileSync(outFile, `${JSON.stringify(doc, null, 2)}\n`);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(
        'CLI_FILE_UNREADABLE',
        `无法写入 ${outFile}（${code}）`,
        `Cannot write ${outFile} (${code})`,
      );
    }
    succeed(out, doc, human);
    return;
  }
  if (out.json) {
    succeed(out, doc, []);
    return;
  }
  line(JSON.stringify(doc, null, 2));
  for (const h of human) errLine(h);
}

export const OUT_HELP: readonly [string, string, string] = [
  '--out <file>',
  '写入该文件（默认写到标准输出）',
  'write the document to this file (default: stdout)',
];
