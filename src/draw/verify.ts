/**
 * 复核 (verification, 第十九条 “公开、公正”): recomputes a draw from its receipt and the frame, and names the first
 * discrepancy of each kind — announcement, seed, frame, stratum counts, sizes, tickets, selection, cut-off,
 * reserve — then requires the whole receipt to equal the recomputed one. The plan is read from the receipt's
 * announcement and checked with the rules drawObjects applies, so a receipt drawObjects cannot produce never
 * verifies. Given the announcement published before the seed (or its digest), the receipt must carry exactly it.
 * docs/verification.md describes the same steps for people.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import type { DrawCode } from './codes.js';
import { readUnits } from './engine/pass.js';
import { capFindings } from './findings.js';
import { guarded } from './guard.js';
import type { TaskInput } from './inputs.js';
import { drawIssue } from './issues.js';
import { parseAnnouncement, planOfAnnouncement, textCommitment } from './protocol/announce.js';
import { firstDifference } from './protocol/diff.js';
import { announcedPlan, type DrawPlan, planFromTask } from './protocol/plan.js';
import {
  type DrawReceipt,
  DrawReceiptListsUnreadSchema,
  type ReceiptStratum,
  type TicketEntry,
} from './protocol/receipt.js';
import { parseSeed } from './protocol/seed.js';
import { DRAW_ALGORITHM_ID, DRAW_ALGORITHM_VERSION, SEMVER } from './protocol/version.js';
import { inMemory, receiptOf, recompute } from './recompute.js';
import {
  keptAsListed,
  type ListedStratum,
  lastListedFirstWord,
  malformedReceipt,
  readLists,
  type UnreadStratum,
} from './verify-lists.js';

const A = (code: DrawCode, path: readonly (string | number)[], zh: string, en: string) =>
  drawIssue(code, path, zh, en);

function compareLists(
  code: 'DRAW_VERIFY_SELECTION_MISMATCH' | 'DRAW_VERIFY_RESERVE_MISMATCH',
  stratum: string,
  field: 'selected' | 'reserve',
  h: number,
  got: readonly TicketEntry[],
  want: readonly TicketEntry[],
): RuleIssue[] {
  if (got.length === want.length) {
    let i = 0;
    while (i < got.length && got[i]!.id === want[i]!.id && got[i]!.ticket === want[i]!.ticket) i++;
    if (i === got.length) return [];
  }
  const wantIds = new Set(want.map((e) => e.id));
  const gotIds = new Set(got.map((e) => e.id));
  const path = ['receipt', 'strata', h, field];
  const out: RuleIssue[] = [];
  const what = field === 'selected' ? ['抽中名单', 'selection'] : ['备选名单', 'reserve list'];
  const extra = got.find((e) => !wantIds.has(e.id));
  if (extra) {
    out.push(
      A(
        code,
        path,
        `第“${stratum}”层${what[0]}含有不应抽中的 ${extra.id}`,
        `Stratum "${stratum}": ${what[1]} lists ${extra.id}, which the draw does not give`,
      ),
    );
  }
  const missing = want.find((e) => !gotIds.has(e.id));
  if (missing) {
    out.push(
      A(
        code,
        path,
        `第“${stratum}”层${what[0]}缺少应抽中的 ${missing.id}`,
        `Stratum "${stratum}": ${what[1]} lacks ${missing.id}, which the draw gives`,
      ),
    );
  }
  if (out.length === 0) {
    for (let i = 0; i < want.length; i++) {
      const g = got[i]!;
      const w = want[i]!;
      if (g.id !== w.id) {
        out.push(
          A(
            code,
            [...path, i],
            `第“${stratum}”层${what[0]}第 ${i + 1} 位应为 ${w.id}`,
            `Stratum "${stratum}": position ${i + 1} of the ${what[1]} should be ${w.id}, not ${g.id}`,
          ),
        );
        break;
      }
      if (g.ticket !== w.ticket) {
        out.push(
          A(
            'DRAW_VERIFY_TICKET_MISMATCH',
            [...path, i, 'ticket'],
            `对象 ${w.id} 的签号应为 ${w.ticket}`,
            `Object ${w.id} has ticket ${w.ticket}, not ${g.ticket}`,
          ),
        );
        break;
      }
    }
  }
  // Same ids, the same order up to the recomputed length, yet another length: a listed id repeats.
  if (out.length === 0 && got.length !== want.length) {
    out.push(
      A(
        code,
        path,
        `第“${stratum}”层${what[0]}应列 ${want.length} 个对象，回执列 ${got.length} 个`,
        `Stratum "${stratum}": the ${what[1]} lists ${got.length} objects where the draw gives ${want.length}`,
      ),
    );
  }
  return out;
}

/** Compares one stratum; `listsEqual` when its selection and reserve are already known to be the recomputed ones. */
function compareStratum(
  h: number,
  got: ReceiptStratum,
  want: ReceiptStratum,
  listsEqual: boolean,
): RuleIssue[] {
  const s = want.id;
  const path = ['receipt', 'strata', h];
  const out: RuleIssue[] = [];
  if (got.N !== want.N) {
    out.push(
      A(
        'DRAW_VERIFY_STRATUM_COUNT_MISMATCH',
        [...path, 'N'],
        `第“${s}”层对象数应为 ${want.N}，回执为 ${got.N}`,
        `Stratum "${s}" has ${want.N} objects, the receipt says ${got.N}`,
      ),
    );
  }
  const allocation = firstDifference(got.allocation, want.allocation);
  if (
    got.n !== want.n ||
    got.reserveSize !== want.reserveSize ||
    got.random !== want.random ||
    got.inclusionProbability !== want.inclusionProbability
  ) {
    out.push(
      A(
        'DRAW_VERIFY_SIZE_MISMATCH',
        [...path, 'n'],
        `第“${s}”层应抽 ${want.n} 个（${want.inclusionProbability}，备选 ${want.reserveSize}），回执为 ${got.n}（${got.inclusionProbability}，备选 ${got.reserveSize}）`,
        `Stratum "${s}" draws ${want.n} (${want.inclusionProbability}, reserve ${want.reserveSize}); the receipt says ${got.n} (${got.inclusionProbability}, reserve ${got.reserveSize})`,
      ),
    );
  } else if (allocation !== undefined) {
    // Same sizes, another record of how they were reached (e.g. a quota of no round of Step 3).
    const wantText = JSON.stringify(want.allocation);
    const gotText = JSON.stringify(got.allocation);
    out.push(
      A(
        'DRAW_VERIFY_SIZE_MISMATCH',
        [...path, 'allocation', ...allocation],
        `第“${s}”层的分配记录应为 ${wantText}，回执为 ${gotText}`,
        `Stratum "${s}" records its allocation as ${wantText}; the receipt says ${gotText}`,
      ),
    );
  }
  if (!listsEqual)
    out.push(
      ...compareLists('DRAW_VERIFY_SELECTION_MISMATCH', s, 'selected', h, got.selected, want.selected),
    );
  if (got.cutoff !== want.cutoff) {
    out.push(
      A(
        'DRAW_VERIFY_CUTOFF_MISMATCH',
        [...path, 'cutoff'],
        `第“${s}”层截断签号应为 ${want.cutoff}`,
        `Stratum "${s}" has cut-off ${want.cutoff}, not ${got.cutoff}`,
      ),
    );
  }
  if (!listsEqual)
    out.push(...compareLists('DRAW_VERIFY_RESERVE_MISMATCH', s, 'reserve', h, got.reserve, want.reserve));
  return out;
}

