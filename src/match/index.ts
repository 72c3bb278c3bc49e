/**
 * `shuangsuiji/match`: stage two of “二次随机” (第十九条) — each participating department's verifiable draw of
 * its inspectors for the locked object list: eligibility (第十八条 ¶2, 回避), at least two inspectors per object
 * (第二十一条), a leader from the initiating department and experts never counted (第二十条), audited
 * replacements with the head's approval (第十九条 ¶3). See docs/match.md and docs/match-verification.md.
 */
export {
  type AnnounceMatchInput,
  announceMatch,
  type MatchAnnouncement,
  MatchAnnouncementSchema,
  MatchSeedSpecSchema,
  parseMatchAnnouncement,
} from './announce.js';
export { type MatchCode, matchCodes } from './codes.js';
export {
  ExpertAttachmentSchema,
  type MatchDrawInput,
  type StageTwoInput,
  StageTwoInputSchema,
} from './inputs.js';
export { type MatchInput, matchInspectors } from './match.js';
export {
  type AssignedObject,
  type LockedAssignment,
  type MatchReceipt,
  MatchReceiptSchema,
  type ReceiptObject,
  ReceiptObjectSchema,
  type ReplacementEvent,
  ReplacementEventSchema,
  ReplacementReasonSchema,
} from './receipt.js';
export { type Recusal, RecusalReasonSchema, RecusalSchema } from './recusals.js';
export { type ReplacementRequest, ReplacementRequestSchema, replaceInspector } from './replace.js';
export { type VerifyAssignmentInputs, type VerifyAssignmentOptions, verifyAssignment } from './verify.js';
export { MATCH_ALGORITHM_ID, MATCH_ALGORITHM_VERSION } from './version.js';
