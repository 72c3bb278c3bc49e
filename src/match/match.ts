/**
 * `matchInspectors` (第十九条 ¶1: 各参与部门根据接收的检查对象，自行抽取匹配执法检查人员): a department's inspector
 * draw for the locked object list, as a pure function of published inputs — the 派员公告 (published before the
 * seed), the seed, the directory snapshot and the recusals (both bound by digest). Every object gets the minimum
 * of distinct, eligible inspectors (第二十一条), loads are as even as the constraints allow, the initiating
 * department names a leader per object (第二十条 ¶2), experts are attached but never counted (第二十条 ¶3); an
 * object with exactly as many eligible inspectors as it needs is assigned without drawing, and marked
 * `random: false` (第十九条 ¶2). Where numbers fall short, the error names each object, by how many and why.
 */
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { deepFreeze } from '../model/freeze.js';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import {
  type MatchAnnouncement,
  type MatchSeedSpec,
  makeAnnouncement,
  parseMatchAnnouncement,
} from './announce.js';
import { runEngine } from './assign.js';
import { remember } from './context.js';
import { eligibleCount, type Pool, poolOf } from './eligibility.js';
import { ExpertAttachmentSchema, readInputs, type StageTwoInput, type StageTwoInputs } from './inputs.js';
import { guarded, matchIssue } from './issues.js';
import { compareText } from './order.js';
import { assignmentOf, type LockedAssignment, type MatchReceipt, type ReceiptObject } from './receipt.js';
import {
  DERIVE_KEY_LABEL,
  deriveKey,
  firstDifference,
  LIBRARY_VERSION,
  parseSeed,
  type SeedMaterial,
  textCommitment,
} from './stage-one.js';
import {
  MATCH_ALGORITHM_ID,
  MATCH_ALGORITHM_VERSION,
  MATCH_RECEIPT_FORMAT,
  STAGE_TWO_LABEL,
} from './version.js';

/** Input of {@link matchInspectors}. */
export type MatchInput = StageTwoInput & {
  /** The department's seed material `{ kind, text, source? }`, published after the announcement. */
  readonly seed: SeedMaterial;
  /** The published 派员公告 (or its digest): the inputs must be exactly the announced ones. */
  readonly announcement?: MatchAnnouncement | string;
  /** Experts attached to objects (第二十条 ¶3): never counted, never drawn. */
  readonly experts?: readonly z.input<typeof ExpertAttachmentSchema>[];
};

const ExpertsSchema = z.array(ExpertAttachmentSchema).default([]);

/** Checks the attached experts; returns objectId → sorted expert ids. */
function readExperts(x: unknown, inputs: StageTwoInputs): Result<Map<string, string[]>, RuleIssue[]> {
  const parsed = parseWith(ExpertsSchema, x, '第二十条');
  if (parsed.isErr()) {
    return err(
      parsed.error.map((i) =>
        matchIssue('MATCH_EXPERT_INVALID', ['experts', ...i.path], i.message.zh, i.message.en),
      ),
    );
  }
  const byId = new Map(inputs.directory.inspectors.map((p) => [p.id, p]));
  const drawn = new Set(inputs.objects);
  const out = new Map<string, string[]>();
  const issues: RuleIssue[] = [];
  parsed.value.forEach((e, k) => {
    const p = byId.get(e.expertId);
    const list = out.get(e.objectId) ?? [];
    if (!drawn.has(e.objectId) || p?.role !== 'expert' || !p.active || list.includes(e.expertId)) {
      issues.push(
        matchIssue(
          'MATCH_EXPERT_INVALID',
          ['experts', k],
          `专家 ${e.expertId} 不能随同检查对象 ${e.objectId}：须是名录库中在岗的专家，对象须在本次名单中，且不重复`,
          `Expert ${e.expertId} cannot be attached to ${e.objectId}: it must be an active expert of the directory, for a drawn object, once`,
        ),
      );
      return;
    }
    out.set(e.objectId, [...list, e.expertId].sort(compareText));
  });
  return issues.length > 0 ? err(issues) : ok(out);
}

