// 第十九条 “公开、公正”: verifyAssignment accepts every genuine receipt (read back from JSON) and rejects a receipt
// in which anything was changed — a swap, a drop, a duplicate, a replacement without approval or off the seeded
// order, another seed, another directory.
import { describe, expect, it } from 'vitest';
import { announceMatch, matchInspectors, replaceInspector, verifyAssignment } from '../../src/match/index.js';
import { directory, INITIATOR, inspector, matchInputs, recusal, SEED2 } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: edits of parsed JSON
type Json = any;

const inputs = matchInputs(8, 5);
const target = inputs.draw.selected[0]!.id;
const withRecusal = { ...inputs, recusals: [recusal(`${INITIATOR}-i01`, target)] as never[] };
const announcement = announceMatch({
  ...withRecusal,
  seed: { kind: SEED2.kind, source: SEED2.source },
})._unsafeUnwrap();
const drawn = matchInspectors({ ...withRecusal, announcement } as never)._unsafeUnwrap();
const o0 = drawn.objects[0]!;
const replaced = replaceInspector(drawn, {
  objectId: o0.objectId,
  inspectorId: o0.inspectorIds[0]!,
  reason: '执法回避',
  approvedBy: `${INITIATOR}-head`,
  approvedOn: '2025-03-03',
})._unsafeUnwrap();
const twice = replaceInspector(replaced, {
  objectId: o0.objectId,
  inspectorId: replaced.objects[0]!.inspectorIds[0]!,
  reason: '其他',
  note: '借调至区政府专班',
  approvedBy: `${INITIATOR}-head`,
  approvedOn: '2025-03-04',
})._unsafeUnwrap();
const genuine = (): Json => JSON.parse(JSON.stringify(twice.receipt));
const verify = (r: unknown, i: unknown = withRecusal) =>
  verifyAssignment({ ...(i as object), receipt: r, announcement } as never);

describe('verifyAssignment', () => {
  it('accepts the genuine receipt, with its replacements replayed, and returns a replaceable assignment', () => {
    const v = verify(genuine());
    expect(v.isOk()).toBe(true);
    expect(v._unsafeUnwrap().receipt).toEqual(twice.receipt);
    expect(
      replaceInspector(v._unsafeUnwrap(), {
        objectId: o0.objectId,
        inspectorId: v._unsafeUnwrap().objects[0]!.inspectorIds[1]!,
        reason: '岗位调整',
        approvedBy: `${INITIATOR}-head`,
        approvedOn: '2025-03-05',
      }).isOk(),
    ).toBe(true);
    expect(
      verifyAssignment({
        ...withRecusal,
        receipt: genuine(),
        announcement: announcement.digest,
      } as never).isOk(),
    ).toBe(true);
  });

  it('does not depend on the key order of the receipt as stored', () => {
    const reversed = (o: Json): Json =>
      Array.isArray(o)
        ? o.map(reversed)
        : o !== null && typeof o === 'object'
          ? Object.fromEntries(
              Object.entries(o)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : o;
    expect(verify(reversed(genuine())).isOk()).toBe(true);
  });

  it('a second replacement of the same slot follows the same seeded order', () => {
    const [first, second] = twice.events;
    expect(second!.outInspectorId).toBe(first!.inInspectorId);
    expect(second!.inInspectorId).not.toBe(first!.outInspectorId);
    expect(twice.objects[0]!.inspectorIds[0]).toBe(second!.inInspectorId);
    expect(drawn.objects[0]!.inspectorIds[0]).toBe(first!.outInspectorId);
  });

  const tampers: [string, (r: Json) => void, string?][] = [
    [
      'swap two inspectors between objects',
      (r) => {
        const a = r.objects[1].inspectorIds;
        const b = r.objects[2].inspectorIds;
        const x = a[0];
        a[0] = b.find((y: string) => !a.includes(y));
        b[b.indexOf(a[0])] = x;
      },
    ],
    ['drop an inspector', (r) => r.objects[1].inspectorIds.pop()],
    ['duplicate an inspector', (r) => (r.objects[1].inspectorIds[1] = r.objects[1].inspectorIds[0])],
    ['change a drawn inspector', (r) => (r.objects[2].drawn[0] = r.objects[3].drawn[0])],
    [
      'change the leader',
      (r) =>
        (r.objects[2].leaderId = r.objects[2].inspectorIds.find((x: string) => x !== r.objects[2].leaderId)),
    ],
    [
      'a replacement approved by someone else',
      (r) => (r.events[0].approvedBy = `${INITIATOR}-i02`),
      'MATCH_REPLACEMENT_NOT_APPROVED',
    ],
    [
      'a hand-picked replacement',
      (r) =>
        (r.events[1].inInspectorId =
          r.objects[0].drawn[1] === r.events[1].inInspectorId ? 'x' : r.objects[3].drawn[0]),
    ],
    ['a replacement dropped from the trail', (r) => r.events.pop()],
    [
      'a replacement added out of date order',
      (r) => (r.events[1].approvedOn = '2025-03-01'),
      'MATCH_REPLACEMENT_OUT_OF_ORDER',
    ],
    ['another seed text', (r) => (r.seed.text = 'drand 4812346 9f3c')],
    ['another seed bytes', (r) => (r.seed.bytes = '00')],
    ['the derived key', (r) => (r.derivation.key = '0'.repeat(64))],
    ['the stated inclusion', (r) => (r.inclusion.uniform = true)],
    ['the load bound', (r) => (r.load.bound += 1)],
    ['random flag', (r) => (r.objects[0].random = false)],
    ['an extra field', (r) => (r.note = 'x'), 'MATCH_VERIFY_MALFORMED'],
    ['the announcement (digest no longer matches)', (r) => (r.announcement.rules.minimum = 3)],
  ];
  for (const [name, tamper, code] of tampers) {
    it(`rejects: ${name}`, () => {
      const r = genuine();
      tamper(r);
      const v = verify(r);
      expect(v.isErr()).toBe(true);
      if (code) expect(v._unsafeUnwrapErr().map((i) => i.code)).toContain(code);
    });
  }

  it('rejects when the auditor holds another directory or recusal list than the one announced', () => {
    const other = { ...withRecusal, directory: directory(5, INITIATOR, [inspector('extra')]) };
    expect(verify(genuine(), other)._unsafeUnwrapErr()[0]!.code).toBe('MATCH_ANNOUNCEMENT_MISMATCH');
    const noRecusal = { ...withRecusal, recusals: [] };
    expect(verify(genuine(), noRecusal)._unsafeUnwrapErr()[0]!.code).toBe('MATCH_ANNOUNCEMENT_MISMATCH');
  });

  it('rejects a receipt whose announcement is not the published one', () => {
    const other = announceMatch({
      ...withRecusal,
      seed: { kind: 'lottery', source: '体彩' },
    })._unsafeUnwrap();
    const v = verifyAssignment({ ...withRecusal, receipt: genuine(), announcement: other } as never);
    expect(v._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'MATCH_VERIFY_MISMATCH',
      path: ['announcement', 'digest'],
    });
  });
});

