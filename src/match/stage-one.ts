/**
 * The one place where stage two (第十九条 “二次随机”, the inspector draw) reaches into stage one (the object
 * draw): its public seed material, key derivation and receipt schema, and the canonical byte encoding both
 * stages hash. Every other file of src/match imports stage one through here.
 */

export { firstDifference } from '../draw/diff.js';
export { ByteWriter, isWellFormedText } from '../draw/encoding.js';
export {
  DERIVE_KEY_LABEL,
  type DrawReceipt,
  DrawReceiptSchema,
  deriveKey,
  LIBRARY_VERSION,
  type LockedDraw,
  parseSeed,
  type SeedKind,
  type SeedMaterial,
  textCommitment,
} from '../draw/index.js';
export { compress, finishInto, SHA256_IV, sha256Words, wordsToHex } from '../draw/sha256.js';
