/**
 * What each lifecycle event does to a task (第十六条–第二十二条), given that the stage allows it: each step checks
 * the event against the state and returns the changed fields and what to write in the audit trail, or the
 * findings why it is refused. Pure: states are never modified.
 */
import { err, ok, type Result } from 'neverthrow';
import { article } from '../model/article.js';
import type { RuleIssue } from '../model/issue.js';
import type { TaskStage } from '../model/task.js';
import { recordIssue } from './codes.js';
import { ids } from './input.js';
import {
  append,
  emptyList,
  emptyMap,
  emptyVec,
  mapGet,
  mapHas,
  mapSet,
  vecFrom,
  vecGet,
  vecItems,
  vecPush,
  vecSet,
} from './persistent.js';
import type { TaskEvent } from './task-events.js';
import {
  type AssignmentCore,
  assignmentView,
  pairKey,
  pairs,
  type TaskObject,
  type Working,
} from './task-state.js';

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };
/** The fields an event changes (persistent collections, see task-state.ts), and the trail's description of it. */
export interface Change {
  readonly patch: Mutable<Omit<Working, 'trail'>>;
  readonly zh: string;
  readonly en: string;
}
type Of<K extends TaskEvent['type']> = Extract<TaskEvent, { type: K }>;
type Step<K extends TaskEvent['type']> = (s: Working, e: Of<K>) => Result<Change, RuleIssue[]>;

/** The article each step enforces (written into the trail). */
export const STEP_ARTICLES: Readonly<Record<TaskEvent['type'], string>> = {
  adjust: article(16),
  'build-directories': article(18),
  draw: article(19),
  dispatch: article(19),
  'replace-inspector': article(19),
  'record-check': article(21),
  'record-outcome': article(19),
  substitute: article(19),
  'complete-checks': article(17),
  'enter-result': article(22),
  publish: article(22),
  close: article(17),
};

/** The stages in which each event may happen. */
export const ALLOWED_STAGES: Readonly<Record<TaskEvent['type'], readonly TaskStage[]>> = {
  adjust: ['planned', 'directories-built'],
  'build-directories': ['planned'],
  draw: ['directories-built'],
  dispatch: ['drawn', 'dispatched'],
  'replace-inspector': ['dispatched'],
  'record-check': ['dispatched'],
  'record-outcome': ['drawn', 'dispatched'],
  substitute: ['drawn', 'dispatched'],
  'complete-checks': ['dispatched'],
  'enter-result': ['checked', 'results-entered'],
  publish: ['checked', 'results-entered'],
  close: ['published'],
};

const fail = (issue: RuleIssue): Result<Change, RuleIssue[]> => err([issue]);

/** The object of the list and its index, by id (O(log n)). */
function objectOf(s: Working, objectId: string): { o: TaskObject; k: number } | undefined {
  const k = mapGet(s.objectAt, objectId);
  return k === undefined ? undefined : { o: vecGet(s.objects, k)!, k };
}

/** The list with one object changed. */
function objectsWith(s: Working, k: number, o: TaskObject): Mutable<Working> {
  return { objects: vecSet(s.objects, k, Object.freeze(o)) };
}

function notInList(objectId: string): Result<Change, RuleIssue[]> {
  return fail(
    recordIssue(
      'TASK_OBJECT_NOT_IN_LIST',
      ['event', 'objectId'],
      `对象 ${objectId} 不在锁定名单中`,
      `Object ${objectId} is not in the locked list`,
    ),
  );
}

function hasOutcome(o: TaskObject): Result<Change, RuleIssue[]> {
  return fail(
    recordIssue(
      'TASK_OBJECT_HAS_OUTCOME',
      ['event', 'objectId'],
      `对象 ${o.objectId} 已登记为“${o.outcome}”`,
      `Object ${o.objectId} was recorded as "${o.outcome}"`,
    ),
  );
}

function notParticipant(s: Working, departmentId: string, path: (string | number)[]): RuleIssue {
  return recordIssue(
    'TASK_DEPARTMENT_NOT_PARTICIPANT',
    path,
    `部门 ${departmentId} 不是任务 ${s.task.id} 的联合抽查部门（${ids(s.task.departments).zh}）`,
    `Department ${departmentId} does not take part in task ${s.task.id} (${ids(s.task.departments).en})`,
  );
}

