// The command-line tool as users meet it: the packed package installed outside the repository, its bin spawned
// as a process. The Longting fixtures give the task, the frame (stratified here) and the inspectors; each command
// runs with and without --json, every --help prints, exit codes follow docs/cli.md, and bad input is a clear
// message with exit 2 — never a stack trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packAndInstall, repo } from '../../scripts/pack-install.mjs';
import { stratify } from '../../src/draw/index.js';
import {
  type AnnualPlanInput,
  type CatalogInput,
  type DepartmentListInput,
  parseObjectDirectory,
} from '../../src/model/index.js';
import { eligibleObjects, validateAnnualPlan, validateCatalog } from '../../src/plan/index.js';
import { loadFixture } from '../helpers/fixture.js';
import { onSiteContext, onSiteRecord } from '../records/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'shuangsuiji-cli-'));
const dir = join(work, 'files');
const fixtures = join(repo, 'fixtures', 'longting');
let bin = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SHUANGSUIJI_DEBUG: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
// biome-ignore lint/suspicious/noExplicitAny: the documents are read as the tests need them
const json = (r: Run) => JSON.parse(r.stdout) as Record<string, any>;
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(dir, name), content);
  return name;
};
const noStack = (r: Run) => {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(/\n\s+at /);
};

const TASK = ['--plan', join(fixtures, 'plan-2026.json'), '--task-id', 'LT-2026-T01'];
const SOURCE = '中国福利彩票双色球 2026035期';
const SEED_TEXT = '双色球 2026035期 03 07 12 19 26 31 + 09';
let digest = '';
let units: { id: string; stratum: string }[] = [];

