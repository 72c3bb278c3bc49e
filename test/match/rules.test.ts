// Stage two of “二次随机” (第十九条 ¶1): the rules of a department's inspector draw, one by one.
import { describe, expect, it } from 'vitest';
import { announceMatch, matchInspectors } from '../../src/match/index.js';
import {
  COOPERATOR,
  DOMAINS,
  department,
  directory,
  INITIATOR,
  inspector,
  matchInputs,
  recusal,
  SEED2,
  TASK,
} from './fixtures.js';

const ok = (input: unknown) => matchInspectors(input as never)._unsafeUnwrap();
const fail = (input: unknown) => matchInspectors(input as never)._unsafeUnwrapErr();

describe('第二十一条: every object gets at least the minimum of distinct, eligible inspectors', () => {
  it('gives each object two distinct inspectors of the department by default', () => {
    const a = ok(matchInputs(12, 5));
    expect(a.objects).toHaveLength(12);
    for (const o of a.objects) {
      expect(o.inspectorIds).toHaveLength(2);
      expect(new Set(o.inspectorIds).size).toBe(2);
      for (const id of o.inspectorIds) expect(id.startsWith(`${INITIATOR}-i`)).toBe(true);
    }
  });

  it('takes a larger minimum when the department announces one', () => {
    const a = ok(matchInputs(6, 6, { minimum: 3 }));
    for (const o of a.objects) expect(new Set(o.inspectorIds).size).toBe(3);
  });

  it('refuses a minimum below two', () => {
    const e = fail(matchInputs(3, 5, { minimum: 1 }));
    expect(e.map((i) => i.path.join('.'))).toContain('options.minimum');
  });

  it('balances loads: with no recusals and no cap, max − min ≤ 1', () => {
    const a = ok(matchInputs(13, 6));
    expect(a.receipt.load.max - a.receipt.load.min).toBeLessThanOrEqual(1);
    expect(a.receipt.load.max).toBe(Math.ceil((13 * 2) / 6));
  });

  it('never lets one person fill two slots of an object, nor a recused one take any', () => {
    const inputs = matchInputs(8, 4);
    const objects = inputs.draw.selected.map((s) => s.id);
    const recusals = objects.map((o) => recusal(`${INITIATOR}-i01`, o));
    const a = ok({ ...inputs, recusals });
    for (const o of a.objects) expect(o.inspectorIds).not.toContain(`${INITIATOR}-i01`);
  });
});

