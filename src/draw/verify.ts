/**
 * 复核 (verification, 第十九条 “公开、公正”): recomputes a draw from its receipt and the frame, and names the first
 * discrepancy of each kind — seed, frame, stratum counts, sizes, tickets, selection, cut-off, reserve.
 * Needs nothing the receipt does not hold; docs/verification.md describes the same steps for people.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import type { DrawCode } from './codes.js';
import { utf8 } from './encoding.js';
import { capacitiesOf, commitmentOf, countUnits, prepare, readUnits, runPass, sizesFor } from './engine.js';
import { guarded } from './guard.js';
import { drawIssue } from './issues.js';
import { type DrawPlan, planFromTask } from './plan.js';
import {
  buildReceipt,
  type DrawReceipt,
  DrawReceiptSchema,
  RESERVE_SIZE_RULE,
  type ReceiptStratum,
  type TicketEntry,
} from './receipt.js';
import { DERIVE_KEY_LABEL, parseSeed } from './seed.js';
import { bytesToHex } from './sha256.js';
import { DRAW_ALGORITHM_ID, DRAW_ALGORITHM_VERSION, STAGE_ONE_LABEL } from './version.js';

const A = (code: DrawCode, path: readonly (string | number)[], zh: string, en: string) =>
  drawIssue(code, path, zh, en);

/** The first 32-bit word of a 64-digit hex ticket, unsigned. */
function firstWordOf(ticket: string): number {
  return Number.parseInt(ticket.slice(0, 8), 16);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function planOf(r: DrawReceipt): DrawPlan {
  return {
    taskId: r.taskId,
    source: r.ratioTable.source,
    ...(r.ratioTable.total !== undefined ? { total: r.ratioTable.total } : {}),
    strata: r.strata.map((s) => ({ id: s.id, label: s.label, rule: s.rule })),
    reservePercent: r.reserveRule.percent,
  };
}

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
  return out;
}

function compareStratum(h: number, got: ReceiptStratum, want: ReceiptStratum): RuleIssue[] {
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
  if (
    got.n !== want.n ||
    got.reserveSize !== want.reserveSize ||
    got.random !== want.random ||
    got.inclusionProbability !== want.inclusionProbability ||
    !same(got.allocation, want.allocation)
  ) {
    out.push(
      A(
        'DRAW_VERIFY_SIZE_MISMATCH',
        [...path, 'n'],
        `第“${s}”层应抽 ${want.n} 个（${want.inclusionProbability}，备选 ${want.reserveSize}），回执为 ${got.n}（${got.inclusionProbability}，备选 ${got.reserveSize}）`,
        `Stratum "${s}" draws ${want.n} (${want.inclusionProbability}, reserve ${want.reserveSize}); the receipt says ${got.n} (${got.inclusionProbability}, reserve ${got.reserveSize})`,
      ),
    );
  }
  out.push(...compareLists('DRAW_VERIFY_SELECTION_MISMATCH', s, 'selected', h, got.selected, want.selected));
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
  out.push(...compareLists('DRAW_VERIFY_RESERVE_MISMATCH', s, 'reserve', h, got.reserve, want.reserve));
  return out;
}

/** Options of {@link verifyDraw}. */
export interface VerifyOptions {
  /** When given, the receipt's task id, strata, labels, ratios, counts and total must be this task's. */
  readonly task?: unknown;
}