beforeAll(() => {
  if (!existsSync(join(repo, 'dist', 'cli.js')))
    throw new Error('build first: npm run build (dist/cli.js is missing)');
  mkdirSync(dir);
  bin = packAndInstall(work).bins.shuangsuiji!;
  // The frame of task T01 as the demo publishes it: frame.json (stratify's { strata, units }) and frame.csv.
  const departments = loadFixture<DepartmentListInput>('departments.json');
  const catalog = validateCatalog(loadFixture<CatalogInput>('catalog.json'), departments)._unsafeUnwrap();
  const directory = parseObjectDirectory(loadFixture('object-directory.json'))._unsafeUnwrap();
  const plan = validateAnnualPlan(loadFixture<AnnualPlanInput>('plan-2026.json'), {
    catalog,
    departments,
    directories: [directory],
  })._unsafeUnwrap();
  const task = plan.plan.tasks.find((t) => t.id === 'LT-2026-T01')!;
  const eligible = eligibleObjects({ task, directory, catalog })._unsafeUnwrap().eligible;
  const frame = stratify(eligible, task.sampling.ratioTable)._unsafeUnwrap();
  units = frame.units.map((u) => ({ id: u.id, stratum: u.stratum }));
  file('frame.json', JSON.stringify(frame));
  file('frame.csv', `id,stratum\n${units.map((u) => `${u.id},${u.stratum}`).join('\n')}\n`);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the whole stage one from the command line: announce → draw → verify', () => {
  it('announce writes announcement.json and prints its digest (exit 0)', () => {
    const r = cli(
      'announce',
      ...TASK,
      '--frame',
      'frame.csv',
      '--seed-kind',
      'lottery',
      '--seed-source',
      SOURCE,
      '--out',
      'announcement.json',
    );
    expect(r.code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'announcement.json'), 'utf8'));
    digest = a.digest;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(a.frame.total).toBe(units.length);
    expect(r.stdout).toContain(digest);
    expect(r.stdout).toContain('抽取公告摘要');
  });

  it('announce from frame.json gives the same announcement; --json carries it as result', () => {
    const r = cli(
      'announce',
      ...TASK,
      '--frame',
      'frame.json',
      '--seed-kind',
      'lottery',
      '--seed-source',
      SOURCE,
      '--json',
    );
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({ ok: true, command: 'announce', result: { digest } });
  });

  it('draw writes receipt.json against the announcement (exit 0)', () => {
    const r = cli(
      'draw',
      ...TASK,
      '--frame',
      'frame.csv',
      '--announcement',
      'announcement.json',
      '--seed-text',
      SEED_TEXT,
      '--out',
      'receipt.json',
    );
    expect(r.code).toBe(0);
    const receipt = JSON.parse(readFileSync(join(dir, 'receipt.json'), 'utf8'));
    expect(receipt.announcement.digest).toBe(digest);
    expect(r.stdout).toMatch(/抽中 \d+ 个，备选 \d+ 个/);
  });

  it('draw without --out prints the receipt alone on stdout (the summary on stderr); --json wraps it', () => {
    const plain = cli(
      'draw',
      ...TASK,
      '--frame',
      'frame.json',
      '--announcement',
      'announcement.json',
      '--seed-text',
      SEED_TEXT,
    );
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'receipt.json'), 'utf8')));
    expect(plain.stderr).toContain('抽中');
    const j = cli(
      'draw',
      ...TASK,
      '--frame',
      'frame.json',
      '--announcement',
      'announcement.json',
      '--seed-text',
      SEED_TEXT,
      '--json',
    );
    expect(json(j)).toMatchObject({ ok: true, command: 'draw', result: { announcement: { digest } } });
  });

  it('draw with another seed than announced is refused with findings (exit 1)', () => {
    const r = cli(
      'draw',
      ...TASK,
      '--frame',
      'frame.csv',
      '--announcement',
      'announcement.json',
      '--seed-text',
      SEED_TEXT,
      '--seed-kind',
      'beacon',
      '--json',
    );
    expect(r.code).toBe(1);
    expect(json(r).findings.length).toBeGreaterThan(0);
  });

  it('verify: exit 0 and a confirmation in Chinese, from frame.csv and the digest', () => {
    const r = cli('verify', 'receipt.json', 'frame.csv', '--announcement', digest);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('复核通过');
    expect(r.stdout).toContain(digest);
    expect(r.stderr).toBe('');
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'verify on a terminal shows a progress bar on stderr (util-linux `script` gives it a pty); in a pipe none',
    () => {
      const command = [
        process.execPath,
        bin,
        'verify',
        'receipt.json',
        'frame.csv',
        '--announcement',
        digest,
      ];
      const tty = spawnSync('script', ['-qec', command.map((a) => `'${a}'`).join(' '), '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(tty.status).toBe(0);
      expect(tty.stdout).toContain('底册 frame');
      expect(tty.stdout).toContain('100%');
      expect(tty.stdout).toContain('复核通过');
    },
  );

  it('verify streams a CSV frame in any order, hashing a few objects at a time with --max-in-memory', () => {
    const shuffled = [...units].reverse().map((u) => `${u.id},${u.stratum}`);
    file('reversed.csv', `stratum,id\n${shuffled.map((r) => r.split(',').reverse().join(',')).join('\n')}\n`);
    const r = cli('verify', 'receipt.json', 'reversed.csv', '--announcement', digest, '--max-in-memory', '5');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('复核通过');
    expect(
      cli('verify', 'receipt.json', 'reversed.csv', '--announcement', digest, '--max-in-memory', '0').code,
    ).toBe(2);
  });

  it('verify: English with --lang en, frame.json and announcement.json', () => {
    const r = cli(
      'verify',
      'receipt.json',
      'frame.json',
      '--announcement',
      'announcement.json',
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Verified: the draw of task LT-2026-T01/);
  });

  it('verify --json: one JSON document with the counts', () => {
    const r = cli('verify', 'receipt.json', 'frame.csv', '--announcement', digest, '--json');
    expect(json(r)).toEqual({
      ok: true,
      command: 'verify',
      result: expect.objectContaining({
        verified: true,
        taskId: 'LT-2026-T01',
        announcementDigest: digest,
        frameTotal: units.length,
      }),
    });
  });

  it('verify: a hand-edited receipt fails (exit 1) with each discrepancy: code, article, path, message', () => {
    type Listed = { id: string; selected: { id: string }[]; reserve: { id: string }[] };
    const receipt = JSON.parse(readFileSync(join(dir, 'receipt.json'), 'utf8')) as { strata: Listed[] };
    const s = receipt.strata.find((x) => x.selected.length > 0)!;
    const listed = new Set(receipt.strata.flatMap((x) => [...x.selected, ...x.reserve].map((e) => e.id)));
    // An object of the same stratum that the draw did not list: the edit a forger would make.
    const outsider = units.find((u) => !listed.has(u.id) && u.stratum === s.id);
    s.selected[0]!.id = outsider?.id ?? '92410202MA0000000X';
    file('edited.json', JSON.stringify(receipt));
    const r = cli('verify', 'edited.json', 'frame.csv', '--announcement', digest);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('复核未通过');
    expect(r.stdout).toMatch(/✗ DRAW_VERIFY_SELECTION_MISMATCH 第十九条 receipt\.strata\.\d+\.selected: /);
    const j = json(cli('verify', 'edited.json', 'frame.csv', '--announcement', digest, '--json'));
    expect(j.ok).toBe(false);
    expect(j.findings[0]).toMatchObject({
      code: 'DRAW_VERIFY_SELECTION_MISMATCH',
      article: '第十九条',
      message: { zh: expect.any(String), en: expect.any(String) },
    });
  });

  it('verify: another announcement digest than the published one fails (exit 1)', () => {
    const r = cli('verify', 'receipt.json', 'frame.csv', '--announcement', 'f'.repeat(64), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('DRAW_VERIFY_ANNOUNCEMENT_MISMATCH');
  });

  it('verify: a frame missing an object fails (exit 1)', () => {
    file(
      'short.csv',
      `id,stratum\n${units
        .slice(1)
        .map((u) => `${u.id},${u.stratum}`)
        .join('\n')}\n`,
    );
    const r = cli('verify', 'receipt.json', 'short.csv', '--announcement', digest);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DRAW_VERIFY_(FRAME|STRATUM_COUNT)_MISMATCH/);
  });
});

describe('stage two: match (announce, then draw the inspectors)', () => {
  const STAGE2 = [
    '--receipt',
    'receipt.json',
    ...TASK,
    '--department',
    'lt-wjw',
    '--departments',
    join(fixtures, 'departments.json'),
    '--directories',
    join(fixtures, 'inspector-directories.json'),
    '--catalog',
    join(fixtures, 'catalog.json'),
  ];

  it('--announce writes the department’s match announcement; the draw against it writes match-lt-wjw.json', () => {
    const a = cli(
      'match',
      ...STAGE2,
      '--announce',
      '--seed-kind',
      'lottery',
      '--seed-source',
      '双色球 2026036期',
      '--out',
      'match-announcement-lt-wjw.json',
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('派员公告摘要');
    const m = cli(
      'match',
      ...STAGE2,
      '--announcement',
      'match-announcement-lt-wjw.json',
      '--seed-text',
      '双色球 2026036期 01 02 03 04 05 06 + 07',
      '--out',
      'match-lt-wjw.json',
    );
    expect(m.code).toBe(0);
    const receipt = JSON.parse(readFileSync(join(dir, 'match-lt-wjw.json'), 'utf8'));
    expect(receipt.departmentId ?? receipt.announcement.departmentId).toBe('lt-wjw');
    expect(m.stdout).toMatch(/lt-wjw-\d+ lt-wjw-\d+/);
  });

  it('verify-match: the published inspector draw verifies against its announcement (exit 0); a changed one does not (exit 1)', () => {
    const announcement = JSON.parse(readFileSync(join(dir, 'match-announcement-lt-wjw.json'), 'utf8'));
    const ok = cli('verify-match', 'match-lt-wjw.json', '--announcement', announcement.digest, ...STAGE2);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('复核通过');
    expect(ok.stdout).toContain('lt-wjw');
    const j = cli(
      'verify-match',
      'match-lt-wjw.json',
      '--announcement',
      'match-announcement-lt-wjw.json',
      ...STAGE2,
      '--json',
      '--lang',
      'en',
    );
    expect(j.code).toBe(0);
    expect(json(j)).toMatchObject({
      ok: true,
      command: 'verify-match',
      result: { verified: true, departmentId: 'lt-wjw', announcementDigest: announcement.digest },
    });
    // An inspector put in by hand: the receipt no longer recomputes.
    const receipt = JSON.parse(readFileSync(join(dir, 'match-lt-wjw.json'), 'utf8'));
    const first = receipt.objects[0];
    const stranger = receipt.objects
      .flatMap((o: { inspectorIds: string[] }) => o.inspectorIds)
      .find((id: string) => !first.inspectorIds.includes(id));
    expect(stranger).toBeDefined();
    first.inspectorIds[1] = stranger;
    file('match-edited.json', JSON.stringify(receipt));
    const bad = cli('verify-match', 'match-edited.json', '--announcement', announcement.digest, ...STAGE2);
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('MATCH_VERIFY');
    noStack(bad);
    // Another announcement than the one published; no announcement at all is a usage error.
    const other = cli('verify-match', 'match-lt-wjw.json', '--announcement', 'f'.repeat(64), ...STAGE2);
    expect(other.code).toBe(1);
    const missing = cli('verify-match', 'match-lt-wjw.json', ...STAGE2);
    expect(missing.code).toBe(2);
    noStack(missing);
  });

  it('--json; and a department outside the task is a finding (exit 1)', () => {
    const ok = cli(
      'match',
      ...STAGE2,
      '--seed-kind',
      'lottery',
      '--seed-source',
      's',
      '--seed-text',
      '1 2 3',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect(json(ok)).toMatchObject({ ok: true, command: 'match' });
    const args = [...STAGE2];
    args[args.indexOf('lt-wjw')] = 'lt-swj';
    const r = cli(
      'match',
      ...args,
      '--seed-kind',
      'lottery',
      '--seed-source',
      's',
      '--seed-text',
      '1 2 3',
      '--json',
    );
    expect(r.code).toBe(1);
    expect(json(r).findings.length).toBeGreaterThan(0);
  });
});

describe('validate-plan, validate-record, deadline', () => {
  const CTX = [
    '--catalog',
    join(fixtures, 'catalog.json'),
    '--departments',
    join(fixtures, 'departments.json'),
  ];

  it('validate-plan: the Longting plan is valid (exit 0); --json', () => {
    const r = cli(
      'validate-plan',
      join(fixtures, 'plan-2026.json'),
      ...CTX,
      '--directory',
      join(fixtures, 'object-directory.json'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('通过检查');
    expect(json(cli('validate-plan', join(fixtures, 'plan-2026.json'), ...CTX, '--json'))).toMatchObject({
      ok: true,
      result: { valid: true, tasks: 11 },
    });
  });

  it('validate-plan: a task without a schedule is a finding with its article (exit 1)', () => {
    const plan = loadFixture<{ tasks: Record<string, unknown>[] }>('plan-2026.json');
    delete plan.tasks[0]!.schedule;
    file('bad-plan.json', JSON.stringify(plan));
    const r = cli('validate-plan', 'bad-plan.json', ...CTX, '--json');
    expect(r.code).toBe(1);
    expect(json(r).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ article: '第十四条' })]),
    );
  });

  it('validate-record: an on-site record with its context is valid; one inspector only is 第二十一条 (exit 1)', () => {
    file('context.json', JSON.stringify(onSiteContext()));
    file('record.json', JSON.stringify(onSiteRecord()));
    const ok = cli('validate-record', 'record.json', '--kind', 'on-site', '--context', 'context.json');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('记录通过检查');
    file('lone.json', JSON.stringify({ ...onSiteRecord(), inspectorIds: ['lt-scjgj-02'] }));
    const r = cli('validate-record', 'lone.json', '--kind', 'on-site', '--context', 'context.json', '--json');
    expect(r.code).toBe(1);
    expect(json(r).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ article: '第二十一条' })]),
    );
  });

  it('validate-record: penalty information gathered late (exit 1), on time (exit 0), without a context', () => {
    const p = {
      decisionNumber: '龙市监罚〔2025〕128号',
      objectId: units[0]!.id,
      departmentId: 'lt-scjgj',
      taskId: 'LT-2026-T01',
      decisionDate: '2025-09-26',
      gatheredDate: '2025-10-13',
      publishedDate: '2025-10-30',
    };
    file('penalty.json', JSON.stringify(p));
    expect(cli('validate-record', 'penalty.json', '--kind', 'penalty').code).toBe(0);
    file('late.json', JSON.stringify({ ...p, gatheredDate: '2025-10-14' }));
    const r = cli('validate-record', 'late.json', '--kind', 'penalty', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('PENALTY_GATHERING_LATE');
  });

  it('deadline: results due 20 working days after 2026-06-30; --json carries the basis', () => {
    const r = cli('deadline', 'results-publication', '2026-06-30');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-07-28');
    expect(json(cli('deadline', 'results-publication', '2026-06-30', '--json'))).toMatchObject({
      ok: true,
      result: { date: '2026-07-28', basis: { days: 20, article: '第二十二条' } },
    });
  });

  it('deadline: an unknown kind or a malformed date is a usage error (exit 2); an impossible date a finding (exit 1)', () => {
    expect(cli('deadline', 'no-such', '2026-06-30').code).toBe(2);
    expect(cli('deadline', 'results-publication', '30/06/2026').code).toBe(2);
    expect(cli('deadline', 'results-publication', '2026-02-30').code).toBe(1);
  });
});

