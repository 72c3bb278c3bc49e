// 复核 from the published receipt's text (第十九条): verifyDrawStream reads a receipt given as JSON text into a
// compact form. It must accept exactly the texts JSON.parse accepts, and judge every receipt text exactly as it
// judges the value JSON.parse gives — the same result or the same findings, for genuine and tampered receipts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyDrawStream } from '../../src/sql/index.js';
import { readReceiptText } from '../../src/sql/receipt-text.js';
import { makeFrame, makeTask, SEED, uscc } from '../draw/fixtures.js';
import { announceDraw, drawObjects } from '../helpers/untyped-draw.js';

const task = makeTask([
  { id: 'A类-1', ratio: 0.3 },
  { id: 'B', count: 3 },
]);
const frame = makeFrame(['A类-1', 'B'], [40, 9]);
const units = [...frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));
const announcement = announceDraw({
  task,
  frame,
  seed: { kind: SEED.kind, source: SEED.source },
})._unsafeUnwrap();
const text = JSON.stringify(drawObjects({ task, frame, seed: SEED, announcement })._unsafeUnwrap().receipt);
const value = () => JSON.parse(text);

/** JSON.parse's value, or undefined when it throws. */
function parsed(t: string): unknown {
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/** verifyDrawStream from the text and from JSON.parse's value (when it parses): the same outcome. */
async function sameVerdict(t: string, source = false): Promise<'ok' | 'refused'> {
  const given = source ? { source: () => [...units].reverse() } : { units };
  const fromText = await verifyDrawStream({ receipt: t, ...given });
  const v = parsed(t);
  if (v === undefined) {
    expect(fromText._unsafeUnwrapErr().map((i) => i.code)).toEqual(['SQL_INPUT_INVALID']);
    return 'refused';
  }
  const fromValue = await verifyDrawStream({ receipt: v as never, ...given });
  // The text's UTF-8 bytes, as read from the published file, are judged like the text.
  const fromBytes = !/\p{Surrogate}/u.test(t)
    ? await verifyDrawStream({ receipt: new TextEncoder().encode(t), ...given })
    : fromText;
  if (fromValue.isOk()) {
    expect(fromText._unsafeUnwrap()).toEqual(fromValue.value);
    expect(fromBytes._unsafeUnwrap()).toEqual(fromValue.value);
    return 'ok';
  }
  expect(fromText._unsafeUnwrapErr()).toEqual(fromValue.error);
  expect(fromBytes._unsafeUnwrapErr()).toEqual(fromValue.error);
  return 'refused';
}

/** What JSON.parse gives for bytes decoded as a fatal UTF-8 decoder does, or undefined when either refuses. */
function parsedBytes(b: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(b));
  } catch {
    return undefined;
  }
}

/** Every path to a value inside x. */
function paths(x: unknown, at: (string | number)[] = []): (string | number)[][] {
  const inner =
    typeof x === 'object' && x !== null
      ? Object.entries(x).flatMap(([k, v]) => paths(v, [...at, Array.isArray(x) ? Number(k) : k]))
      : [];
  return [at, ...inner];
}
const receiptPaths = paths(value()).filter((p) => p.length > 0);

type Edit = { path: (string | number)[]; op: 'set' | 'delete' | 'add'; v: unknown };
function edited(e: Edit): unknown {
  const r = value();
  let parent = r;
  for (const k of e.path.slice(0, -1)) parent = parent[k];
  const last = e.path[e.path.length - 1]!;
  if (e.op === 'set') parent[last] = e.v;
  else if (e.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) {
    parent[last].extra = e.v;
  } else parent[last] = [parent[last], e.v];
  return r;
}

const CHARS = [
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ' ',
  '\n',
  '0',
  '1',
  'a',
  'f',
  'g',
  'A',
  '-',
  '.',
  'e',
  'é',
  '\u0000',
];

