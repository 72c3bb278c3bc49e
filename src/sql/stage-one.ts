/**
 * The one door from `shuangsuiji/sql` into the stage-one draw (第十九条): every internal of src/draw the SQL module
 * uses is re-exported here, so the SQL code runs exactly the library's key derivation, sizes, tickets and
 * receipt (a draw in a database and in JavaScript cannot drift apart), and a move inside src/draw changes only
 * this file's paths. Public names come from the draw's barrel.
 */

export { capacitiesOf, isUsccFast, type Prepared, prepare, readUnit, sizesFor } from '../draw/engine/pass.js';
export { capFindings } from '../draw/findings.js';
export { bytesToHex, wordsToHex } from '../draw/hash/sha256.js';
export {
  AnnouncementSchema,
  type DrawAnnouncement,
  type DrawReceipt,
  DrawReceiptSchema,
  type FrameCommitment,
  type LockedDraw,
  parseAnnouncement,
  parseSeed,
  type SeedMaterial,
  type TicketEntry,
  type Units,
} from '../draw/index.js';
export { drawIssue } from '../draw/issues.js';
export { planOfAnnouncement, resolveAnnouncement, withAnnouncedSource } from '../draw/protocol/announce.js';
export { firstDifference } from '../draw/protocol/diff.js';
export { ByteWriter, isWellFormedText, utf8 } from '../draw/protocol/encoding.js';
export {
  BUCKET_COUNT,
  bucketOf as bucketOfCode,
  FNV_OFFSET,
  FNV_PRIME,
  FRAME_BUCKET_LABEL,
  FrameAccumulator,
  makeCommitment,
} from '../draw/protocol/frame.js';
export type { DrawPlan } from '../draw/protocol/plan.js';
export {
  buildReceipt,
  DrawReceiptListsUnreadSchema,
  hasEntryKeys,
  lockDraw,
  ticketWords,
} from '../draw/protocol/receipt.js';
export type { StratumSize } from '../draw/protocol/sizes.js';
export { TicketHasher, ticketPad } from '../draw/protocol/ticket.js';
export { SEMVER } from '../draw/protocol/version.js';
