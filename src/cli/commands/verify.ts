/**
 * `shuangsuiji verify <receipt.json> <frame.csv|frame.json> --announcement <digest|announcement.json>`: anyone
 * re-checks a published draw (第十九条 “公开、公正”) with the library's verifyDraw. Exit 0 with a short
 * confirmation, 1 with every discrepancy (code, article, path, message).
 */
import { verifyDraw } from '../../index.js';
import { type Command, str } from '../command.js';
import { CliError, EXIT, usage } from '../errors.js';
import { loadFrame } from '../frame.js';
import { report, say, succeed } from '../output.js';
import { readJson } from '../read.js';

/** The published announcement digest: 64 hex digits, or the path of announcement.json. */
async function publishedAnnouncement(given: string): Promise<string> {
  if (/^[0-9a-fA-F]{64}$/.test(given)) return given.toLowerCase();
  const a = (await readJson(given)) as { digest?: unknown } | null;
  if (typeof a?.digest !== 'string') {
    throw new CliError(
      'CLI_INPUT_INVALID',
      `${given} 不是抽取公告（缺少 digest）`,
      `${given} is not a draw announcement (no digest)`,
    );
  }
  return a.digest;
}

export const verify: Command = {
  name: 'verify',
  synopsis: 'verify <receipt.json> <frame.csv|frame.json> --announcement <digest|announcement.json>',
  summary: {
    zh: '复核公布的抽取结果：回执、底册与事先公布的抽取公告是否一致（第十九条）',
    en: 'verify a published draw: does the receipt follow from the frame and the announcement published beforehand (Article 19)',
  },
  optionHelp: [
    [
      '--announcement <digest|file>',
      '事先公布的抽取公告摘要（64 位十六进制），或 announcement.json（必填）',
      'the announcement digest published before the seed (64 hex digits), or announcement.json (required)',
    ],
  ],
  options: { announcement: { type: 'string' } },
  positionals: [2, 2],
  examples: [
    'shuangsuiji verify out/receipt.json out/frame.csv --announcement 3f5a…（64 位）',
    'shuangsuiji verify out/receipt.json out/frame.json --announcement out/announcement.json --lang en',
  ],
  async run(values, [receiptFile, frameFile], out) {
    const given = str(values, 'announcement');
    if (given === undefined) {
      throw usage(
        '缺少 --announcement：须与事先公布的抽取公告摘要比对',
        'Missing --announcement: the receipt must be compared with the announcement digest published beforehand',
      );
    }
    const announcement = await publishedAnnouncement(given);
    const receipt = await readJson(receiptFile!);
    const frame = await loadFrame(frameFile!);
    const checked = verifyDraw({ receipt, frame, announcement });
    if (checked.isErr()) {
      report(
        out,
        say(
          out,
          `复核未通过：发现 ${checked.error.length} 处不符`,
          `Verification failed: ${checked.error.length} discrepancy(ies)`,
        ),
        checked.error,
      );
      return EXIT.findings;
    }
    const r = checked.value;
    const selected = r.strata.reduce((s, x) => s + x.selected.length, 0);
    const reserve = r.strata.reduce((s, x) => s + x.reserve.length, 0);
    const total = r.frame.total;
    succeed(
      out,
      {
        verified: true,
        taskId: r.taskId,
        announcementDigest: r.announcement.digest,
        frameDigest: r.frame.digest,
        frameTotal: total,
        selected,
        reserve,
      },
      [
        say(
          out,
          `复核通过：任务 ${r.taskId} 的抽取结果与底册（${total} 个对象）及事先公布的抽取公告（${r.announcement.digest}）一致；抽中 ${selected} 个，备选 ${reserve} 个。`,
          `Verified: the draw of task ${r.taskId} follows from the frame (${total} objects) and the announcement published beforehand (${r.announcement.digest}); ${selected} selected, ${reserve} in reserve.`,
        ),
      ],
    );
    return EXIT.ok;
  },
};
