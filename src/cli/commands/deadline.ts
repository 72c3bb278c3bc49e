/**
 * `shuangsuiji deadline <kind> <date>`: a working-day deadline (第二十二条 and the national rules it names) on
 * China's official calendar, with the library's deadline.
 */
import { deadline as computeDeadline, DEADLINE_KINDS, DEADLINE_RULES, isDeadlineKind } from '../../index.js';
import type { Command } from '../command.js';
import { EXIT, usage } from '../errors.js';
import { report, say, succeed } from '../output.js';

export const deadline: Command = {
  name: 'deadline',
  synopsis: `deadline <kind> <YYYY-MM-DD>`,
  summary: {
    zh: '计算工作日期限（第二十二条等，含调休）',
    en: 'compute a working-day deadline (Article 22 and national rules; 调休 included)',
  },
  optionHelp: DEADLINE_KINDS.map((k) => [k, DEADLINE_RULES[k].zh, DEADLINE_RULES[k].en] as const),
  options: {},
  positionals: [2, 2],
  examples: [
    'shuangsuiji deadline results-publication 2026-06-30',
    'shuangsuiji deadline penalty-publicity 2026-09-28 --json',
  ],
  async run(_values, [kind, date], out) {
    if (!isDeadlineKind(kind)) {
      throw usage(
        `未知的期限类型 ${kind}；应为：${DEADLINE_KINDS.join('、')}`,
        `Unknown deadline kind ${kind}; one of: ${DEADLINE_KINDS.join(', ')}`,
      );
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date!)) {
      throw usage(`日期应为 YYYY-MM-DD，不是 ${date}`, `The date must be YYYY-MM-DD, not ${date}`);
    }
    const due = computeDeadline(kind, date!);
    if (due.isErr()) {
      report(out, say(out, '无法计算期限：', 'Cannot compute the deadline:'), due.error);
      return EXIT.findings;
    }
    const d = due.value;
    const prov = d.provisional
      ? say(
          out,
          '（暂定：该年放假安排尚未公布）',
          ' (provisional: that year’s holiday arrangement is not yet published)',
        )
      : '';
    succeed(out, d, [
      say(
        out,
        `${d.basis.citation}：${d.trigger} 起 ${d.basis.days} 个工作日，最迟 ${d.date}${prov}`,
        `${d.basis.citation}: ${d.basis.days} working days after ${d.trigger}, due by ${d.date}${prov}`,
      ),
    ]);
    return EXIT.ok;
  },
};
