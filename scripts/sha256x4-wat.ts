/**
 * Source of the draw's WebAssembly accelerator (src/draw/engine/sha256x4-module.ts): four SHA-256 compressions at once
 * in 128-bit SIMD lanes (FIPS 180-4, the same function as src/draw/hash/sha256.ts). `npm run gen:wasm` assembles this
 * text with wabt and writes the module's bytes; a test checks that the committed bytes are this text's.
 *
 * Memory (offsets in bytes; the library's JavaScript owns everything from ARENA on):
 *   STATE 0     8 × v128   the four lanes' working state, word i of lane j at STATE + 16i + 4j
 *   W     128   16 × v128  the four lanes' message block, interleaved the same way
 *   BLOCK 384   4 × 64     ticket blocks being assembled, one per lane
 *   OLD   640   8 × v128   the state before a block (digest4 keeps finished lanes unchanged)
 *   ARENA 1024
 *
 * Exports:
 *   tickets(leaves, count, strata, mid, out) → records
 *     Tickets of `count` frame leaves (22 bytes each: 18 credit-code bytes ‖ u32 big-endian stratum index) under
 *     the midstate at `mid` (8 native i32). Stratum h's 80-byte record at strata + 80h holds its padded last
 *     block with the code bytes left out (64 bytes), the code's offset in it (i32) and a first-word limit (u32).
 *     Writes a 36-byte record (i32 leaf index, 8 ticket words) to `out` for every ticket whose first word is at
 *     most its stratum's limit, in leaf order, and returns how many.
 *   digest4(p0, p1, p2, p3, n0, n1, n2, n3, out)
 *     SHA-256 of four padded messages of n_j blocks at p_j (n_j may be 0: that lane is the empty state), digest
 *     words (native i32) of lane j at out + 32j.
 */

import { SHA256_IV as IV, SHA256_K as K } from '../src/draw/hash/sha256.js';

export const STATE = 0;
export const W = 128;
export const BLOCK = 384;
export const OLD = 640;
export const ARENA = 1024;
/** Bytes of one stratum record in `tickets`, and of one output record. */
export const STRATUM_RECORD = 80;
export const TICKET_RECORD = 36;

const get = (x: string) => `(local.get $${x})`;
const rotr = (x: string, n: number) =>
  `(v128.or (i32x4.shr_u ${x} (i32.const ${n})) (i32x4.shl ${x} (i32.const ${32 - n})))`;
const xor3 = (a: string, b: string, c: string) => `(v128.xor (v128.xor ${a} ${b}) ${c})`;
const splat = (k: number) => {
  const s = k | 0;
  return `(v128.const i32x4 ${s} ${s} ${s} ${s})`;
};
/** Reverses the bytes of each 32-bit lane (message words are big-endian). */
const BSWAP = '3 2 1 0 7 6 5 4 11 10 9 8 15 14 13 12';

/** STATE += the 64 rounds over W, fully unrolled (message schedule in 16 rolling locals). */
function compressFunc(): string {
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const out: string[] = [];
  for (let t = 0; t < 16; t++) out.push(`(local.set $w${t} (v128.load offset=${W + 16 * t} (i32.const 0)))`);
  names.forEach((n, i) => {
    out.push(`(local.set $${n} (v128.load offset=${STATE + 16 * i} (i32.const 0)))`);
  });
  let v = [...names];
  for (let t = 0; t < 64; t++) {
    const w = `w${t % 16}`;
    if (t >= 16) {
      const x = get(`w${(t - 15) % 16}`);
      const y = get(`w${(t - 2) % 16}`);
      const s0 = xor3(rotr(x, 7), rotr(x, 18), `(i32x4.shr_u ${x} (i32.const 3))`);
      const s1 = xor3(rotr(y, 17), rotr(y, 19), `(i32x4.shr_u ${y} (i32.const 10))`);
      out.push(
        `(local.set $${w} (i32x4.add (i32x4.add ${get(w)} ${s0}) (i32x4.add ${get(`w${(t - 7) % 16}`)} ${s1})))`,
      );
    }
    const [a, b, c, d, e, f, g, h] = v as [string, string, string, string, string, string, string, string];
    const S1 = xor3(rotr(get(e), 6), rotr(get(e), 11), rotr(get(e), 25));
    const ch = `(v128.bitselect ${get(f)} ${get(g)} ${get(e)})`;
    out.push(
      `(local.set $t1 (i32x4.add (i32x4.add (i32x4.add ${get(h)} ${S1}) (i32x4.add ${ch} ${splat(K[t]!)})) ${get(w)}))`,
    );
    const S0 = xor3(rotr(get(a), 2), rotr(get(a), 13), rotr(get(a), 22));
    // Maj(a, b, c): where a and b differ, c decides.
    const maj = `(v128.bitselect ${get(c)} ${get(a)} (v128.xor ${get(a)} ${get(b)}))`;
    out.push(`(local.set $${d} (i32x4.add ${get(d)} (local.get $t1)))`);
    out.push(`(local.set $${h} (i32x4.add (local.get $t1) (i32x4.add ${S0} ${maj})))`);
    v = [h, a, b, c, d, e, f, g];
  }
  v.forEach((n, i) => {
    const at = STATE + 16 * i;
    out.push(
      `(v128.store offset=${at} (i32.const 0) (i32x4.add (v128.load offset=${at} (i32.const 0)) ${get(n)}))`,
    );
  });
  const locals = [...names, 't1', ...Array.from({ length: 16 }, (_, i) => `w${i}`)]
    .map((n) => `(local $${n} v128)`)
    .join(' ');
  return `(func $compress ${locals}\n${out.join('\n')})`;
}

