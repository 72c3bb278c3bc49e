/**
 * 回执原文 (the published receipt as JSON text) read for 复核 at national scale (第十九条 “公开、公正”): a receipt
 * of a 10^7-object frame lists about 5 × 10^5 entries; parsed by JSON.parse they are about 90 MB of objects and
 * strings. This reader accepts exactly the texts JSON.parse accepts and gives the same value, except that each
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

/** Where a value sits: anywhere, the receipt itself, its `strata`, one stratum, or one of a stratum's lists. */
const ANY = 0;
const ROOT = 1;
const STRATA = 2;
const STRATUM = 3;
const LIST = 4;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The stored entries of a receipt text: see module comment. */
export class TextEntries implements EntryStore {
  private readonly idStart: Int32Array;
  private readonly idLength: Int32Array;
  private readonly ticketStart: Int32Array;
  /** Ids and tickets written with escapes, by entry (rare: the text is not their characters). */
  private readonly escaped = new Map<number, { id?: string; ticket?: string }>();
  private readonly lists = new Map<unknown, StoredList>();
  private count = 0;

  constructor(private readonly text: string) {
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
    return n >= 0
      ? id.length === n && this.text.startsWith(id, this.idStart[j]!)
      : this.escaped.get(j)!.id === id;
  }

  /** The string holding entry j's ticket and where in it. */
  private ticketIn(j: number): [string, number] {
    const s = this.ticketStart[j]!;
    return s >= 0 ? [this.text, s] : [this.escaped.get(j)!.ticket!, 0];
  }

  compareTicket(j: number, t: Int32Array, o: number): number {
    const [s, at] = this.ticketIn(j);
    for (let i = 0; i < 8; i++) {
      let w = 0;
      for (let c = 0; c < 8; c++) w = (w << 4) | hexValue(s.charCodeAt(at + 8 * i + c));
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
      const d = s.charCodeAt(x + i) - u.charCodeAt(y + i);
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
  /** Start of the last string read, or −1 when it was written with escapes. */
  lastStringAt = -1;

  constructor(
    private readonly s: string,
    private readonly store: TextEntries,
  ) {}

  private ws(): void {
    const s = this.s;
    let p = this.pos;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  private expect(c: number): void {
    if (this.s.charCodeAt(this.pos) !== c) throw FAULT;
    this.pos++;
  }

  value(where: number): unknown {
    this.ws();
    const c = this.s.charCodeAt(this.pos);
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
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) throw FAULT;
    this.pos += m[0].length;
    return Number(m[0]);
  }

  string(): string {
    const s = this.s;
    this.expect(34);
    const start = this.pos;
    let p = start;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 34) {
        this.pos = p + 1;
        this.lastStringAt = start;
        return s.slice(start, p);
      }
      if (c === 92 || c < 32 || Number.isNaN(c)) break;
      p++;
    }
    let out = s.slice(start, p);
    for (;;) {
      const c = s.charCodeAt(p);
      if (Number.isNaN(c) || c < 32) throw FAULT;
      if (c === 34) break;
      if (c !== 92) {
        out += s[p];
        p++;
        continue;
      }
      const e = s[p + 1];
      const simple = e === undefined ? undefined : ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        p += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(p + 2, p + 6))) {
        out += String.fromCharCode(Number.parseInt(s.slice(p + 2, p + 6), 16));
        p += 6;
      } else throw FAULT;
    }
    this.pos = p + 1;
    this.lastStringAt = -1;
    return out;
  }

  private array(inner: number): unknown[] {
    this.expect(91);
    const out: unknown[] = [];
    this.ws();
    if (this.s.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(inner));
      this.ws();
      if (this.s.charCodeAt(this.pos) === 93) {
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
    if (this.s.charCodeAt(this.pos) === 125) {
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
      if (this.s.charCodeAt(this.pos) === 125) {
        this.pos++;
        return Object.fromEntries(pairs);
      }
      this.expect(44);
    }
  }

  /** One list entry: stored when it is well-formed (see {@link listEntry}), else false. */
  private entry(): boolean {
    this.ws();
    if (this.s.charCodeAt(this.pos) !== 123) {
      this.value(ANY);
      return false;
    }
    this.expect(123);
    const pairs: [string, unknown][] = [];
    let idAt = -1;
    let ticketAt = -1;
    this.ws();
    if (this.s.charCodeAt(this.pos) === 125) {
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
      if (this.s.charCodeAt(this.pos) === 125) {
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
    if (this.s.charCodeAt(this.pos) === 93) this.pos++;
    else {
      for (;;) {
        if (good < 0) {
          if (!this.entry()) good = length;
        } else this.value(ANY);
        length++;
        this.ws();
        if (this.s.charCodeAt(this.pos) === 93) {
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
    const v = this.value(ROOT);
    this.ws();
    if (this.pos !== this.s.length) throw FAULT;
    return v;
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Reads a receipt's JSON text: the value JSON.parse would give, with each stratum's lists as placeholders whose
 * entries `entries` holds; undefined when the text is not JSON (where JSON.parse throws).
 */
export function readReceiptText(text: string): { value: unknown; entries: TextEntries } | undefined {
  const entries = new TextEntries(text);
  try {
    return { value: new Parser(text, entries).document(), entries };
  } catch (e) {
    if (e === FAULT) return undefined;
    throw e;
  }
}