const adjust: Step<'adjust'> = (s, e) => {
  const a = e.adjustment;
  const invalid = (zh: string, en: string) =>
    fail(recordIssue('TASK_ADJUSTMENT_INVALID', ['event', 'adjustment'], zh, en));
  if (a.kind === 'add-task')
    return invalid(
      '增设任务是对年度计划的调整，不是对本任务的调整',
      'Adding a task adjusts the plan, not this task',
    );
  if (a.taskId !== s.task.id) {
    return fail(
      recordIssue(
        'TASK_EVENT_WRONG_TASK',
        ['event', 'adjustment', 'taskId'],
        `调整针对任务 ${a.taskId}，不是 ${s.task.id}`,
        `The adjustment is for task ${a.taskId}, not ${s.task.id}`,
      ),
    );
  }
  const what = `（${a.id}：${a.reason}）`;
  switch (a.kind) {
    case 'cancel-task':
      return ok({
        patch: { cancelled: true, stage: 'closed' },
        zh: `任务取消${what}`,
        en: `Task cancelled (${a.id})`,
      });
    case 'delay-task': {
      const o = s.task.schedule;
      const n = a.schedule;
      if (n.start < o.start || n.end < o.end || (n.start === o.start && n.end === o.end)) {
        return invalid(
          `新的时间安排 ${n.start}—${n.end} 未将 ${o.start}—${o.end} 延后`,
          `${n.start}..${n.end} does not delay ${o.start}..${o.end}`,
        );
      }
      return ok({
        patch: { task: { ...s.task, schedule: n } },
        zh: `时间安排延迟为 ${n.start}—${n.end}${what}`,
        en: `Schedule delayed to ${n.start}..${n.end} (${a.id})`,
      });
    }
    case 'change-ratio':
      if (JSON.stringify(a.ratioTable) === JSON.stringify(s.task.sampling.ratioTable)) {
        return invalid('新的比例表与原表相同', 'The new ratio table equals the old one');
      }
      return ok({
        patch: { task: { ...s.task, sampling: { ...s.task.sampling, ratioTable: a.ratioTable } } },
        zh: `抽查比例调整${what}`,
        en: `Ratio table changed (${a.id})`,
      });
    case 'change-frequency':
      if (a.frequencyPerYear === s.task.frequencyPerYear) {
        return invalid(
          `抽查频次已是每年 ${a.frequencyPerYear} 次`,
          `Frequency is already ${a.frequencyPerYear} per year`,
        );
      }
      return ok({
        patch: { task: { ...s.task, frequencyPerYear: a.frequencyPerYear } },
        zh: `抽查频次调整为每年 ${a.frequencyPerYear} 次${what}`,
        en: `Frequency changed to ${a.frequencyPerYear} per year (${a.id})`,
      });
  }
};

const buildDirectories: Step<'build-directories'> = (_s, e) =>
  ok({
    patch: {
      stage: 'directories-built',
      directories: {
        objectDirectoryId: e.objectDirectoryId,
        inspectorDirectoryIds: [...e.inspectorDirectoryIds],
      },
    },
    zh: `建立检查对象名录库 ${e.objectDirectoryId} 和执法检查人员名录库 ${ids(e.inspectorDirectoryIds).zh}`,
    en: `Object directory ${e.objectDirectoryId} and inspector directories ${ids(e.inspectorDirectoryIds).en} built`,
  });

const draw: Step<'draw'> = (s, e) => {
  const d = e.draw;
  if (d.taskId !== s.task.id) {
    return fail(
      recordIssue(
        'TASK_EVENT_WRONG_TASK',
        ['event', 'draw', 'taskId'],
        `抽取结果属于任务 ${d.taskId}，不是 ${s.task.id}`,
        `The draw is for task ${d.taskId}, not ${s.task.id}`,
      ),
    );
  }
  const list: TaskObject[] = d.selected.map((o) =>
    Object.freeze({ objectId: o.id, stratum: o.stratum, rank: o.rank, origin: 'drawn' as const }),
  );
  let objectAt = emptyMap as Working['objectAt'];
  list.forEach((o, k) => {
    objectAt = mapSet(objectAt, o.objectId, k);
  });
  return ok({
    patch: {
      stage: 'drawn',
      locked: Object.freeze({ selected: d.selected, reserve: d.reserve }),
      objects: vecFrom(list),
      objectAt,
    },
    zh: `摇号抽取并锁定名单：抽中 ${d.selected.length} 户，备选 ${d.reserve.length} 户`,
    en: `Objects drawn and the list locked: ${d.selected.length} drawn, ${d.reserve.length} in reserve`,
  });
};