describe('第十八条 ¶2 and 《行政处罚法》第四十二条: who is eligible', () => {
  const base = matchInputs(4, 2);
  const extra = [
    inspector('x-inactive', INITIATOR, { active: false }),
    inspector('x-expired', INITIATOR, { validUntil: '2025-05-31' }),
    inspector('x-late', INITIATOR, { validFrom: '2025-03-02' }),
    inspector('x-unqualified', INITIATOR, { fields: ['drug-safety'] }),
    inspector('x-expert', INITIATOR, { role: 'expert' }),
    inspector('x-other', INITIATOR, { departmentId: COOPERATOR }),
  ];
  it('counts only active, certified (through the whole schedule), qualified inspectors of the department', () => {
    const a = ok({ ...base, directory: directory(2, INITIATOR, extra) });
    expect(a.receipt.pool).toEqual({
      inspectors: 2,
      excluded: { 'other-department': 1, expert: 1, inactive: 1, uncertified: 2, unqualified: 1 },
    });
    for (const o of a.objects)
      expect(o.inspectorIds.every((id) => id.startsWith(`${INITIATOR}-i`))).toBe(true);
  });

  it('第十九条 ¶2: exactly as many eligible as needed → assigned without drawing, random: false', () => {
    const a = ok({ ...base, directory: directory(2, INITIATOR, extra) });
    expect(a.random).toBe(false);
    expect(a.receipt.random).toBe(false);
    for (const o of a.objects) {
      expect(o.random).toBe(false);
      expect([...o.inspectorIds].sort()).toEqual([`${INITIATOR}-i01`, `${INITIATOR}-i02`]);
    }
  });

  it('an object short of inspectors is an error naming it, by how many and why — never an empty slot', () => {
    const inputs = matchInputs(3, 3);
    const target = inputs.draw.selected[0]!.id;
    const e = fail({
      ...inputs,
      directory: directory(3, INITIATOR, extra),
      recusals: [recusal(`${INITIATOR}-i01`, target), recusal(`${INITIATOR}-i02`, target, '利害关系')],
    });
    expect(e).toHaveLength(1);
    expect(e[0]!.code).toBe('MATCH_OBJECT_SHORT');
    expect(e[0]!.article).toBe('第二十一条');
    expect(e[0]!.path).toEqual(['objects', target]);
    expect(e[0]!.message.zh).toContain('还差 1 名');
    expect(e[0]!.message.zh).toContain('回避 2 名');
    expect(e[0]!.message.en).toContain('1 short of the minimum 2');
    expect(e[0]!.message.en).toContain('inactive 1');
    expect(e[0]!.message.en).toContain('certificate invalid during the schedule 2');
    expect(e[0]!.message.en).toContain('unqualified for the domains 1');
  });

  it('a recusal recorded on the object side counts like a declared one', () => {
    const inputs = matchInputs(2, 3);
    const target = inputs.draw.selected[0]!.id;
    const a = ok({
      ...inputs,
      recusals: [{ ...recusal(`${INITIATOR}-i03`, target, '曾任职或持股'), declaredBy: 'object' }],
    });
    expect(a.objects.find((o) => o.objectId === target)!.inspectorIds).not.toContain(`${INITIATOR}-i03`);
  });

  it('a recusal for 其他 needs a note, and the same record twice is refused', () => {
    const inputs = matchInputs(2, 3);
    const target = inputs.draw.selected[0]!.id;
    const e = fail({ ...inputs, recusals: [recusal(`${INITIATOR}-i01`, target, '其他')] });
    expect(e[0]!.path).toEqual(['recusals', 0, 'note']);
    const twice = fail({
      ...inputs,
      recusals: [recusal(`${INITIATOR}-i01`, target), recusal(`${INITIATOR}-i01`, target)],
    });
    expect(twice.map((i) => i.code)).toContain('MATCH_RECUSAL_INVALID');
  });
});

