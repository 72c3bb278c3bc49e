/**
 * Reading a database's results back (第十九条): the frame commitment of `frameCommitmentSql`, and the locked draw
 * of `drawSql` — a LockedDraw whose receipt is byte for byte the one `drawObjects` gives on the same frame.
 * Nothing is taken on trust that can be checked without the frame: the frame rows must give the announced
 * digest and counts, every stratum must list ranks 1 … min(n + reserve, N) exactly once, every id must be a
 * valid, distinct credit code, every ticket must recompute under the announced key, and ranks must follow
 * ticket (then code) order. What the rows cannot show is that no smaller ticket was left out; `verifyDraw`
 * (or `verifyDrawStream`) against the frame shows that.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import type { RuleIssue } from '../model/issue.js';
import { readAnnouncedDraw } from './announced.js';
import { commitmentOfRows } from './frame-rows.js';
import { guarded, sqlIssue } from './issues.js';
import { type DrawnRow, readRows } from './rows.js';
import { parseInput, SqlStrataSchema } from './schemas.js';
import {
  type AnnouncementSchema,
  buildReceipt,
  type DrawAnnouncement,
  type FrameCommitment,
  isUsccFast,
  type LockedDraw,
  lockDraw,
  type SeedMaterial,
  type TicketEntry,
  TicketHasher,
  wordsToHex,
} from './stage-one.js';

/** Result rows as the driver returned them: objects keyed by the statement's column names. */
const RowsSchema = z.custom<readonly Readonly<Record<string, unknown>>[]>(() => true);

export const ReadCommitmentRowsInputSchema = z.strictObject({
  /** The stratum ids in table order, as given to `frameCommitmentSql`. */
  strata: SqlStrataSchema,
  rows: RowsSchema,
});
export type ReadCommitmentRowsInput = z.input<typeof ReadCommitmentRowsInputSchema>;

export const ReadDrawRowsInputSchema = z.strictObject({
  announcement: z.custom<DrawAnnouncement | z.input<typeof AnnouncementSchema>>(() => true),
  seed: z.custom<SeedMaterial>(() => true),
  rows: RowsSchema,
});
export type ReadDrawRowsInput = z.input<typeof ReadDrawRowsInputSchema>;

function readCommitmentRowsImpl(input: ReadCommitmentRowsInput): Result<FrameCommitment, RuleIssue[]> {
  const read = parseInput(ReadCommitmentRowsInputSchema, input, []);
  if (read.isErr()) return err(read.error);
  const rows = readRows(read.value.rows);
  if (rows.issues.length > 0) return err(rows.issues);
  if (rows.drawn.length > 0) {
    return err([
      sqlIssue(
        'SQL_ROW_INVALID',
        ['rows'],
        '底册承诺的结果中出现了抽取行',
        'The commitment result holds drawn rows',
      ),
    ]);
  }
  return commitmentOfRows(rows.frame, read.value.strata);
}

/** The engine's commitment against the announced one: digest, then each stratum's count. */
function frameIssues(got: FrameCommitment, announced: FrameCommitment): RuleIssue[] {
  const out: RuleIssue[] = [];
  got.strata.forEach((s, h) => {
    const want = announced.strata[h]!.count;
    if (s.count !== want) {
      out.push(
        sqlIssue(
          'SQL_COUNT_MISMATCH',
          ['rows', 'strata', h],
          `数据库中第“${s.id}”层有 ${s.count} 个对象，公告为 ${want}`,
          `The database has ${s.count} objects in stratum "${s.id}", the announcement says ${want}`,
        ),
      );
    }
  });
  if (got.digest !== announced.digest) {
    out.push(
      sqlIssue(
        'SQL_FRAME_MISMATCH',
        ['rows', 'frame_digest'],
        `数据库抽取时的底册摘要为 ${got.digest}，公告为 ${announced.digest}：底册在公告后被改动`,
        `The database's frame digest at the draw is ${got.digest}, the announcement says ${announced.digest}: the frame changed after the announcement`,
      ),
    );
  }
  return out;
}

/**
 * One stratum's drawn rows, checked and in rank order: ranks 1 … expected once each, valid distinct ids, tickets
 * that recompute, ascending (ticket, id).
 */
