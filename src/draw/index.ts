/**
 * `shuangsuiji/draw`: stage one of “二次随机” (第十九条) — the verifiable, credit-weighted stratified object draw
 * (第十五条) that locks once made. See docs/draw.md and docs/verification.md.
 *
 * @packageDocumentation
 */

export { type AnnounceInput, announceDraw } from './announce-draw.js';
export { bucketOf, shardOf } from './buckets.js';
export { type DrawCode, drawCodes } from './codes.js';
export {
  commitFrame,
  type DrawInput,
  drawObjects,
  inclusionProbabilities,
  type StratumProbability,
} from './draw.js';
export type { AnnouncementInput, DrawOptionsInput, FrameInput, SeedInput } from './inputs.js';
export {
  ANNOUNCEMENT_FORMAT,
  AnnouncementSchema,
  commitSeedText,
  type DrawAnnouncement,
  parseAnnouncement,
  type SeedSpecification,
} from './protocol/announce.js';
export type { FrameCommitment } from './protocol/frame.js';
export type { DrawPlan, ExemptPolicy, PlanStratum } from './protocol/plan.js';
export {
  type DrawnObject,
  type DrawReceipt,
  DrawReceiptSchema,
  type LockedDraw,
  type ReceiptStratum,
  type StratumSummary,
  type TicketEntry,
} from './protocol/receipt.js';
export {
  deriveKey,
  deriveRng,
  parseSeed,
  type RecordedSeed,
  type SeedKind,
  SeedKindSchema,
  type SeedMaterial,
  validateSeedText,
} from './protocol/seed.js';
export { type Allocation, DEFAULT_RESERVE_PERCENT, type StratumSizeRule } from './protocol/sizes.js';
export {
  ALGORITHM_LIBRARY_VERSIONS,
  DRAW_ALGORITHM_ID,
  DRAW_ALGORITHM_VERSION,
  LIBRARY_VERSION,
  RECEIPT_FORMAT,
} from './protocol/version.js';
export { drawShard, mergeShards, type ShardDraw, type ShardedDrawInput } from './shard.js';
export { type Frame, type FrameUnit, stratify } from './stratify.js';
export { commitFrameStream, drawObjectsStream, type StreamDrawInput, type Units } from './stream.js';
export { type VerifyInput, type VerifyOptions, verifyDraw } from './verify.js';
