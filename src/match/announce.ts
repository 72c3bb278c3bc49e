/**
 * 派员公告 (the department's inspector-draw announcement), 第十九条 “公开、公正”: published **before** the
 * department's seed exists, it commits to the locked object list (by digest), the inspector directory snapshot
 * and the recusal list (by digest: recusals are personal information), the task's domains and schedule, the
 * minimum per object (第二十一条), the load cap, the leader rule (第二十条 ¶2) and where the seed will come
 * from. Its digest is a label of the stage-two key, so none of these can change once the seed is known.
 *
 *   digest = SHA-256( lp("shuangsuiji/match-announcement/v1") ‖ lp(algorithm id) ‖ u32(version)
 *                     ‖ lp(taskId) ‖ lp(departmentId) ‖ lp(headInspectorId) ‖ u8(initiator)
 *                     ‖ lp(draw.announcementDigest) ‖ lp(draw.digest) ‖ u64(draw.objects)
 *                     ‖ lp(directory.id) ‖ lp(directory.asOf) ‖ lp(directory.digest) ‖ u64(directory.inspectors)
 *                     ‖ lp(recusals.digest) ‖ u64(recusals.count)
 *                     ‖ u32(#domains) ‖ lp(domain)… ‖ lp(schedule.start) ‖ lp(schedule.end)
 *                     ‖ u32(minimum) ‖ opt(u32(maxLoad)) ‖ lp(leader)
 *                     ‖ lp(seed.kind) ‖ lp(seed.source) ‖ opt(lp(seed.commitment)) )
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { deepFreeze } from '../model/freeze.js';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { directoryDigest, drawDigest, recusalsDigest } from './digests.js';
import { readInputs, type StageTwoInput, type StageTwoInputs } from './inputs.js';
import { guarded, matchIssue } from './issues.js';
import { ByteWriter } from './stage-one.js';
import { MATCH_ALGORITHM_ID, MATCH_ALGORITHM_VERSION, MATCH_ANNOUNCEMENT_FORMAT } from './version.js';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** Where the department's seed will come from: kind, source, and for a committed text its SHA-256. */
export const MatchSeedSpecSchema = z
  .object({
    kind: z.enum(['lottery', 'beacon', 'committed-text']),
    source: z.string().trim().min(1).max(2000),
    commitment: Hex64.optional(),
  })
  .strict()
  .refine((s) => (s.kind === 'committed-text') === (s.commitment !== undefined), {
    message: '承诺文本种子须给出其 SHA-256 承诺摘要，其他种子不得给出',
    path: ['commitment'],
  });

/** The published announcement (plain JSON) with its digest. */
export const MatchAnnouncementSchema = z
  .object({
    format: z.literal(MATCH_ANNOUNCEMENT_FORMAT),
    algorithm: z
      .object({ id: z.literal(MATCH_ALGORITHM_ID), version: z.literal(MATCH_ALGORITHM_VERSION) })
      .strict(),
    taskId: z.string(),
    departmentId: z.string(),
    headInspectorId: z.string(),
    initiator: z.boolean(),
    draw: z.object({ announcementDigest: Hex64, digest: Hex64, objects: z.int().min(0) }).strict(),
    directory: z
      .object({ id: z.string(), asOf: z.string(), digest: Hex64, inspectors: z.int().min(0) })
      .strict(),
    recusals: z.object({ digest: Hex64, count: z.int().min(0) }).strict(),
    domains: z.array(z.string()),
    schedule: z.object({ start: z.string(), end: z.string() }).strict(),
    rules: z
      .object({
        minimum: z.int().min(2),
        maxLoad: z.int().min(1).nullable(),
        leader: z.enum(['least-led', 'none']),
      })
      .strict(),
    seed: MatchSeedSpecSchema,
    digest: Hex64,
  })
  .strict();
/** A department's stage-two announcement (派员公告, 第十九条), published before its seed: see docs/match-verification.md. */
export type MatchAnnouncement = z.output<typeof MatchAnnouncementSchema>;
export type MatchSeedSpec = z.output<typeof MatchSeedSpecSchema>;

