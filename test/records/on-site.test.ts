// 第二十一条 实地抽查记录表: each rule with a realistic record that passes and a mutation that fails.
import { describe, expect, it } from 'vitest';
import { validateOnSiteRecord } from '../../src/records/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { expectClean, expectFinding, expectWarning } from './expect.js';
import { draw, inspectorDirectories, OBJECT, onSiteContext, onSiteRecord, task } from './fixtures.js';

/** Tests mutate plain JSON freely; the validator still parses it at run time. */
const check = (record: unknown, context: unknown) => validateOnSiteRecord(record as never, context as never);

const A14 = '第十四条';
const A19 = '第十九条';
const A20 = '第二十条';
const A21 = '第二十一条';

describe('第二十一条 实地抽查记录表 (validateOnSiteRecord)', () => {
  it('a complete record of two assigned, certified inspectors passes with no finding', () => {
    const r = onSiteRecord();
    const c = onSiteContext();
    deepFreeze(r);
    deepFreeze(c);
    const before = JSON.stringify([r, c]);
    const result = check(r, c);
    expectClean(result);
    expect(Object.isFrozen(result._unsafeUnwrap().record)).toBe(true);
    expect(JSON.stringify([r, c])).toBe(before);
  });

  it('第十九条: the object must be among the locked draw’s selected objects (a reserve object is not)', () => {
    const r = onSiteRecord();
    r.objectId = draw.reserve[0]!.id;
    const hit = expectFinding(check(r, onSiteContext()), 'RECORD_OBJECT_NOT_DRAWN', A19, ['objectId']);
    expect(hit.message.zh).toContain('备选');
  });

  it('a reserve object counts once the lifecycle substituted it (substitutes, where the task enables a reserve list)', () => {
    const r = onSiteRecord();
    r.objectId = draw.reserve[0]!.id;
    const { assignments: _, ...c } = onSiteContext();
    expectClean(check(r, { ...c, substitutes: [draw.reserve[0]!.id] }));
    // A name that is not on the reserve list adds nothing.
    r.objectId = '91350100M000100Y43';
    expectFinding(check(r, { ...c, substitutes: ['91350100M000100Y43'] }), 'RECORD_OBJECT_NOT_DRAWN', A19, [
      'objectId',
    ]);
  });

  it('第十九条: the draw must be the task’s', () => {
    const c = { ...onSiteContext(), draw: { ...draw, taskId: 'LT-2026-T02' } };
    expectFinding(check(onSiteRecord(), c), 'RECORD_DRAW_TASK_MISMATCH', A19, ['context', 'draw', 'taskId']);
  });

  it('the record must belong to the task given', () => {
    const r = onSiteRecord();
    r.taskId = 'LT-2026-T02';
    expectFinding(check(r, onSiteContext()), 'RECORD_TASK_MISMATCH', A21, ['taskId']);
  });

  it('第十四条: the check date lies within the task’s schedule', () => {
    const r = onSiteRecord();
    r.checkDate = '2026-07-02';
    r.notice.checkDate = '2026-07-02';
    expectFinding(check(r, onSiteContext()), 'RECORD_CHECK_DATE_OUTSIDE_SCHEDULE', A14, ['checkDate']);
  });

  it('第十九条: the department takes part in the task', () => {
    const r = onSiteRecord();
    r.departmentId = 'lt-yjglj';
    r.inspectorIds = ['lt-yjglj-02', 'lt-yjglj-03'];
    const c = onSiteContext();
    const dirs = inspectorDirectories();
    expectFinding(check(r, { ...c, inspectorDirectories: dirs }), 'RECORD_DEPARTMENT_NOT_PARTICIPANT', A19, [
      'departmentId',
    ]);
  });

  it('第二十条: another method than the task’s is allowed but reported', () => {
    const r = onSiteRecord();
    r.method = 'document-review';
    expectWarning(check(r, onSiteContext()), 'RECORD_METHOD_DIFFERS', A20, ['method']);
  });

  describe('第二十一条 ¶1: at least two counted inspectors of the department', () => {
    it('one inspector listed: the schema minimum, reported with the rule’s code', () => {
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02'];
      expectFinding(check(r, onSiteContext()), 'RECORD_INSPECTORS_TOO_FEW', A21, ['inspectorIds']);
    });

    it('an expert never counts (第二十条): expert + one inspector is too few', () => {
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-expert-01'];
      const result = check(r, onSiteContext());
      expectFinding(result, 'RECORD_INSPECTORS_TOO_FEW', A21, ['inspectorIds']);
      const warn = result._unsafeUnwrapErr().find((i) => i.code === 'RECORD_EXPERT_NOT_COUNTED')!;
      expect(warn.path).toEqual(['inspectorIds', 1]);
      expect(warn.article).toBe(A20);
    });

    it('an expert alongside two inspectors is fine, with a warning that it did not count', () => {
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-03', 'lt-scjgj-expert-01'];
      expectWarning(check(r, onSiteContext()), 'RECORD_EXPERT_NOT_COUNTED', A20, ['inspectorIds', 2]);
    });

    it('an expert named in the assignment’s expertIds does not count either', () => {
      const c = onSiteContext();
      const first = c.assignments[0]!.objects[0]!;
      first.expertIds = ['lt-scjgj-03'];
      const result = check(onSiteRecord(), c);
      expectFinding(result, 'RECORD_INSPECTORS_TOO_FEW', A21, ['inspectorIds']);
      expect(result._unsafeUnwrapErr().find((i) => i.code === 'RECORD_EXPERT_NOT_COUNTED')!.path).toEqual([
        'inspectorIds',
        1,
      ]);
    });

    it('《行政处罚法》第四十二条: a certificate not valid on the check date does not count', () => {
      const c = onSiteContext();
      const who = c.inspectorDirectories[0]!.inspectors.find((i) => i.id === 'lt-scjgj-03');
      who.certificate.validUntil = '2026-04-30';
      const result = check(onSiteRecord(), c);
      expectFinding(result, 'RECORD_CERTIFICATE_NOT_VALID', '《中华人民共和国行政处罚法》第四十二条', [
        'inspectorIds',
        1,
      ]);
      expectFinding(result, 'RECORD_INSPECTORS_TOO_FEW', A21, ['inspectorIds']);
    });

    it('someone not in the directories, or of another department, does not count', () => {
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-99'];
      expectFinding(check(r, onSiteContext()), 'RECORD_INSPECTOR_UNKNOWN', A21, ['inspectorIds', 1]);
      r.inspectorIds = ['lt-scjgj-02', 'lt-wjw-02'];
      expectFinding(check(r, onSiteContext()), 'RECORD_INSPECTOR_OTHER_DEPARTMENT', A21, ['inspectorIds', 1]);
    });

    it('the same person twice counts once', () => {
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-02'];
      const result = check(r, onSiteContext());
      expectFinding(result, 'RECORD_INSPECTOR_DUPLICATE', A21, ['inspectorIds', 1]);
      expectFinding(result, 'RECORD_INSPECTORS_TOO_FEW', A21, ['inspectorIds']);
    });

    it('第十九条: only inspectors matched to the object count', () => {
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-05'];
      expectFinding(check(r, onSiteContext()), 'RECORD_INSPECTOR_NOT_ASSIGNED', A19, ['inspectorIds', 1]);
    });

    it('第十九条 ¶3: an approved replacement counts, the replaced inspector no longer does', () => {
      const c = onSiteContext();
      const a = c.assignments[0]! as {
        objects: { objectId: string; inspectorIds: string[] }[];
        events: unknown[];
      };
      a.objects[0]!.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-05'];
      a.events.push({
        kind: 'replacement',
        objectId: OBJECT,
        outInspectorId: 'lt-scjgj-03',
        inInspectorId: 'lt-scjgj-05',
        reason: '执法回避：与被检查对象负责人系近亲属',
        approvedBy: 'lt-scjgj-01',
        approvedOn: '2026-05-06',
      });
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-05'];
      expectClean(check(r, c));
      expectFinding(check(onSiteRecord(), c), 'RECORD_INSPECTOR_REPLACED', A19, ['inspectorIds', 1]);
    });

    it('第十九条: the department’s assignment must be given when assignments are, and hold the object', () => {
      const c = onSiteContext();
      expectFinding(
        check(onSiteRecord(), { ...c, assignments: c.assignments.slice(1) }),
        'RECORD_ASSIGNMENT_MISSING',
        A19,
        ['context', 'assignments'],
      );
      const a = c.assignments[0]!;
      a.objects = a.objects.slice(1);
      expectFinding(check(onSiteRecord(), c), 'RECORD_OBJECT_NOT_ASSIGNED', '第十九条', ['objectId']);
    });

    it('without assignments (before stage two), the directory decides: an inspector not on duty does not count', () => {
      const { assignments: _, ...c } = onSiteContext();
      expectClean(check(onSiteRecord(), c));
      const r = onSiteRecord();
      r.inspectorIds = ['lt-scjgj-02', 'lt-scjgj-09'];
      expectFinding(check(r, c), 'RECORD_INSPECTOR_INACTIVE', '第十八条', ['inspectorIds', 1]);
    });
  });

  it('第二十一条: the items checked are the task’s', () => {
    const r = onSiteRecord();
    r.items = ['LT-2026-01', 'LT-2026-02'];
    (r.notice.items as string[]).push('LT-2026-02');
    expectFinding(check(r, onSiteContext()), 'RECORD_ITEM_NOT_IN_TASK', A21, ['items', 1]);
  });

  it('第二十一条 ¶4: the record states what the check found', () => {
    const r = onSiteRecord();
    r.findings = '   ';
    expectFinding(check(r, onSiteContext()), 'RECORD_FINDINGS_MISSING', A21, ['findings']);
    delete r.findings;
    expectFinding(check(r, onSiteContext()), 'RECORD_FINDINGS_MISSING', A21, ['findings']);
  });

  it('第二十一条 ¶3: an order states its form (书面、口头、移动执法设备打印)', () => {
    const r = onSiteRecord();
    r.measures = [{ measure: 'order-to-stop' }];
    expectFinding(check(r, onSiteContext()), 'RECORD_ORDER_FORM_MISSING', A21, ['measures', 0, 'form']);
    r.measures = [
      { measure: 'order-to-stop', form: 'mobile-printout' },
      { measure: 'evidence', form: 'oral' },
    ];
    expectWarning(check(r, onSiteContext()), 'RECORD_MEASURE_FORM_UNEXPECTED', A21, ['measures', 1, 'form']);
    r.measures = [{ measure: 'evidence' }, { measure: 'evidence' }];
    expectWarning(check(r, onSiteContext()), 'RECORD_MEASURE_REPEATED', A21, ['measures', 1]);
  });

  it('第二十一条 ¶4: signed or sealed, or the refusal noted by the inspectors', () => {
    const r = onSiteRecord();
    r.acknowledgement = { kind: 'refused', note: '负责人拒绝签字，执法人员现场记录，两名执法人员签名' };
    expectClean(check(r, onSiteContext()));
    r.acknowledgement = { kind: 'refused' };
    expectFinding(check(r, onSiteContext()), 'RECORD_REFUSAL_NOTE_MISSING', A21, ['acknowledgement', 'note']);
    const { acknowledgement: _, ...without } = onSiteRecord();
    expectFinding(check(without, onSiteContext()), 'RECORD_ACKNOWLEDGEMENT_MISSING', A21, [
      'acknowledgement',
    ]);
  });

  describe('第二十一条 ¶1: advance notice', () => {
    it('given on or after the check day is a finding', () => {
      const r = onSiteRecord();
      r.notice.date = '2026-05-12';
      expectFinding(check(r, onSiteContext()), 'RECORD_NOTICE_NOT_BEFORE_CHECK', A21, ['notice', 'date']);
    });

    it('tells the items, the time and the materials at once', () => {
      for (const key of ['items', 'checkDate', 'materials']) {
        const r = onSiteRecord();
        delete r.notice[key];
        expectFinding(check(r, onSiteContext()), 'RECORD_NOTICE_INCOMPLETE', A21, ['notice', key]);
      }
      const r = onSiteRecord();
      r.notice.items = ['LT-2026-02'];
      expectFinding(check(r, onSiteContext()), 'RECORD_NOTICE_ITEMS_NOT_TOLD', A21, ['notice', 'items']);
    });

    it('a check on another day than told is reported', () => {
      const r = onSiteRecord();
      r.checkDate = '2026-05-13';
      expectWarning(check(r, onSiteContext()), 'RECORD_NOTICE_TIME_DIFFERS', A21, ['notice', 'checkDate']);
    });

    it('a surprise check needs a lead held by a department of the task', () => {
      const r = onSiteRecord();
      r.notice = {
        mode: 'surprise',
        lead: '12315投诉：售卖过期食品（工单 2026-0412-033）',
        heldBy: 'lt-scjgj',
      };
      expectClean(check(r, onSiteContext()));
      r.notice.heldBy = 'lt-jyj';
      expectFinding(check(r, onSiteContext()), 'RECORD_SURPRISE_LEAD_NOT_HELD', A21, ['notice', 'heldBy']);
    });
  });

  it('a broken context is reported under context, with the task’s articles', () => {
    const c = {
      ...onSiteContext(),
      task: { ...task(), schedule: { start: '2026-07-01', end: '2026-04-01' } },
    };
    const issues = check(onSiteRecord(), c)._unsafeUnwrapErr();
    expect(issues[0]!.path.slice(0, 3)).toEqual(['context', 'task', 'schedule']);
  });
});