describe('load cap (负荷上限)', () => {
  it('respects maxLoad', () => {
    const a = ok(matchInputs(10, 8, { maxLoad: 3 }));
    const load = new Map<string, number>();
    for (const o of a.objects) for (const id of o.inspectorIds) load.set(id, (load.get(id) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
  });

  it('names each object left short when the cap makes the minimum impossible', () => {
    const e = fail(matchInputs(10, 4, { maxLoad: 4 }));
    expect(e.every((i) => i.code === 'MATCH_LOAD_CAP_INFEASIBLE')).toBe(true);
    const missing = e.reduce((s, i) => s + Number(/还差 (\d+) 名/.exec(i.message.zh)![1]), 0);
    expect(missing).toBe(10 * 2 - 4 * 4);
  });
});

describe('第二十条: the leader and experts', () => {
  it('the initiating department names a leader for every object, one of its inspectors', () => {
    const a = ok(matchInputs(9, 4));
    for (const o of a.objects) expect(o.inspectorIds).toContain(o.leaderId);
  });

  it('a cooperating department names no leader', () => {
    const a = ok(matchInputs(5, 4, { deptId: COOPERATOR }));
    for (const o of a.objects) expect(o.leaderId).toBeUndefined();
    expect(a.receipt.announcement.rules.leader).toBe('none');
  });

  it('leaderships are spread: none leads more than ⌈objects / inspectors⌉ + 1', () => {
    const a = ok(matchInputs(20, 5));
    const led = new Map<string, number>();
    for (const o of a.objects) led.set(o.leaderId!, (led.get(o.leaderId!) ?? 0) + 1);
    expect(Math.max(...led.values())).toBeLessThanOrEqual(Math.ceil(20 / 5) + 1);
  });

  it('an expert is attached but never counted toward the minimum', () => {
    const inputs = matchInputs(3, 2);
    const dir = directory(2, INITIATOR, [inspector('expert-1', INITIATOR, { role: 'expert' })]);
    const target = inputs.draw.selected[0]!.id;
    const a = ok({ ...inputs, directory: dir, experts: [{ objectId: target, expertId: 'expert-1' }] });
    const o = a.objects.find((x) => x.objectId === target)!;
    expect(o.expertIds).toEqual(['expert-1']);
    expect(o.inspectorIds).toHaveLength(2);
    expect(o.inspectorIds).not.toContain('expert-1');
  });

  it('an inspector cannot be attached as an expert, nor an expert of another directory', () => {
    const inputs = matchInputs(3, 3);
    const target = inputs.draw.selected[0]!.id;
    for (const expertId of [`${INITIATOR}-i01`, 'nobody']) {
      const e = fail({ ...inputs, experts: [{ objectId: target, expertId }] });
      expect(e[0]!.code).toBe('MATCH_EXPERT_INVALID');
      expect(e[0]!.article).toBe('第二十条');
    }
  });
});

describe('第十九条: the announcement binds every input', () => {
  it('the draw runs under the published announcement and refuses inputs that differ from it', () => {
    const inputs = matchInputs(6, 5);
    const ann = announceMatch({
      ...inputs,
      seed: { kind: SEED2.kind, source: SEED2.source },
    })._unsafeUnwrap();
    const a = ok({ ...inputs, announcement: ann });
    expect(a.receipt.announcement).toEqual(ann);
    expect(a.receipt.derivation.labels).toEqual(['stage-two', TASK.id, INITIATOR, ann.digest]);
    const changed = fail({ ...inputs, directory: directory(6, INITIATOR), announcement: ann });
    expect(changed[0]!.code).toBe('MATCH_ANNOUNCEMENT_MISMATCH');
    expect(changed[0]!.path).toEqual(['announcement', 'directory', 'digest']);
    const target = inputs.draw.selected[0]!.id;
    const recused = fail({ ...inputs, recusals: [recusal(`${INITIATOR}-i01`, target)], announcement: ann });
    expect(recused[0]!.path.slice(0, 2)).toEqual(['announcement', 'recusals']);
    const capped = fail({ ...inputs, options: { maxLoad: 5 }, announcement: ann });
    expect(capped[0]!.path.slice(0, 2)).toEqual(['announcement', 'rules']);
    const reseeded = fail({ ...inputs, seed: { ...SEED2, source: '另一轮' }, announcement: ann });
    expect(reseeded[0]!.code).toBe('MATCH_ANNOUNCEMENT_MISMATCH');
  });

  it('a committed-text seed must hash to the announced commitment', () => {
    const inputs = matchInputs(4, 4);
    const spec = {
      kind: 'committed-text' as const,
      source: '区局官网 2025-02-26 公告',
      commitment: 'a'.repeat(64),
    };
    const ann = announceMatch({ ...inputs, seed: spec })._unsafeUnwrap();
    const e = fail({ ...inputs, seed: { kind: 'committed-text', text: 'secret 42' }, announcement: ann });
    expect(e[0]!.code).toBe('MATCH_SEED_COMMITMENT_MISMATCH');
  });

  it('refuses a directory of another department and a department outside the task', () => {
    const inputs = matchInputs(4, 4);
    expect(fail({ ...inputs, directory: directory(4, COOPERATOR) })[0]!.code).toBe(
      'MATCH_DIRECTORY_MISMATCH',
    );
    expect(
      fail({ ...inputs, department: department('lt-other'), directory: directory(4, 'lt-other') })[0]!.code,
    ).toBe('MATCH_DEPARTMENT_NOT_IN_TASK');
  });

  it('the result and everything in it is deeply frozen', () => {
    const a = ok(matchInputs(4, 4));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.objects[0]!.inspectorIds)).toBe(true);
    expect(Object.isFrozen(a.receipt.announcement.rules)).toBe(true);
    expect(JSON.parse(JSON.stringify(a.receipt))).toEqual(a.receipt);
  });

  it('uses the domains given: an inspector must be qualified for every one', () => {
    const inputs = matchInputs(2, 3);
    const e = fail({ ...inputs, domains: [...DOMAINS, 'drug-safety'] });
    expect(e[0]!.code).toBe('MATCH_OBJECT_SHORT');
  });
});