/** W ← the 16 big-endian words of the blocks at p0…p3, lane j from p_j. */
function gatherFunc(): string {
  const out: string[] = [];
  for (let t = 0; t < 16; t++) {
    let v = `(i32x4.splat (i32.load offset=${4 * t} (local.get $p0)))`;
    for (let j = 1; j < 4; j++)
      v = `(i32x4.replace_lane ${j} ${v} (i32.load offset=${4 * t} (local.get $p${j})))`;
    out.push(`(v128.store offset=${W + 16 * t} (i32.const 0) (i8x16.shuffle ${BSWAP} ${v} ${v}))`);
  }
  return `(func $gather (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32)\n${out.join('\n')})`;
}

/** Lane j of every state word into the 36-byte record at $o (after the leaf index). */
function storeLane(j: number): string {
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    out.push(
      `(i32.store offset=${4 + 4 * i} (local.get $o) (i32x4.extract_lane ${j} (v128.load offset=${STATE + 16 * i} (i32.const 0))))`,
    );
  }
  return out.join('\n');
}

function ticketsFunc(): string {
  const lane = (j: number) => `
    ;; lane ${j}: leaf min(i + ${j}, count - 1), its stratum record, its block assembled in BLOCK + ${64 * j}
    (local.set $leaf (i32.add (local.get $leaves) (i32.mul (i32.const 22)
      (select (i32.add (local.get $i) (i32.const ${j})) (local.get $last)
        (i32.lt_u (i32.add (local.get $i) (i32.const ${j})) (local.get $count))))))
    (local.set $st (i32.add (local.get $strata) (i32.mul (i32.const ${STRATUM_RECORD})
      (i32.or (i32.or (i32.shl (i32.load8_u offset=18 (local.get $leaf)) (i32.const 24))
                      (i32.shl (i32.load8_u offset=19 (local.get $leaf)) (i32.const 16)))
              (i32.or (i32.shl (i32.load8_u offset=20 (local.get $leaf)) (i32.const 8))
                      (i32.load8_u offset=21 (local.get $leaf)))))))
    (local.set $lim${j} (i32.load offset=68 (local.get $st)))
    (v128.store offset=${BLOCK + 64 * j} (i32.const 0) (v128.load offset=0 (local.get $st)))
    (v128.store offset=${BLOCK + 64 * j + 16} (i32.const 0) (v128.load offset=16 (local.get $st)))
    (v128.store offset=${BLOCK + 64 * j + 32} (i32.const 0) (v128.load offset=32 (local.get $st)))
    (v128.store offset=${BLOCK + 64 * j + 48} (i32.const 0) (v128.load offset=48 (local.get $st)))
    (local.set $at (i32.add (i32.const ${BLOCK + 64 * j}) (i32.load offset=64 (local.get $st))))
    (v128.store (local.get $at) (v128.load (local.get $leaf)))
    (i32.store16 offset=16 (local.get $at) (i32.load16_u offset=16 (local.get $leaf)))`;
  const keep = (j: number) => `
    (if (i32.and
          (i32.lt_u (i32.add (local.get $i) (i32.const ${j})) (local.get $count))
          (i32.le_u (i32x4.extract_lane ${j} (v128.load offset=${STATE} (i32.const 0))) (local.get $lim${j})))
      (then
        (local.set $o (i32.add (local.get $out) (i32.mul (local.get $n) (i32.const ${TICKET_RECORD}))))
        (i32.store (local.get $o) (i32.add (local.get $i) (i32.const ${j})))
        ${storeLane(j)}
        (local.set $n (i32.add (local.get $n) (i32.const 1)))))`;
  const mid = Array.from(
    { length: 8 },
    (_, i) =>
      `(v128.store offset=${STATE + 16 * i} (i32.const 0) (v128.load32_splat offset=${4 * i} (local.get $mid)))`,
  ).join('\n    ');
  return `(func (export "tickets") (param $leaves i32) (param $count i32) (param $strata i32) (param $mid i32)
    (param $out i32) (result i32)
  (local $i i32) (local $n i32) (local $last i32) (local $leaf i32) (local $st i32) (local $at i32) (local $o i32)
  (local $lim0 i32) (local $lim1 i32) (local $lim2 i32) (local $lim3 i32)
  (if (i32.eqz (local.get $count)) (then (return (i32.const 0))))
  (local.set $last (i32.sub (local.get $count) (i32.const 1)))
  (loop $group
    ${[0, 1, 2, 3].map(lane).join('\n')}
    (call $gather (i32.const ${BLOCK}) (i32.const ${BLOCK + 64}) (i32.const ${BLOCK + 128}) (i32.const ${BLOCK + 192}))
    ${mid}
    (call $compress)
    ${[0, 1, 2, 3].map(keep).join('\n')}
    (local.set $i (i32.add (local.get $i) (i32.const 4)))
    (br_if $group (i32.lt_u (local.get $i) (local.get $count))))
  (local.get $n))`;
}