/** The announcement the draw runs under: the published one (checked against the inputs) or the computed one. */
function settleAnnouncement(
  given: unknown,
  inputs: StageTwoInputs,
  seed: SeedMaterial,
): Result<MatchAnnouncement, RuleIssue[]> {
  const mismatch = (path: (string | number)[], zh: string, en: string) =>
    err([matchIssue('MATCH_ANNOUNCEMENT_MISMATCH', ['announcement', ...path], zh, en)]);
  let spec: MatchSeedSpec;
  let published: MatchAnnouncement | undefined;
  if (given !== undefined && typeof given !== 'string') {
    const a = parseMatchAnnouncement(given);
    if (a.isErr()) return err(a.error.map((i) => ({ ...i, path: ['announcement', ...i.path] })));
    published = a.value;
    spec = published.seed;
  } else {
    if (seed.source === undefined) {
      return err([
        matchIssue(
          'MATCH_INPUT_INVALID',
          ['seed', 'source'],
          '未给出派员公告时，随机种子须注明来源（哪一期开奖、哪一轮信标）',
          'Without an announcement, the seed must name its source (which lottery draw or beacon round)',
        ),
      ]);
    }
    spec = {
      kind: seed.kind,
      source: seed.source,
      ...(seed.kind === 'committed-text' ? { commitment: textCommitment(seed.text) } : {}),
    };
  }
  if (seed.kind !== spec.kind || (seed.source !== undefined && seed.source !== spec.source)) {
    return mismatch(
      ['seed'],
      '随机种子的类型或来源与派员公告不符',
      'The seed kind or source is not the announced one',
    );
  }
  if (spec.commitment !== undefined && textCommitment(seed.text) !== spec.commitment) {
    return err([
      matchIssue(
        'MATCH_SEED_COMMITMENT_MISMATCH',
        ['seed', 'text'],
        '随机种子文本的 SHA-256 与派员公告中的承诺摘要不符',
        'The SHA-256 of the seed text is not the announced commitment',
      ),
    ]);
  }
  const computed = makeAnnouncement(inputs, spec);
  if (published !== undefined && published.digest !== computed.digest) {
    const path = firstDifference(published, computed) ?? [];
    return mismatch(
      path,
      `派员输入与公告不一致（${path.join('.')}）`,
      `The inputs differ from the announcement at ${path.join('.')}`,
    );
  }
  if (typeof given === 'string' && given !== computed.digest) {
    return mismatch(
      ['digest'],
      '派员输入得到的公告摘要与公布的摘要不符',
      'The inputs give another announcement digest than the published one',
    );
  }
  return ok(computed);
}

function shortIssues(inputs: StageTwoInputs, pool: Pool): RuleIssue[] {
  const m = inputs.minimum;
  const x = pool.excluded;
  return inputs.objects.flatMap((id) => {
    const e = eligibleCount(pool, id);
    if (e >= m) return [];
    const r = pool.recused.get(id)?.size ?? 0;
    return [
      matchIssue(
        'MATCH_OBJECT_SHORT',
        ['objects', id],
        `检查对象 ${id} 只有 ${e} 名符合条件的执法检查人员，少于规定的 ${m} 名，还差 ${m - e} 名（回避 ${r} 名；本部门名录库中不在岗 ${x.inactive} 名、执法证无效或不覆盖任务期间 ${x.uncertified} 名、不具备执法领域资质 ${x.unqualified} 名；专家 ${x.expert} 名不计入）`,
        `Object ${id} has ${e} eligible inspectors, ${m - e} short of the minimum ${m} (recused ${r}; in the department's directory: inactive ${x.inactive}, certificate invalid during the schedule ${x.uncertified}, unqualified for the domains ${x.unqualified}; experts ${x.expert}, never counted)`,
      ),
    ];
  });
}

