/**
 * 抽取公告 (draw announcement), 第十九条 “公开、公正”: what is published **before the seed exists** — task, ratio
 * table, reserve percentage, frame commitment and where the seed will come from — and its SHA-256 digest. The
 * stage-one key is derived with the labels ['stage-one', taskId, digest], so changing the frame, a ratio, the
 * reserve or the seed's kind or source after the seed is known changes every ticket; and a verifier who compares
 * the receipt's announcement digest with the one published beforehand knows none of them was changed.
 *
 *   digest = SHA-256( lp("shuangsuiji/draw-announcement/v1")
 *                     ‖ lp(algorithm id) ‖ u32(algorithm version) ‖ lp(taskId)
 *                     ‖ lp(ratio-table source) ‖ opt(u64(total))
 *                     ‖ u32(H) ‖ for each stratum: lp(id) ‖ lp(label) ‖ (u8(1) ‖ lp(ratio) | u8(2) ‖ u64(count))
 *                     ‖ u32(reservePercent)
 *                     ‖ frame digest (32 bytes) ‖ u32(H) ‖ for each stratum: lp(id) ‖ u64(N_h) ‖ u64(total N)
 *                     ‖ lp(seed kind) ‖ opt(lp(seed source)) ‖ opt(32-byte SHA-256 of the committed text) )
 *
 * with opt(x) = u8(0) when absent, u8(1) ‖ x when present (see docs/verification.md, Step 0).
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { field } from '../../model/field.js';
import { deepFreeze } from '../../model/freeze.js';
import { type RuleIssue, readPath } from '../../model/issue.js';
import { guarded } from '../guard.js';
import { sha256Hex } from '../hash/sha256.js';
import { drawIssue } from '../issues.js';
import { parseCommitment } from './commitment.js';
import { firstDifference } from './diff.js';
import { ByteWriter, hexToBytes, isWellFormedText, utf8 } from './encoding.js';
import type { FrameCommitment } from './frame.js';
import {
  algorithmSchema,
  count,
  frameCommitmentSchema,
  hex64,
  parseLabelled,
  reservePercentSchema,
  stratumRuleSchema,
  t,
} from './labels.js';
import type { DrawPlan } from './plan.js';
import { parseSeed, type SeedKind, SeedKindField, type SeedMaterial } from './seed.js';
import { allocateSizes, type StratumSizeRule } from './sizes.js';
import { DRAW_ALGORITHM_ID, DRAW_ALGORITHM_VERSION } from './version.js';

/** Domain label of the announcement digest. */
export const ANNOUNCEMENT_LABEL = 'shuangsuiji/draw-announcement/v1';
/** Format tag of an announcement. */
export const ANNOUNCEMENT_FORMAT = 'shuangsuiji/draw-announcement';

/** Where the seed will come from, fixed before it exists. */
export interface SeedSpecification {
  readonly kind: SeedKind;
  /** Which lottery draw, beacon round, or where the committed text's hash was published. */
  readonly source?: string;
  /** committed-text only: lowercase hex SHA-256 of the UTF-8 bytes of the text, published beforehand. */
  readonly commitment?: string;
}

/** The announcement: plain JSON, deeply frozen. */
export interface DrawAnnouncement {
  readonly format: typeof ANNOUNCEMENT_FORMAT;
  readonly algorithm: { readonly id: string; readonly version: number };
  readonly taskId: string;
  readonly ratioTable: {
    readonly source: string;
    readonly total?: number;
    readonly strata: readonly {
      readonly id: string;
      readonly label: string;
      readonly rule: StratumSizeRule;
    }[];
  };
  readonly reservePercent: number;
  readonly frame: FrameCommitment;
  readonly seed: SeedSpecification;
  /** Lowercase hex SHA-256 of the canonical encoding above. */
  readonly digest: string;
}

type Body = Omit<DrawAnnouncement, 'digest'>;

function opt(w: ByteWriter, present: boolean, write: () => void): void {
  w.u8(present ? 1 : 0);
  if (present) write();
}