const dispatch: Step<'dispatch'> = (s, e) => {
  const a = e.assignment;
  const issues: RuleIssue[] = [];
  if (a.taskId !== s.task.id) {
    issues.push(
      recordIssue(
        'TASK_EVENT_WRONG_TASK',
        ['event', 'assignment', 'taskId'],
        `匹配结果属于任务 ${a.taskId}，不是 ${s.task.id}`,
        `The assignment is for task ${a.taskId}, not ${s.task.id}`,
      ),
    );
  }
  if (!s.task.departments.includes(a.departmentId)) {
    return err([...issues, notParticipant(s, a.departmentId, ['event', 'assignment', 'departmentId'])]);
  }
  const before = s.assignments.find((x) => x.departmentId === a.departmentId);
  const owed = vecItems(s.objects)
    .filter((o) => o.substitutedBy === undefined && !(before && mapHas(before.objectAt, o.objectId)))
    .map((o) => o.objectId);
  if (before && owed.length === 0) {
    return fail(
      recordIssue(
        'TASK_DEPARTMENT_ALREADY_DISPATCHED',
        ['event', 'assignment', 'departmentId'],
        `部门 ${a.departmentId} 已完成匹配；更换人员须经本部门负责人同意（replace-inspector）`,
        `Department ${a.departmentId} is already matched; replace inspectors with an approved replacement`,
      ),
    );
  }
  const given = a.objects.map((o) => o.objectId);
  const givenSet = new Set(given);
  const owedSet = new Set(owed);
  const missing = owed.filter((id) => !givenSet.has(id));
  const extra = given.filter((id) => !owedSet.has(id));
  if (missing.length > 0 || extra.length > 0 || givenSet.size !== given.length) {
    issues.push(
      recordIssue(
        'TASK_ASSIGNMENT_OBJECTS_MISMATCH',
        ['event', 'assignment', 'objects'],
        `匹配结果的检查对象与待匹配名单不一致；缺少：${ids(missing).zh || '无'}；多出：${ids(extra).zh || '无'}`,
        `The assignment's objects differ from those to be matched; missing: ${ids(missing).en || 'none'}; extra: ${ids(extra).en || 'none'}`,
      ),
    );
  }
  a.objects.forEach((o, k) => {
    if (new Set(o.inspectorIds).size < 2) {
      issues.push(
        recordIssue(
          'TASK_ASSIGNMENT_TOO_FEW_INSPECTORS',
          ['event', 'assignment', 'objects', k, 'inspectorIds'],
          `对象 ${o.objectId} 只匹配了 ${new Set(o.inspectorIds).size} 名执法检查人员`,
          `Object ${o.objectId} has ${new Set(o.inspectorIds).size} inspector(s) matched`,
        ),
      );
    }
  });
  if (issues.length > 0) return err(issues);
  let objects = before?.objects ?? emptyVec;
  let objectAt = before?.objectAt ?? emptyMap;
  for (const o of a.objects) {
    objectAt = mapSet(objectAt, o.objectId, objects.size);
    objects = vecPush(objects, o);
  }
  let replacements = before?.replacements ?? emptyList;
  for (const { kind: _, note: __, ...r } of a.events) replacements = append(replacements, Object.freeze(r));
  const merged = withView({
    departmentId: a.departmentId,
    random: before ? before.random && a.random : a.random,
    objects,
    objectAt,
    replacements,
  });
  return ok({
    patch: {
      stage: 'dispatched',
      assignments: [...s.assignments.filter((x) => x.departmentId !== a.departmentId), merged],
    },
    zh: `部门 ${a.departmentId} 匹配执法检查人员：${a.objects.length} 户${a.random ? '' : '（人员非随机抽取，第十九条第二款）'}`,
    en: `Department ${a.departmentId} matched inspectors to ${a.objects.length} object(s)${a.random ? '' : ' (inspectors not random, Art. 19 ¶2)'}`,
  });
};

