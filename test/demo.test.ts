// The end-to-end demo (examples/longting-demo.ts, `npm run demo`): it runs the whole cycle on a district-sized
// Longting data set and writes what a platform publishes to out/. These tests check the facts it prints against
// the files it writes, and re-verify the published draw and matches from the files alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { longtingAtScale } from '../scripts/longting-scale.js';
import { verifyDraw } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = (name: string) => readFileSync(`${root}out/${name}`, 'utf8');
const json = (name: string) => JSON.parse(out(name));
let stdout = '';

beforeAll(() => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/longting-demo.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  stdout = run.stdout;
}, 180_000); // the whole cycle on 5,094 objects in a child process; slow only on a loaded machine

describe('the Longting data set (scripts/longting-scale.ts)', () => {
  const data = longtingAtScale('longting-2026');

  it('is district-sized: 5,000+ objects in 410202 with distinct credit codes, 20 catalog items, 4+ departments', () => {
    expect(data.directory.objects.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(data.directory.objects.map((o: { id: string }) => o.id)).size).toBe(
      data.directory.objects.length,
    );
    expect(data.directory.objects.every((o: { regionCode: string }) => o.regionCode === '410202')).toBe(true);
    expect(data.catalog.entries).toHaveLength(20);
    const names = data.departments.map((d: { name: string }) => d.name).join();
    for (const d of ['市场监督管理局', '卫生健康委员会', '商务局', '应急管理局']) expect(names).toContain(d);
  });

  it('is the same for the same seed and different for another', () => {
    expect(JSON.stringify(longtingAtScale('longting-2026'))).toBe(JSON.stringify(data));
    expect(longtingAtScale('other').directory.objects[100].id).not.toBe(data.directory.objects[100].id);
  });
});

