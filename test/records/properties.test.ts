// Properties of the records area (fixed seed, test/setup.ts): any sequence of lifecycle events keeps the
// invariants of 第十七条 and 第十九条 ¶3, and no validator throws on arbitrary input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTaskEvent,
  createTaskState,
  publicationRecord,
  replayTask,
  type TaskState,
  validateOnSiteRecord,
  validatePenaltyRecord,
  validateResultEntry,
} from '../../src/records/index.js';
import { draw, onSiteContext, onSiteRecord, resultContext, resultEntry } from './fixtures.js';
import { ev, fresh, wholeLifecycle } from './lifecycle-helpers.js';

/** The paths of the objects reachable from x that are not frozen. */
function unfrozen(x: unknown, path = 'state', out: string[] = []): string[] {
  if (x !== null && typeof x === 'object') {
    if (!Object.isFrozen(x)) out.push(path);
    for (const [k, v] of Object.entries(x)) unfrozen(v, `${path}.${k}`, out);
  }
  return out;
}

const isResult = (r: unknown) =>
  r !== null && typeof r === 'object' && typeof (r as { isOk?: unknown }).isOk === 'function';

/** Events off the happy path: outcomes, substitutions, replacements, adjustments, repeats and junk. */
const noise = fc.oneof(
  fc
    .constantFrom(...draw.selected.map((o) => o.id))
    .map((objectId) =>
      ev('record-outcome', '2026-05-12', { objectId, outcome: '通过登记的住所（经营场所）无法联系' }),
    ),
  fc
    .constantFrom(...draw.selected.map((o) => o.id))
    .map((objectId) => ev('substitute', '2026-05-12', { objectId })),
  fc.constantFrom(...draw.selected.map((o) => o.id)).map((objectId) =>
    ev('replace-inspector', '2026-05-12', {
      departmentId: 'lt-scjgj',
      objectId,
      outInspectorId: 'lt-scjgj-03',
      inInspectorId: 'lt-scjgj-05',
      reason: '健康状况',
      approvedBy: 'lt-scjgj-01',
      approvedOn: '2026-05-11',
    }),
  ),
  fc.constant(
    ev('adjust', '2026-03-18', {
      adjustment: {
        id: 'ADJ-P',
        kind: 'change-frequency',
        taskId: 'LT-2026-T01',
        frequencyPerYear: 2,
        reason: '投诉较多，增加频次',
        publication: { date: '2026-03-18', channels: ['区政府网站'] },
      },
    }),
  ),
  fc.constantFrom(...wholeLifecycle()),
  fc.anything(),
);

/** The whole lifecycle with up to three events dropped and noise inserted anywhere (most runs get far). */
const sequences = fc
  .tuple(fc.array(fc.nat(), { maxLength: 3 }), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 12 }))
  .map(([drops, inserts]) => {
    const base = wholeLifecycle();
    const out: unknown[] = base.filter((_, k) => !drops.some((d) => d % base.length === k));
    for (const [at, e] of inserts) out.splice(at % (out.length + 1), 0, e);
    return out;
  });

describe('lifecycle invariants (fast-check)', () => {
  it('the drawn list never changes after the lock, the trail only grows, refusals change nothing, replay equals the state', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(sequences, fc.boolean(), (events, reserveSubstitution) => {
        let s: TaskState = fresh({ reserveSubstitution });
        let lockedJson: string | undefined;
        for (const e of events) {
          const before = JSON.stringify(s);
          const r = applyTaskEvent(s, e as never);
          expect(JSON.stringify(s)).toBe(before);
          if (r.isErr()) {
            expect(r.error.length).toBeGreaterThan(0);
            continue;
          }
          const next = r.value;
          expect(unfrozen(next)).toEqual([]);
          expect(next.trail.length).toBe(s.trail.length + 1);
          expect(next.trail.slice(0, s.trail.length)).toEqual(s.trail);
          if (lockedJson !== undefined) {
            expect(JSON.stringify(next.locked)).toBe(lockedJson);
            const drawn = next.objects.filter((o) => o.origin === 'drawn').map((o) => o.objectId);
            expect(drawn).toEqual(draw.selected.map((o) => o.id));
          } else if (next.locked) {
            lockedJson = JSON.stringify(next.locked);
          }
          s = next;
        }
        expect(replayTask({ ...s.start, events: s.trail })._unsafeUnwrap()).toEqual(s);
        reached.add(s.stage);
      }),
      { numRuns: 60 },
    );
    // The runs exercise the whole lifecycle, not just its first steps.
    for (const stage of ['planned', 'dispatched', 'checked', 'closed']) expect(reached).toContain(stage);
  });
});