const replaceInspector: Step<'replace-inspector'> = (s, e) => {
  const a = s.assignments.find((x) => x.departmentId === e.departmentId);
  if (!a) {
    return fail(
      s.task.departments.includes(e.departmentId)
        ? recordIssue(
            'TASK_EVENT_OUT_OF_ORDER',
            ['event', 'departmentId'],
            `部门 ${e.departmentId} 尚未匹配执法检查人员，不能更换`,
            `Department ${e.departmentId} has not matched inspectors yet; nothing to replace`,
          )
        : notParticipant(s, e.departmentId, ['event', 'departmentId']),
    );
  }
  const k = mapGet(a.objectAt, e.objectId);
  if (k === undefined) return notInList(e.objectId);
  const entry = vecGet(a.objects, k)!;
  const issues: RuleIssue[] = [];
  if (!entry.inspectorIds.includes(e.outInspectorId)) {
    issues.push(
      recordIssue(
        'TASK_REPLACEMENT_NOT_ASSIGNED',
        ['event', 'outInspectorId'],
        `${e.outInspectorId} 未匹配给对象 ${e.objectId}（已匹配：${ids(entry.inspectorIds).zh}）`,
        `${e.outInspectorId} is not matched to ${e.objectId} (matched: ${ids(entry.inspectorIds).en})`,
      ),
    );
  }
  if (entry.inspectorIds.includes(e.inInspectorId)) {
    issues.push(
      recordIssue(
        'TASK_REPLACEMENT_ALREADY_ASSIGNED',
        ['event', 'inInspectorId'],
        `${e.inInspectorId} 已匹配给对象 ${e.objectId}`,
        `${e.inInspectorId} is already matched to ${e.objectId}`,
      ),
    );
  }
  const head = s.start.departments?.find((d) => d.id === e.departmentId)?.headInspectorId;
  if (head !== undefined && head !== e.approvedBy) {
    issues.push(
      recordIssue(
        'TASK_REPLACEMENT_NOT_APPROVED',
        ['event', 'approvedBy'],
        `更换由 ${e.approvedBy} 批准，部门负责人为 ${head}`,
        `Approved by ${e.approvedBy}; the department head is ${head}`,
      ),
    );
  }
  if (mapHas(s.checked, pairKey(e))) {
    issues.push(
      recordIssue(
        'TASK_REPLACEMENT_AFTER_CHECK',
        ['event', 'objectId'],
        `部门 ${e.departmentId} 已检查对象 ${e.objectId}`,
        `Department ${e.departmentId} has already checked ${e.objectId}`,
      ),
    );
  }
  if (issues.length > 0) return err(issues);
  const inspectorIds = entry.inspectorIds.map((id) => (id === e.outInspectorId ? e.inInspectorId : id));
  const objects = vecSet(
    a.objects,
    k,
    Object.freeze({ ...entry, inspectorIds: Object.freeze(inspectorIds) }),
  );
  const replacement = Object.freeze({
    objectId: e.objectId,
    outInspectorId: e.outInspectorId,
    inInspectorId: e.inInspectorId,
    reason: e.reason,
    approvedBy: e.approvedBy,
    approvedOn: e.approvedOn,
  });
  const next = withView({ ...a, objects, replacements: append(a.replacements, replacement) });
  return ok({
    patch: { assignments: s.assignments.map((x) => (x === a ? next : x)) },
    zh: `经负责人 ${e.approvedBy} 同意，对象 ${e.objectId} 的执法检查人员 ${e.outInspectorId} 更换为 ${e.inInspectorId}（${e.reason}）`,
    en: `Approved by ${e.approvedBy}: ${e.outInspectorId} replaced by ${e.inInspectorId} for ${e.objectId} (${e.reason})`,
  });
};

const recordCheck: Step<'record-check'> = (s, e) => {
  const o = objectOf(s, e.objectId)?.o;
  if (!o || o.substitutedBy !== undefined) return notInList(e.objectId);
  if (!s.task.departments.includes(e.departmentId))
    return fail(notParticipant(s, e.departmentId, ['event', 'departmentId']));
  const a = s.assignments.find((x) => x.departmentId === e.departmentId);
  if (!a || !mapHas(a.objectAt, e.objectId)) {
    return fail(
      recordIssue(
        'TASK_EVENT_OUT_OF_ORDER',
        ['event', 'departmentId'],
        `部门 ${e.departmentId} 尚未为对象 ${e.objectId} 匹配执法检查人员`,
        `Department ${e.departmentId} has not matched inspectors to ${e.objectId} yet`,
      ),
    );
  }
  if (o.outcome !== undefined) return hasOutcome(o);
  const key = pairKey(e);
  if (mapHas(s.checked, key)) {
    return fail(
      recordIssue(
        'TASK_OBJECT_ALREADY_CHECKED',
        ['event', 'objectId'],
        `部门 ${e.departmentId} 已记录对 ${e.objectId} 的检查`,
        `Department ${e.departmentId} has already recorded a check of ${e.objectId}`,
      ),
    );
  }
  return ok({
    patch: {
      checks: append(
        s.checks,
        Object.freeze({ objectId: e.objectId, departmentId: e.departmentId, checkDate: e.checkDate }),
      ),
      checked: mapSet(s.checked, key, true),
    },
    zh: `部门 ${e.departmentId} 于 ${e.checkDate} 检查对象 ${e.objectId}`,
    en: `Department ${e.departmentId} checked ${e.objectId} on ${e.checkDate}`,
  });
};