describe('the receipt text reader', () => {
  it('reads every JSON text as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (v, indent) => {
        const t = JSON.stringify(v, null, indent);
        expect(readReceiptText(t)!.value).toEqual(JSON.parse(t));
      }),
    );
  });

  it('refuses exactly the texts JSON.parse refuses', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom(...CHARS),
        fc.constantFrom('insert', 'delete', 'replace'),
        (t, at, c, op) => {
          const k = at % (t.length + 1);
          const m =
            op === 'insert'
              ? t.slice(0, k) + c + t.slice(k)
              : t.slice(0, k) + (op === 'replace' ? c : '') + t.slice(k + 1);
          const v = parsed(m);
          const r = readReceiptText(m);
          if (v === undefined) expect(r).toBeUndefined();
          else expect(r!.value).toEqual(v);
        },
      ),
    );
    for (const t of [
      '',
      ' ',
      '\uFEFF{}',
      '01',
      '1.',
      '.5',
      '+1',
      '"\\x"',
      '"\\u12"',
      '[1,]',
      '{"a":1,}',
      "'a'",
      'nul',
      '"a\u0001"',
      '{} x',
    ]) {
      expect(readReceiptText(t), t).toBeUndefined();
    }
    for (const t of [
      '"\\ud800"',
      '"\ud800"',
      '-0',
      '1e400',
      '{"__proto__":1}',
      '{"a":1,"a":2}',
      '"\\u00e9\\/"',
    ]) {
      expect(readReceiptText(t)!.value, t).toEqual(JSON.parse(t));
    }
  });
});

describe('the receipt reader on texts nested deeper than its stack', () => {
  it('reads them as JSON.parse does, and verifyDrawStream judges them as their parsed value', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    for (const t of [deep, new TextEncoder().encode(deep)]) {
      // Walked by hand: comparing or printing so deep a value would itself run out of stack.
      let x = readReceiptText(t)!.value;
      let depth = 0;
      while (Array.isArray(x) && x.length === 1) {
        x = x[0];
        depth++;
      }
      expect([depth, x]).toEqual([19_999, []]);
      const r = await verifyDrawStream({ receipt: t, units });
      const v = await verifyDrawStream({ receipt: JSON.parse(deep), units });
      expect(r._unsafeUnwrapErr().map((i) => [i.code, i.path])).toEqual(
        v._unsafeUnwrapErr().map((i) => [i.code, i.path]),
      );
      expect(r._unsafeUnwrapErr().map((i) => i.code)).toEqual(['SQL_INPUT_INVALID']);
    }
    expect(readReceiptText(`${deep}x`)).toBeUndefined();
  });
});

describe('the receipt reader on UTF-8 bytes', () => {
  const utf8 = (t: string) => new TextEncoder().encode(t);

  it('reads the bytes of every JSON text as JSON.parse reads the text, whatever its characters', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), fc.constantFrom(undefined, 2), (v, indent) => {
        const t = JSON.stringify(v, null, indent);
        expect(readReceiptText(utf8(t))!.value).toEqual(JSON.parse(t));
      }),
    );
  });

  it('refuses exactly the bytes a fatal UTF-8 decoder or JSON.parse refuses', () => {
    const BYTES = [0x22, 0x5c, 0x7b, 0x7d, 0x2c, 0x20, 0x30, 0x61, 0x80, 0xbf, 0xc3, 0xe4, 0xef, 0xf0, 0xff];
    fc.assert(
      fc.property(
        fc.json({ stringUnit: 'grapheme' }),
        fc.nat(),
        fc.constantFrom(...BYTES),
        fc.constantFrom('insert', 'delete', 'replace'),
        (t, at, c, op) => {
          const b = utf8(t);
          const k = at % (b.length + 1);
          const m = Uint8Array.from([
            ...b.subarray(0, k),
            ...(op === 'delete' ? [] : [c]),
            ...b.subarray(op === 'insert' ? k : k + 1),
          ]);
          const v = parsedBytes(m);
          const r = readReceiptText(m);
          if (v === undefined) expect(r).toBeUndefined();
          else expect(r!.value).toEqual(v);
        },
      ),
    );
  });

  it('skips a leading byte-order mark, keeps one inside a string, and refuses bytes that are not UTF-8', () => {
    const bom = [0xef, 0xbb, 0xbf];
    expect(readReceiptText(Uint8Array.from([...bom, ...utf8('{"a":"类"}')]))!.value).toEqual({ a: '类' });
    expect(readReceiptText(utf8('"\uFEFF﻿x"'))!.value).toBe('\uFEFF\uFEFFx');
    for (const bad of [
      [0x22, 0xff, 0x22], // not a UTF-8 byte
      [0x22, 0xc0, 0x80, 0x22], // an overlong encoding
      [0x22, 0xe7, 0xb1, 0x22], // a character cut short
      [0x22, 0xed, 0xa0, 0x80, 0x22], // an encoded surrogate
      [0xff, 0x7b, 0x7d], // outside any string
    ]) {
      expect(readReceiptText(Uint8Array.from(bad)), String(bad)).toBeUndefined();
    }
  });
});

