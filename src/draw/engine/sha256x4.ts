/**
 * An optional accelerator for the draw's hashing (第十九条: a draw must be cheap enough for anyone to recompute):
 * four SHA-256 compressions at once in WebAssembly 128-bit SIMD (module text: scripts/sha256x4-wat.ts). It
 * computes exactly the function of sha256.ts, so receipts never depend on it; where WebAssembly or SIMD is
 * unavailable (an old engine, a Content-Security-Policy without 'wasm-unsafe-eval', a platform that forbids
 * compiling code at run time) the draw runs in JavaScript with the same result. Tests run both paths.
 *
 * The instance is created once, on first use, and reused: it holds no state between calls beyond scratch memory
 * that every call overwrites before reading.
 */
import { SHA256X4_WASM_BASE64 } from './sha256x4-module.js';

/** Offsets fixed by the module (see scripts/sha256x4-wat.ts). */
export const SHA256X4_ARENA = 1024;
export const STRATUM_RECORD_BYTES = 80;
export const TICKET_RECORD_BYTES = 36;

export interface Sha256x4 {
  /**
   * Grows memory so that `bytes` bytes from the arena are usable (views taken before are then stale); false when
   * the engine refuses more memory.
   */
  reserve(bytes: number): boolean;
  /** A byte view of the memory (take it after `reserve`). */
  bytes(): Uint8Array;
  /** An i32 view of the memory (take it after `reserve`). */
  words(): Int32Array;
  tickets(leaves: number, count: number, strata: number, mid: number, out: number): number;
  digest4(
    p0: number,
    p1: number,
    p2: number,
    p3: number,
    n0: number,
    n1: number,
    n2: number,
    n3: number,
    out: number,
  ): void;
}

/** The slice of the WebAssembly JS API used here (not in the ES2022 lib). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes standard base64 (no line breaks; `=` padding). */
export function decodeBase64(text: string): Uint8Array {
  const value = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) value[B64.charCodeAt(i)] = i;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (value[text.charCodeAt(i)]! << 18) |
      (value[text.charCodeAt(i + 1)]! << 12) |
      (Math.max(0, value[text.charCodeAt(i + 2)]!) << 6) |
      Math.max(0, value[text.charCodeAt(i + 3)]!);
    if (o < out.length) out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

function instantiate(): Sha256x4 | undefined {
  try {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (!api) return undefined;
    const instance = new api.Instance(new api.Module(decodeBase64(SHA256X4_WASM_BASE64)), {});
    const memory = instance.exports.memory as WasmMemory;
    const tickets = instance.exports.tickets as Sha256x4['tickets'];
    const digest4 = instance.exports.digest4 as Sha256x4['digest4'];
    let u8 = new Uint8Array(memory.buffer);
    let i32 = new Int32Array(memory.buffer);
    const acc: Sha256x4 = {
      reserve(bytes) {
        const need = SHA256X4_ARENA + bytes;
        if (need > memory.buffer.byteLength) {
          try {
            memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
          } catch {
            return false;
          }
        }
        if (u8.buffer !== memory.buffer) {
          u8 = new Uint8Array(memory.buffer);
          i32 = new Int32Array(memory.buffer);
        }
        return true;
      },
      bytes: () => u8,
      words: () => i32,
      tickets,
      digest4,
    };
    return selfTest(acc) ? acc : undefined;
  } catch {
    return undefined;
  }
}

/**
 * SHA-256("abc") (FIPS 180-4 appendix B.1) in each of digest4's four lanes, with empty lanes beside it: an engine
 * that runs the module wrongly (or a big-endian host, whose typed arrays read the words swapped) is not used.
 */
function selfTest(acc: Sha256x4): boolean {
  if (!acc.reserve(64 + 128)) return false;
  const m = acc.bytes();
  const p = SHA256X4_ARENA;
  m.fill(0, p, p + 64);
  m.set([0x61, 0x62, 0x63, 0x80], p);
  m[p + 63] = 24;
  for (let lane = 0; lane < 4; lane++) {
    const n = [0, 0, 0, 0];
    n[lane] = 1;
    acc.digest4(p, p, p, p, n[0]!, n[1]!, n[2]!, n[3]!, p + 64);
    const w = acc.words();
    const at = (p + 64 + 32 * lane) / 4;
    if (w[at]! >>> 0 !== 0xba7816bf || w[at + 7]! >>> 0 !== 0xf20015ad) return false;
    const empty = (p + 64 + 32 * ((lane + 1) % 4)) / 4;
    if (w[empty]! >>> 0 !== 0x6a09e667) return false;
  }
  return true;
}

let state: { enabled: boolean; instance: Sha256x4 | undefined | null } = { enabled: true, instance: null };

/** The accelerator, or undefined when it is disabled or cannot run here. */
export function sha256x4(): Sha256x4 | undefined {
  if (!state.enabled) return undefined;
  if (state.instance === null) state = { enabled: true, instance: instantiate() };
  return state.instance ?? undefined;
}

/**
 * Turns the accelerator off (JavaScript only) or back on; returns whether it was on. For tests and benchmarks
 * that compare both paths; results are the same either way.
 */
export function setSha256x4Enabled(enabled: boolean): boolean {
  const was = state.enabled;
  state = { ...state, enabled };
  return was;
}