/** The strata without their selection and reserve lists (compareStratum has compared those). */
function withoutLists(strata: readonly ReceiptStratum[]): unknown[] {
  return strata.map(({ selected: _s, reserve: _r, ...rest }) => rest);
}

/** What {@link verifyDraw} checks: the published receipt and frame, and optionally the task and announcement. */
export interface VerifyInput extends VerifyOptions {
  /** The published receipt (`LockedDraw.receipt`, or its JSON parsed back): untrusted, read like any JSON. */
  readonly receipt: unknown;
  /** The published frame (`{ strata, units }` or the list of units): untrusted, read like any JSON. */
  readonly frame: unknown;
}

/** The optional parts of a {@link VerifyInput}. */
export interface VerifyOptions {
  /** When given, the receipt's task id, strata, labels, ratios and total must be this task's. */
  readonly task?: TaskInput;
  /**
   * The announcement published before the seed (or its digest): the receipt's announcement must be exactly it
   * (DRAW_VERIFY_ANNOUNCEMENT_MISMATCH). Without it, the receipt is only checked to be the correct draw for the
   * announcement it contains.
   */
  readonly announcement?: unknown;
}

/** The code of a receipt field that differs from the recomputed receipt. */
function codeOfField(path: readonly (string | number)[]): DrawCode {
  const [top, , field] = path;
  const last = path[path.length - 1];
  if (top === 'frame')
    return last === 'count' || last === 'total'
      ? 'DRAW_VERIFY_STRATUM_COUNT_MISMATCH'
      : 'DRAW_VERIFY_FRAME_MISMATCH';
  if (top === 'seed' || top === 'derivation' || top === 'taskId') return 'DRAW_VERIFY_SEED_MISMATCH';
  if (top === 'reserveRule' || top === 'ratioTable' || (top === 'strata' && field === 'rule'))
    return 'DRAW_VERIFY_SIZE_MISMATCH';
  if (top === 'announcement') return 'DRAW_VERIFY_ANNOUNCEMENT_MISMATCH';
  return 'DRAW_VERIFY_RECEIPT_INVALID';
}

