// 第二十二条 ¶1 向社会公示: one public line per drawn object and department, only from valid, published entries.
import { describe, expect, it } from 'vitest';
import { PublicRecordSchema, publicationRecord } from '../../src/records/index.js';
import { deepFreeze } from '../helpers/fixture.js';
import { expectFinding } from './expect.js';
import { departmentList, draw, resultEntry, task } from './fixtures.js';

const A22 = '第二十二条';

/** Every drawn object checked by both departments: the first with a problem corrected, the rest clean. */
function entries() {
  return draw.selected.flatMap((o, k) =>
    ['lt-scjgj', 'lt-wjw'].map((departmentId) => ({
      ...resultEntry(),
      objectId: o.id,
      departmentId,
      ...(k === 0 ? {} : { results: ['未发现问题'], followUp: ['无需后续处置'] }),
    })),
  );
}

const run = (over: Record<string, unknown> = {}) =>
  publicationRecord({
    task: task(),
    draw,
    departments: departmentList,
    entries: entries(),
    ...over,
  } as never);

describe('第二十二条 公示 (publicationRecord)', () => {
  it('one line per drawn object and department, with 检查实施机关, 检查类型, 检查日期, 检查结果', () => {
    const input = deepFreeze({ task: task(), draw, departments: departmentList, entries: entries() });
    const before = JSON.stringify(input);
    const pub = publicationRecord(input as never)._unsafeUnwrap();
    expect(JSON.stringify(input)).toBe(before);
    expect(draw.selected.length).toBeGreaterThan(1);
    expect(pub.records).toHaveLength(draw.selected.length * 2);
    const first = pub.records.find(
      (r) => r.objectId === draw.selected[0]!.id && r.departmentId === 'lt-wjw',
    )!;
    expect(first).toMatchObject({
      inspectingAuthority: '开封市龙亭区卫生健康委员会',
      type: '联合抽查',
      date: '2026-05-12',
      result: '发现问题经责令已改正',
      publishedDate: '2026-07-13',
    });
    for (const r of pub.records) expect(PublicRecordSchema.safeParse(r).success).toBe(true);
    expect(Object.isFrozen(pub.records[0])).toBe(true);
  });

  it('a task of one department publishes 双随机抽查', () => {
    const t = { ...task(), departments: ['lt-scjgj'], duties: [task().duties[0]] };
    const only = entries().filter((e) => e.departmentId === 'lt-scjgj');
    const pub = run({ task: t, entries: only })._unsafeUnwrap();
    expect(new Set(pub.records.map((r) => r.type))).toEqual(new Set(['双随机抽查']));
  });

  it('refuses a drawn object without an entry from every department', () => {
    const hit = expectFinding(run({ entries: entries().slice(1) }), 'PUBLICATION_ENTRY_MISSING', A22, [
      'entries',
    ]);
    expect(hit.message.zh).toContain(draw.selected[0]!.id);
  });

  it('refuses an invalid entry, reporting its own findings under entries.<index>', () => {
    const list = entries();
    list[3] = { ...list[3]!, results: ['未发现问题', '发现问题待后续处理'] };
    const r = run({ entries: list });
    expectFinding(r, 'RESULT_NO_PROBLEM_NOT_EXCLUSIVE', A22, ['entries', 3, 'results', 0]);
    expectFinding(r, 'PUBLICATION_ENTRY_MISSING', A22, ['entries']);
  });

  it('refuses an entry not yet published, and a second entry for the same pair', () => {
    const list = entries();
    const { publishedDate: _, ...unpublished } = list[0]! as Record<string, unknown>;
    expectFinding(run({ entries: [unpublished, ...list.slice(1)] }), 'PUBLICATION_NOT_PUBLISHED', A22, [
      'entries',
      0,
      'publishedDate',
    ]);
    expectFinding(run({ entries: [...list, list[0]] }), 'PUBLICATION_ENTRY_DUPLICATE', A22, [
      'entries',
      list.length,
    ]);
  });

  it('a substitute from the reserve is published too, and then needs its entries', () => {
    const sub = draw.reserve[0]!.id;
    expectFinding(run({ substitutes: [sub] }), 'PUBLICATION_ENTRY_MISSING', A22, ['entries']);
    const extra = ['lt-scjgj', 'lt-wjw'].map((departmentId) => ({
      ...resultEntry(),
      objectId: sub,
      departmentId,
      results: ['未发现问题'],
      followUp: ['无需后续处置'],
    }));
    const pub = run({ substitutes: [sub], entries: [...entries(), ...extra] })._unsafeUnwrap();
    expect(pub.records).toHaveLength((draw.selected.length + 1) * 2);
  });

  it('needs the name of every department (检查实施机关)', () => {
    const departments = departmentList.filter((d) => d.id !== 'lt-wjw');
    expectFinding(run({ departments }), 'PUBLICATION_DEPARTMENT_UNKNOWN', A22, ['departments']);
  });
});