describe('the demo (examples/longting-demo.ts)', () => {
  it('reports 5,000+ valid objects, every credit class, and declared recusals', () => {
    const m = /2\. 检查对象 (\d+) 户.*统一社会信用代码全部有效（GB 32100），警告 0 条/.exec(stdout);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(5000);
    for (const c of ['A', 'B', 'C', 'D']) expect(stdout).toMatch(new RegExp(`${c} 类 [1-9]\\d*`));
    expect(stdout).toMatch(/已申报回避 [1-9]\d* 项/);
    expect(stdout).toMatch(/1\. 抽查事项清单 v2.*：20 项、9 个抽查领域，校验通过/);
    expect(stdout).toMatch(/3\. .*：11 项任务覆盖全部抽查领域.*校验通过，警告 0 条/);
  });

  it('draws no reserve (第十九条 ¶3: the locked list is not substituted) and counts the receipt in UTF-8 bytes', () => {
    expect(stdout).toMatch(/抽中 \d+ 户（名单一经锁定不可更改，不设备选替补，第十九条第三款）/);
    expect(stdout).not.toContain('备选（');
    const strata = json('receipt.json').strata as { reserve?: unknown[] }[];
    expect(strata.reduce((n, s) => n + (s.reserve?.length ?? 0), 0)).toBe(0);
    const bytes = Number(/第三方复核回执（(\d+) 字节 UTF-8 JSON）/.exec(stdout)?.[1]);
    expect(bytes).toBe(new TextEncoder().encode(JSON.stringify(json('receipt.json'))).length);
  });

  it('publishes a frame (JSON and CSV), an announcement and a receipt that verify from the files alone', () => {
    const frame = json('frame.json');
    const csv = out('frame.csv').trimEnd().split('\n');
    expect(csv[0]).toBe('id,stratum');
    expect(csv.slice(1)).toEqual(
      frame.units.map((u: { id: string; stratum: string }) => `${u.id},${u.stratum}`),
    );
    const announcement = json('announcement.json');
    expect(stdout).toContain(`抽取公告摘要（开奖前公布）：${announcement.digest}`);
    const data = longtingAtScale('longting-2026');
    const task = data.plan.tasks.find((t: { id: string }) => t.id === announcement.taskId);
    task.sampling.base = frame.units.length;
    const receipt = json('receipt.json');
    expect(verifyDraw({ receipt, frame, task, announcement: announcement.digest }).isOk()).toBe(true);
    const [a, b] = receipt.strata[0].selected;
    [a.id, b.id] = [b.id, a.id]; // a hand-edited receipt: two tickets swapped between enterprises
    expect(verifyDraw({ receipt, frame, task, announcement: announcement.digest }).isErr()).toBe(true);
  });

  it('matches inspectors per department, honours recusals and the expired certificate, and one approved replacement', () => {
    expect(stdout).toMatch(/回避：\S+ 与 \S+（近亲属），该户派 \S+ ✓/);
    expect(stdout).not.toContain('（错误！）');
    expect(stdout).toMatch(/有效期至 2026-03-31，lt-scjgj-40 未被抽取 ✓/);
    expect(stdout).toMatch(/经负责人 lt-scjgj-01 同意.*按随机顺序递补；第三方复核 通过 ✓/);
    const drawn = json('receipt.json').strata.flatMap((s: { selected: { id: string }[] }) =>
      s.selected.map((o) => o.id),
    );
    for (const d of ['lt-scjgj', 'lt-wjw']) {
      const receipt = json(`match-${d}.json`);
      expect(receipt.departmentId).toBe(d);
      expect(receipt.objects.map((o: { objectId: string }) => o.objectId).sort()).toEqual([...drawn].sort());
      for (const o of receipt.objects) expect(new Set(o.inspectorIds).size).toBeGreaterThanOrEqual(2);
    }
    expect(json('match-lt-scjgj.json').events).toHaveLength(1);
    expect(stdout.match(/第三方复核 通过 ✓/g)).toHaveLength(2);
  });

  it('catches the record without a signature and the late result entry, and publishes every result', () => {
    expect(stdout).toMatch(/缺少被检查对象签名或盖章：RECORD_ACKNOWLEDGEMENT_MISSING（第二十一条）/);
    expect(stdout).toMatch(/专家不计入人数：.*RECORD_EXPERT_NOT_COUNTED/);
    expect(stdout).toMatch(/07-29 才录入：RESULT_ENTRY_LATE（第二十二条）/);
    const records = Number(/实地抽查记录表 (\d+) 份校验通过/.exec(stdout)?.[1]);
    const publication = json('publication.json');
    expect(publication.records).toHaveLength(records);
    expect(stdout).toMatch(/任务生命周期：\d+ 条审计记录，阶段 closed；锁定后再次抽取：TASK_ALREADY_DRAWN/);
    expect(stdout).toContain('按审计记录重放：与当前状态一致 ✓');
    expect(stdout).toMatch(/抽查结果须在 2026-07-28 前录入并公示/);
  });
});

// 第十九条: what the demo publishes is checked by the command-line tool as an auditor would run it — the built
// `dist/cli.js`, the file the package's bin points to (npm test builds it first; test/cli spawns it from the packed
// package) — and a hand-edited receipt fails.
describe('第十九条 the shuangsuiji command verifies what the demo published', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [`${root}dist/cli.js`, ...args], { cwd: root, encoding: 'utf8' });
  const published = (name: string) => `${root}out/${name}`;

  it.each(['frame.csv', 'frame.json'])('the receipt verifies against %s and the announcement', (frame) => {
    const run = cli(
      'verify',
      published('receipt.json'),
      published(frame),
      '--announcement',
      published('announcement.json'),
    );
    expect(run.status, run.stderr + run.stdout).toBe(0);
  });

  it('a hand-edited receipt is refused with exit code 1 and the discrepancy named', () => {
    const receipt = json('receipt.json');
    const stratum = receipt.strata.find((s: { selected: unknown[] }) => s.selected.length > 1);
    // Put the second-ranked object first, as an official favouring it might.
    [stratum.selected[0], stratum.selected[1]] = [stratum.selected[1], stratum.selected[0]];
    const dir = mkdtempSync(join(tmpdir(), 'shuangsuiji-demo-edit-'));
    try {
      writeFileSync(join(dir, 'receipt.json'), JSON.stringify(receipt));
      const run = cli(
        'verify',
        join(dir, 'receipt.json'),
        published('frame.csv'),
        '--announcement',
        published('announcement.json'),
        '--json',
      );
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/DRAW_VERIFY_/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
