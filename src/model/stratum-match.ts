/**
 * 分层条件 (第十五条 ¶2): whether an inspection object meets a stratum's condition (credit classes 信用风险分类,
 * key area 重点监管领域, complaints 投诉举报, serious violations 严重违法违规记录), and the risk profile: the
 * fields the condition reads, so that objects of equal profile are in the same stratum of every ratio table.
 */
import type { InspectionObject } from './inspection-object.js';
import type { StratumMatch } from './ratio-table.js';

/** True when the object meets every condition of the match. */
export function matchesStratum(object: InspectionObject, match: StratumMatch): boolean {
  if (match.creditClasses && !match.creditClasses.includes(object.creditClass)) return false;
  if (match.keyArea !== undefined && object.risk.keyArea !== match.keyArea) return false;
  if (match.minComplaints !== undefined && object.risk.complaintCount < match.minComplaints) return false;
  if (match.seriousViolation !== undefined && object.risk.seriousViolation !== match.seriousViolation)
    return false;
  return true;
}

const CLASS_INDEX: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2, D: 3 };

/**
 * True when the fields `matchesStratum` reads hold what the schema allows: a credit class A–D, boolean flags and a
 * whole number of complaints. A parsed object that is not frozen may have been changed since it was parsed.
 */
export function hasStratumFields(object: InspectionObject): boolean {
  const risk = object.risk as Partial<InspectionObject['risk']> | null | undefined;
  return (
    Object.hasOwn(CLASS_INDEX, object.creditClass) &&
    typeof risk === 'object' &&
    risk !== null &&
    typeof risk.keyArea === 'boolean' &&
    typeof risk.seriousViolation === 'boolean' &&
    Number.isSafeInteger(risk.complaintCount) &&
    (risk.complaintCount as number) >= 0
  );
}
/** Complaint counts below this give a numeric profile key (exact: 16 × 2^40 < 2^53). */
const NUMERIC_COMPLAINTS = 2 ** 40;

/**
 * The risk profile of an object: a key equal for two objects exactly when every field `matchesStratum` reads is
 * equal (credit class, key area, serious violation, complaint count). A number for any realistic complaint count,
 * a string beyond it. Keep it in step with `matchesStratum`: a property test compares stratifying by profile with
 * stratifying object by object.
 */
export function riskProfile(object: InspectionObject): number | string {
  const { keyArea, seriousViolation, complaintCount } = object.risk;
  const flags = 4 * CLASS_INDEX[object.creditClass]! + (keyArea ? 2 : 0) + (seriousViolation ? 1 : 0);
  return complaintCount < NUMERIC_COMPLAINTS ? 16 * complaintCount + flags : `${flags}:${complaintCount}`;
}
