// What the page computes, without the page: verify a published draw (第十九条 “公开、公正”) from its receipt and
// frame, optionally against the announcement digest published before the seed, and place one enterprise's own
// ticket against its stratum's cut-off. Uses the library for everything it offers (verifyDraw, parseUscc)
// and Web Crypto's SHA-256 for the one formula an enterprise recomputes itself: its ticket,
// ticket(s, id) = SHA-256(K ‖ P ‖ lp(s) ‖ lp(id)) (docs/verification.md, Step 4).
import { type DrawReceipt, parseUscc, type RuleIssue, verifyDraw } from 'shuangsuiji';

/** What the user gave: the two files' text and, optionally, the published digest and a credit code. */
export interface PageInput {
  readonly receiptText: string;
  readonly frameText: string;
  /** The announcement digest published before the seed (64 lowercase hex); empty to skip the comparison. */
  readonly digest?: string;
  /** The enterprise's 统一社会信用代码; empty to skip its ticket. */
  readonly creditCode?: string;
}

/** A message in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The draw's verdict. */
export type Verdict =
  | { readonly status: 'verified'; readonly receipt: DrawReceipt; readonly againstDigest: boolean }
  | { readonly status: 'failed'; readonly findings: readonly RuleIssue[] }
  | { readonly status: 'unreadable'; readonly message: Bilingual };

/** Where one enterprise stands in the verified draw. */
export type OwnTicket =
  | {
      readonly status: 'selected' | 'reserve' | 'not-drawn';
      readonly id: string;
      readonly stratum: string;
      readonly label: string;
      readonly ticket: string;
      /** The stratum's cut-off: the n-th smallest ticket (null when nobody was drawn in it). */
      readonly cutoff: string | null;
      /** 1-based rank in ticket order, for a selected or reserve object. */
      readonly rank?: number;
      readonly n: number;
      readonly N: number;
    }
  | { readonly status: 'not-in-frame' | 'invalid-code' | 'draw-not-verified'; readonly message: Bilingual };

/** The page's whole result. */
export interface PageResult {
  readonly verdict: Verdict;
  readonly own?: OwnTicket;
}

const TICKET_PAD = 'shuangsuiji/ticket/v1';

function readJson(
  text: string,
  what: Bilingual,
): { ok: true; value: unknown } | { ok: false; message: Bilingual } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: { zh: `${what.zh}不是有效的 JSON：${reason}`, en: `${what.en} is not valid JSON: ${reason}` },
    };
  }
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** lp(s) = u32(byte length of s) ‖ UTF-8 bytes of s. */
function lp(s: string): Uint8Array {
  const bytes = new TextEncoder().encode(s);
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

/** ticket(s, id) = SHA-256( K ‖ P ‖ lp(s) ‖ lp(id) ), P = "shuangsuiji/ticket/v1" padded with zeros to 32 bytes. */
export async function ticketOf(keyHex: string, stratum: string, id: string): Promise<string> {
  const parts = [hexToBytes(keyHex), new Uint8Array(32), lp(stratum), lp(id)];
  parts[1]!.set(new TextEncoder().encode(TICKET_PAD));
  const message = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    message.set(p, at);
    at += p.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', message));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The units of a frame as published: `{ strata?, units }` or the bare list. */
function unitsOf(frame: unknown): readonly { id: string; stratum: string }[] {
  const units = Array.isArray(frame) ? frame : (frame as { units?: unknown } | null)?.units;
  return Array.isArray(units) ? (units as { id: string; stratum: string }[]) : [];
}

async function ownTicket(receipt: DrawReceipt, frame: unknown, code: string): Promise<OwnTicket> {
  const valid = parseUscc(code);
  if (valid.isErr()) {
    const first = valid.error[0];
    return {
      status: 'invalid-code',
      message: first
        ? { zh: `统一社会信用代码无效：${first.message.zh}`, en: `Invalid credit code: ${first.message.en}` }
        : { zh: '统一社会信用代码无效', en: 'Invalid credit code' },
    };
  }
  const unit = unitsOf(frame).find((u) => u.id === code);
  // A verified frame's strata are the receipt's, so `stratum` is found whenever `unit` is.
  const stratum = receipt.strata.find((s) => s.id === unit?.stratum);
  if (unit === undefined || stratum === undefined) {
    return {
      status: 'not-in-frame',
      message: {
        zh: `${code} 不在本次抽查底册中：本次抽取不涉及该企业`,
        en: `${code} is not in this draw's frame: the draw did not concern it`,
      },
    };
  }
  const ticket = await ticketOf(receipt.derivation.key, unit.stratum, code);
  const selected = stratum.selected.findIndex((e) => e.id === code);
  const reserve = stratum.reserve.findIndex((e) => e.id === code);
  const base = { id: code, stratum: stratum.id, label: stratum.label, ticket, cutoff: stratum.cutoff };
  const sizes = { n: stratum.n, N: stratum.N };
  if (selected >= 0) return { status: 'selected', ...base, rank: selected + 1, ...sizes };
  if (reserve >= 0) return { status: 'reserve', ...base, rank: stratum.n + reserve + 1, ...sizes };
  return { status: 'not-drawn', ...base, ...sizes };
}

/** Verifies the draw, then (when a credit code is given and the draw verifies) places that enterprise's ticket. */
export async function checkDraw(input: PageInput): Promise<PageResult> {
  const receipt = readJson(input.receiptText, { zh: '抽取回执', en: 'The receipt' });
  if (!receipt.ok) return { verdict: { status: 'unreadable', message: receipt.message } };
  const frame = readJson(input.frameText, { zh: '抽查底册', en: 'The frame' });
  if (!frame.ok) return { verdict: { status: 'unreadable', message: frame.message } };
  const digest = input.digest?.trim() ?? '';
  const checked = verifyDraw({
    receipt: receipt.value,
    frame: frame.value,
    ...(digest === '' ? {} : { announcement: digest }),
  });
  const code = input.creditCode?.trim().toUpperCase() ?? '';
  if (checked.isErr()) {
    const verdict: Verdict = { status: 'failed', findings: checked.error };
    if (code === '') return { verdict };
    return {
      verdict,
      own: {
        status: 'draw-not-verified',
        message: {
          zh: '抽取未通过核验，签号比对没有意义',
          en: 'The draw does not verify, so comparing a ticket with its cut-off means nothing',
        },
      },
    };
  }
  const verdict: Verdict = { status: 'verified', receipt: checked.value, againstDigest: digest !== '' };
  if (code === '') return { verdict };
  return { verdict, own: await ownTicket(checked.value, frame.value, code) };
}