function digest4Func(): string {
  const iv = IV.map((x, i) => `(v128.store offset=${STATE + 16 * i} (i32.const 0) ${splat(x)})`).join('\n  ');
  const save = Array.from(
    { length: 8 },
    (_, i) =>
      `(v128.store offset=${OLD + 16 * i} (i32.const 0) (v128.load offset=${STATE + 16 * i} (i32.const 0)))`,
  ).join('\n    ');
  const restore = Array.from(
    { length: 8 },
    (_, i) =>
      `(v128.store offset=${STATE + 16 * i} (i32.const 0) (v128.bitselect (v128.load offset=${STATE + 16 * i} (i32.const 0)) (v128.load offset=${OLD + 16 * i} (i32.const 0)) (local.get $live)))`,
  ).join('\n    ');
  const at = (j: number) =>
    `(select (i32.add (local.get $p${j}) (i32.shl (local.get $b) (i32.const 6))) (local.get $p${j}) (i32.lt_u (local.get $b) (local.get $n${j})))`;
  const outs: string[] = [];
  for (let j = 0; j < 4; j++) {
    for (let i = 0; i < 8; i++) {
      outs.push(
        `(i32.store offset=${32 * j + 4 * i} (local.get $out) (i32x4.extract_lane ${j} (v128.load offset=${STATE + 16 * i} (i32.const 0))))`,
      );
    }
  }
  return `(func (export "digest4") (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32)
    (param $n0 i32) (param $n1 i32) (param $n2 i32) (param $n3 i32) (param $out i32)
  (local $b i32) (local $max i32) (local $ns v128) (local $live v128)
  ${iv}
  (local.set $max (select (local.get $n0) (local.get $n1) (i32.gt_u (local.get $n0) (local.get $n1))))
  (local.set $max (select (local.get $max) (local.get $n2) (i32.gt_u (local.get $max) (local.get $n2))))
  (local.set $max (select (local.get $max) (local.get $n3) (i32.gt_u (local.get $max) (local.get $n3))))
  (local.set $ns (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
    (i32x4.splat (local.get $n0)) (local.get $n1)) (local.get $n2)) (local.get $n3)))
  (block $done
    (loop $blocks
      (br_if $done (i32.ge_u (local.get $b) (local.get $max)))
      (call $gather ${at(0)} ${at(1)} ${at(2)} ${at(3)})
      ${save}
      (call $compress)
      ;; lanes whose message has ended keep their state
      (local.set $live (i32x4.lt_u (i32x4.splat (local.get $b)) (local.get $ns)))
      ${restore}
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br $blocks)))
  ${outs.join('\n  ')})`;
}

/** The module's text. */
export function sha256x4Wat(): string {
  return `;; Generated by scripts/sha256x4-wat.ts — four-lane SHA-256 for shuangsuiji's draw. Do not edit.
(module
(memory (export "memory") 1)
${compressFunc()}
${gatherFunc()}
${ticketsFunc()}
${digest4Func()}
)`;
}

/** The module's bytes, assembled by wabt (a devDependency). */
export async function assembleSha256x4(): Promise<Uint8Array> {
  const wabt = await (await import('wabt')).default();
  const module = wabt.parseWat('sha256x4.wat', sha256x4Wat(), { simd: true });
  try {
    module.validate();
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}

/** The generated TypeScript module holding `bytes` as base64, 100 characters a line. */
export function sha256x4Source(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64');
  // One string literal: split into joined lines it cost every browser bundle ~0.8 KB of quotes and commas.
  return `// Generated by \`npm run gen:wasm\` from scripts/sha256x4-wat.ts (${bytes.length} bytes). Do not edit.
// Four-lane SHA-256 in WebAssembly SIMD; src/draw/engine/sha256x4.ts loads it and falls back to JavaScript.
export const SHA256X4_WASM_BASE64 =
  '${b64}';
`;
}
