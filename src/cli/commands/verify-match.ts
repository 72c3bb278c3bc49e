/**
 * `shuangsuiji verify-match <match-receipt.json> --announcement <digest|file> …`: anyone re-checks a department's
 * published inspector draw (第十九条 “公开、公正”, stage two of 二次随机): the receipt is recomputed from the locked
 * object draw, the task, the department, its 执法检查人员名录, the declared recusals (回避, 第二十条) and the seed
 * the 派员公告 named before it was known, every approved replacement included (verifyAssignment). Exit 0 with a
 * short confirmation, 1 with every discrepancy (code, article, path, message).
 */
import { type RuleIssue, type VerifyAssignmentInput, verifyAssignment } from '../../index.js';
import type { Command } from '../command.js';
import { str } from '../command.js';
import { EXIT, usage } from '../errors.js';
import { untrusted } from '../inputs.js';
import { report, say, succeed } from '../output.js';
import { readJson } from '../read.js';
import { STAGE_TWO_HELP, STAGE_TWO_OPTIONS, stageTwoInputs } from './match.js';
import { publishedAnnouncement } from './verify.js';

export const verifyMatch: Command = {
  name: 'verify-match',
  synopsis:
    'verify-match <match-receipt.json> --announcement <digest|match-announcement.json> --receipt <receipt.json> (--task <task.json> | --plan <plan.json> --task-id <id>) --department <id> --departments <departments.json> --directories <inspector-directories.json> (--domains <a,b> | --catalog <catalog.json>) [--recusals <recusals.json>]',
  summary: {
    zh: '复核部门的派员结果：与锁定的检查对象、人员名录、回避声明及事先公布的派员公告是否一致（第十九条）',
    en: "verify a department's inspector draw: does it follow from the locked objects, the directory, the recusals and the match announcement published beforehand (Article 19)",
  },
  optionHelp: [
    [
      '--announcement <digest|file>',
      '事先公布的派员公告摘要（64 位十六进制），或其 JSON 文件（必填）',
      'the match announcement digest published before the seed (64 hex digits), or its JSON file (required)',
    ],
    ...STAGE_TWO_HELP,
  ],
  options: { ...STAGE_TWO_OPTIONS, announcement: { type: 'string' } },
  positionals: [1, 1],
  examples: [
    'shuangsuiji verify-match out/match-lt-wjw.json --announcement 7c1e…（64 位） --receipt out/receipt.json --plan plan-2026.json --task-id LT-2026-T01 --department lt-wjw --departments departments.json --directories inspector-directories.json --catalog catalog.json',
  ],
  async run(values, [matchFile], out) {
    const given = str(values, 'announcement');
    if (given === undefined) {
      throw usage(
        '缺少 --announcement：须与事先公布的派员公告摘要比对',
        'Missing --announcement: the receipt must be compared with the match announcement digest published beforehand',
      );
    }
    const announcement = await publishedAnnouncement(given);
    const receipt = await readJson(matchFile!);
    const inputs = await stageTwoInputs(values);
    const checked = verifyAssignment(untrusted<VerifyAssignmentInput>({ ...inputs, receipt, announcement }));
    if (checked.isErr()) {
      const findings: readonly RuleIssue[] = checked.error;
      report(
        out,
        say(
          out,
          `复核未通过：发现 ${findings.length} 处不符`,
          `Verification failed: ${findings.length} discrepancy(ies)`,
        ),
        findings,
      );
      return EXIT.findings;
    }
    const a = checked.value;
    const replacements = a.events.length;
    succeed(
      out,
      {
        verified: true,
        taskId: a.taskId,
        departmentId: a.departmentId,
        announcementDigest: announcement,
        objects: a.objects.length,
        replacements,
        random: a.random,
      },
      [
        say(
          out,
          `复核通过：任务 ${a.taskId} 中部门 ${a.departmentId} 的派员结果（${a.objects.length} 个对象，${replacements} 次经批准的更换）与锁定的检查对象、执法检查人员名录、回避声明及事先公布的派员公告（${announcement}）一致。`,
          `Verified: the inspector draw of department ${a.departmentId} for task ${a.taskId} (${a.objects.length} objects, ${replacements} approved replacement(s)) follows from the locked objects, the inspector directory, the recusals and the match announcement published beforehand (${announcement}).`,
        ),
      ],
    );
    return EXIT.ok;
  },
};