describe('verifyDrawStream from the receipt text', () => {
  it('verifies the published text, however it is laid out or escaped, to the same receipt', async () => {
    expect(await sameVerdict(text)).toBe('ok');
    expect(await sameVerdict(text, true)).toBe('ok');
    expect(await sameVerdict(JSON.stringify(value(), null, 2))).toBe('ok');
    // Ids and tickets written with escapes, and lists in another key order.
    const r = value();
    const first = r.strata[0].selected[0];
    const escaped = text
      .replace(
        `"${first.id}"`,
        `"\\u${first.id.charCodeAt(0).toString(16).padStart(4, '0')}${first.id.slice(1)}"`,
      )
      .replace(
        `"${first.ticket}"`,
        `"${first.ticket.slice(0, 63)}\\u00${first.ticket.charCodeAt(63).toString(16)}"`,
      );
    expect(escaped).not.toBe(text);
    expect(await sameVerdict(escaped)).toBe('ok');
    const reordered = JSON.stringify({
      ...r,
      strata: r.strata.map(({ reserve, selected, ...s }: { reserve: unknown; selected: unknown }) => ({
        reserve,
        ...s,
        selected,
      })),
    });
    expect(await sameVerdict(reordered)).toBe('ok');
    // A repeated key counts once, the last one (as JSON.parse reads it).
    const repeated = text.replace('"selected":', '"selected":[{"id":"x","ticket":1}],"selected":');
    expect(await sameVerdict(repeated)).toBe('ok');
  });

  it('judges tampered receipts exactly as their parsed value: same result, same findings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...receiptPaths),
        fc.constantFrom('set', 'delete', 'add') as fc.Arbitrary<Edit['op']>,
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constantFrom('0'.repeat(64), 'F'.repeat(64), uscc(5), { id: uscc(5), ticket: 'a'.repeat(64) }),
        ),
        fc.boolean(),
        async (path, op, v, source) => {
          await sameVerdict(JSON.stringify(edited({ path, op, v })), source);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('judges receipt texts with a character changed exactly as JSON.parse and the parsed value', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(text.length),
        fc.constantFrom(...CHARS),
        fc.constantFrom('insert', 'delete', 'replace'),
        async (k, c, op) => {
          const m =
            op === 'insert'
              ? text.slice(0, k) + c + text.slice(k)
              : text.slice(0, k) + (op === 'replace' ? c : '') + text.slice(k + 1);
          seen.add(await sameVerdict(m));
        },
      ),
      { numRuns: 150 },
    );
    // Some changes keep a valid receipt (a space between tokens), most do not.
    expect([...seen].sort()).toEqual(['ok', 'refused']);
  });

  it('refuses a text that is not JSON with SQL_INPUT_INVALID at the receipt', async () => {
    const r = await verifyDrawStream({ receipt: text.slice(0, -1), units });
    const issues = r._unsafeUnwrapErr();
    expect(issues.map((i) => [i.code, i.path])).toEqual([['SQL_INPUT_INVALID', ['receipt']]]);
    expect(issues[0]!.message.en).toMatch(/not JSON/);
  });
});