function stratumEntries(
  h: number,
  stratum: string,
  rows: readonly DrawnRow[],
  expected: number,
  hasher: TicketHasher,
  seen: Set<string>,
): { entries: TicketEntry[]; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const byRank: (DrawnRow | undefined)[] = new Array<DrawnRow | undefined>(expected).fill(undefined);
  const where = `第“${stratum}”层`;
  const whereEn = `Stratum "${stratum}"`;
  for (const r of rows) {
    if (r.rank > expected || byRank[r.rank - 1]) {
      issues.push(
        sqlIssue(
          'SQL_RANK_MISSING',
          ['rows', 'strata', h, 'rank', r.rank],
          r.rank > expected
            ? `${where}返回了第 ${r.rank} 名，应只有 ${expected} 名（应抽加备选与该层对象数的较小者）`
            : `${where}第 ${r.rank} 名出现两次`,
          r.rank > expected
            ? `${whereEn}: rank ${r.rank} returned, only ${expected} expected (min(n + reserve, N))`
            : `${whereEn}: rank ${r.rank} appears twice`,
        ),
      );
    } else byRank[r.rank - 1] = r;
  }
  const missing = byRank.indexOf(undefined);
  if (missing >= 0 || byRank.length < expected) {
    const rank = (missing >= 0 ? missing : byRank.length) + 1;
    issues.push(
      sqlIssue(
        'SQL_RANK_MISSING',
        ['rows', 'strata', h, 'rank', rank],
        `${where}缺少第 ${rank} 名（应有 ${expected} 名，返回 ${rows.length} 行）`,
        `${whereEn}: rank ${rank} is missing (${expected} expected, ${rows.length} rows returned)`,
      ),
    );
  }
  if (issues.length > 0) return { entries: [], issues };
  const entries: TicketEntry[] = [];
  byRank.forEach((r, i) => {
    const path = ['rows', 'strata', h, 'rank', i + 1];
    if (!r) return;
    if (!isUsccFast(r.id) || seen.has(r.id)) {
      issues.push(
        sqlIssue(
          'SQL_DRAWN_ID_INVALID',
          [...path, 'id'],
          seen.has(r.id)
            ? `${where}第 ${i + 1} 名 ${r.id} 重复出现`
            : `${where}第 ${i + 1} 名“${r.id}”不是有效的统一社会信用代码`,
          seen.has(r.id)
            ? `${whereEn}, rank ${i + 1}: ${r.id} appears twice`
            : `${whereEn}, rank ${i + 1}: "${r.id}" is not a valid unified social credit code`,
        ),
      );
      return;
    }
    seen.add(r.id);
    const ticket = wordsToHex(hasher.ticket(h, r.id));
    if (ticket !== r.ticket) {
      issues.push(
        sqlIssue(
          'SQL_TICKET_MISMATCH',
          [...path, 'ticket'],
          `${where}第 ${i + 1} 名 ${r.id} 的签号应为 ${ticket}，数据库返回 ${r.ticket}`,
          `${whereEn}, rank ${i + 1}: ${r.id} has ticket ${ticket}, the database returned ${r.ticket}`,
        ),
      );
      return;
    }
    const prev = entries[entries.length - 1];
    if (prev && !(prev.ticket < ticket || (prev.ticket === ticket && prev.id < r.id))) {
      issues.push(
        sqlIssue(
          'SQL_ORDER_MISMATCH',
          path,
          `${where}第 ${i + 1} 名的签号（再按代码）不大于第 ${i} 名`,
          `${whereEn}: rank ${i + 1} does not come after rank ${i} in (ticket, code) order`,
        ),
      );
    }
    entries.push({ id: r.id, ticket });
  });
  return { entries, issues };
}

function readDrawRowsImpl(input: ReadDrawRowsInput): Result<LockedDraw, RuleIssue[]> {
  const read = parseInput(ReadDrawRowsInputSchema, input, []);
  if (read.isErr()) return err(read.error);
  const drawn = readAnnouncedDraw(read.value.announcement, read.value.seed);
  if (drawn.isErr()) return err(drawn.error);
  const { announcement: a, plan, sizes, keep: caps, prepared: p } = drawn.value;
  const strata = p.strata;
  const rows = readRows(read.value.rows);
  if (rows.issues.length > 0) return err(rows.issues);
  const engine = commitmentOfRows(rows.frame, strata);
  if (engine.isErr()) return err(engine.error);
  const mismatch = frameIssues(engine.value, a.frame);
  if (mismatch.length > 0) return err(mismatch);
  const hasher = new TicketHasher(p.key, p.strata);
  const perStratum: DrawnRow[][] = strata.map(() => []);
  const issues: RuleIssue[] = [];
  rows.drawn.forEach((r) => {
    if (r.h >= strata.length || strata[r.h] !== r.stratum) {
      issues.push(
        sqlIssue(
          'SQL_ROW_INVALID',
          ['rows', 'strata', r.h],
          `抽取行的分层 ${r.h}“${r.stratum}”不是比例表的第 ${r.h + 1} 层`,
          `A drawn row's stratum ${r.h} "${r.stratum}" is not stratum ${r.h + 1} of the ratio table`,
        ),
      );
    } else perStratum[r.h]!.push(r);
  });
  if (issues.length > 0) return err(issues);
  const seen = new Set<string>();
  const chosen = strata.map((s, h) => {
    const expected = Math.min(caps[h]!, a.frame.strata[h]!.count);
    const r = stratumEntries(h, s, perStratum[h]!, expected, hasher, seen);
    issues.push(...r.issues);
    return r.entries;
  });
  if (issues.length > 0) return err(issues);
  return ok(lockDraw(buildReceipt(plan, p.seed, p.key, a.frame, sizes, chosen, a)));
}

/**
 * The frame commitment from the rows of `frameCommitmentSql` (第十九条): the one to publish with `announceDraw`
 * (`{ task, commitment, seed }`). Refuses a frame with invalid codes, unknown strata or duplicates
 * (SQL_FRAME_UNITS_INVALID) and rows that do not make one commitment. Never throws.
 */
export const readCommitmentRows = guarded(readCommitmentRowsImpl);

/**
 * The locked draw from the rows of `drawSql` (第十九条), given the published announcement and seed; its receipt
 * is the one `drawObjects` gives on the same frame. Never throws; every refusal is a coded finding.
 */
export const readDrawRows = guarded(readDrawRowsImpl);
