/**
 * What the inspector draw reads (第十八条 ¶2 执法检查人员名录库, 第十九条 the locked object list, 第二十一条 the
 * minimum, 《行政处罚法》第四十三条 recusal): the input schemas, and `readInputs`, which checks them together —
 * the department takes part in the task, the directory is the department's, the object list is the task's
 * locked draw — and puts every list in canonical order, so the same sets in any order give the same draw.
 */
import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod';
import { type Department, DepartmentSchema } from '../model/department.js';
import { type InspectorDirectory, InspectorDirectorySchema } from '../model/directory.js';
import { DomainCodeSchema, InspectorIdSchema } from '../model/ids.js';
import type { RuleIssue } from '../model/issue.js';
import { parseWith } from '../model/parse.js';
import { TaskSchema } from '../model/task.js';
import { canonicalRecusals } from './digests.js';
import { matchIssue } from './issues.js';
import { type LockedObjects, readLockedObjects } from './locked-objects.js';
import { isWellFormed, sortByText, sortTexts } from './order.js';
import { type Recusal, type RecusalSchema, readRecusals } from './recusals.js';
import type { DrawReceipt, DrawReceiptSchema, LockedDraw } from './stage-one.js';

/** Rules of the draw, announced before the seed. */
export const MatchOptionsSchema = z
  .object({
    /** Counted inspectors per object (第二十一条: 不得少于两人). Default 2. */
    minimum: z.int().min(2).max(1000).default(2),
    /** Most objects one inspector may be given (负荷上限); none by default. */
    maxLoad: z.int().min(1).max(1_000_000).optional(),
  })
  .default({ minimum: 2 });

/** An expert (专家/第三方, 第二十条 ¶3) attached to one object: never counted toward the minimum. */
export const ExpertAttachmentSchema = z.object({
  objectId: z.string().min(1).max(128),
  expertId: InspectorIdSchema,
});

/** The parts common to the announcement and the draw. */
export const StageTwoInputSchema = z.object({
  /** The locked stage-one draw, or its receipt. */
  draw: z.unknown(),
  task: TaskSchema,
  department: DepartmentSchema,
  directory: InspectorDirectorySchema,
  /** Read by readRecusals (recusals.ts). */
  recusals: z.unknown(),
  /** 执法领域 of the task: a counted inspector must be qualified for every one (第十八条 ¶2). */
  domains: z.array(DomainCodeSchema).min(1),
  options: MatchOptionsSchema.optional().nullable(),
});

/** The draw the matcher takes its objects from: a LockedDraw or its receipt. */
export type MatchDrawInput = LockedDraw | DrawReceipt | z.input<typeof DrawReceiptSchema>;

/** Input fields of {@link StageTwoInputSchema}, typed by their schemas' input types. */
export type StageTwoInput = Omit<z.input<typeof StageTwoInputSchema>, 'draw' | 'recusals'> & {
  readonly draw: MatchDrawInput;
  readonly recusals?: readonly z.input<typeof RecusalSchema>[];
};

/** The checked, canonical inputs. */
export interface StageTwoInputs {
  readonly taskId: string;
  readonly initiator: boolean;
  readonly schedule: { readonly start: string; readonly end: string };
  readonly department: Department;
  readonly directory: InspectorDirectory;
  /** In canonical order (ascending record hash, see digests.ts), no exact duplicates. */
  readonly recusals: readonly Recusal[];
  /** Their record hashes, 8 words each, same order. */
  readonly recusalWords: Uint32Array;
  /** Sorted, distinct. */
  readonly domains: readonly string[];
  readonly minimum: number;
  readonly maxLoad: number | undefined;
  /** The stage-one draw the objects come from. */
  readonly draw: LockedObjects;
  /** The drawn objects' ids (not the reserve), ascending. */
  readonly objects: readonly string[];
}

