/** Versions recorded in every draw receipt (第十九条: a receipt names exactly what computed it). */

/** Library version written into receipts. Kept equal to package.json's version (a test checks). */
export const LIBRARY_VERSION = '0.1.0';

/**
 * The releases of this package known to implement {@link DRAW_ALGORITHM_VERSION}. Informational only: a
 * receipt's `libraryVersion` says which release made it, and a verifier does not require it to be in any list
 * (a receipt of a later release that keeps the algorithm must verify with this one); see `SEMVER`.
 */
export const ALGORITHM_LIBRARY_VERSIONS: readonly string[] = Object.freeze([LIBRARY_VERSION]);

/**
 * What a verifier checks about a receipt's `libraryVersion`: a semantic version (SemVer 2.0.0,
 * MAJOR.MINOR.PATCH with optional pre-release and build parts), nothing more.
 */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Algorithm id of the stage-one object draw. */
export const DRAW_ALGORITHM_ID = 'shuangsuiji/draw/stratified-min-ticket';

/**
 * Algorithm version. Any change to encodings, labels, size rules or the receipt's meaning needs a new version;
 * the golden vectors under test/draw/golden/ pin version 2. Version 2 (before any release, replacing version 1)
 * takes the commitment bucket from FNV-1a instead of SHA-256 and labels the frame digest "shuangsuiji/frame/v2";
 * tickets, sizes and the receipt's meaning are those of version 1. Also before any release, version 2 was extended
 * to exempt classes (第十五条): a fixed count of 0, and a total below one seat per non-empty ratio stratum (no
 * guaranteed seat, Step 3 `g = 0`), which earlier builds refused. Every receipt those builds made is unchanged; a
 * receipt with an exempt class is refused by them (fail closed), never misread, so the version stays 2.
 */
export const DRAW_ALGORITHM_VERSION = 2;

/** Receipt format tag. */
export const RECEIPT_FORMAT = 'shuangsuiji/draw-receipt';

/** Domain label of the stage-one ticket key: deriveKey(seed, [STAGE_ONE_LABEL, taskId]). */
export const STAGE_ONE_LABEL = 'stage-one';
