/**
 * 回执原文 (the published receipt as JSON text) read for 复核 at national scale (第十九条 “公开、公正”): a receipt
 * of a 10^7-object frame lists about 5 × 10^5 entries; parsed by JSON.parse they are about 90 MB of objects and
 * strings. The text is a string, or its UTF-8 bytes as read from the file (1 byte a character where V8 holds a text
 * with any Chinese character at 2 bytes each, and outside the JavaScript heap). This reader accepts exactly the
 * texts JSON.parse accepts (for bytes: what `JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))`
 * accepts, a leading byte-order mark skipped) and gives the same value, except that each
 * list `strata[h].selected` / `strata[h].reserve` becomes an empty placeholder array whose entries are kept
 * compactly: the places of its id and ticket in the text (12 bytes an entry; tickets are compared in their hex
 * digits there), for its leading entries of the `{ id, ticket }` form with a 64-digit lowercase hex ticket, and
 * only the count of the rest (a verifier reports the first entry that is not of that form, and reads no
 * further). ListedTickets reads the lists from here.
 */
import { type EntryStore, listEntry } from './listed.js';
import { ticketWords } from './stage-one.js';

/** A list as stored: its length, and where its `good` leading well-formed entries are (the next is not). */
export interface StoredList {
  readonly length: number;
  readonly start: number;
  readonly good: number;
}

/** Shortest text of a well-formed entry: `{"id":"","ticket":"<64 digits>"}`. */
const MIN_ENTRY_CHARS = 85;

/** Value of a checked lowercase hex digit. */
const hexValue = (c: number) => (c <= 57 ? c - 48 : c - 87);
const SCRATCH = new Int32Array(8);

class SyntaxFault {}
const FAULT = new SyntaxFault();

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The receipt's text: a string's UTF-16 code units, or UTF-8 bytes. Both give the same code for every ASCII
 * character, which is all the JSON structure, the credit codes and the hex tickets are; a string token with other
 * characters is decoded as a whole (`slice`).
 */
class Chars {
  readonly length: number;
  readonly isBytes: boolean;

  constructor(
    private readonly text: string | undefined,
    private readonly bytes: Uint8Array | undefined,
  ) {
    this.length = text !== undefined ? text.length : bytes!.length;
    this.isBytes = text === undefined;
  }

  /** The code unit or byte at p; NaN past the end. */
  code(p: number): number {
    return this.text !== undefined
      ? this.text.charCodeAt(p)
      : p < this.bytes!.length
        ? this.bytes![p]!
        : Number.NaN;
  }

  /** True when code units or bytes a … b−1 are all ASCII (then they are their characters in either form). */
  ascii(a: number, b: number): boolean {
    for (let p = a; p < b; p++) if (this.code(p) > 127) return false;
    return true;
  }

  /** The characters a … b−1 (for bytes, decoded as UTF-8: invalid bytes are a syntax fault, as for a decoder). */
  slice(a: number, b: number): string {
    if (this.text !== undefined) return this.text.slice(a, b);
    const part = this.bytes!.subarray(a, b);
    if (b - a <= 256 && this.ascii(a, b)) return String.fromCharCode.apply(null, part as unknown as number[]);
    try {
      return UTF8.decode(part);
    } catch {
      throw FAULT;
    }
  }

  /** True when the characters from p are `word` (ASCII). */
  startsWith(word: string, p: number): boolean {
    for (let i = 0; i < word.length; i++) if (this.code(p + i) !== word.charCodeAt(i)) return false;
    return true;
  }
}

/** Where a value sits: anywhere, the receipt itself, its `strata`, one stratum, or one of a stratum's lists. */
const ANY = 0;
const ROOT = 1;
const STRATA = 2;
const STRATUM = 3;
const LIST = 4;

/** The stored entries of a receipt text: see module comment. */
export class TextEntries implements EntryStore {
  private readonly idStart: Int32Array;
  private readonly idLength: Int32Array;
  private readonly ticketStart: Int32Array;
  /** Ids and tickets written with escapes, by entry (rare: the text is not their characters). */
  private readonly escaped = new Map<number, { id?: string; ticket?: string }>();
  private readonly lists = new Map<unknown, StoredList>();
  private count = 0;

  constructor(private readonly text: Chars) {
    const capacity = Math.floor(text.length / MIN_ENTRY_CHARS) + 1;
    // Zero-filled and touched only as entries arrive: an estimate above the real count costs address space only.
    this.idStart = new Int32Array(capacity);
    this.idLength = new Int32Array(capacity);
    this.ticketStart = new Int32Array(capacity);
  }

  list(placeholder: unknown): StoredList | undefined {
    return this.lists.get(placeholder);
  }

  id(j: number): string {
    const n = this.idLength[j]!;
    return n >= 0 ? this.text.slice(this.idStart[j]!, this.idStart[j]! + n) : this.escaped.get(j)!.id!;
  }

