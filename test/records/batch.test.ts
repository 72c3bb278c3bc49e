// 第二十一条, 第二十二条 at the scale of a task: the batch validators parse the context once and give, for each
// record, exactly what the single validator gives for it; a context that does not parse validates nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  validateOnSiteRecord,
  validateOnSiteRecords,
  validateResultEntries,
  validateResultEntry,
} from '../../src/records/index.js';
import { draw, onSiteContext, onSiteRecord, resultContext, resultEntry } from './fixtures.js';

/** Records of the task's drawn objects, some changed to break a rule of 第二十一条 or the schema. */
const onSiteVariant = fc
  .record({
    object: fc.nat(draw.selected.length - 1),
    change: fc.constantFrom(
      'none',
      'one-inspector',
      'expert-only',
      'unknown-object',
      'bad-date',
      'no-acknowledgement',
      'not-an-object',
    ),
  })
  .map(({ object, change }) => {
    const r = { ...onSiteRecord(), objectId: draw.selected[object]!.id } as Record<string, unknown>;
    if (change === 'one-inspector') r.inspectorIds = ['lt-scjgj-02'];
    if (change === 'expert-only') r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-99'];
    if (change === 'unknown-object') r.objectId = '91410202MA0000000X';
    if (change === 'bad-date') r.checkDate = '2026-02-30';
    if (change === 'no-acknowledgement') delete r.acknowledgement;
    return change === 'not-an-object' ? 'not a record' : r;
  });

const resultVariant = fc
  .record({
    object: fc.nat(draw.selected.length - 1),
    change: fc.constantFrom('none', 'late', 'no-results', 'other-department', 'not-an-object'),
  })
  .map(({ object, change }) => {
    const e = { ...resultEntry(), objectId: draw.selected[object]!.id } as Record<string, unknown>;
    if (change === 'late') e.publishedDate = '2026-12-31';
    if (change === 'no-results') e.results = [];
    if (change === 'other-department') e.departmentId = 'lt-swj';
    return change === 'not-an-object' ? 42 : e;
  });

const same = (a: unknown, b: unknown) =>
  expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));

describe('batch validation gives each record the single validator’s verdict (第二十一条, 第二十二条)', () => {
  it('validateOnSiteRecords: one verdict per record, in order, equal to validateOnSiteRecord’s', () => {
    fc.assert(
      fc.property(fc.array(onSiteVariant, { maxLength: 12 }), (records) => {
        const context = onSiteContext();
        const batch = validateOnSiteRecords(records as never, context as never)._unsafeUnwrap();
        expect(batch).toHaveLength(records.length);
        for (const [k, r] of records.entries())
          same(batch[k], validateOnSiteRecord(r as never, context as never));
      }),
      { numRuns: 60 },
    );
  });

  it('validateResultEntries: one verdict per entry, in order, equal to validateResultEntry’s', () => {
    fc.assert(
      fc.property(fc.array(resultVariant, { maxLength: 12 }), (entries) => {
        const context = resultContext();
        const batch = validateResultEntries(entries as never, context as never)._unsafeUnwrap();
        expect(batch).toHaveLength(entries.length);
        for (const [k, e] of entries.entries())
          same(batch[k], validateResultEntry(e as never, context as never));
      }),
      { numRuns: 60 },
    );
  });

  it('a context that does not parse, or records that are not a list, validate nothing: the findings say why', () => {
    const broken = { ...onSiteContext(), task: { ...onSiteContext().task, schedule: undefined } };
    const r = validateOnSiteRecords([onSiteRecord()] as never, broken as never)._unsafeUnwrapErr();
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((i) => i.path[0] === 'context')).toBe(true);
    const notList = validateResultEntries('entries' as never, resultContext() as never)._unsafeUnwrapErr();
    expect(notList.map((i) => i.path[0])).toEqual(['records']);
  });

  it('a record that cannot be read is that record’s finding only; the others are validated', () => {
    const hostile = Object.defineProperty({}, 'taskId', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const batch = validateOnSiteRecords(
      [hostile, onSiteRecord()] as never,
      onSiteContext() as never,
    )._unsafeUnwrap();
    expect(batch[0]!._unsafeUnwrapErr().map((i) => i.code)).toEqual(
      validateOnSiteRecord(hostile as never, onSiteContext() as never)
        ._unsafeUnwrapErr()
        .map((i) => i.code),
    );
    expect(batch[1]!.isOk()).toBe(true);
  });

  it('leaves its inputs untouched and returns a frozen list', () => {
    const records = [onSiteRecord(), onSiteRecord()];
    const context = onSiteContext();
    const before = JSON.stringify({ records, context });
    const batch = validateOnSiteRecords(records as never, context as never)._unsafeUnwrap();
    expect(JSON.stringify({ records, context })).toBe(before);
    expect(Object.isFrozen(batch)).toBe(true);
  });
});