function verifyDrawImpl(
  receipt: unknown,
  frame: unknown,
  options: VerifyOptions = {},
): Result<DrawReceipt, RuleIssue[]> {
  const parsed = parseWith(DrawReceiptSchema, receipt);
  if (parsed.isErr()) {
    return err(
      parsed.error.map((i) =>
        A(
          'DRAW_VERIFY_RECEIPT_INVALID',
          ['receipt', ...i.path],
          `回执格式错误：${i.message.zh}`,
          `Malformed receipt: ${i.message.en}`,
        ),
      ),
    );
  }
  const r = parsed.value as DrawReceipt;
  if (r.algorithm.id !== DRAW_ALGORITHM_ID || r.algorithm.version !== DRAW_ALGORITHM_VERSION) {
    return err([
      A(
        'DRAW_VERIFY_ALGORITHM_UNSUPPORTED',
        ['receipt', 'algorithm'],
        `不支持的算法 ${r.algorithm.id} 第 ${r.algorithm.version} 版`,
        `Algorithm ${r.algorithm.id} version ${r.algorithm.version} is not supported (this library: ${DRAW_ALGORITHM_ID} v${DRAW_ALGORITHM_VERSION})`,
      ),
    ]);
  }
  const plan = planOf(r);
  const issues: RuleIssue[] = [];
  if (options.task !== undefined) {
    const fromTask = planFromTask(options.task, { reservePercent: r.reserveRule.percent });
    if (fromTask.isErr()) return err(fromTask.error);
    if (!same(fromTask.value, plan)) {
      issues.push(
        A(
          'DRAW_VERIFY_TASK_MISMATCH',
          ['receipt', 'strata'],
          '回执中的任务、分层或比例与任务不符',
          "The receipt's task id, strata or ratios differ from the task",
        ),
      );
    }
  }
  const seed = parseSeed(
    {
      kind: r.seed.kind,
      text: r.seed.text,
      ...(r.seed.source !== undefined ? { source: r.seed.source } : {}),
    },
    ['receipt', 'seed'],
  );
  if (seed.isErr()) return err([...issues, ...seed.error]);
  const p = prepare(plan, seed.value);
  if (bytesToHex(utf8(r.seed.text)) !== r.seed.bytes) {
    issues.push(
      A(
        'DRAW_VERIFY_SEED_MISMATCH',
        ['receipt', 'seed', 'bytes'],
        '种子字节与种子文本的 UTF-8 编码不符',
        'The seed bytes are not the UTF-8 encoding of the seed text',
      ),
    );
  }
  if (
    r.derivation.function !== DERIVE_KEY_LABEL ||
    !same(r.derivation.labels, [STAGE_ONE_LABEL, r.taskId]) ||
    r.derivation.key !== bytesToHex(p.key)
  ) {
    issues.push(
      A(
        'DRAW_VERIFY_SEED_MISMATCH',
        ['receipt', 'derivation'],
        '派生密钥与种子材料不符',
        'The derived key does not follow from the seed material and task id',
      ),
    );
  }
  const units = readUnits(frame, p.index);
  if (units.isErr()) return err([...issues, ...units.error]);
  const sizes = sizesFor(plan, countUnits(units.value, p.strata.length));
  if (sizes.isErr()) return err([...issues, ...sizes.error]);
  // The receipt's last listed ticket of each stratum bounds the tickets that can be listed: a correct receipt
  // sends exactly its own entries to the heap. A wrong bound only costs a second pass over that stratum.
  const caps = capacitiesOf(sizes.value);
  const limits = r.strata.map((s, h) => {
    const last = s.reserve.at(-1) ?? s.selected.at(-1);
    return last && s.selected.length + s.reserve.length === caps[h] ? firstWordOf(last.ticket) : undefined;
  });
  const pass = runPass(p, units.value, caps, undefined, undefined, limits);
  const commitment = commitmentOf(p, pass);
  const frameStrataOk = same(
    r.frame.strata.map((s) => s.id),
    p.strata,
  );
  if (!frameStrataOk) {
    issues.push(
      A(
        'DRAW_VERIFY_FRAME_MISMATCH',
        ['receipt', 'frame', 'strata'],
        '底册承诺中的分层与回执分层不符',
        'The strata of the frame commitment differ from the receipt strata',
      ),
    );
  }
  commitment.strata.forEach((s, h) => {
    const got = r.frame.strata[h]?.count;
    if (got !== s.count) {
      issues.push(
        A(
          'DRAW_VERIFY_STRATUM_COUNT_MISMATCH',
          ['receipt', 'frame', 'strata', h, 'count'],
          `底册中第“${s.id}”层有 ${s.count} 个对象，回执为 ${got}`,
          `The frame has ${s.count} objects in stratum "${s.id}", the receipt says ${got}`,
        ),
      );
    }
  });
  if (commitment.digest !== r.frame.digest || commitment.total !== r.frame.total) {
    issues.push(
      A(
        'DRAW_VERIFY_FRAME_MISMATCH',
        ['receipt', 'frame', 'digest'],
        `底册摘要应为 ${commitment.digest}，回执为 ${r.frame.digest}`,
        `The frame digest is ${commitment.digest}, the receipt says ${r.frame.digest}`,
      ),
    );
  }
  const want = buildReceipt(plan, p.seed, p.key, commitment, sizes.value, pass.chosen);
  for (const [h, s] of want.strata.entries()) issues.push(...compareStratum(h, r.strata[h]!, s));
  if (r.reserveRule.size !== RESERVE_SIZE_RULE) {
    issues.push(
      A(
        'DRAW_VERIFY_RECEIPT_INVALID',
        ['receipt', 'reserveRule', 'size'],
        `备选数量规则应为 ${RESERVE_SIZE_RULE}`,
        `The reserve size rule of version ${DRAW_ALGORITHM_VERSION} is ${RESERVE_SIZE_RULE}`,
      ),
    );
  }
  return issues.length > 0 ? err(issues) : ok(r);
}

/**
 * Recomputes the draw from `receipt` and `frame` (`{ units }` or an array of `{ id, stratum }`). Ok with the
 * parsed receipt when every field agrees; otherwise every discrepancy found, each naming its stratum/object.
 * Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding.
 */
export const verifyDraw = guarded(verifyDrawImpl);
