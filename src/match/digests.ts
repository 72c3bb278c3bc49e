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
 *   recusalsDigest  = SHA-256( lp("shuangsuiji/match-recusals/v1") ‖ u64(#recusals) ‖ for each in canonical
 *                              order: lp(inspectorId) ‖ lp(objectId) ‖ lp(declaredBy) ‖ lp(reason)
 *                              ‖ lp(declaredOn) ‖ opt(lp(note)) )
 */
import { utf8ToBytes } from '@noble/hashes/utils';
import type { Inspector } from '../model/inspector.js';
import type { Recusal, StageTwoInputs } from './inputs.js';
import { compareText } from './order.js';
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

function writeRecusal(w: ByteWriter, r: Recusal): void {
  const reason = REASON_BYTES.get(r.reason) ?? utf8ToBytes(r.reason);
  REASON_BYTES.set(r.reason, reason);
  w.lp(r.inspectorId).lp(r.objectId).lp(r.declaredBy).lpBytes(reason).lp(r.declaredOn);
  opt(w, r.note !== undefined, () => w.lp(r.note!));
}

/** The digest of the recusal list (in canonical order). */
export function recusalsDigest(inputs: StageTwoInputs): string {
  const w = new ByteWriter(64 * inputs.recusals.length + 64)
    .lp('shuangsuiji/match-recusals/v1')
    .u64(inputs.recusals.length);
  for (const r of inputs.recusals) writeRecusal(w, r);
  return digestOf(w);
}
