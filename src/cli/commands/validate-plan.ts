/**
 * `shuangsuiji validate-plan <plan.json>`: the annual plan against the catalog, the departments and, when given,
 * the object directories (第十三条–第十六条), with the library's validateCatalog and validateAnnualPlan.
 */
import { type AnnualPlanInput, type PlanContext, validateAnnualPlan } from '../../index.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { need, untrusted } from '../inputs.js';
import { report, say, succeed } from '../output.js';
import { readJson } from '../read.js';

export const validatePlan: Command = {
  name: 'validate-plan',
  synopsis:
    'validate-plan <plan.json> --catalog <catalog.json> --departments <departments.json> [--directory <object-directory.json>]… [--draft]',
  summary: {
    zh: '检查年度抽查计划（第十三条至第十六条）',
    en: 'validate an annual plan (Articles 13–16)',
  },
  optionHelp: [
    ['--catalog <catalog.json>', '联合抽查事项清单', 'the joint catalog'],
    ['--departments <departments.json>', '部门名单', 'the department list'],
    [
      '--directory <file>',
      '检查对象名录库（可多次给出；用于核对抽查基数）',
      'an object directory (repeatable; checks the bases)',
    ],
    ['--draft', '按草稿检查（不要求已公布）', 'validate as a draft (not yet published)'],
  ],
  options: {
    catalog: { type: 'string' },
    departments: { type: 'string' },
    directory: { type: 'string', multiple: true },
    draft: { type: 'boolean' },
  },
  positionals: [1, 1],
  examples: [
    'shuangsuiji validate-plan plan-2026.json --catalog catalog.json --departments departments.json --directory object-directory.json',
  ],
  async run(values, [planFile], out) {
    const catalog = await readJson(need(values, 'catalog', { zh: '抽查事项清单', en: 'the catalog' }));
    const departments = await readJson(
      need(values, 'departments', { zh: '部门名单', en: 'the departments' }),
    );
    const dirs = (values.directory as string[] | undefined) ?? [];
    const directories = [];
    for (const d of dirs) directories.push(await readJson(d));
    const plan = await readJson(planFile!);
    const checked = validateAnnualPlan(
      untrusted<AnnualPlanInput>(plan),
      untrusted<PlanContext>({
        catalog,
        departments,
        ...(directories.length > 0 ? { directories } : {}),
        ...(values.draft === true ? { options: { stage: 'draft' } } : {}),
      }),
    );
    if (checked.isErr()) {
      const errors = checked.error.filter((i) => i.severity === 'error').length;
      report(
        out,
        say(out, `计划未通过：${errors} 个错误`, `The plan fails: ${errors} error(s)`),
        checked.error,
      );
      return EXIT.findings;
    }
    const v = checked.value;
    const tasks = v.plan.tasks.length;
    succeed(
      out,
      { valid: true, planId: v.plan.id, tasks, warnings: v.warnings.length },
      [
        say(
          out,
          `计划 ${v.plan.id} 通过检查（${tasks} 项任务，${v.warnings.length} 条提醒）`,
          `Plan ${v.plan.id} is valid (${tasks} tasks, ${v.warnings.length} warning(s))`,
        ),
      ],
      v.warnings,
    );
    return EXIT.ok;
  },
};
