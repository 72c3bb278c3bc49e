// 第二十二条 ¶1 检查结果录入与公示: 谁检查、谁录入、谁公开, 20 working days, categories and follow-up.
import { describe, expect, it } from 'vitest';
import { createCnCalendar } from '../../src/calendar/index.js';
import { validateResultEntry } from '../../src/records/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { expectClean, expectFinding, expectWarning } from './expect.js';
import { assignments, draw, resultContext, resultEntry, task } from './fixtures.js';

const check = (entry: unknown, context: unknown) => validateResultEntry(entry as never, context as never);
const A19 = '第十九条';
const A22 = '第二十二条';

describe('第二十二条 ¶1 检查结果 (validateResultEntry)', () => {
  it('a realistic entry passes with no finding and leaves its inputs untouched', () => {
    const e = deepFreeze(resultEntry());
    const c = deepFreeze(resultContext());
    const before = JSON.stringify([e, c]);
    expectClean(check(e, c));
    expect(JSON.stringify([e, c])).toBe(before);
  });

  describe('categories', () => {
    it('“未发现问题” is exclusive of every other result', () => {
      const e = resultEntry();
      e.results = ['发现问题待后续处理', '未发现问题'];
      expectFinding(check(e, resultContext()), 'RESULT_NO_PROBLEM_NOT_EXCLUSIVE', A22, ['results', 1]);
    });

    it('a category outside the list is a schema finding citing 第二十二条', () => {
      const e = resultEntry();
      e.results = ['基本合格'];
      expectFinding(check(e, resultContext()), 'SCHEMA_INVALID_VALUE', A22, ['results', 0]);
    });

    it('several results may be carried; a repeated one is a warning', () => {
      const e = resultEntry();
      e.results = ['未按规定公示应当公示的信息', '发现问题待后续处理', '发现问题待后续处理'];
      e.followUp = ['责令改正', '移送办案机构'];
      expectWarning(check(e, resultContext()), 'RESULT_CATEGORY_REPEATED', A22, ['results', 2]);
    });
  });

  describe('谁检查、谁录入、谁公开', () => {
    it('a department that did not inspect the object cannot enter its result', () => {
      const e = resultEntry();
      e.departmentId = 'lt-wjw';
      expectFinding(check(e, resultContext()), 'RESULT_NOT_INSPECTED_BY_DEPARTMENT', A22, ['departmentId']);
    });

    it('without on-site records, the assignment says who inspects', () => {
      const e = resultEntry();
      e.departmentId = 'lt-wjw';
      const c = { task: task(), draw, assignments: assignments() };
      expectClean(check(e, c));
      c.assignments[1]!.objects = c.assignments[1]!.objects.slice(1);
      expectFinding(check(e, c), 'RESULT_NOT_INSPECTED_BY_DEPARTMENT', A22, ['departmentId']);
    });

    it('a department outside the task cannot enter at all', () => {
      const e = resultEntry();
      e.departmentId = 'lt-jyj';
      expectFinding(check(e, resultContext()), 'RESULT_DEPARTMENT_NOT_PARTICIPANT', A22, ['departmentId']);
    });

    it('entered and published by the department that checked', () => {
      const e = { ...resultEntry(), enteredBy: 'lt-scjgj', publishedBy: 'lt-scjgj' };
      expectClean(check(e, resultContext()));
      expectFinding(
        check({ ...e, enteredBy: 'lt-wjw' }, resultContext()),
        'RESULT_ENTERED_BY_OTHER_DEPARTMENT',
        A22,
        ['enteredBy'],
      );
      expectFinding(
        check({ ...e, publishedBy: 'lt-wjw' }, resultContext()),
        'RESULT_PUBLISHED_BY_OTHER_DEPARTMENT',
        A22,
        ['publishedBy'],
      );
    });

    it('第十九条: the object is among the locked draw’s selected objects', () => {
      const e = resultEntry();
      e.objectId = draw.reserve[0]!.id;
      expectFinding(check(e, { task: task(), draw }), 'RESULT_OBJECT_NOT_DRAWN', A19, ['objectId']);
      expectClean(check(e, { task: task(), draw, substitutes: [e.objectId] }));
    });

    it('the entry belongs to the task given, and its check date is the record’s', () => {
      expectFinding(
        check({ ...resultEntry(), taskId: 'LT-2026-T02' }, resultContext()),
        'RESULT_TASK_MISMATCH',
        A22,
        ['taskId'],
      );
      expectWarning(
        check({ ...resultEntry(), checkDate: '2026-05-13' }, resultContext()),
        'RESULT_CHECK_DATE_MISMATCH',
        A22,
        ['checkDate'],
      );
    });
  });

  describe('dates: 20 working days after the task is completed', () => {
    it('published no earlier than entered, entered no earlier than the check, checked before completion', () => {
      expectFinding(
        check({ ...resultEntry(), publishedDate: '2026-07-09' }, resultContext()),
        'RESULT_PUBLISHED_BEFORE_ENTERED',
        A22,
        ['publishedDate'],
      );
      const { enteredDate: _, ...notEntered } = resultEntry();
      expectFinding(check(notEntered, resultContext()), 'RESULT_PUBLISHED_BEFORE_ENTERED', A22, [
        'publishedDate',
      ]);
      expectFinding(
        check({ ...resultEntry(), enteredDate: '2026-05-11', publishedDate: '2026-05-11' }, resultContext()),
        'RESULT_ENTERED_BEFORE_CHECK',
        A22,
        ['enteredDate'],
      );
      expectFinding(
        check({ ...resultEntry(), taskCompletedDate: '2026-05-11' }, { task: task(), draw }),
        'RESULT_CHECK_AFTER_COMPLETION',
        A22,
        ['checkDate'],
      );
    });

    it('completed 2026-06-30: due 2026-07-28; entered 07-29 is 1 working day late, 08-03 is 4', () => {
      const ok = { ...resultEntry(), enteredDate: '2026-07-28', publishedDate: '2026-07-28' };
      expectClean(check(ok, resultContext()));
      const late = expectFinding(
        check({ ...ok, enteredDate: '2026-07-29', publishedDate: '2026-08-03' }, resultContext()),
        'RESULT_ENTRY_LATE',
        A22,
        ['enteredDate'],
      );
      expect(late.message.zh).toContain('逾期 1 个工作日');
      const pub = check({ ...ok, enteredDate: '2026-07-29', publishedDate: '2026-08-03' }, resultContext())
        ._unsafeUnwrapErr()
        .find((i) => i.code === 'RESULT_PUBLICATION_LATE')!;
      expect(pub.path).toEqual(['publishedDate']);
      expect(pub.message.en).toContain('4 working day(s) late');
    });

    it('Spring Festival 2026: completed Fri 2026-02-13, the make-up Saturdays 02-14 and 02-28 count, due 2026-03-19', () => {
      const e = {
        ...resultEntry(),
        checkDate: '2026-02-10',
        taskCompletedDate: '2026-02-13',
        enteredDate: '2026-03-19',
        publishedDate: '2026-03-19',
      };
      const c = { task: task(), draw };
      expectClean(check(e, c));
      const late = expectFinding(
        check({ ...e, enteredDate: '2026-03-20', publishedDate: '2026-03-20' }, c),
        'RESULT_ENTRY_LATE',
        A22,
        ['enteredDate'],
      );
      expect(late.message.zh).toContain('期限为 2026-03-19');
    });

    it('National Day 2025: completed Fri 2025-09-26, 09-28 and 10-11 are working days, 10-01..10-08 are not: due 2025-10-30', () => {
      const e = {
        ...resultEntry(),
        checkDate: '2025-09-20',
        taskCompletedDate: '2025-09-26',
        enteredDate: '2025-10-30',
        publishedDate: '2025-10-30',
      };
      const c = { task: task(), draw };
      expectClean(check(e, c));
      const late = expectFinding(
        check({ ...e, enteredDate: '2025-10-31', publishedDate: '2025-10-31' }, c),
        'RESULT_ENTRY_LATE',
        A22,
        ['enteredDate'],
      );
      expect(late.message.en).toContain('1 working day(s) late');
    });

    it('not entered and past the deadline as of the day given: overdue', () => {
      const { enteredDate: _, publishedDate: __, ...pending } = resultEntry();
      expectClean(check(pending, { ...resultContext(), asOf: '2026-07-28' }));
      const r = check(pending, { ...resultContext(), asOf: '2026-07-30' });
      const o = expectFinding(r, 'RESULT_ENTRY_OVERDUE', A22, ['enteredDate']);
      expect(o.message.zh).toContain('已过 2 个工作日');
      expectFinding(r, 'RESULT_PUBLICATION_OVERDUE', A22, ['publishedDate']);
    });

    it('a deadline in a year without a holiday notice is provisional: a warning', () => {
      const e = {
        ...resultEntry(),
        checkDate: '2027-01-20',
        taskCompletedDate: '2027-01-29',
        enteredDate: '2027-02-26',
        publishedDate: '2027-02-26',
      };
      expectWarning(check(e, { task: task(), draw }), 'RESULT_DEADLINE_PROVISIONAL', A22, ['enteredDate']);
    });

    it('a completion before the measures took effect (2022-06-08) is the calendar’s finding, at taskCompletedDate', () => {
      const e = {
        ...resultEntry(),
        checkDate: '2022-05-20',
        taskCompletedDate: '2022-05-31',
        enteredDate: '2022-06-10',
        publishedDate: '2022-06-10',
      };
      expectFinding(check(e, { task: task() }), 'CALENDAR_TRIGGER_BEFORE_EFFECTIVE', '第二十三条', [
        'taskCompletedDate',
      ]);
    });

    it('a supplied calendar with a local day off moves the deadline', () => {
      const calendar = createCnCalendar({
        extraOffDays: [{ date: '2026-07-28', name: '防汛应急停工' }],
      })._unsafeUnwrap();
      const e = { ...resultEntry(), enteredDate: '2026-07-29', publishedDate: '2026-07-29' };
      expectClean(check(e, { ...resultContext(), calendar }));
    });
  });

  describe('后续处置 (第二十二条 ¶2)', () => {
    it('a problem found needs a follow-up other than 无需后续处置', () => {
      const e = { ...resultEntry(), followUp: ['无需后续处置'] };
      expectFinding(check(e, resultContext()), 'RESULT_FOLLOW_UP_MISSING', A22, ['followUp']);
    });

    it('an object found deregistered needs none', () => {
      const e = { ...resultEntry(), results: ['已注销、被吊销、被撤销或已迁出'], followUp: ['无需后续处置'] };
      expectClean(check(e, resultContext()));
    });

    it('无需后续处置 with another follow-up contradicts itself', () => {
      const e = { ...resultEntry(), followUp: ['责令改正', '无需后续处置'] };
      expectFinding(check(e, resultContext()), 'RESULT_FOLLOW_UP_CONTRADICTORY', A22, ['followUp', 1]);
    });

    it('no problem with a follow-up is a warning', () => {
      const e = { ...resultEntry(), results: ['未发现问题'], followUp: ['抄告相关部门'] };
      expectWarning(check(e, resultContext()), 'RESULT_FOLLOW_UP_WITHOUT_PROBLEM', A22, ['followUp']);
    });

    it('a suspected crime is transferred to the judicial organs', () => {
      const e = {
        ...resultEntry(),
        results: ['发现问题待后续处理'],
        followUp: ['移送办案机构'],
        suspectedCrime: true,
      };
      expectFinding(check(e, resultContext()), 'RESULT_CRIME_NOT_TRANSFERRED', A22, ['followUp']);
      expectClean(check({ ...e, followUp: ['移送办案机构', '移送司法机关'] }, resultContext()));
    });
  });
});