function publishedDigest(given: unknown): Result<string | undefined, RuleIssue[]> {
  if (given === undefined) return ok(undefined);
  if (typeof given === 'string') {
    if (/^[0-9a-f]{64}$/.test(given)) return ok(given);
    return err([
      A(
        'DRAW_ANNOUNCEMENT_INVALID',
        ['announcement'],
        '公布的公告摘要应为 64 位小写十六进制',
        'The published announcement digest must be 64 lowercase hex digits',
      ),
    ]);
  }
  const a = parseAnnouncement(given, ['announcement']);
  return a.isErr() ? err(a.error) : ok(a.value.digest);
}

function verifyDrawImpl(
  receipt: unknown,
  frame: unknown,
  options?: VerifyOptions | null,
): Result<DrawReceipt, RuleIssue[]> {
  const opts: VerifyOptions = options ?? {};
  // The receipt is parsed with its lists only required to be arrays: a correct receipt's lists are then read
  // once, compared with the kept tickets as words (keptAsListed). Any failure first reports a malformed list.
  const parsed = parseWith(DrawReceiptListsUnreadSchema, receipt);
  if (parsed.isErr()) return err(capFindings(malformedReceipt(receipt)));
  const r = parsed.value as unknown as DrawReceipt;
  const unread = parsed.value.strata as readonly UnreadStratum[];
  const fail = (found: RuleIssue[]): Result<DrawReceipt, RuleIssue[]> => {
    const lists = readLists(receipt, unread);
    return err(capFindings(lists.isErr() ? lists.error : found));
  };
  if (r.algorithm.id !== DRAW_ALGORITHM_ID || r.algorithm.version !== DRAW_ALGORITHM_VERSION) {
    return fail([
      A(
        'DRAW_VERIFY_ALGORITHM_UNSUPPORTED',
        ['receipt', 'algorithm'],
        `不支持的算法 ${r.algorithm.id} 第 ${r.algorithm.version} 版`,
        `Algorithm ${r.algorithm.id} version ${r.algorithm.version} is not supported (this library: ${DRAW_ALGORITHM_ID} v${DRAW_ALGORITHM_VERSION})`,
      ),
    ]);
  }
  // Step 0: the announcement — one drawObjects could make, and the one published before the seed.
  const published = publishedDigest(opts.announcement);
  if (published.isErr()) return fail(published.error);
  const ann = parseAnnouncement(r.announcement, ['receipt', 'announcement']);
  if (ann.isErr()) return fail(ann.error);
  const a = ann.value;
  const issues: RuleIssue[] = [];
  if (published.value !== undefined && published.value !== a.digest) {
    issues.push(
      A(
        'DRAW_VERIFY_ANNOUNCEMENT_MISMATCH',
        ['receipt', 'announcement', 'digest'],
        `回执中的公告摘要 ${a.digest} 与事先公布的 ${published.value} 不符：底册、比例、备选比例或种子来源在公布后被改动`,
        `The receipt's announcement digest ${a.digest} differs from the published ${published.value}: the frame, ratios, reserve or seed source changed after publication`,
      ),
    );
  }
  const plan: DrawPlan = planOfAnnouncement(a);
  if (opts.task !== undefined) {
    const fromTask = planFromTask(opts.task, { reservePercent: a.reservePercent });
    if (fromTask.isErr()) return fail(fromTask.error);
    if (firstDifference(announcedPlan(fromTask.value), plan) !== undefined) {
      issues.push(
        A(
          'DRAW_VERIFY_TASK_MISMATCH',
          ['receipt', 'announcement', 'ratioTable'],
          '回执中的任务、分层或比例与任务不符',
          "The receipt's task id, strata or ratios differ from the task",
        ),
      );
    }
  }
  const seedRead = parseSeed(
    {
      kind: r.seed.kind,
      text: r.seed.text,
      ...(r.seed.source !== undefined ? { source: r.seed.source } : {}),
    },
    ['receipt', 'seed'],
  );
  if (seedRead.isErr()) return fail([...issues, ...seedRead.error]);
  const seed = seedRead.value;
  if (seed.kind !== a.seed.kind || seed.source !== a.seed.source) {
    issues.push(
      A(
        'DRAW_VERIFY_SEED_MISMATCH',
        ['receipt', 'seed', seed.kind !== a.seed.kind ? 'kind' : 'source'],
        '种子类型或来源与公告不符',
        'The seed kind or source differs from the announcement',
      ),
    );
  }
  if (seed.kind === 'committed-text' && a.seed.commitment !== textCommitment(seed.text)) {
    issues.push(
      A(
        'DRAW_SEED_COMMITMENT_MISMATCH',
        ['receipt', 'seed', 'text'],
        `承诺文本的 SHA-256 为 ${textCommitment(seed.text)}，公告中的承诺值为 ${a.seed.commitment}`,
        `The committed text hashes to ${textCommitment(seed.text)}; the announcement commits to ${a.seed.commitment}`,
      ),
    );
  }
  const units = readUnits(frame, new Map(plan.strata.map((s, h) => [s.id, h])));
  if (units.isErr()) return fail([...issues, ...units.error]);
  // The receipt's last listed ticket of each stratum bounds the tickets that can be listed: a correct receipt
  // sends exactly its own entries to the heap. A wrong bound only costs a second pass over that stratum.
  const limits = (caps: readonly number[]) =>
    unread.map((s, h) => (h < caps.length ? lastListedFirstWord(s, caps[h]!) : undefined));
  const recomputed = recompute({
    plan,
    seed,
    announcement: a.digest,
    frame: inMemory(units.value, { limits }),
  });
  if (recomputed.isErr()) return fail([...issues, ...recomputed.error]);
  const again = recomputed.value;
  const commitment = again.commitment!;
  commitment.strata.forEach((s, h) => {
    const announced = a.frame.strata[h]!.count;
    if (announced !== s.count) {
      issues.push(
        A(
          'DRAW_VERIFY_STRATUM_COUNT_MISMATCH',
          ['receipt', 'announcement', 'frame', 'strata', h, 'count'],
          `底册中第“${s.id}”层有 ${s.count} 个对象，公告为 ${announced}`,
          `The frame has ${s.count} objects in stratum "${s.id}", the announcement says ${announced}`,
        ),
      );
    }
  });
  if (commitment.digest !== a.frame.digest) {
    issues.push(
      A(
        'DRAW_VERIFY_FRAME_MISMATCH',
        ['receipt', 'announcement', 'frame', 'digest'],
        `底册摘要应为 ${commitment.digest}，公告为 ${a.frame.digest}`,
        `The frame digest is ${commitment.digest}, the announcement says ${a.frame.digest}`,
      ),
    );
  }
  // A correct receipt lists exactly the kept tickets: then its entries are the recomputed ones, and the kept
  // tickets are not written out in hex. Otherwise the lists are read and compared entry by entry below.
  const listedAsKept = keptAsListed(unread, again.kept!, again.sizes);
  let lists: ListedStratum[] = [];
  if (!listedAsKept) {
    const read = readLists(receipt, unread);
    if (read.isErr()) return err(capFindings(read.error));
    lists = read.value;
  }
  const want = receiptOf(again, commitment, a, listedAsKept ?? again.chosen());
  // Every field outside the strata must be exactly the recomputed receipt's: format, versions, task id, ratio
  // table, seed bytes, derivation, frame, reserve rule, announcement.
  const got = r as unknown as Record<string, unknown>;
  const wanted = want as unknown as Record<string, unknown>;
  // The library version is informational (docs/verification.md): what computed the receipt is the algorithm id
  // and version; any release, past or future, may have made it. It must only be a semantic version.
  if (!SEMVER.test(r.libraryVersion)) {
    issues.push(
      A(
        'DRAW_VERIFY_RECEIPT_INVALID',
        ['receipt', 'libraryVersion'],
        `库版本 ${r.libraryVersion} 不是语义化版本号（如 0.1.0）`,
        `Library version ${r.libraryVersion} is not a semantic version (e.g. 0.1.0)`,
      ),
    );
  }
  for (const k of new Set([...Object.keys(got), ...Object.keys(wanted)])) {
    if (k === 'strata' || k === 'libraryVersion') continue;
    const d = firstDifference(got[k], wanted[k]);
    if (d === undefined) continue;
    const field = [k, ...d];
    issues.push(
      A(
        codeOfField(field),
        ['receipt', ...field],
        `回执字段 ${field.join('.')} 与重算结果不符`,
        `Receipt field ${field.join('.')} differs from the recomputed receipt`,
      ),
    );
  }
  const before = issues.length;
  if (r.strata.length === want.strata.length) {
    for (const [h, s] of want.strata.entries()) {
      const l = lists[h];
      const got = l ? { ...r.strata[h]!, selected: l.selected, reserve: l.reserve } : r.strata[h]!;
      issues.push(...compareStratum(h, got, s, listedAsKept !== undefined));
    }
  }
  // Then anything compareStratum does not name (ids, labels, rules, the number of strata); the selection and
  // reserve lists, compared entry by entry above, are not walked again.
  const rest =
    issues.length === before ? firstDifference(withoutLists(r.strata), withoutLists(want.strata)) : undefined;
  if (rest !== undefined) {
    const field = ['strata', ...rest];
    issues.push(
      A(
        codeOfField(field),
        ['receipt', ...field],
        `回执字段 ${field.join('.')} 与重算结果不符`,
        `Receipt field ${field.join('.')} differs from the recomputed receipt`,
      ),
    );
  }
  return issues.length === 0 ? ok(want) : fail(issues);
}

/**
 * Recomputes the draw from `{ receipt, frame, task?, announcement? }` (frame: `{ strata, units }`). Ok with the
 * recomputed, deeply frozen receipt when every field agrees; otherwise every discrepancy found, each naming its
 * stratum/object (at most 100, then a count).
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const verifyDraw: (input: VerifyInput) => Result<DrawReceipt, RuleIssue[]> = guarded(
  (input: VerifyInput) => verifyDrawImpl(input?.receipt, input?.frame, input),
);
