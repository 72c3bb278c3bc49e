// Named deadlines in working days: 第二十二条 (results published within 20 working days after the task is
// completed; penalty information gathered within 7), 《市场监督管理行政处罚信息公示规定》第九条 (20) and 第十一条 (3),
// 《企业经营异常名录管理暂行办法》第九条 (10). The deadline is the Nth working day after the trigger; the trigger day
// itself is not counted (《中华人民共和国民法典》第二百零一条). Expected dates below were counted by hand on the notices.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  DEADLINE_KINDS,
  DEADLINE_RULES,
  type DeadlineKind,
  deadline,
  deadlineStatus,
  penaltyInformationDeadline,
  resultsPublicationDeadline,
} from '../../src/calendar/index.js';

describe('deadline rules cite their law and article', () => {
  it.each([
    ['results-publication', 20, '第二十二条', '《龙亭区市场监管领域部门联合抽查实施办法》'],
    ['penalty-information-gathering', 7, '第二十二条', '《龙亭区市场监管领域部门联合抽查实施办法》'],
    ['penalty-publicity', 20, '第九条', '《市场监督管理行政处罚信息公示规定》'],
    ['penalty-withdrawal', 3, '第十一条', '《市场监督管理行政处罚信息公示规定》'],
    ['abnormal-list-entry', 10, '第九条', '《企业经营异常名录管理暂行办法》'],
  ] as const)('%s: %i working days, %s of %s', (kind, days, article, law) => {
    const rule = DEADLINE_RULES[kind];
    expect(rule).toMatchObject({ kind, days, article, law });
    expect(rule.citation.startsWith(`${law}${article}`) || rule.citation === article).toBe(true);
    // The period is working days by the rule's own words, not by 《行政处罚法》第八十五条 (which defines that law's
    // own 三日 only): each rule quotes its 工作日.
    expect(rule.period).toMatch(/工作日|三日/);
    const d = deadline(kind, '2025-03-03')._unsafeUnwrap();
    expect(d.basis).toMatchObject({ kind, days, article, law });
    expect(d.date).toBe(addWorkingDays('2025-03-03', days)._unsafeUnwrap().date);
  });

  it('the basis cites the measures’ own working days and the start of a period, not 《行政处罚法》第八十五条', () => {
    const d = deadline('results-publication', '2025-03-03')._unsafeUnwrap();
    expect(d.basis.period).toContain('20 个工作日');
    expect(d.basis.calendar.counting).toContain('《中华人民共和国民法典》第二百零一条');
    expect(d.basis.calendar.workingDays).not.toContain('第八十五条');
    expect(deadline('penalty-information-gathering', '2025-03-03')._unsafeUnwrap().basis.period).toContain(
      '7 个工作日',
    );
  });

  it('the rule texts say where and from when (第二十二条)', () => {
    expect(DEADLINE_RULES['results-publication'].zh).toBe(
      '抽查检查结果自抽查任务完成之日起20个工作日内录入监督平台并向社会公示',
    );
    expect(DEADLINE_RULES['penalty-information-gathering'].zh).toContain(
      '归集至协同监督平台和市公共信用信息平台',
    );
  });

  it('the 3-working-day withdrawal also cites 《行政处罚法》第四十八条, whose 三日 are working days by its 第八十五条', () => {
    const rule = DEADLINE_RULES['penalty-withdrawal'];
    expect(rule.citation).toContain('《中华人民共和国行政处罚法》第四十八条');
    expect(rule.period).toContain('第八十五条');
    expect(deadline('penalty-withdrawal', '2025-03-03')._unsafeUnwrap().basis.citation).toContain(
      '第四十八条',
    );
  });

  it('lists every kind once', () => {
    expect([...DEADLINE_KINDS].sort()).toEqual(Object.keys(DEADLINE_RULES).sort());
  });
});

const festivalCases: [trigger: string, kind: DeadlineKind, deadline: string, why: string][] = [
  // trigger, kind, deadline — why
  ['2025-01-20', 'results-publication', '2025-02-21', '春节 01-28–02-04 off; Sun 01-26 and Sat 02-08 worked'],
  ['2026-02-10', 'penalty-information-gathering', '2026-02-26', 'Sat 02-14 worked, 02-15–02-23 off'],
  ['2024-09-30', 'penalty-withdrawal', '2024-10-10', '国庆 10-01–10-07 off'],
  ['2025-09-26', 'abnormal-list-entry', '2025-10-16', 'Sun 09-28 worked, 10-01–10-08 off, Sat 10-11 worked'],
  ['2025-10-01', 'results-publication', '2025-11-04', 'trigger on a holiday: counting starts on 10-09'],
  ['2024-12-31', 'penalty-withdrawal', '2025-01-06', '元旦 2025-01-01 off; 01-02, 01-03, then Mon 01-06'],
];

describe('deadlines across festivals (the trigger day is not counted)', () => {
  it.each(festivalCases)('%s + %s → %s (%s)', (trigger, kind, expected) => {
    const d = deadline(kind, trigger)._unsafeUnwrap();
    expect(d.date).toBe(expected);
    expect(d.trigger).toBe(trigger);
    expect(d.provisional).toBe(false);
    expect(d.basis.calendar.provisionalYears).toEqual([]);
    expect(d.basis.calendar.notices.length).toBeGreaterThan(0);
  });

  it('a naive Monday–Friday count would be a week early across 春节 2026', () => {
    // 02-11, 12, 13, 16, 17, 18, 19 are the first seven weekdays; the notices make it 02-26.
    expect(penaltyInformationDeadline('2026-02-10')._unsafeUnwrap().date).toBe('2026-02-26');
  });

  it('results publication is the free-function form of deadline("results-publication")', () => {
    expect(resultsPublicationDeadline('2025-01-20')._unsafeUnwrap()).toEqual(
      deadline('results-publication', '2025-01-20')._unsafeUnwrap(),
    );
  });
});

