/** Versions and labels recorded in every stage-two announcement and receipt (第十九条: a receipt names what computed it). */

/** Algorithm id of the inspector draw (docs/match-verification.md). */
export const MATCH_ALGORITHM_ID = 'shuangsuiji/match/balanced-permutation';
/** Any change to encodings, labels, the selection or the receipt's meaning needs a new version. */
export const MATCH_ALGORITHM_VERSION = 1;
export const MATCH_ANNOUNCEMENT_FORMAT = 'shuangsuiji/match-announcement';
export const MATCH_RECEIPT_FORMAT = 'shuangsuiji/match-receipt';
/** First label of the stage-two key: deriveKey(seed, ['stage-two', taskId, departmentId, announcementDigest]). */
export const STAGE_TWO_LABEL = 'stage-two';