describe('help, version and usage errors', () => {
  const COMMANDS = [
    'verify',
    'announce',
    'draw',
    'match',
    'verify-match',
    'validate-plan',
    'validate-record',
    'deadline',
  ];

  it.each(COMMANDS)('%s --help prints its usage, options and exit codes (exit 0), in both languages', (c) => {
    const zh = cli(c, '--help');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`用法: shuangsuiji ${c}`);
    expect(zh.stdout).toContain('退出码');
    const en = cli(c, '--help', '--lang', 'en');
    expect(en.stdout).toContain(`Usage: shuangsuiji ${c}`);
    expect(en.stdout).toContain('Exit codes');
  });

  it('--help lists every command; no command at all prints it on stderr with exit 2', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c);
    const none = cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('用法');
  });

  it('--version prints the package version', () => {
    const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
    expect(cli('--version').stdout.trim()).toBe(version);
  });

  it('the bin runs as an executable (shebang), as npm links it', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [['frobnicate'], 'CLI_USAGE'],
    [['verify', 'receipt.json', 'frame.csv', '--announcement', 'x', '--bogus'], 'CLI_USAGE'],
    [['verify', 'receipt.json', 'frame.csv'], 'CLI_USAGE'],
    [['verify', 'receipt.json'], 'CLI_USAGE'],
    [['deadline', 'results-publication', '2026-06-30', '--lang', 'fr'], 'CLI_USAGE'],
    [['validate-record', 'record.json', '--kind', 'diary'], 'CLI_USAGE'],
    [['announce', '--frame', 'frame.csv'], 'CLI_USAGE'],
  ])('%j is a usage error (exit 2, %s)', (args, code) => {
    const r = cli(...args, '--json');
    expect(r.code).toBe(2);
    expect(json(r)).toMatchObject({ ok: false, error: { code } });
    const human = cli(...args);
    expect(human.stderr).toContain(code);
    noStack(human);
  });
});

