/**
 * 本部门抽查计划 (a department's own single-department plan). 第八条 ¶1: the domains of the joint catalog are in
 * principle checked jointly, and 不再单独开展日常性监督检查 (no separate routine checks). A department's own plan is
 * supplied so that routine checks it schedules in a joint domain can be flagged; checks on complaints, referrals,
 * leads, cases or special campaigns are not routine and are not flagged.
 */
import * as z from 'zod';
import { article } from './article.js';
import { field } from './field.js';
import { DepartmentIdSchema, DomainCodeSchema } from './ids.js';
import { makeParser } from './parse.js';
import { ScheduleSchema } from './task.js';
import { text } from './text.js';

/** What a scheduled check is: 日常性监督检查 (routine) or one triggered by something (not routine). */
export const DepartmentCheckKindSchema = field(
  z.enum(['routine', 'complaint', 'referral', 'lead', 'case', 'special-campaign']),
  { zh: '检查类别', en: 'the kind of check' },
  {
    zh: '应为 routine（日常性监督检查）、complaint（投诉举报）、referral（转办交办）、lead（问题线索）、case（案件办理）或 special-campaign（专项整治）',
    en: 'routine, complaint, referral, lead, case or special-campaign',
  },
);
/** A department check's kind: `routine` (日常性监督检查, flagged in a joint domain) or one triggered by a complaint, referral, lead, case or special campaign (not flagged). */
export type DepartmentCheckKind = z.infer<typeof DepartmentCheckKindSchema>;

/** Reads a {@link DepartmentCheck}. */
export const DepartmentCheckSchema = z.object({
  id: text('检查编号', 'the check id'),
  name: text('检查名称', 'the check name'),
  /** 抽查领域 the check covers. */
  domain: field(DomainCodeSchema, { zh: '检查所属抽查领域', en: 'the domain of the check' }),
  kind: DepartmentCheckKindSchema,
  schedule: field(ScheduleSchema, { zh: '时间安排', en: 'the schedule' }).optional(),
});
/** One check in a department's own plan (第八条): its domain, kind and schedule. */
export type DepartmentCheck = z.infer<typeof DepartmentCheckSchema>;

/** Reads a {@link DepartmentPlan}. */
export const DepartmentPlanSchema = z
  .object({
    id: text('计划编号', 'the plan id'),
    /** The department whose own plan this is. */
    departmentId: field(DepartmentIdSchema, { zh: '制定计划的部门', en: 'the department' }),
    year: field(
      z.int().min(2000).max(2100),
      { zh: '计划年度', en: 'the plan year' },
      { zh: '应为 2000–2100 之间的年份', en: 'a year from 2000 to 2100' },
    ),
    checks: field(z.array(DepartmentCheckSchema), { zh: '计划的检查', en: 'the checks' }),
  })
  .meta({ id: 'DepartmentPlan', description: '本部门抽查计划 (第八条)' });
field(DepartmentPlanSchema, { zh: '本部门抽查计划', en: 'the department plan' });
/** A department's own inspection plan (本部门抽查计划), checked against the joint catalog (第八条 ¶1). */
export type DepartmentPlan = z.infer<typeof DepartmentPlanSchema>;
/** What {@link DepartmentPlanSchema} accepts: a department's own plan as JSON gives it. */
export type DepartmentPlanInput = z.input<typeof DepartmentPlanSchema>;

/** Parses a department's own plan. */
export const parseDepartmentPlan = makeParser(DepartmentPlanSchema, article(8));
