/**
 * The commitments of a department's 派员公告 (第十九条 “公开”): the locked object list (第十九条 ¶3), the
 * inspector directory snapshot (第十八条 ¶2) and the recusal list (《行政处罚法》第四十三条; personal
 * information, so only its digest is published), each a SHA-256 of a length-prefixed, domain-separated
 * encoding (docs/match-verification.md, Step 0):
 *
 *   drawDigest      = SHA-256( lp("shuangsuiji/match-draw/v1") ‖ lp(stage-one announcement digest)
 *                              ‖ lp(stage-one key) ‖ u64(#objects) ‖ lp(id) for each drawn object ascending )
 *   directoryDigest = SHA-256( lp("shuangsuiji/match-directory/v1") ‖ lp(directory id) ‖ lp(departmentId)
 *                              ‖ lp(asOf) ‖ u64(#inspectors) ‖ for each inspector ascending id:
 *                              lp(id) ‖ lp(departmentId) ‖ lp(name) ‖ lp(role)
 *                              ‖ opt(lp(number) ‖ lp(validFrom) ‖ lp(validUntil))
 *                              ‖ u32(#fields) ‖ lp(field) for each distinct field ascending ‖ u8(active) )
 *   recordHash(r)   = SHA-256( lp("shuangsuiji/match-recusal/v1") ‖ lp(inspectorId) ‖ lp(objectId)
 *                              ‖ lp(declaredBy) ‖ lp(reason) ‖ lp(declaredOn) ‖ opt(lp(note)) )
 *   recusalsDigest  = SHA-256( lp("shuangsuiji/match-recusals/v1") ‖ u64(#recusals)
 *                              ‖ recordHash(r) for each recusal in ascending recordHash )
 */
import { utf8ToBytes } from '@noble/hashes/utils';
import type { Inspector } from '../model/inspector.js';
import { PrefixHasher, sameDigest, sortByDigest } from './hash.js';
import type { StageTwoInputs } from './inputs.js';
import { compareText } from './order.js';
import type { Recusal } from './recusals.js';
import { ByteWriter, sha256Words, wordsToHex } from './stage-one.js';

function digestOf(w: ByteWriter): string {
  return wordsToHex(sha256Words(w.bytes, w.length));
}

function opt(w: ByteWriter, present: boolean, write: () => void): void {
  w.u8(present ? 1 : 0);
  if (present) write();
}

/** The digest binding the locked stage-one draw: its announcement, its key and the drawn objects. */
export function drawDigest(inputs: StageTwoInputs): string {
  const w = new ByteWriter()
    .lp('shuangsuiji/match-draw/v1')
    .lp(inputs.draw.announcementDigest)
    .lp(inputs.draw.key)
    .u64(inputs.objects.length);
  for (const id of inputs.objects) w.lp(id);
  return digestOf(w);
}

function writeInspector(w: ByteWriter, p: Inspector): void {
  w.lp(p.id).lp(p.departmentId).lp(p.name).lp(p.role);
  const c = p.certificate;
  opt(w, c !== undefined, () => w.lp(c!.number).lp(c!.validFrom).lp(c!.validUntil));
  const fields = [...new Set(p.fields)].sort(compareText);
  w.u32(fields.length);
  for (const f of fields) w.lp(f);
  w.u8(p.active ? 1 : 0);
}

/** The digest of the inspector directory snapshot (inspectors in ascending id order). */
export function directoryDigest(inputs: StageTwoInputs): string {
  const d = inputs.directory;
  const w = new ByteWriter(4096)
    .lp('shuangsuiji/match-directory/v1')
    .lp(d.id)
    .lp(d.departmentId)
    .lp(d.asOf)
    .u64(d.inspectors.length);
  for (const p of d.inspectors) writeInspector(w, p);
  return digestOf(w);
}

const REASON_BYTES = new Map<string, Uint8Array>();

/** Writes one recusal record (the preimage of its hash after the label). */
function writeRecusal(w: ByteWriter, r: Recusal): void {
  const reason = REASON_BYTES.get(r.reason) ?? utf8ToBytes(r.reason);
  REASON_BYTES.set(r.reason, reason);
  w.lp(r.inspectorId).lp(r.objectId).lp(r.declaredBy).lpBytes(reason).lp(r.declaredOn);
  opt(w, r.note !== undefined, () => w.lp(r.note!));
}

/** Recusals in canonical order (ascending record hash) with their record hashes (8 words each, same order). */
export interface CanonicalRecusals {
  readonly recusals: readonly Recusal[];
  readonly words: Uint32Array;
  /** Input positions of records identical to an earlier one. */
  readonly duplicates: readonly number[];
}

/**
 * Puts recusals in canonical order: by recordHash = SHA-256(lp("shuangsuiji/match-recusal/v1") ‖ record), so
 * the order needs no text sorting and two identical records are two equal hashes.
 */
export function canonicalRecusals(list: readonly Recusal[]): CanonicalRecusals {
  const h = new PrefixHasher(new ByteWriter(64).lp('shuangsuiji/match-recusal/v1').toBytes());
  const raw = new Uint32Array(8 * list.length);
  list.forEach((r, i) => {
    writeRecusal(h.begin(), r);
    const st = h.finish();
    for (let j = 0; j < 8; j++) raw[8 * i + j] = st[j]! >>> 0;
  });
  const order = sortByDigest(raw, list.length, (a, b) => a - b);
  const words = new Uint32Array(raw.length);
  order.forEach((i, k) => {
    words.set(raw.subarray(8 * i, 8 * i + 8), 8 * k);
  });
  const duplicates = order.filter((_, k) => k > 0 && sameDigest(words, k, k - 1));
  return { recusals: order.map((i) => list[i]!), words, duplicates };
}

/** The digest of the recusal list: its record hashes in canonical order. */
export function recusalsDigest(inputs: StageTwoInputs): string {
  const words = inputs.recusalWords;
  const w = new ByteWriter(32 * inputs.recusals.length + 64)
    .lp('shuangsuiji/match-recusals/v1')
    .u64(inputs.recusals.length);
  for (const x of words) w.u32(x);
  return digestOf(w);
}