describe('a deadline whose span reaches a year without an announcement is provisional', () => {
  it('20 working days from 2026-12-10 reach into 2027 (元旦 2027-01-01 by statute only)', () => {
    const d = deadline('penalty-publicity', '2026-12-10')._unsafeUnwrap();
    expect(d.date).toBe('2027-01-08');
    expect(d.provisional).toBe(true);
    expect(d.basis.calendar.provisionalYears).toEqual([2027]);
    expect(d.basis.calendar.notices.map((n) => n.year)).toEqual([2026]);
  });

  it('a span that stays inside 2026 is not provisional', () => {
    expect(deadline('penalty-withdrawal', '2026-12-24')._unsafeUnwrap()).toMatchObject({
      date: '2026-12-29',
      provisional: false,
    });
  });

  it('a span starting in 2014 (no embedded notice) is provisional', () => {
    // (A national-rule deadline: the 第二十二条 ones start on 2022-06-08, 第二十三条.)
    expect(deadline('penalty-publicity', '2014-12-20')._unsafeUnwrap().provisional).toBe(true);
  });

  it('a deadline running past 2099 is a RuleIssue with no article, naming the deadline’s rule', () => {
    // The issue is the calendar's limit, not a breach of 第二十二条 or of any other rule: it cites no article,
    // and says which deadline could not be counted.
    const issues = deadline('results-publication', '2099-12-20')._unsafeUnwrapErr();
    expect(issues.map((i) => [i.code, i.article])).toEqual([['CALENDAR_RESULT_OUT_OF_RANGE', undefined]]);
    expect(issues[0]?.message.zh).toContain('第二十二条');
    expect(issues[0]?.message.en).toContain('第二十二条');
  });
});

describe('the 第二十二条 deadlines apply from the day the measures took effect (第二十三条: 2022-06-08)', () => {
  it.each(['results-publication', 'penalty-information-gathering'] as const)(
    '%s: a trigger before 2022-06-08 is CALENDAR_TRIGGER_BEFORE_EFFECTIVE citing 第二十三条',
    (kind) => {
      for (const trigger of ['2010-01-04', '2022-06-07']) {
        const issues = deadline(kind, trigger)._unsafeUnwrapErr();
        expect(issues.map((i) => [i.code, i.article, i.path.join('.')])).toEqual([
          ['CALENDAR_TRIGGER_BEFORE_EFFECTIVE', '第二十三条', 'trigger'],
        ]);
        expect(issues[0]?.message.zh).toContain('2022-06-08');
        expect(issues[0]?.message.zh).toContain('起算日');
        expect(issues[0]?.message.en).toContain('the Article 22 deadline');
        expect(issues[0]?.message.en).not.toMatch(/[\u4e00-\u9fff]/);
        expect(deadlineStatus({ kind, trigger, actionDate: '2025-01-01' })._unsafeUnwrapErr()[0]?.code).toBe(
          'CALENDAR_TRIGGER_BEFORE_EFFECTIVE',
        );
      }
      expect(deadline(kind, '2022-06-08').isOk()).toBe(true);
    },
  );

  it('the free shortcuts say the same', () => {
    expect(resultsPublicationDeadline('2010-01-04')._unsafeUnwrapErr()[0]?.code).toBe(
      'CALENDAR_TRIGGER_BEFORE_EFFECTIVE',
    );
    expect(penaltyInformationDeadline('2022-06-07')._unsafeUnwrapErr()[0]?.code).toBe(
      'CALENDAR_TRIGGER_BEFORE_EFFECTIVE',
    );
  });

  it('the national-rule deadlines keep counting from earlier triggers (no effective date is checked for them)', () => {
    for (const kind of ['penalty-publicity', 'penalty-withdrawal', 'abnormal-list-entry'] as const) {
      expect(deadline(kind, '2010-01-04').isOk(), kind).toBe(true);
    }
  });
});

describe('deadlineStatus: was the action on time?', () => {
  it('on the deadline day is on time; the next working day is one working day late', () => {
    const onTime = deadlineStatus({
      kind: 'results-publication',
      trigger: '2025-01-20',
      actionDate: '2025-02-21',
    })._unsafeUnwrap();
    expect(onTime).toMatchObject({ onTime: true, workingDaysLate: 0, provisional: false });
    const late = deadlineStatus({
      kind: 'results-publication',
      trigger: '2025-01-20',
      actionDate: '2025-02-24',
    })._unsafeUnwrap();
    expect(late).toMatchObject({ onTime: false, workingDaysLate: 1 });
  });

  it('an action over the weekend after the deadline is late by 0 working days but still late', () => {
    const s = deadlineStatus({
      kind: 'results-publication',
      trigger: '2025-01-20',
      actionDate: '2025-02-22',
    })._unsafeUnwrap();
    expect(s).toMatchObject({ onTime: false, workingDaysLate: 0 });
  });

  it('bad kind, trigger and action date are all reported', () => {
    const issues = deadlineStatus({
      kind: 'nope',
      trigger: '2025-02-30',
      actionDate: 'x',
    } as never)._unsafeUnwrapErr();
    expect(issues.map((i) => i.code).sort()).toEqual([
      'CALENDAR_DEADLINE_UNKNOWN',
      'DATE_INVALID',
      'DATE_INVALID',
    ]);
  });
});