/** Every text that stage two hashes has an exact UTF-8 encoding (no unpaired surrogate). */
function hashedTextsWellFormed(
  v: z.output<typeof StageTwoInputSchema>,
  recusals: readonly Recusal[],
  objects: readonly string[],
  draw: LockedObjects,
): boolean {
  const texts: string[] = [
    v.task.id,
    v.department.id,
    v.department.headInspectorId,
    v.directory.id,
    v.directory.departmentId,
    draw.announcementDigest,
    draw.key,
    ...v.domains,
  ];
  for (const p of v.directory.inspectors) {
    texts.push(p.id, p.departmentId, p.name, ...p.fields);
    if (p.certificate) texts.push(p.certificate.number);
  }
  for (const r of recusals) texts.push(r.inspectorId, r.objectId, ...(r.note !== undefined ? [r.note] : []));
  return texts.every(isWellFormed) && objects.every(isWellFormed);
}

/** Reads and cross-checks the inputs; every list in canonical order. */
export function readInputs(input: unknown): Result<StageTwoInputs, RuleIssue[]> {
  const parsed = parseWith(StageTwoInputSchema, input, '第十九条');
  if (parsed.isErr()) return err(parsed.error);
  const v = parsed.value;
  const recusalList = readRecusals(v.recusals);
  if (recusalList.isErr()) return err(recusalList.error);
  const recusalsIn = recusalList.value;
  const issues: RuleIssue[] = [];
  const read = readLockedObjects(v.draw);
  if (read.isErr()) return err(read.error);
  const draw = read.value;
  const objects = sortTexts(draw.objects);
  if (!hashedTextsWellFormed(v, recusalsIn, objects, draw)) {
    issues.push(
      matchIssue(
        'MATCH_INPUT_INVALID',
        [],
        '输入含有不成对的代理字符，无法唯一编码为 UTF-8',
        'An input text contains an unpaired surrogate and has no exact UTF-8 encoding',
      ),
    );
  }
  const { task, department, directory } = v;
  if (draw.taskId !== task.id) {
    issues.push(
      matchIssue(
        'MATCH_DRAW_MISMATCH',
        ['draw', 'taskId'],
        `检查对象名单属于任务 ${draw.taskId}，不是任务 ${task.id}`,
        `The object list is task ${draw.taskId}'s, not task ${task.id}'s`,
      ),
    );
  }
  if (!task.departments.includes(department.id)) {
    issues.push(
      matchIssue(
        'MATCH_DEPARTMENT_NOT_IN_TASK',
        ['department', 'id'],
        `部门 ${department.id} 不是任务 ${task.id} 的联合抽查部门`,
        `Department ${department.id} is not a department of task ${task.id}`,
      ),
    );
  }
  if (directory.departmentId !== department.id) {
    issues.push(
      matchIssue(
        'MATCH_DIRECTORY_MISMATCH',
        ['directory', 'departmentId'],
        `执法检查人员名录库属于部门 ${directory.departmentId}，不是 ${department.id}`,
        `The inspector directory is department ${directory.departmentId}'s, not ${department.id}'s`,
      ),
    );
  }
  const seen = new Set<string>();
  directory.inspectors.forEach((p, k) => {
    if (seen.has(p.id)) {
      issues.push(
        matchIssue(
          'MATCH_DIRECTORY_MISMATCH',
          ['directory', 'inspectors', k, 'id'],
          `执法检查人员 ${p.id} 在名录库中出现两次`,
          `Inspector ${p.id} appears twice in the directory`,
        ),
      );
    }
    seen.add(p.id);
  });
  const canonical = canonicalRecusals(recusalsIn);
  for (const k of canonical.duplicates) {
    const r = recusalsIn[k]!;
    issues.push(
      matchIssue(
        'MATCH_RECUSAL_INVALID',
        ['recusals', k],
        `回避记录（${r.inspectorId}，${r.objectId}）重复`,
        `The recusal (${r.inspectorId}, ${r.objectId}) appears twice`,
      ),
    );
  }
  if (issues.length > 0) return err(issues);
  const options = v.options ?? { minimum: 2 };
  return ok({
    taskId: task.id,
    initiator: task.initiator === department.id,
    schedule: { start: task.schedule.start, end: task.schedule.end },
    department,
    directory: {
      ...directory,
      inspectors: sortByText([...directory.inspectors], (p) => p.id),
    },
    recusals: canonical.recusals,
    recusalWords: canonical.words,
    domains: sortByText([...new Set(v.domains)], (d) => d),
    minimum: options.minimum,
    maxLoad: options.maxLoad,
    draw,
    objects,
  });
}