describe('states share their lists but never each other’s changes (fast-check)', () => {
  it('two different events applied to the same earlier state give two states, each its trail’s replay; the earlier one unchanged', () => {
    const all = wholeLifecycle();
    fc.assert(
      fc.property(fc.nat(all.length - 1), sequences, (cut, noisy) => {
        const base = (() => {
          let s: TaskState = fresh();
          for (const e of all.slice(0, cut)) s = applyTaskEvent(s, e)._unsafeUnwrap();
          return s;
        })();
        const before = JSON.stringify(base);
        // Branch one: the rest of the lifecycle; branch two: the noisy sequence from the same state.
        let one = base;
        for (const e of all.slice(cut)) one = applyTaskEvent(one, e)._unsafeUnwrap();
        let two = base;
        for (const e of noisy) two = applyTaskEvent(two, e as never).unwrapOr(two);
        expect(JSON.stringify(base)).toBe(before);
        expect(one.stage).toBe('closed');
        for (const s of [one, two, base]) {
          expect(replayTask({ ...s.start, events: s.trail })._unsafeUnwrap()).toEqual(s);
          // A state read back from JSON is rebuilt from its trail and accepted.
          expect(applyTaskEvent(JSON.parse(JSON.stringify(s)), ev('close', '2026-07-21')).isOk()).toBe(
            s.stage === 'published',
          );
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('never throws on arbitrary input (fast-check)', () => {
  const anything = fc.oneof(fc.anything(), fc.jsonValue());
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('hostile');
      },
      ownKeys() {
        throw new Error('hostile');
      },
    },
  );

  const cases: [string, (x: unknown) => unknown][] = [
    ['validateOnSiteRecord(record)', (x) => validateOnSiteRecord(x as never, onSiteContext() as never)],
    ['validateOnSiteRecord(context)', (x) => validateOnSiteRecord(onSiteRecord() as never, x as never)],
    ['validateResultEntry(entry)', (x) => validateResultEntry(x as never, resultContext() as never)],
    ['validateResultEntry(context)', (x) => validateResultEntry(resultEntry() as never, x as never)],
    ['validatePenaltyRecord', (x) => validatePenaltyRecord(x as never, x as never)],
    ['publicationRecord', (x) => publicationRecord(x as never)],
    ['createTaskState', (x) => createTaskState(x as never)],
    ['applyTaskEvent(state)', (x) => applyTaskEvent(x as never, ev('close', '2026-07-20'))],
    ['applyTaskEvent(event)', (x) => applyTaskEvent(fresh(), x as never)],
    ['replayTask', (x) => replayTask(x as never)],
  ];

  for (const [name, fn] of cases) {
    it(`${name} returns a Result`, () => {
      fc.assert(
        fc.property(anything, (x) => isResult(fn(x))),
        { numRuns: 100 },
      );
      expect(isResult(fn(hostile))).toBe(true);
      expect(fn(hostile)).toMatchObject({ error: expect.any(Array) });
    });
  }

  it('a record whose fields are replaced by arbitrary values still gets a Result', () => {
    const keys = Object.keys(onSiteRecord());
    fc.assert(
      fc.property(fc.constantFrom(...keys), anything, (key, value) => {
        const r = { ...onSiteRecord(), [key]: value };
        return isResult(validateOnSiteRecord(r as never, onSiteContext() as never));
      }),
      { numRuns: 100 },
    );
  });
});
