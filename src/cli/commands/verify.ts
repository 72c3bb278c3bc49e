/**
 * `shuangsuiji verify <receipt.json> <frame.csv|frame.json> --announcement <digest|announcement.json>`: anyone
 * re-checks a published draw (第十九条 “公开、公正”). Exit 0 with a short confirmation, 1 with every discrepancy
 * (code, article, path, message).
 *
 * A CSV frame is verified as a stream (verifyDrawStream, any row order): memory is bounded by the sample and a
 * group of commitment buckets, never the frame; the receipt goes to the library as its file's bytes. When it finds a
 * discrepancy, the receipt and the frame are read into memory and verifyDraw names every discrepancy (up to
 * `EXPLAIN_LIMIT` objects and `EXPLAIN_RECEIPT_BYTES` of receipt; beyond, the streamed finding stands).
 * A JSON frame is parsed whole anyway and goes to verifyDraw directly.
 */
import {
  type DrawReceipt,
  type RuleIssue,
  type VerifiedDraw,
  verifyDraw,
  verifyDrawStream,
} from '../../index.js';
import { type Command, str } from '../command.js';
import { CliError, EXIT, usage } from '../errors.js';
import { csvUnits, isJsonFile, loadFrame } from '../frame.js';
import { intOption } from '../inputs.js';
import { report, say, succeed } from '../output.js';
import { fileSize, readJson, readUtf8OrText } from '../read.js';

/** The published announcement digest: 64 hex digits, or the path of the announcement's JSON file. */
export async function publishedAnnouncement(given: string): Promise<string> {
  if (/^[0-9a-fA-F]{64}$/.test(given)) return given.toLowerCase();
  const a = (await readJson(given)) as { digest?: unknown } | null;
  if (typeof a?.digest !== 'string') {
    throw new CliError(
      'CLI_INPUT_INVALID',
      `${given} 不是公告（缺少 digest）`,
      `${given} is not an announcement (no digest)`,
    );
  }
  return a.digest;
}

/** Largest frame that a failed streamed verification re-reads into memory to list every discrepancy. */
const EXPLAIN_LIMIT = 2_000_000;
/** Largest receipt file it parses for that (a receipt of a few million objects' draw is a few megabytes). */
const EXPLAIN_RECEIPT_BYTES = 32 * 2 ** 20;

/** What a verified draw is reported with. */
interface Verified {
  readonly taskId: string;
  readonly announcementDigest: string;
  readonly frameDigest: string;
  readonly frameTotal: number;
  readonly selected: number;
  readonly reserve: number;
}
type Verdict = { ok: true; verified: Verified } | { ok: false; findings: readonly RuleIssue[] };

const verifiedOf = (r: DrawReceipt | VerifiedDraw): Verified => ({
  taskId: r.taskId,
  announcementDigest: 'announcementDigest' in r ? r.announcementDigest : r.announcement.digest,
  frameDigest: r.frame.digest,
  frameTotal: r.frame.total,
  selected: r.strata.reduce((s, x) => s + x.n, 0),
  reserve: r.strata.reduce((s, x) => s + (typeof x.reserve === 'number' ? x.reserve : x.reserve.length), 0),
});

async function verifyCsv(
  receiptFile: string,
  frameFile: string,
  announcement: string,
  maxUnitsInMemory: number | undefined,
): Promise<Verdict> {
  // The library reads the stream and turns a failing read into a finding; the CLI's own reading error (bad CSV,
  // encoding, empty frame) is kept here and reported as such (exit 2).
  let unreadable: CliError | undefined;
  async function* source() {
    try {
      yield* csvUnits(frameFile);
    } catch (e) {
      if (e instanceof CliError) unreadable ??= e;
      throw e;
    }
  }
  // The receipt file's bytes (UTF-8) or text go to the library's compact reader, never parsed whole here.
  const streamed = await verifyDrawStream({
    receipt: await readUtf8OrText(receiptFile),
    source,
    announcement,
    ...(maxUnitsInMemory !== undefined ? { maxUnitsInMemory } : {}),
  });
  if (unreadable) throw unreadable;
  if (streamed.isOk()) return { ok: true, verified: verifiedOf(streamed.value) };
  // Refused. A receipt file that is not JSON is reported as such (exit 2, the JSON reader's message); otherwise
  // every discrepancy is listed when the receipt and the frame are small enough to hold, else the streamed finding
  // stands (a national-scale receipt is never parsed whole).
  const notJson = streamed.error.some(
    (i) => i.code === 'SQL_INPUT_INVALID' && i.path.join('.') === 'receipt',
  );
  if (!notJson && fileSize(receiptFile) > EXPLAIN_RECEIPT_BYTES)
    return { ok: false, findings: streamed.error };
  const receipt = await readJson(receiptFile);
  const total = (receipt as { announcement?: { frame?: { total?: unknown } } } | null)?.announcement?.frame
    ?.total;
  if (typeof total === 'number' && total > EXPLAIN_LIMIT) return { ok: false, findings: streamed.error };
  const full = verifyDraw({ receipt, frame: await loadFrame(frameFile), announcement });
  return { ok: false, findings: full.isErr() ? full.error : streamed.error };
}

async function verifyJson(receipt: unknown, frameFile: string, announcement: string): Promise<Verdict> {
  const checked = verifyDraw({ receipt, frame: await loadFrame(frameFile), announcement });
  return checked.isOk()
    ? { ok: true, verified: verifiedOf(checked.value) }
    : { ok: false, findings: checked.error };
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
    [
      '--max-in-memory <n>',
      'CSV 底册：排序哈希时最多同时保存的对象数（默认 4,194,304，约 92 MB）',
      'CSV frame: most objects held at once while hashing (default 4,194,304, about 92 MB)',
    ],
  ],
  options: { announcement: { type: 'string' }, 'max-in-memory': { type: 'string' } },
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
    const maxInMemory = intOption(values, 'max-in-memory');
    if (maxInMemory === 0)
      throw usage('--max-in-memory 应为正整数', '--max-in-memory must be a positive whole number');
    const verdict = (await isJsonFile(frameFile!))
      ? await verifyJson(await readJson(receiptFile!), frameFile!, announcement)
      : await verifyCsv(receiptFile!, frameFile!, announcement, maxInMemory);
    if (!verdict.ok) {
      const n = verdict.findings.length;
      report(
        out,
        say(out, `复核未通过：发现 ${n} 处不符`, `Verification failed: ${n} discrepancy(ies)`),
        verdict.findings,
      );
      return EXIT.findings;
    }
    const { taskId, announcementDigest, frameTotal: total, selected, reserve } = verdict.verified;
    succeed(out, { verified: true, ...verdict.verified }, [
      say(
        out,
        `复核通过：任务 ${taskId} 的抽取结果与底册（${total} 个对象）及事先公布的抽取公告（${announcementDigest}）一致；抽中 ${selected} 个，备选 ${reserve} 个。`,
        `Verified: the draw of task ${taskId} follows from the frame (${total} objects) and the announcement published beforehand (${announcementDigest}); ${selected} selected, ${reserve} in reserve.`,
      ),
    ]);
    return EXIT.ok;
  },
};