describe('bad input: a clear message and exit 2, never a stack trace', () => {
  const verifyWith = (frame: string, receipt = 'receipt.json', ...more: string[]) =>
    cli('verify', receipt, frame, '--announcement', digest, ...more);
  const csv = (rows: string[]) => `id,stratum\n${rows.join('\n')}\n`;
  const rows = () => units.map((u) => `${u.id},${u.stratum}`);

  it.each([
    ['a missing file', () => verifyWith('no-such-frame.csv'), 'CLI_FILE_NOT_FOUND', '找不到文件'],
    [
      'a missing receipt',
      () => verifyWith('frame.csv', 'no-such-receipt.json'),
      'CLI_FILE_NOT_FOUND',
      'no-such-receipt.json',
    ],
    ['a directory instead of a file', () => verifyWith(work), 'CLI_NOT_A_FILE', '是目录'],
    [
      'a wrong header',
      () => verifyWith(file('header.csv', `code,layer\n${rows().join('\n')}\n`)),
      'CLI_CSV_HEADER',
      'id 和 stratum',
    ],
    [
      'a quoted field across lines',
      () => verifyWith(file('multiline.csv', csv([`"${units[0]!.id}`, `x",A`, ...rows().slice(1)]))),
      'CLI_CSV_MULTILINE_FIELD',
      '跨行',
    ],
    [
      'an unclosed quote',
      () => verifyWith(file('quote.csv', csv([`"${units[0]!.id},A`]))),
      'CLI_CSV_INVALID',
      'CSV_QUOTE_NOT_CLOSED',
    ],
    [
      'a row with too many fields',
      () => verifyWith(file('fields.csv', csv(['a,b,c']))),
      'CLI_CSV_INVALID',
      '第 2 行',
    ],
    ['an empty id', () => verifyWith(file('blank.csv', csv([',A']))), 'CLI_CSV_INVALID', '缺少 id'],
    [
      'bad JSON',
      () => verifyWith('frame.csv', file('broken.json', '{"format":')),
      'CLI_JSON_INVALID',
      '不是有效的 JSON',
    ],
    [
      'an empty JSON file',
      () => verifyWith('frame.csv', file('zero.json', '')),
      'CLI_JSON_INVALID',
      '空文件',
    ],
    [
      'a JSON frame that is no frame',
      () => verifyWith(file('notframe.json', '{"rows":[]}')),
      'CLI_INPUT_INVALID',
      'strata, units',
    ],
    [
      'an empty CSV frame (header only)',
      () => verifyWith(file('empty.csv', 'id,stratum\n')),
      'CLI_FRAME_EMPTY',
      '没有任何对象',
    ],
    ['an empty file', () => verifyWith(file('empty0.csv', '')), 'CLI_FRAME_EMPTY', '没有任何对象'],
    [
      'an empty JSON frame',
      () => verifyWith(file('empty.json', '{"strata":[],"units":[]}')),
      'CLI_FRAME_EMPTY',
      '没有任何对象',
    ],
    [
      'binary, neither UTF-8 nor GBK',
      () => verifyWith(file('binary.csv', new Uint8Array([0x69, 0x64, 0x80, 0xff, 0xff, 0x00]))),
      'CLI_ENCODING_UNKNOWN',
      'UTF-8',
    ],
    [
      'an announcement file without a digest',
      () => cli('verify', 'receipt.json', 'frame.csv', '--announcement', 'frame.json'),
      'CLI_INPUT_INVALID',
      'digest',
    ],
  ])('%s', (_what, run, code, text) => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stderr).toContain(text);
    expect(r.stdout).toBe('');
    noStack(r);
  });

  it('the same errors in English and as --json', () => {
    const en = verifyWith('no-such-frame.csv', 'receipt.json', '--lang', 'en');
    expect(en.stderr).toContain('No such file: no-such-frame.csv');
    const j = verifyWith('no-such-frame.csv', 'receipt.json', '--json');
    expect(json(j)).toEqual({
      ok: false,
      command: 'verify',
      error: { code: 'CLI_FILE_NOT_FOUND', message: { zh: expect.any(String), en: expect.any(String) } },
    });
  });

  it('a UTF-8 BOM (Excel “CSV UTF-8”) is accepted: the draw verifies', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv(rows()))]);
    const r = verifyWith(file('bom.csv', bom));
    expect(r.code).toBe(0);
  });

  it('GBK from Excel (Chinese Windows) is detected and decoded, with a note on stderr; the draw verifies', () => {
    // A name column in Chinese makes the file GBK-specific; ids and strata are ASCII as in every frame.
    const text = `id,stratum,名称\r\n${rows()
      .map((r) => `${r},龙亭区食品店`)
      .join('\r\n')}\r\n`;
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const r = verifyWith(file('gbk.csv', gbk));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('GBK');
    const j = json(verifyWith('gbk.csv', 'receipt.json', '--json'));
    expect(j.notes[0].en).toContain('GBK');
  });

  it('UTF-16 with a BOM (Excel “Unicode text”) is decoded; the draw verifies', () => {
    const text = csv(rows());
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect(verifyWith(file('utf16.csv', utf16)).code).toBe(0);
  });

  it('a task id the plan does not have names the tasks it has', () => {
    const r = cli(
      'announce',
      '--plan',
      join(fixtures, 'plan-2026.json'),
      '--task-id',
      'LT-2099-T99',
      '--frame',
      'frame.csv',
      '--seed-kind',
      'lottery',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('LT-2026-T01');
  });
});
