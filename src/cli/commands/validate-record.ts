/**
 * `shuangsuiji validate-record <record.json> --kind on-site|result|penalty [--context <context.json>]`: an
 * 实地抽查记录表 (第二十一条), a result entry (第二十二条 ¶1) or penalty information (第二十二条 ¶2) against its
 * context (task, locked draw, assignments, directories…), with the library's validators.
 */
import { validateOnSiteRecord, validatePenaltyRecord, validateResultEntry } from '../../index.js';
import type { Command } from '../command.js';
import { str } from '../command.js';
import { EXIT, usage } from '../errors.js';
import { need, untrusted } from '../inputs.js';
import { report, say, succeed } from '../output.js';
import { readJson } from '../read.js';

const KINDS = ['on-site', 'result', 'penalty'] as const;

export const validateRecord: Command = {
  name: 'validate-record',
  synopsis:
    'validate-record <record.json> --kind on-site|result|penalty [--context <context.json>] [--as-of <date>]',
  summary: {
    zh: '检查实地抽查记录、结果录入或行政处罚信息（第二十一条、第二十二条）',
    en: 'validate an on-site record, a result entry or penalty information (Articles 21, 22)',
  },
  optionHelp: [
    [
      '--kind on-site|result|penalty',
      '记录类型：实地抽查记录表、结果录入、处罚信息',
      'record kind: on-site record, result entry, penalty information',
    ],
    [
      '--context <context.json>',
      '上下文（on-site、result 必填）：{ task, draw, assignments?, inspectorDirectories, … }，见 docs/records.md',
      'the context (required for on-site and result): { task, draw, assignments?, inspectorDirectories, … }, see docs/records.md',
    ],
    [
      '--as-of <YYYY-MM-DD>',
      '以该日为“今天”判断是否逾期（result、penalty）',
      'the day to judge lateness on (result, penalty)',
    ],
  ],
  options: { kind: { type: 'string' }, context: { type: 'string' }, 'as-of': { type: 'string' } },
  positionals: [1, 1],
  examples: [
    'shuangsuiji validate-record on-site-record.json --kind on-site --context on-site-context.json',
    'shuangsuiji validate-record penalty.json --kind penalty --as-of 2026-07-20 --json',
  ],
  async run(values, [recordFile], out) {
    const kind = need(values, 'kind', { zh: '记录类型', en: 'the record kind' });
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw usage(
        `--kind 应为 ${KINDS.join('、')} 之一，不是 ${kind}`,
        `--kind must be one of ${KINDS.join(', ')}, not ${kind}`,
      );
    }
    const contextFile = str(values, 'context');
    if (contextFile === undefined && kind !== 'penalty') {
      throw usage(
        `--kind ${kind} 需要 --context <context.json>`,
        `--kind ${kind} needs --context <context.json>`,
      );
    }
    const record = await readJson(recordFile!);
    const context = (contextFile === undefined ? {} : await readJson(contextFile)) as Record<string, unknown>;
    const asOf = str(values, 'as-of');
    const ctx = asOf === undefined ? context : { ...context, asOf };
    const checked =
      kind === 'on-site'
        ? validateOnSiteRecord(untrusted(record), untrusted(ctx))
        : kind === 'result'
          ? validateResultEntry(untrusted(record), untrusted(ctx))
          : validatePenaltyRecord(untrusted(record), untrusted(ctx));
    if (checked.isErr()) {
      const errors = checked.error.filter((i) => i.severity === 'error').length;
      report(
        out,
        say(out, `记录未通过：${errors} 个错误`, `The record fails: ${errors} error(s)`),
        checked.error,
      );
      return EXIT.findings;
    }
    succeed(
      out,
      { valid: true, kind, warnings: checked.value.warnings.length },
      [
        say(
          out,
          `记录通过检查（${checked.value.warnings.length} 条提醒）`,
          `The record is valid (${checked.value.warnings.length} warning(s))`,
        ),
      ],
      checked.value.warnings,
    );
    return EXIT.ok;
  },
};
