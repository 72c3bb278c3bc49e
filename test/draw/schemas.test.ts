// The published documents of a draw (第十九条 “公开”) have JSON Schemas in docs/schemas, generated from the zod
// schemas the library reads them with (scripts/schemas.ts): DrawFrame, DrawAnnouncement and DrawReceipt. Every
// genuine document validates — the golden vectors, a frame from stratify, an announcement from announceDraw, a
// receipt from each draw — and a document with a field moved, renamed or of the wrong type does not.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { announceDraw, drawObjects, stratify } from '../../src/draw/index.js';
import { SEED } from './fixtures.js';

const schemaDir = new URL('../../docs/schemas/', import.meta.url);
const goldenDir = new URL('./golden/', import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: edits of parsed JSON
type Json = any;
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validator = (name: string) =>
  ajv.compile(JSON.parse(readFileSync(new URL(`${name}.json`, schemaDir), 'utf8')) as object);
const frameOk = validator('DrawFrame');
const announcementOk = validator('DrawAnnouncement');
const receiptOk = validator('DrawReceipt');
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;

const goldens = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, goldenDir), 'utf8')) as Json);

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/longting/${f}`, import.meta.url), 'utf8'));
const plan = read('plan-2026.json');
const directory = read('object-directory.json');
const task = plan.tasks[0];

describe('docs/schemas: every genuine frame, announcement and receipt validates', () => {
  it.each(goldens.map((g) => [g.name, g]))('golden vector %s', (_name, g) => {
    expect(frameOk(g.input.frame), JSON.stringify(frameOk.errors)).toBe(true);
    expect(announcementOk(g.receipt.announcement), JSON.stringify(announcementOk.errors)).toBe(true);
    expect(receiptOk(g.receipt), JSON.stringify(receiptOk.errors)).toBe(true);
  });

  it('a frame from stratify, the announcement and the receipt of the Longting fixture', () => {
    const frame = stratify(directory.objects, task.sampling.ratioTable)._unsafeUnwrap();
    expect(frameOk(json(frame)), JSON.stringify(frameOk.errors)).toBe(true);
    expect(frameOk(json(frame.units))).toBe(true);
    const ann = announceDraw({
      task,
      frame,
      seed: { kind: SEED.kind, source: SEED.source as string },
    })._unsafeUnwrap();
    expect(announcementOk(json(ann)), JSON.stringify(announcementOk.errors)).toBe(true);
    const d = drawObjects({ task, frame, seed: SEED, announcement: ann })._unsafeUnwrap();
    expect(receiptOk(json(d.receipt)), JSON.stringify(receiptOk.errors)).toBe(true);
  });
});

describe('docs/schemas: a document of another shape does not validate', () => {
  const g = goldens.find((x) => x.name === 'v2-total-largest-remainder')!;
  const edit = (x: unknown, f: (c: Json) => void) => {
    const c = structuredClone(x);
    f(c);
    return c;
  };

  it('frames', () => {
    expect(frameOk(edit(g.input.frame, (f) => (f.units[0].credit = f.units[0].id)))).toBe(false);
    expect(frameOk(edit(g.input.frame, (f) => (f.units[0].id = 'not a credit code')))).toBe(false);
    expect(frameOk({ strata: ['A'] })).toBe(false);
  });

  it('announcements: the total at the top instead of in the ratio table, a ratio as a number, an upper-case digest', () => {
    const a = g.receipt.announcement;
    expect(
      announcementOk(
        edit(a, (x) => {
          x.total = x.ratioTable.total;
          delete x.ratioTable.total;
        }),
      ),
    ).toBe(false);
    expect(announcementOk(edit(a, (x) => (x.ratioTable.strata[0].rule = { ratio: 0.01 })))).toBe(false);
    expect(announcementOk(edit(a, (x) => (x.digest = x.digest.toUpperCase())))).toBe(false);
    expect(announcementOk(edit(a, (x) => (x.reservePercent = 4.5)))).toBe(false);
  });

  it('receipts: an extra field, a ticket list entry with another key, a missing allocation', () => {
    const r = g.receipt;
    expect(receiptOk(edit(r, (x) => (x.comment = 'hi')))).toBe(false);
    expect(receiptOk(edit(r, (x) => (x.strata[0].selected[0] = { id: 'x', hash: 'y' })))).toBe(false);
    expect(receiptOk(edit(r, (x) => delete x.strata[0].allocation))).toBe(false);
  });
});