/** The canonical bytes whose SHA-256 is the announcement digest (see module comment). */
export function announcementPreimage(a: Body): Uint8Array {
  const w = new ByteWriter(512)
    .lp(ANNOUNCEMENT_LABEL)
    .lp(a.algorithm.id)
    .u32(a.algorithm.version)
    .lp(a.taskId)
    .lp(a.ratioTable.source);
  opt(w, a.ratioTable.total !== undefined, () => w.u64(a.ratioTable.total!));
  w.u32(a.ratioTable.strata.length);
  for (const s of a.ratioTable.strata) {
    w.lp(s.id).lp(s.label);
    if ('ratio' in s.rule) w.u8(1).lp(s.rule.ratio);
    else w.u8(2).u64(s.rule.count);
  }
  w.u32(a.reservePercent);
  w.raw(hexToBytes(a.frame.digest)!).u32(a.frame.strata.length);
  for (const s of a.frame.strata) w.lp(s.id).u64(s.count);
  w.u64(a.frame.total);
  w.lp(a.seed.kind);
  opt(w, a.seed.source !== undefined, () => w.lp(a.seed.source!));
  opt(w, a.seed.commitment !== undefined, () => w.raw(hexToBytes(a.seed.commitment!)!));
  return w.toBytes();
}

/** Builds the deeply frozen announcement of a checked plan, frame commitment and seed specification. */
export function makeAnnouncement(
  plan: DrawPlan,
  frame: FrameCommitment,
  seed: SeedSpecification,
): DrawAnnouncement {
  const body: Body = {
    format: ANNOUNCEMENT_FORMAT,
    algorithm: { id: DRAW_ALGORITHM_ID, version: DRAW_ALGORITHM_VERSION },
    taskId: plan.taskId,
    ratioTable: {
      source: plan.source,
      ...(plan.total !== undefined ? { total: plan.total } : {}),
      strata: plan.strata.map((s) => ({
        id: s.id,
        label: s.label,
        rule: 'ratio' in s.rule ? { ratio: s.rule.ratio } : { count: s.rule.count },
      })),
    },
    reservePercent: plan.reservePercent,
    frame: {
      digest: frame.digest,
      strata: frame.strata.map((s) => ({ id: s.id, count: s.count })),
      total: frame.total,
    },
    seed: {
      kind: seed.kind,
      ...(seed.source !== undefined ? { source: seed.source } : {}),
      ...(seed.commitment !== undefined ? { commitment: seed.commitment } : {}),
    },
  };
  return deepFreeze({ ...body, digest: sha256Hex(announcementPreimage(body)) });
}

/** SHA-256 hex of the UTF-8 bytes of a committed seed text. */
export function textCommitment(text: string): string {
  return sha256Hex(utf8(text));
}

/**
 * The commitment to publish in the announcement of a `committed-text` seed, before the text itself: SHA-256 (hex)
 * of the text's UTF-8 bytes. The text must be a valid seed text (canonical, see `validateSeedText`): a text that
 * could never be drawn with is refused here, before it is committed to. Never throws.
 */
export function commitSeedText(text: string): Result<string, RuleIssue[]> {
  return parseSeed({ kind: 'committed-text', text }, []).map((seed) => textCommitment(seed.text));
}

/** The seed specification implied by seed material (the commitment of a committed text is its hash). */
export function specOfSeed(seed: SeedMaterial): SeedSpecification {
  return {
    kind: seed.kind,
    ...(seed.source !== undefined ? { source: seed.source } : {}),
    ...(seed.kind === 'committed-text' ? { commitment: textCommitment(seed.text) } : {}),
  };
}

const SeedSpecSchema = field(
  z.strictObject({
    kind: SeedKindField,
    source: field(z.string().min(1).max(2000), t('种子来源', 'the seed source')).optional(),
    commitment: hex64('种子承诺值', 'the seed commitment').optional(),
  }),
  t('种子说明', 'the seed specification'),
  t('应为 { kind, source, commitment? }', 'must be { kind, source, commitment? }'),
);

/**
 * Reads a seed specification for an announcement: `source` is required (which draw, which round, where the
 * hash was published) and a committed text needs its published SHA-256 `commitment`; the other kinds have
 * none.
 */
export function readSeedSpec(
  input: unknown,
  path: readonly (string | number)[],
  requireSource: boolean,
): Result<SeedSpecification, RuleIssue[]> {
  const parsed = parseLabelled(SeedSpecSchema, input, 'DRAW_ANNOUNCEMENT_INVALID', path);
  const bad = (zh: string, en: string) => err([drawIssue('DRAW_ANNOUNCEMENT_INVALID', path, zh, en)]);
  if (!parsed.ok) return err(parsed.issues);
  const v = parsed.value;
  if (v.source !== undefined && !isWellFormedText(v.source)) {
    return err([
      drawIssue(
        'DRAW_TEXT_NOT_UNICODE',
        [...path, 'source'],
        '种子来源含不成对的代理字符',
        'The seed source is not well-formed Unicode',
      ),
    ]);
  }
  if (requireSource && v.source === undefined) {
    return bad(
      '公告须写明种子来源（哪一期彩票、哪一轮信标，或承诺值公布在何处）',
      'The announcement must name the seed source (which lottery draw, beacon round, or where the hash was published)',
    );
  }
  if ((v.kind === 'committed-text') !== (v.commitment !== undefined)) {
    return bad(
      '承诺文本种子须公布其 SHA-256 承诺值；彩票和信标种子不带承诺值',
      'A committed-text seed needs the SHA-256 commitment of its text; lottery and beacon seeds have none',
    );
  }
  return ok(v as SeedSpecification);
}

