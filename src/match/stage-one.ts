/**
 * The one place where stage two (第十九条 “二次随机”, the inspector draw) reaches into stage one (the object
 * draw): its public seed material, key derivation and receipt types, and three internal helpers both stages
 * share — the canonical byte writer (`lp`, `u32`, …), the SHA-256 compression with its midstate helpers, and the
 * JSON difference finder. Every other file of src/match imports stage one through here, so a move of those
 * helpers inside src/draw is fixed in this file alone.
 */

export { compress, finishInto, SHA256_IV, sha256Words, wordsToHex } from '../draw/hash/sha256.js';
export {
  type DrawReceipt,
  type DrawReceiptSchema,
  deriveKey,
  LIBRARY_VERSION,
  type LockedDraw,
  parseSeed,
  type SeedMaterial,
} from '../draw/index.js';
export { textCommitment } from '../draw/protocol/announce.js';
export { firstDifference } from '../draw/protocol/diff.js';
export { ByteWriter } from '../draw/protocol/encoding.js';
export { DERIVE_KEY_LABEL } from '../draw/protocol/seed.js';