const recordOutcome: Step<'record-outcome'> = (s, e) => {
  const found = objectOf(s, e.objectId);
  if (!found || found.o.substitutedBy !== undefined) return notInList(e.objectId);
  const { o, k } = found;
  if (o.outcome !== undefined) return hasOutcome(o);
  return ok({
    patch: objectsWith(s, k, { ...o, outcome: e.outcome }),
    zh: `对象 ${e.objectId} 登记为“${e.outcome}”，名单不变`,
    en: `Object ${e.objectId} recorded as "${e.outcome}"; the list stays as locked`,
  });
};

const substitute: Step<'substitute'> = (s, e) => {
  const found = objectOf(s, e.objectId);
  if (!found || found.o.substitutedBy !== undefined) return notInList(e.objectId);
  const { o, k } = found;
  if (o.outcome === undefined) {
    return fail(
      recordIssue(
        'TASK_SUBSTITUTION_NO_CAUSE',
        ['event', 'objectId'],
        `对象 ${e.objectId} 未登记为注销、停业或无法联系，不能替补`,
        `Object ${e.objectId} is not recorded as deregistered, closed or unreachable`,
      ),
    );
  }
  const next = s.locked?.reserve
    .filter((r) => r.stratum === o.stratum && !mapHas(s.objectAt, r.id))
    .sort((a, b) => a.rank - b.rank)[0];
  if (!next) {
    return fail(
      recordIssue(
        'TASK_RESERVE_EXHAUSTED',
        ['event', 'objectId'],
        `对象 ${e.objectId} 所在层 ${o.stratum} 的备选名单已用完`,
        `The reserve of stratum ${o.stratum} (of ${e.objectId}) is exhausted`,
      ),
    );
  }
  const added: TaskObject = Object.freeze({
    objectId: next.id,
    stratum: next.stratum,
    rank: next.rank,
    origin: 'reserve' as const,
    replaces: o.objectId,
  });
  const objects = objectsWith(s, k, { ...o, substitutedBy: next.id }).objects!;
  return ok({
    patch: {
      objects: vecPush(objects, added),
      objectAt: mapSet(s.objectAt, next.id, objects.size),
    },
    zh: `对象 ${o.objectId}（${o.outcome}）由 ${o.stratum} 层备选第 ${next.rank} 名 ${next.id} 替补`,
    en: `${o.objectId} (${o.outcome}) substituted by ${next.id}, rank ${next.rank} of stratum ${o.stratum}'s reserve`,
  });
};

const completeChecks: Step<'complete-checks'> = (s, e) => {
  const undispatched = s.task.departments.filter((d) => !s.assignments.some((a) => a.departmentId === d));
  const settled = new Set(
    vecItems(s.objects)
      .filter((o) => o.outcome !== undefined)
      .map((o) => o.objectId),
  );
  const open = pairs(s).filter((p) => !settled.has(p.objectId) && !mapHas(s.checked, pairKey(p)));
  if (undispatched.length > 0 || open.length > 0) {
    const list = open.slice(0, 5).map((p) => `${p.objectId}/${p.departmentId}`);
    return fail(
      recordIssue(
        'TASK_CHECKS_INCOMPLETE',
        ['event'],
        `未匹配的部门：${ids(undispatched).zh || '无'}；未检查的对象/部门 ${open.length} 处${list.length ? `，如 ${list.join('、')}` : ''}`,
        `Departments not matched: ${ids(undispatched).en || 'none'}; ${open.length} object/department pair(s) not checked${list.length ? `, e.g. ${list.join(', ')}` : ''}`,
      ),
    );
  }
  return ok({
    patch: { stage: 'checked', completedDate: e.on },
    zh: `抽查任务于 ${e.on} 完成，检查结果须在20个工作日内录入并公示`,
    en: `Task completed on ${e.on}; results are due within 20 working days`,
  });
};