/** Builds the receipt of a finished draw. */
function buildReceipt(
  inputs: StageTwoInputs,
  seed: SeedMaterial,
  announcement: MatchAnnouncement,
  key: Uint8Array,
  pool: Pool,
  engine: ReturnType<typeof runEngine>,
  experts: Map<string, string[]>,
): MatchReceipt {
  const ids = pool.ids;
  const n = ids.length;
  const m = inputs.minimum;
  const byObject = new Map<string, ReceiptObject>();
  const load = new Int32Array(n);
  engine.order.forEach((objectId, o) => {
    const members = engine.members[o]!;
    for (const k of members) load[k]!++;
    const drawn = members.map((k) => ids[k]!);
    const e = eligibleCount(pool, objectId);
    const leader = engine.leaders[o]!;
    const ex = experts.get(objectId);
    byObject.set(objectId, {
      objectId,
      eligible: e,
      random: e > m,
      drawn,
      inspectorIds: drawn,
      ...(leader >= 0 ? { leaderId: ids[leader]! } : {}),
      ...(ex !== undefined ? { expertIds: ex } : {}),
    });
  });
  const objects = inputs.objects.map((id) => byObject.get(id)!);
  const S = m * inputs.objects.length;
  const uniform =
    pool.recused.size === 0 && n >= m && (inputs.maxLoad === undefined || inputs.maxLoad >= Math.ceil(S / n));
  const loads = [...load];
  return {
    format: MATCH_RECEIPT_FORMAT,
    algorithm: { id: MATCH_ALGORITHM_ID, version: MATCH_ALGORITHM_VERSION },
    libraryVersion: LIBRARY_VERSION,
    taskId: inputs.taskId,
    departmentId: inputs.department.id,
    announcement,
    seed: {
      kind: seed.kind,
      text: seed.text,
      ...(seed.source !== undefined ? { source: seed.source } : {}),
      encoding: 'utf-8',
      bytes: bytesToHex(utf8ToBytes(seed.text)),
    },
    derivation: {
      function: DERIVE_KEY_LABEL,
      labels: [STAGE_TWO_LABEL, inputs.taskId, inputs.department.id, announcement.digest],
      key: bytesToHex(key),
    },
    pool: { inspectors: n, excluded: { ...pool.excluded } },
    minimum: m,
    maxLoad: inputs.maxLoad ?? null,
    load: {
      bound: engine.bound,
      min: loads.length > 0 ? Math.min(...loads) : 0,
      max: loads.length > 0 ? Math.max(...loads) : 0,
    },
    inclusion: {
      uniform,
      slot: uniform && n > 0 ? `${m}/${n}` : null,
      pair: uniform && n > 1 ? `${m * (m - 1)}/${n * (n - 1)}` : null,
      leader: uniform && inputs.initiator && n > 0 ? `1/${n}` : null,
    },
    random: objects.some((o) => o.random),
    objects,
    events: [],
  };
}

function matchImpl(input: MatchInput): Result<LockedAssignment, RuleIssue[]> {
  const inputs = readInputs(input);
  const seed = parseSeed(input?.seed);
  if (inputs.isErr() || seed.isErr()) {
    return err([...(inputs.isErr() ? inputs.error : []), ...(seed.isErr() ? seed.error : [])]);
  }
  const announcement = settleAnnouncement(input.announcement, inputs.value, seed.value);
  if (announcement.isErr()) return err(announcement.error);
  const experts = readExperts(input.experts, inputs.value);
  if (experts.isErr()) return err(experts.error);
  const a = announcement.value;
  const key = deriveKey(seed.value, [STAGE_TWO_LABEL, a.taskId, a.departmentId, a.digest]);
  if (key.isErr()) return err(key.error);
  const pool = poolOf(inputs.value);
  const short = shortIssues(inputs.value, pool);
  if (short.length > 0) return err(short);
  const engine = runEngine({
    key: key.value,
    pool,
    objects: inputs.value.objects,
    minimum: inputs.value.minimum,
    maxLoad: inputs.value.maxLoad,
    leaders: inputs.value.initiator,
  });
  if (engine.short.length > 0) {
    const cap = inputs.value.maxLoad;
    return err(
      engine.short.map(({ object, missing }) => {
        const id = engine.order[object]!;
        return matchIssue(
          'MATCH_LOAD_CAP_INFEASIBLE',
          ['objects', id],
          `在每人最多 ${cap} 个检查对象的上限内，检查对象 ${id} 还差 ${missing} 名执法检查人员（符合条件者的任务已满）`,
          `Within the cap of ${cap} objects per inspector, object ${id} is ${missing} short (its eligible inspectors are full)`,
        );
      }),
    );
  }
  const receipt = deepFreeze(
    buildReceipt(inputs.value, seed.value, a, key.value, pool, engine, experts.value),
  );
  return ok(
    remember(deepFreeze(assignmentOf(receipt)), { key: key.value, pool, maxLoad: inputs.value.maxLoad }),
  );
}

/**
 * A department's inspector draw (第十九条): `Ok(LockedAssignment)`, deeply frozen, with its plain-JSON receipt,
 * or the findings (nothing is drawn). Never throws.
 */
export const matchInspectors: (input: MatchInput) => Result<LockedAssignment, RuleIssue[]> =
  guarded(matchImpl);