/** The first field in which two announcements differ, as a path, or undefined when equal. */
export function announcementDifference(
  a: DrawAnnouncement,
  b: DrawAnnouncement,
): (string | number)[] | undefined {
  return (
    firstDifference({ ...a, digest: '' }, { ...b, digest: '' }) ??
    (a.digest === b.digest ? undefined : ['digest'])
  );
}

/** Says which announced field differs, as a DRAW_ANNOUNCEMENT_MISMATCH (or a verify code) finding. */
export function mismatchIssue(
  code: 'DRAW_ANNOUNCEMENT_MISMATCH' | 'DRAW_VERIFY_ANNOUNCEMENT_MISMATCH',
  path: readonly (string | number)[],
  field: readonly (string | number)[],
  published: string,
  actual: string,
): RuleIssue {
  const name = field.join('.') || 'digest';
  return drawIssue(
    code,
    [...path, ...field],
    `与事先公布的抽取公告不符（${name}）：公布的公告摘要 ${published}，本次为 ${actual}`,
    `Differs from the announcement published before the seed (${name}): published digest ${published}, this one ${actual}`,
  );
}

/** Schema of a published announcement's shape (parseAnnouncement checks the rest, digest included). */
export const AnnouncementSchema = field(
  z.strictObject({
    format: field(z.literal(ANNOUNCEMENT_FORMAT), t('公告格式标识', 'the announcement format')),
    algorithm: algorithmSchema(),
    taskId: field(z.string().min(1), t('任务编号', 'the task id')),
    ratioTable: field(
      z.strictObject({
        source: field(z.string(), t('比例来源', 'the source of the ratios')),
        total: count('抽取总数', 'the total').optional(),
        strata: field(
          z
            .array(
              field(
                z.strictObject({
                  id: field(z.string().min(1), t('分层标识', 'the stratum id')),
                  label: field(z.string(), t('分层名称', 'the stratum label')),
                  rule: stratumRuleSchema(z.string()),
                }),
                t('比例表分层', 'a ratio-table stratum'),
              ),
            )
            .min(1),
          t('比例表分层列表', 'the ratio-table strata'),
        ),
      }),
      t('比例表', 'the ratio table'),
    ),
    reservePercent: reservePercentSchema(),
    frame: frameCommitmentSchema(true),
    seed: SeedSpecSchema,
    digest: hex64('公告摘要', 'the announcement digest'),
  }),
  t('抽取公告', 'the draw announcement'),
);

/**
 * Reads a published announcement and checks it the way `announceDraw` would have made it: current algorithm,
 * distinct well-formed strata, canonical ratios (sizes computable), a frame commitment listing those strata,
 * a seed specification, and a digest that is the SHA-256 of its content. Anything else is
 * DRAW_ANNOUNCEMENT_INVALID (or the specific ratio, total or text finding) at `path`.
 */
