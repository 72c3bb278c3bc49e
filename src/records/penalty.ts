/**
 * 行政处罚信息 (第二十二条 ¶2): gathered by the deciding authority to the 协同监督平台 and the city's public credit
 * platform within 7 working days of the decision; published within 20 working days (《市场监督管理行政处罚信息
 * 公示规定》第九条); withdrawn or updated within 3 working days when the decision is changed or revoked (同规定第十一条,
 * 《行政处罚法》第四十八条); a suspected crime transferred to the judicial organs and recorded as such.
 */
import type { Result } from 'neverthrow';
import * as z from 'zod';
import type { CnCalendar } from '../calendar/index.js';
import { article } from '../model/article.js';
import { type CalendarDate, CalendarDateSchema } from '../model/date.js';
import { deepFreeze } from '../model/freeze.js';
import type { RuleIssue } from '../model/issue.js';
import { type PenaltyRecord, type PenaltyRecordInput, PenaltyRecordSchema } from '../model/records.js';
import { recordIssue } from './codes.js';
import {
  CalendarOptionSchema,
  type CheckedRecord,
  calendarOf,
  guarded,
  recordAndContext,
  verdict,
} from './input.js';
import { deadlineFindings, mergeDeadlineFindings } from './timeliness.js';

const A22 = article(22);

export const PenaltyContextSchema = z.object({
  calendar: CalendarOptionSchema.optional(),
  /** The day the check is made: a step missing past its deadline is then overdue. */
  asOf: CalendarDateSchema.optional(),
});

/** The context of a penalty record (all optional). */
export interface PenaltyContext {
  readonly calendar?: CnCalendar;
  readonly asOf?: string;
}

/** Dates that cannot precede the decision or the change. */
function orderRules(p: PenaltyRecord): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (p.gatheredDate !== undefined && p.gatheredDate < p.decisionDate) {
    out.push(
      recordIssue(
        'PENALTY_GATHERED_BEFORE_DECISION',
        ['gatheredDate'],
        `归集日期 ${p.gatheredDate} 早于决定日期 ${p.decisionDate}`,
        `Gathered on ${p.gatheredDate}, before the decision on ${p.decisionDate}`,
      ),
    );
  }
  if (p.publishedDate !== undefined && p.publishedDate < p.decisionDate) {
    out.push(
      recordIssue(
        'PENALTY_PUBLISHED_BEFORE_DECISION',
        ['publishedDate'],
        `公示日期 ${p.publishedDate} 早于决定日期 ${p.decisionDate}`,
        `Published on ${p.publishedDate}, before the decision on ${p.decisionDate}`,
      ),
    );
  }
  const ch = p.change;
  if (ch && ch.changedDate < p.decisionDate) {
    out.push(
      recordIssue(
        'PENALTY_CHANGE_BEFORE_DECISION',
        ['change', 'changedDate'],
        `变更、撤销日期 ${ch.changedDate} 早于决定日期 ${p.decisionDate}`,
        `Changed on ${ch.changedDate}, before the decision on ${p.decisionDate}`,
      ),
    );
  }
  if (ch?.withdrawnDate !== undefined && ch.withdrawnDate < ch.changedDate) {
    out.push(
      recordIssue(
        'PENALTY_WITHDRAWN_BEFORE_CHANGE',
        ['change', 'withdrawnDate'],
        `撤下日期 ${ch.withdrawnDate} 早于变更、撤销日期 ${ch.changedDate}`,
        `Withdrawn on ${ch.withdrawnDate}, before the change on ${ch.changedDate}`,
      ),
    );
  }
  return out;
}

/** 7 days to gather, 20 to publish, 3 to withdraw after a change (only what was published is withdrawn). */
function deadlineRules(p: PenaltyRecord, calendar: CnCalendar, asOf: CalendarDate | undefined): RuleIssue[] {
  const base = { calendar, asOf, provisional: 'PENALTY_DEADLINE_PROVISIONAL' } as const;
  const fromDecision = { ...base, trigger: p.decisionDate, triggerPath: ['decisionDate'] };
  const found = [
    ...deadlineFindings({
      ...fromDecision,
      kind: 'penalty-information-gathering',
      action: p.gatheredDate,
      actionPath: ['gatheredDate'],
      late: 'PENALTY_GATHERING_LATE',
      overdue: 'PENALTY_GATHERING_OVERDUE',
      what: { zh: '归集', en: 'Gathered' },
    }),
    // A decision changed or revoked before it was published is not published afterwards.
    ...(p.change !== undefined && p.publishedDate === undefined
      ? []
      : deadlineFindings({
          ...fromDecision,
          kind: 'penalty-publicity',
          action: p.publishedDate,
          actionPath: ['publishedDate'],
          late: 'PENALTY_PUBLICITY_LATE',
          overdue: 'PENALTY_PUBLICITY_OVERDUE',
          what: { zh: '公示', en: 'Published' },
        })),
  ];
  const ch = p.change;
  if (ch !== undefined && (p.publishedDate !== undefined || ch.withdrawnDate !== undefined)) {
    found.push(
      ...deadlineFindings({
        ...base,
        trigger: ch.changedDate,
        triggerPath: ['change', 'changedDate'],
        kind: 'penalty-withdrawal',
        action: ch.withdrawnDate,
        actionPath: ['change', 'withdrawnDate'],
        late: 'PENALTY_WITHDRAWAL_LATE',
        overdue: 'PENALTY_WITHDRAWAL_OVERDUE',
        what: { zh: '撤下或更新公示信息', en: 'Withdrawn or updated' },
      }),
    );
  }
  return mergeDeadlineFindings([found], 'PENALTY_DEADLINE_PROVISIONAL');
}

/** 对涉嫌犯罪的及时移送司法机关 (第二十二条 ¶2). */
function crimeRules(p: PenaltyRecord): RuleIssue[] {
  if (p.suspectedCrime === true && p.judicialTransfer === undefined) {
    return [
      recordIssue(
        'PENALTY_CRIME_TRANSFER_MISSING',
        ['judicialTransfer'],
        '涉嫌犯罪，须记录移送司法机关的日期和接收机关',
        'A suspected crime: record when and to whom it was transferred to the judicial organs',
      ),
    ];
  }
  if (p.suspectedCrime !== true && p.judicialTransfer !== undefined) {
    return [
      recordIssue(
        'PENALTY_TRANSFER_WITHOUT_SUSPICION',
        ['suspectedCrime'],
        `记录了移送 ${p.judicialTransfer.organ}，但未标明涉嫌犯罪`,
        `A transfer to ${p.judicialTransfer.organ} is recorded but no suspected crime is marked`,
      ),
    ];
  }
  return [];
}

/**
 * Validates penalty information (第二十二条 ¶2, 《市场监督管理行政处罚信息公示规定》第九条、第十一条). Ok carries the
 * parsed, frozen record and its warnings; Err every finding, sorted. Never throws; inputs are not modified.
 */
export function validatePenaltyRecord(
  record: PenaltyRecordInput,
  context: PenaltyContext = {},
): Result<CheckedRecord<PenaltyRecord>, RuleIssue[]> {
  return guarded(A22, () =>
    recordAndContext(
      A22,
      { record: PenaltyRecordSchema, context: PenaltyContextSchema },
      { record, context },
    ).andThen(([p, c]) =>
      verdict(deepFreeze(p), [
        ...orderRules(p),
        ...deadlineRules(p, calendarOf(c.calendar), c.asOf),
        ...crimeRules(p),
      ]),
    ),
  );
}
