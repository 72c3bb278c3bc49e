/**
 * The locked object list a department receives (第十九条 ¶1: 分发至各参与部门; ¶3: 一经锁定不可更改): read
 * from the stage-one LockedDraw or its receipt — the task id, the stage-one announcement digest and key (which the
 * stage-two announcement binds), and the drawn objects (not the reserve). Stage two does not re-verify stage one
 * (that is verifyDraw's job); it checks the shape it relies on: hex digests, non-empty distinct ids.
 */
import { err, ok, type Result } from 'neverthrow';
import type { RuleIssue } from '../model/issue.js';
import { matchIssue } from './issues.js';
import type { DrawReceipt, LockedDraw } from './stage-one.js';

export interface LockedObjects {
  readonly taskId: string;
  readonly announcementDigest: string;
  readonly key: string;
  /** Drawn object ids, in receipt order. */
  readonly objects: readonly string[];
}

const HEX64 = /^[0-9a-f]{64}$/;

function record(x: unknown): Record<string, unknown> | undefined {
  return x !== null && typeof x === 'object' && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
}

/** Reads the locked object list from a LockedDraw or a DrawReceipt. */
export function readLockedObjects(draw: unknown): Result<LockedObjects, RuleIssue[]> {
  const bad = (path: (string | number)[], en: string) =>
    err([
      matchIssue(
        'MATCH_DRAW_MISMATCH',
        ['draw', ...path],
        `检查对象名单应为第一次随机（抽取检查对象）锁定的结果或其回执（${en}）`,
        `The object list must be the locked stage-one draw or its receipt (${en})`,
      ),
    ]);
  const outer = record(draw);
  const r = record(
    outer !== undefined && 'receipt' in outer ? (outer as unknown as LockedDraw).receipt : draw,
  );
  if (r === undefined) return bad([], 'not an object');
  const announcement = record(r.announcement);
  const derivation = record(r.derivation);
  const taskId = r.taskId;
  if (typeof taskId !== 'string') return bad(['taskId'], 'taskId missing');
  if (typeof announcement?.digest !== 'string' || !HEX64.test(announcement.digest)) {
    return bad(['announcement', 'digest'], 'announcement digest missing');
  }
  if (typeof derivation?.key !== 'string' || !HEX64.test(derivation.key)) {
    return bad(['derivation', 'key'], 'key missing');
  }
  const strata = (r as unknown as DrawReceipt).strata;
  if (!Array.isArray(strata)) return bad(['strata'], 'strata missing');
  const objects: string[] = [];
  const seen = new Set<string>();
  for (let h = 0; h < strata.length; h++) {
    const selected = record(strata[h])?.selected;
    if (!Array.isArray(selected)) return bad(['strata', h, 'selected'], 'selected list missing');
    for (let i = 0; i < selected.length; i++) {
      const id = record(selected[i])?.id;
      if (typeof id !== 'string' || id.length === 0 || id.length > 128 || seen.has(id)) {
        return bad(['strata', h, 'selected', i, 'id'], 'an object id is missing, too long or repeated');
      }
      seen.add(id);
      objects.push(id);
    }
  }
  return ok({ taskId, announcementDigest: announcement.digest, key: derivation.key, objects });
}