function parseAnnouncementImpl(
  input: unknown,
  givenPath: readonly (string | number)[] = ['announcement'],
): Result<DrawAnnouncement, RuleIssue[]> {
  const path = readPath(givenPath, ['announcement']);
  const parsed = parseLabelled(AnnouncementSchema, input, 'DRAW_ANNOUNCEMENT_INVALID', path, {
    zh: '抽取公告格式错误：',
    en: 'Malformed announcement: ',
  });
  const bad = (zh: string, en: string, at: readonly (string | number)[] = path) =>
    err([drawIssue('DRAW_ANNOUNCEMENT_INVALID', at, zh, en)]);
  if (!parsed.ok) return err(parsed.issues);
  const a = parsed.value;
  if (a.algorithm.id !== DRAW_ALGORITHM_ID || a.algorithm.version !== DRAW_ALGORITHM_VERSION) {
    return bad(
      `公告的算法 ${a.algorithm.id} v${a.algorithm.version} 不受支持`,
      `The announcement's algorithm ${a.algorithm.id} v${a.algorithm.version} is not supported`,
      [...path, 'algorithm'],
    );
  }
  const ids = a.ratioTable.strata.map((s) => s.id);
  const texts = [a.taskId, a.ratioTable.source, ...ids, ...a.ratioTable.strata.map((s) => s.label)];
  if (!texts.every(isWellFormedText)) {
    return err([
      drawIssue(
        'DRAW_TEXT_NOT_UNICODE',
        path,
        '公告中的文本含不成对的代理字符',
        'A text in the announcement is not well-formed Unicode',
      ),
    ]);
  }
  if (new Set(ids).size !== ids.length) {
    return err([
      drawIssue(
        'DRAW_DUPLICATE_STRATUM',
        [...path, 'ratioTable', 'strata'],
        '公告中的分层标识重复',
        'A stratum id appears twice in the announcement',
      ),
    ]);
  }
  const frame = parseCommitment(a.frame, ids);
  if (frame.isErr()) return err(frame.error.map((i) => ({ ...i, path: [...path, 'frame'] })));
  const sizes = allocateSizes(
    a.ratioTable.strata.map((s) => s.rule),
    frame.value.strata.map((s) => s.count),
    a.ratioTable.total,
    a.reservePercent,
  );
  if (sizes.isErr()) {
    return err(sizes.error.map((i) => ({ ...i, path: [...path, 'ratioTable', ...i.path.slice(3)] })));
  }
  const seed = readSeedSpec(a.seed, [...path, 'seed'], false);
  if (seed.isErr()) return err(seed.error);
  const plan = planOfAnnouncement(a);
  const made = makeAnnouncement(plan, frame.value, seed.value);
  if (made.digest !== a.digest) {
    return bad(
      `公告摘要 ${a.digest} 不是其内容的 SHA-256（应为 ${made.digest}）`,
      `The announcement digest ${a.digest} is not the SHA-256 of its content (${made.digest})`,
      [...path, 'digest'],
    );
  }
  return ok(made);
}

/** See above. Never throws: an unreadable input is a DRAW_INPUT_UNREADABLE finding. */
export const parseAnnouncement: (
  input: unknown,
  path?: readonly (string | number)[],
) => Result<DrawAnnouncement, RuleIssue[]> = guarded(parseAnnouncementImpl);

/** Seed material with the announced source filled in when the material names none. */
/** The draw plan an announcement fixes: task id, ratio table and reserve, as drawObjects uses them. */
export function planOfAnnouncement(a: {
  readonly taskId: string;
  readonly ratioTable: {
    readonly source: string;
    readonly total?: number | undefined;
    readonly strata: DrawPlan['strata'];
  };
  readonly reservePercent: number;
}): DrawPlan {
  return {
    taskId: a.taskId,
    source: a.ratioTable.source,
    ...(a.ratioTable.total !== undefined ? { total: a.ratioTable.total } : {}),
    strata: a.ratioTable.strata,
    reservePercent: a.reservePercent,
  };
}

export function withAnnouncedSource(seed: SeedMaterial, given: DrawAnnouncement | undefined): SeedMaterial {
  const source = given?.seed.source;
  return seed.source === undefined && source !== undefined ? Object.freeze({ ...seed, source }) : seed;
}

/**
 * The announcement of a draw: the one computed from the inputs when none is given; otherwise the given one,
 * which must be exactly that (DRAW_ANNOUNCEMENT_MISMATCH naming the field, or DRAW_SEED_COMMITMENT_MISMATCH
 * when a committed text does not hash to the announced commitment). `seed` already carries the announced
 * source (see {@link withAnnouncedSource}).
 */
export function resolveAnnouncement(
  given: DrawAnnouncement | undefined,
  plan: DrawPlan,
  seed: SeedMaterial,
  frame: FrameCommitment,
): Result<DrawAnnouncement, RuleIssue[]> {
  const expected = makeAnnouncement(plan, frame, specOfSeed(seed));
  if (given === undefined) return ok(expected);
  if (
    seed.kind === 'committed-text' &&
    given.seed.commitment !== undefined &&
    given.seed.commitment !== textCommitment(seed.text)
  ) {
    return err([
      drawIssue(
        'DRAW_SEED_COMMITMENT_MISMATCH',
        ['seed', 'text'],
        `承诺文本的 SHA-256 为 ${textCommitment(seed.text)}，公告中的承诺值为 ${given.seed.commitment}`,
        `The committed text hashes to ${textCommitment(seed.text)}; the announcement commits to ${given.seed.commitment}`,
      ),
    ]);
  }
  const field = announcementDifference(given, expected);
  if (field === undefined) return ok(given);
  return err([
    mismatchIssue('DRAW_ANNOUNCEMENT_MISMATCH', ['announcement'], field, given.digest, expected.digest),
  ]);
}
