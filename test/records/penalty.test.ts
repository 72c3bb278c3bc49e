// 第二十二条 ¶2 行政处罚信息: 7 working days to gather, 20 to publish (《市场监督管理行政处罚信息公示规定》第九条),
// 3 to withdraw after a change (同规定第十一条, 《行政处罚法》第四十八条), crimes transferred.
import { describe, expect, it } from 'vitest';
import { validatePenaltyRecord } from '../../src/records/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { expectClean, expectFinding, expectWarning } from './expect.js';
import { OBJECT } from './fixtures.js';

const check = (record: unknown, context?: unknown) =>
  validatePenaltyRecord(record as never, context as never);
const A22 = '第二十二条';
const P9 = '《市场监督管理行政处罚信息公示规定》第九条';
const P11 = '《市场监督管理行政处罚信息公示规定》第十一条、《中华人民共和国行政处罚法》第四十八条';

/** A penalty decided just before National Day 2025 (make-up working days 09-28 and 10-11). */
function penalty() {
  return {
    decisionNumber: '龙市监罚〔2025〕128号',
    objectId: OBJECT,
    departmentId: 'lt-scjgj',
    taskId: 'LT-2026-T01',
    decisionDate: '2025-09-26',
    gatheredDate: '2025-10-13',
    publishedDate: '2025-10-30',
  } as Record<string, unknown>;
}

describe('第二十二条 ¶2 行政处罚信息 (validatePenaltyRecord)', () => {
  it('decided Fri 2025-09-26: gathered by 10-13 (7th working day, 09-28 and 10-11 count), published by 10-30', () => {
    const p = deepFreeze(penalty());
    expectClean(check(p));
    expectClean(check(p, {}));
  });

  it('gathered on the 8th working day is 1 working day late (第二十二条)', () => {
    const hit = expectFinding(
      check({ ...penalty(), gatheredDate: '2025-10-14' }),
      'PENALTY_GATHERING_LATE',
      A22,
      ['gatheredDate'],
    );
    expect(hit.message.zh).toContain('逾期 1 个工作日');
  });

  it('Spring Festival 2026: decided Thu 02-12, the 7th working day is the make-up Saturday 02-28', () => {
    const p = {
      ...penalty(),
      decisionDate: '2026-02-12',
      gatheredDate: '2026-02-28',
      publishedDate: '2026-03-02',
    };
    expectClean(check(p));
    expectFinding(check({ ...p, gatheredDate: '2026-03-02' }), 'PENALTY_GATHERING_LATE', A22, [
      'gatheredDate',
    ]);
  });

  it('published after 20 working days breaks 公示规定第九条', () => {
    expectFinding(check({ ...penalty(), publishedDate: '2025-10-31' }), 'PENALTY_PUBLICITY_LATE', P9, [
      'publishedDate',
    ]);
  });

  it('dates before the decision are findings', () => {
    expectFinding(
      check({ ...penalty(), gatheredDate: '2025-09-25' }),
      'PENALTY_GATHERED_BEFORE_DECISION',
      A22,
      ['gatheredDate'],
    );
    expectFinding(
      check({ ...penalty(), publishedDate: '2025-09-25' }),
      'PENALTY_PUBLISHED_BEFORE_DECISION',
      P9,
      ['publishedDate'],
    );
  });

  it('missing steps are overdue only as of a day the caller gives', () => {
    const { gatheredDate: _, publishedDate: __, ...pending } = penalty();
    expectClean(check(pending));
    expectClean(check(pending, { asOf: '2025-10-13' }));
    const r = check(pending, { asOf: '2025-10-31' });
    expectFinding(r, 'PENALTY_GATHERING_OVERDUE', A22, ['gatheredDate']);
    expectFinding(r, 'PENALTY_PUBLICITY_OVERDUE', P9, ['publishedDate']);
  });

  describe('a changed or revoked decision (公示规定第十一条, 《行政处罚法》第四十八条)', () => {
    it('revoked Tue 09-30: withdrawn by Sat 10-11 (a make-up working day), not on Mon 10-13', () => {
      const p = {
        ...penalty(),
        change: { kind: 'revoked', changedDate: '2025-09-30', withdrawnDate: '2025-10-11' },
      };
      expectClean(check(p));
      const late = expectFinding(
        check({ ...p, change: { ...p.change, withdrawnDate: '2025-10-13' } }),
        'PENALTY_WITHDRAWAL_LATE',
        P11,
        ['change', 'withdrawnDate'],
      );
      expect(late.message.en).toContain('1 working day(s) late');
    });

    it('not withdrawn as of a day past the deadline: overdue; withdrawn before the change: a finding', () => {
      const p = { ...penalty(), change: { changedDate: '2025-10-20' } };
      expectClean(check(p, { asOf: '2025-10-23' }));
      expectFinding(check(p, { asOf: '2025-10-24' }), 'PENALTY_WITHDRAWAL_OVERDUE', P11, [
        'change',
        'withdrawnDate',
      ]);
      expectFinding(
        check({ ...penalty(), change: { changedDate: '2025-10-20', withdrawnDate: '2025-10-17' } }),
        'PENALTY_WITHDRAWN_BEFORE_CHANGE',
        P11,
        ['change', 'withdrawnDate'],
      );
      expectFinding(
        check({ ...penalty(), change: { changedDate: '2025-09-20' } }),
        'PENALTY_CHANGE_BEFORE_DECISION',
        P11,
        ['change', 'changedDate'],
      );
    });

    it('a decision revoked before it was published has nothing to withdraw and is not published', () => {
      const { publishedDate: _, ...p } = penalty();
      expectClean(
        check({ ...p, change: { kind: 'revoked', changedDate: '2025-10-09' } }, { asOf: '2025-12-31' }),
      );
    });
  });

  it('a suspected crime is recorded as transferred to the judicial organs', () => {
    const p = { ...penalty(), suspectedCrime: true };
    expectFinding(check(p), 'PENALTY_CRIME_TRANSFER_MISSING', A22, ['judicialTransfer']);
    expectClean(check({ ...p, judicialTransfer: { date: '2025-10-09', organ: '开封市公安局龙亭分局' } }));
    expectWarning(
      check({ ...penalty(), judicialTransfer: { date: '2025-10-09', organ: '开封市公安局龙亭分局' } }),
      'PENALTY_TRANSFER_WITHOUT_SUSPICION',
      A22,
      ['suspectedCrime'],
    );
  });

  it('a deadline in a year without a holiday notice is provisional', () => {
    const p = {
      ...penalty(),
      decisionDate: '2027-03-01',
      gatheredDate: '2027-03-05',
      publishedDate: '2027-03-10',
    };
    expectWarning(check(p), 'PENALTY_DEADLINE_PROVISIONAL', A22, ['gatheredDate']);
  });

  it('a context that is not a calendar is reported under context', () => {
    expectFinding(check(penalty(), { calendar: { deadline: 1 } }), 'SCHEMA_CUSTOM', A22, [
      'context',
      'calendar',
    ]);
  });
});