const enterResult: Step<'enter-result'> = (s, e) => {
  const o = objectOf(s, e.objectId)?.o;
  if (!o) return notInList(e.objectId);
  if (!s.task.departments.includes(e.departmentId))
    return fail(notParticipant(s, e.departmentId, ['event', 'departmentId']));
  // Completion (complete-checks) already required every department to check every object without an outcome.
  if (o.outcome !== undefined && !e.results.includes(o.outcome)) {
    return fail(
      recordIssue(
        'TASK_RESULT_OUTCOME_MISMATCH',
        ['event', 'results'],
        `对象 ${e.objectId} 已登记为“${o.outcome}”，检查结果须载明该类别`,
        `Object ${e.objectId} was recorded as "${o.outcome}"; the result must carry it`,
      ),
    );
  }
  const key = pairKey(e);
  if (mapHas(s.resultAt, key)) {
    return fail(
      recordIssue(
        'TASK_RESULT_ALREADY_ENTERED',
        ['event', 'objectId'],
        `对象 ${e.objectId}、部门 ${e.departmentId} 的检查结果已录入`,
        `The result of ${e.objectId} by ${e.departmentId} is already entered`,
      ),
    );
  }
  const entry = { objectId: e.objectId, departmentId: e.departmentId, results: e.results, enteredDate: e.on };
  const results = vecPush(s.results, Object.freeze(entry));
  // Each entry is for a distinct pair of the list (checked above), so a full count means every pair is entered.
  const all = results.size === s.objects.size * s.task.departments.length;
  return ok({
    patch: {
      results,
      resultAt: mapSet(s.resultAt, key, s.results.size),
      ...(all ? { stage: 'results-entered' as const } : {}),
    },
    zh: `部门 ${e.departmentId} 录入对象 ${e.objectId} 的检查结果：${e.results.join('；')}`,
    en: `Department ${e.departmentId} entered the result of ${e.objectId}: ${e.results.join('; ')}`,
  });
};

const publish: Step<'publish'> = (s, e) => {
  const k = mapGet(s.resultAt, pairKey(e));
  if (k === undefined) {
    return fail(
      recordIssue(
        'TASK_RESULT_NOT_ENTERED',
        ['event', 'objectId'],
        `对象 ${e.objectId}、部门 ${e.departmentId} 的检查结果尚未录入`,
        `The result of ${e.objectId} by ${e.departmentId} has not been entered`,
      ),
    );
  }
  const entered = vecGet(s.results, k)!;
  if (entered.publishedDate !== undefined) {
    return fail(
      recordIssue(
        'TASK_RESULT_ALREADY_PUBLISHED',
        ['event', 'objectId'],
        `对象 ${e.objectId}、部门 ${e.departmentId} 的检查结果已于 ${entered.publishedDate} 公示`,
        `The result of ${e.objectId} by ${e.departmentId} was published on ${entered.publishedDate}`,
      ),
    );
  }
  const results = vecSet(s.results, k, Object.freeze({ ...entered, publishedDate: e.on }));
  const published = s.published + 1;
  const all = s.stage === 'results-entered' && published === results.size;
  return ok({
    patch: { results, published, ...(all ? { stage: 'published' as const } : {}) },
    zh: `部门 ${e.departmentId} 公示对象 ${e.objectId} 的检查结果`,
    en: `Department ${e.departmentId} published the result of ${e.objectId}`,
  });
};

const close: Step<'close'> = (_s, e) =>
  ok({ patch: { stage: 'closed' }, zh: `任务于 ${e.on} 关闭`, en: `Task closed on ${e.on}` });

const STEPS: { readonly [K in TaskEvent['type']]: Step<K> } = {
  adjust,
  'build-directories': buildDirectories,
  draw,
  dispatch,
  'replace-inspector': replaceInspector,
  'record-check': recordCheck,
  'record-outcome': recordOutcome,
  substitute,
  'complete-checks': completeChecks,
  'enter-result': enterResult,
  publish,
  close,
};

/** An assignment core with its public value. */
function withView(a: Omit<AssignmentCore, 'view'>): AssignmentCore {
  return Object.freeze({ ...a, view: assignmentView(a) });
}

/** Runs the event's step (the stage has been checked). */
export function runStep(s: Working, e: TaskEvent): Result<Change, RuleIssue[]> {
  return (STEPS[e.type] as Step<typeof e.type>)(s, e as never);
}