  isId(j: number, id: string): boolean {
    const n = this.idLength[j]!;
    if (n < 0) return this.escaped.get(j)!.id === id;
    const at = this.idStart[j]!;
    if (id.length !== n) return false;
    for (let i = 0; i < n; i++) if (this.text.code(at + i) !== id.charCodeAt(i)) return false;
    return true;
  }

  /** The characters holding entry j's ticket and where in them. */
  private ticketIn(j: number): [Chars, number] {
    const s = this.ticketStart[j]!;
    return s >= 0 ? [this.text, s] : [new Chars(this.escaped.get(j)!.ticket!, undefined), 0];
  }

  compareTicket(j: number, t: Int32Array, o: number): number {
    const [s, at] = this.ticketIn(j);
    for (let i = 0; i < 8; i++) {
      let w = 0;
      for (let c = 0; c < 8; c++) w = (w << 4) | hexValue(s.code(at + 8 * i + c));
      const x = w >>> 0;
      const y = t[o + i]! >>> 0;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }

  compareTickets(a: number, b: number): number {
    // Lowercase hex digits sort as their values.
    const [s, x] = this.ticketIn(a);
    const [u, y] = this.ticketIn(b);
    for (let i = 0; i < 64; i++) {
      const d = s.code(x + i) - u.code(y + i);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return 0;
  }

  ticket(j: number): string {
    const s = this.ticketStart[j]!;
    return s >= 0 ? this.text.slice(s, s + 64) : this.escaped.get(j)!.ticket!;
  }

  /** Records a list read by the parser under its placeholder. */
  addList(placeholder: unknown, list: StoredList): void {
    this.lists.set(placeholder, list);
  }

  /** Stores a well-formed entry; its id and ticket spans (start, or −1 when written with escapes). */
  add(e: { id: string; ticket: string }, idAt: number, ticketAt: number): boolean {
    const j = this.count;
    if (!ticketWords(e.ticket, SCRATCH, 0)) return false;
    this.count++;
    this.idStart[j] = idAt;
    this.idLength[j] = idAt >= 0 ? e.id.length : -1;
    this.ticketStart[j] = ticketAt;
    if (idAt < 0 || ticketAt < 0) {
      this.escaped.set(j, {
        ...(idAt < 0 ? { id: e.id } : {}),
        ...(ticketAt < 0 ? { ticket: e.ticket } : {}),
      });
    }
    return true;
  }

  get size(): number {
    return this.count;
  }
}

class Parser {
  pos = 0;
  /**
   * Start of the last string read, or −1 when it was written with escapes (or, in bytes, holds a character
   * beyond ASCII): the store keeps such a string itself instead of its place.
   */
  lastStringAt = -1;

  constructor(
    private readonly s: Chars,
    private readonly store: TextEntries,
  ) {}

  private ws(): void {
    const s = this.s;
    let p = this.pos;
    for (;;) {
      const c = s.code(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  private expect(c: number): void {
    if (this.s.code(this.pos) !== c) throw FAULT;
    this.pos++;
  }

  value(where: number): unknown {
    this.ws();
    const c = this.s.code(this.pos);
    if (c === 123) return this.object(where);
    if (c === 91) return where === LIST ? this.list() : this.array(where === STRATA ? STRATUM : ANY);
    if (c === 34) return this.string();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    // A number is the longest run of its characters, all of it (after a number JSON allows none of them).
    const start = this.pos;
    let p = start;
    while (NUMBER_CHARS.has(this.s.code(p))) p++;
    const text = this.s.slice(start, p);
    if (!NUMBER.test(text)) throw FAULT;
    this.pos = p;
    return Number(text);
  }

  string(): string {
    const s = this.s;
    this.expect(34);
    const start = this.pos;
    let p = start;
    let high = 0;
    for (;;) {
      const c = s.code(p);
      if (c === 34) {
        this.pos = p + 1;
        this.lastStringAt = high > 127 && s.isBytes ? -1 : start;
        return s.slice(start, p);
      }
      if (c === 92 || c < 32 || Number.isNaN(c)) break;
      high |= c;
      p++;
    }
    // Escapes: the characters between them are taken as they are, each escape as the character it stands for.
    let out = '';
    let from = start;
    for (;;) {
      const c = s.code(p);
      if (Number.isNaN(c) || c < 32) throw FAULT;
      if (c === 34) break;
      if (c !== 92) {
        p++;
        continue;
      }
      out += s.slice(from, p);
      const e = s.code(p + 1);
      const simple = ESCAPES.get(e);
      if (simple !== undefined) {
        out += simple;
        p += 2;
      } else if (e === 117 && HEX4.test(s.slice(p + 2, Math.min(p + 6, s.length)))) {
        out += String.fromCharCode(Number.parseInt(s.slice(p + 2, p + 6), 16));
        p += 6;
      } else throw FAULT;
      from = p;
    }
    out += s.slice(from, p);
    this.pos = p + 1;
    this.lastStringAt = -1;
    return out;
  }

  private array(inner: number): unknown[] {
    this.expect(91);
    const out: unknown[] = [];
    this.ws();
    if (this.s.code(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(inner));
      this.ws();
      if (this.s.code(this.pos) === 93) {
        this.pos++;
        return out;
      }
      this.expect(44);
    }
  }

  /** Key–value pairs made into an object as JSON.parse does (own data properties, the last of a repeated key). */
  private object(where: number): Record<string, unknown> {
    this.expect(123);
    const pairs: [string, unknown][] = [];
    this.ws();
    if (this.s.code(this.pos) === 125) {
      this.pos++;
      return {};
    }
    for (;;) {
      this.ws();
      const key = this.string();
      this.ws();
      this.expect(58);
      const inner =
        where === ROOT && key === 'strata'
          ? STRATA
          : where === STRATUM && (key === 'selected' || key === 'reserve')
            ? LIST
            : ANY;
      pairs.push([key, this.value(inner)]);
      this.ws();
      if (this.s.code(this.pos) === 125) {
        this.pos++;
        return Object.fromEntries(pairs);
      }
      this.expect(44);
    }
  }

  /** One list entry: stored when it is well-formed (see {@link listEntry}), else false. */
  private entry(): boolean {
    this.ws();
    if (this.s.code(this.pos) !== 123) {
      this.value(ANY);
      return false;
    }
    this.expect(123);
    const pairs: [string, unknown][] = [];
    let idAt = -1;
    let ticketAt = -1;
    this.ws();
    if (this.s.code(this.pos) === 125) {
      this.pos++;
      return false;
    }
    for (;;) {
      this.ws();
      const key = this.string();
      this.ws();
      this.expect(58);
      const v = this.value(ANY);
      if (typeof v === 'string') {
        if (key === 'id') idAt = this.lastStringAt;
        else if (key === 'ticket') ticketAt = this.lastStringAt;
      }
      pairs.push([key, v]);
      this.ws();
      if (this.s.code(this.pos) === 125) {
        this.pos++;
        break;
      }
      this.expect(44);
    }
    const e = listEntry(Object.fromEntries(pairs));
    return e !== undefined && this.store.add(e, idAt, ticketAt);
  }

  /** A stratum's list: its leading well-formed entries stored, an empty placeholder returned. */
  private list(): unknown[] {
    this.expect(91);
    const placeholder: unknown[] = [];
    const start = this.store.size;
    let length = 0;
    let good = -1;
    this.ws();
    if (this.s.code(this.pos) === 93) this.pos++;
    else {
      for (;;) {
        if (good < 0) {
          if (!this.entry()) good = length;
        } else this.value(ANY);
        length++;
        this.ws();
        if (this.s.code(this.pos) === 93) {
          this.pos++;
          break;
        }
        this.expect(44);
      }
    }
    this.store.addList(placeholder, { length, start, good: good < 0 ? length : good });
    return placeholder;
  }

  document(): unknown {
    // Bytes may begin with a byte-order mark, which a UTF-8 decoder drops.
    if (this.s.isBytes && this.s.code(0) === 0xef && this.s.code(1) === 0xbb && this.s.code(2) === 0xbf)
      this.pos = 3;
    const v = this.value(ROOT);
    this.ws();
    if (this.pos !== this.s.length) throw FAULT;
    return v;
  }
}

/** The characters an escape `\\x` stands for, by the code of x. */
const ESCAPES = new Map<number, string>([
  [34, '"'],
  [92, '\\'],
  [47, '/'],
  [98, '\b'],
  [102, '\f'],
  [110, '\n'],
  [114, '\r'],
  [116, '\t'],
]);
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** A JSON number, whole. */
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** The characters of a number: digits, sign, point and exponent. */
const NUMBER_CHARS = new Set([43, 45, 46, 69, 101, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);

/**
 * Reads a receipt's JSON text, or its UTF-8 bytes: the value JSON.parse would give, with each stratum's lists as
 * placeholders whose entries `entries` holds; undefined when the text is not JSON (where JSON.parse throws; for
 * bytes, also where they are not UTF-8). A text nested deeper than this reader's stack allows (no receipt is) is
 * read by JSON.parse instead, without `entries`: the value is then judged as a parsed receipt.
 */
export function readReceiptText(
  text: string | Uint8Array,
): { value: unknown; entries: TextEntries | undefined } | undefined {
  const chars = typeof text === 'string' ? new Chars(text, undefined) : new Chars(undefined, text);
  const entries = new TextEntries(chars);
  try {
    return { value: new Parser(chars, entries).document(), entries };
  } catch (e) {
    if (e === FAULT) return undefined;
    if (!(e instanceof RangeError)) throw e;
  }
  try {
    const whole = typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text);
    return { value: JSON.parse(whole), entries: undefined };
  } catch {
    return undefined;
  }
}