/** The announcement's digest (module comment). */
export function announcementDigest(a: Omit<MatchAnnouncement, 'digest'>): string {
  const w = new ByteWriter(1024)
    .lp('shuangsuiji/match-announcement/v1')
    .lp(a.algorithm.id)
    .u32(a.algorithm.version)
    .lp(a.taskId)
    .lp(a.departmentId)
    .lp(a.headInspectorId)
    .u8(a.initiator ? 1 : 0)
    .lp(a.draw.announcementDigest)
    .lp(a.draw.digest)
    .u64(a.draw.objects)
    .lp(a.directory.id)
    .lp(a.directory.asOf)
    .lp(a.directory.digest)
    .u64(a.directory.inspectors)
    .lp(a.recusals.digest)
    .u64(a.recusals.count)
    .u32(a.domains.length);
  for (const d of a.domains) w.lp(d);
  w.lp(a.schedule.start).lp(a.schedule.end).u32(a.rules.minimum);
  w.u8(a.rules.maxLoad === null ? 0 : 1);
  if (a.rules.maxLoad !== null) w.u32(a.rules.maxLoad);
  w.lp(a.rules.leader).lp(a.seed.kind).lp(a.seed.source);
  w.u8(a.seed.commitment === undefined ? 0 : 1);
  if (a.seed.commitment !== undefined) w.lp(a.seed.commitment);
  return bytesToHex(sha256(w.toBytes()));
}

/** The announcement of checked inputs and a checked seed specification. */
export function makeAnnouncement(inputs: StageTwoInputs, seed: MatchSeedSpec): MatchAnnouncement {
  const body: Omit<MatchAnnouncement, 'digest'> = {
    format: MATCH_ANNOUNCEMENT_FORMAT,
    algorithm: { id: MATCH_ALGORITHM_ID, version: MATCH_ALGORITHM_VERSION },
    taskId: inputs.taskId,
    departmentId: inputs.department.id,
    headInspectorId: inputs.department.headInspectorId,
    initiator: inputs.initiator,
    draw: {
      announcementDigest: inputs.draw.announcementDigest,
      digest: drawDigest(inputs),
      objects: inputs.objects.length,
    },
    directory: {
      id: inputs.directory.id,
      asOf: inputs.directory.asOf,
      digest: directoryDigest(inputs),
      inspectors: inputs.directory.inspectors.length,
    },
    recusals: { digest: recusalsDigest(inputs), count: inputs.recusals.length },
    domains: [...inputs.domains],
    schedule: { ...inputs.schedule },
    rules: {
      minimum: inputs.minimum,
      maxLoad: inputs.maxLoad ?? null,
      leader: inputs.initiator ? 'least-led' : 'none',
    },
    seed: {
      kind: seed.kind,
      source: seed.source,
      ...(seed.commitment !== undefined ? { commitment: seed.commitment } : {}),
    },
  };
  return deepFreeze({ ...body, digest: announcementDigest(body) });
}

/** Reads a seed specification. */
export function readSeedSpec(x: unknown): Result<MatchSeedSpec, RuleIssue[]> {
  const r = parseWith(MatchSeedSpecSchema, x, '第十九条');
  return r.mapErr((issues) =>
    issues.map((i) => matchIssue('MATCH_INPUT_INVALID', ['seed', ...i.path], i.message.zh, i.message.en)),
  );
}

/** Input of {@link announceMatch}. */
export type AnnounceMatchInput = StageTwoInput & {
  /** `{ kind, source, commitment? }`: which lottery draw or beacon round, or the SHA-256 of a committed text. */
  readonly seed: z.input<typeof MatchSeedSpecSchema>;
};

function announceMatchImpl(input: AnnounceMatchInput): Result<MatchAnnouncement, RuleIssue[]> {
  const inputs = readInputs(input);
  const seed = readSeedSpec(input?.seed);
  if (inputs.isErr() || seed.isErr()) {
    return err([...(inputs.isErr() ? inputs.error : []), ...(seed.isErr() ? seed.error : [])]);
  }
  return ok(makeAnnouncement(inputs.value, seed.value));
}

/**
 * The department's 派员公告, to publish before its seed is known (第十九条). Deeply frozen plain JSON with its
 * `digest`. Never throws.
 */
export const announceMatch: (input: AnnounceMatchInput) => Result<MatchAnnouncement, RuleIssue[]> =
  guarded(announceMatchImpl);

function parseMatchAnnouncementImpl(x: unknown): Result<MatchAnnouncement, RuleIssue[]> {
  const r = parseWith(MatchAnnouncementSchema, x, '第十九条');
  if (r.isErr()) {
    return err(
      r.error.map((i) => matchIssue('MATCH_ANNOUNCEMENT_INVALID', i.path, i.message.zh, i.message.en)),
    );
  }
  const { digest, ...body } = r.value;
  if (announcementDigest(body) !== digest) {
    return err([
      matchIssue(
        'MATCH_ANNOUNCEMENT_INVALID',
        ['digest'],
        '派员公告的摘要与其内容不符',
        "The announcement's digest is not the digest of its content",
      ),
    ]);
  }
  return ok(deepFreeze(r.value));
}

/** Reads a published 派员公告 back and checks its digest. Never throws. */
export const parseMatchAnnouncement: (x: unknown) => Result<MatchAnnouncement, RuleIssue[]> =
  guarded(parseMatchAnnouncementImpl);