describe('replaceInspector refuses what 第十九条 ¶3 does not allow', () => {
  const request = {
    objectId: o0.objectId,
    inspectorId: o0.inspectorIds[1]!,
    reason: '健康状况',
    approvedBy: `${INITIATOR}-head`,
    approvedOn: '2025-03-03',
  } as const;
  const codes = (a: unknown, r: unknown) =>
    replaceInspector(a as never, r as never)
      ._unsafeUnwrapErr()
      .map((i) => i.code);
  it('without the head’s approval', () => {
    expect(codes(drawn, { ...request, approvedBy: `${INITIATOR}-i02` })).toEqual([
      'MATCH_REPLACEMENT_NOT_APPROVED',
    ]);
  });
  it('for an inspector not on the object, or an unknown object', () => {
    const absent = `${INITIATOR}-i05` === o0.inspectorIds[0] ? `${INITIATOR}-i04` : `${INITIATOR}-i05`;
    expect(
      codes(drawn, { ...request, inspectorId: o0.inspectorIds.includes(absent) ? 'nobody' : absent }),
    ).toEqual(['MATCH_REPLACEMENT_NOT_ASSIGNED']);
    expect(codes(drawn, { ...request, objectId: 'nothing' })).toEqual(['MATCH_REPLACEMENT_NOT_ASSIGNED']);
  });
  it('for a reason outside the list, or 其他 without a note', () => {
    expect(codes(drawn, { ...request, reason: '不想去' })).toEqual(['MATCH_REPLACEMENT_INVALID']);
    expect(codes(drawn, { ...request, reason: '其他' })).toEqual(['MATCH_REPLACEMENT_INVALID']);
  });
  it('on an assignment this library did not make (e.g. edited or read from JSON)', () => {
    expect(codes(JSON.parse(JSON.stringify(drawn)), request)).toEqual(['MATCH_ASSIGNMENT_UNKNOWN']);
  });
  it('when nobody is left in the seeded order', () => {
    const exact = matchInspectors(matchInputs(3, 2) as never)._unsafeUnwrap();
    const o = exact.objects[0]!;
    expect(codes(exact, { ...request, objectId: o.objectId, inspectorId: o.inspectorIds[0]! })).toEqual([
      'MATCH_NO_REPLACEMENT',
    ]);
  });
  it('keeps the leader role on the slot: the incoming inspector leads when the leader is replaced', () => {
    const o = drawn.objects[2]!;
    const b = replaceInspector(drawn, {
      ...request,
      objectId: o.objectId,
      inspectorId: o.leaderId!,
    })._unsafeUnwrap();
    expect(b.objects[2]!.leaderId).toBe(b.events[0]!.inInspectorId);
  });
});
