// Findings of the draw's own inputs read as administrative text naming the field and its rule, in Chinese and
// English — never zod's generic pass-through text (“无效输入：期望 string”, “Invalid option: …”). Each input the
// draw reads itself (seed material, seed specification, frame commitment, options, announcement, receipt) is
// walked over a genuine sample: every field (nested objects and the first element of each list) is removed,
// blanked and given a value of the wrong type, and every message is checked.
import { describe, expect, it } from 'vitest';
import { parseAnnouncement, parseSeed, verifyDraw } from '../../src/draw/index.js';
import type { RuleIssue } from '../../src/model/issue.js';
import { announceDraw, commitFrame, drawObjects, drawObjectsStream } from '../helpers/untyped-draw.js';
import { makeFrame, makeTask, SEED } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: samples are raw JSON mutated freely
type Json = any;

const ZOD_ZH = /^(无效输入|无效选项|无效字符串|无效数字|数值过大|数值过小|出现未知的键)|期望/;
const ZOD_EN =
  /^(Invalid input|Invalid option|Invalid string|Invalid number|Invalid discriminator|Invalid key|Invalid value|Too big|Too small|Unrecognized key)|Invalid input|Unrecognized key/;

const task = makeTask(
  [
    { id: 'A', ratio: 0.1 },
    { id: 'D', count: 2 },
  ],
  { total: 4 },
);
const frame = makeFrame(['A', 'D'], [20, 5]);
const spec = { kind: 'committed-text', source: '政府网站 2025-03-01', commitment: 'a'.repeat(64) };
const drawn = drawObjects({ task, frame, seed: SEED, options: { reservePercent: 10 } })._unsafeUnwrap();
const receipt = (): Json => JSON.parse(JSON.stringify(drawn.receipt));
const commitment = (): Json => JSON.parse(JSON.stringify(commitFrame(frame)._unsafeUnwrap()));
const sorted = [...frame.units].sort((a, b) => (a.id < b.id ? -1 : 1));

type Check = (
  x: Json,
) => { isErr(): boolean; error?: RuleIssue[] } | Promise<{ isErr(): boolean; error?: RuleIssue[] }>;

const samples: [string, Check, () => Json][] = [
  ['seed material (drawObjects seed)', (x) => parseSeed(x), () => ({ ...SEED })],
  [
    'seed specification (announceDraw seed)',
    (x) => announceDraw({ task, frame, seed: x }),
    () => ({ ...spec }),
  ],
  [
    'frame commitment (drawObjectsStream commitment)',
    (x) => drawObjectsStream({ task, seed: SEED, commitment: x, units: sorted }),
    commitment,
  ],
  [
    'options (drawObjects options)',
    (x) => drawObjects({ task, frame, seed: SEED, options: x }),
    () => ({ reservePercent: 10, exemptClasses: 'forbid' }),
  ],
  ['announcement (parseAnnouncement)', (x) => parseAnnouncement(x), () => receipt().announcement],
  ['receipt (verifyDraw)', (x) => verifyDraw({ receipt: x, frame }), receipt],
];

/** Every path in a sample: object keys and the first element of each list. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length > 0 ? [...paths(value[0], [...prefix, 0])] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((k) => [[...prefix, k], ...paths(value[k], [...prefix, k])]);
}

function mutate(root: Json, path: (string | number)[], how: 'delete' | 'blank' | 'wrong' | 'extra'): Json {
  const copy = structuredClone(root);
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k];
  const last = path[path.length - 1]!;
  const v = cur[last];
  if (how === 'delete') {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete cur[last];
  } else if (how === 'blank') {
    cur[last] = typeof v === 'string' ? '  ' : Array.isArray(v) ? [] : typeof v === 'number' ? -1 : null;
  } else if (how === 'extra') {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) v.unexpected = 1;
  } else {
    cur[last] =
      typeof v === 'number' ? 'x' : typeof v === 'string' ? 12345 : typeof v === 'boolean' ? 'yes' : 'x';
  }
  return copy;
}

describe('every field of the draw’s own inputs says what its rule is, never zod’s generic text', () => {
  it.each(samples)('%s: the sample is accepted', async (_name, check, sample) => {
    expect((await check(sample())).isErr()).toBe(false);
  });

  it.each(samples)(
    '%s: each field removed, blanked, mistyped or given an unknown key',
    async (_name, check, sample) => {
      const base = sample();
      let checked = 0;
      for (const path of paths(base)) {
        for (const how of ['delete', 'blank', 'wrong', 'extra'] as const) {
          const r = await check(mutate(base, path, how));
          if (!r.isErr()) continue;
          for (const issue of r.error ?? []) {
            checked++;
            const where = `${how} ${path.join('.')} → ${issue.code} at ${issue.path.join('.')}: ${issue.message.zh}`;
            expect(issue.message.zh, where).not.toMatch(ZOD_ZH);
            expect(issue.message.en, where).not.toMatch(ZOD_EN);
            expect(issue.message.zh.length, where).toBeGreaterThan(2);
          }
        }
      }
      for (const whole of [null, 5, 'x']) {
        const r = await check(whole);
        for (const issue of r.error ?? []) {
          expect(issue.message.zh).not.toMatch(ZOD_ZH);
          expect(issue.message.en).not.toMatch(ZOD_EN);
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
  );
});

describe('the draw’s messages name the field, its path and its rule', () => {
  it('a seed without its text', () => {
    const [issue] = parseSeed({ kind: 'lottery', source: '中国福利彩票' })._unsafeUnwrapErr();
    expect([issue!.code, issue!.path]).toEqual(['DRAW_SEED_INVALID', ['seed', 'text']]);
    expect(issue!.message.zh).toBe('缺少种子文本：应为公开的开奖号码等原文');
    expect(issue!.message.en).toBe(
      'The seed text is missing: must be the published result, e.g. the winning numbers',
    );
  });

  it('a receipt without its task id, or with a field it does not define', () => {
    const r = receipt();
    delete r.taskId;
    const [issue] = verifyDraw({ receipt: r, frame })._unsafeUnwrapErr();
    expect([issue!.code, issue!.path]).toEqual(['DRAW_VERIFY_RECEIPT_INVALID', ['receipt', 'taskId']]);
    expect(issue!.message.zh).toBe('回执格式错误：缺少任务编号');
    const x = receipt();
    x.strata[0].exempt = true;
    const [extra] = verifyDraw({ receipt: x, frame })._unsafeUnwrapErr();
    expect(extra!.path).toEqual(['receipt', 'strata', 0]);
    expect(extra!.message.zh).toContain('含有未定义的字段 “exempt”');
  });

  it('an options value that is not an object', () => {
    const [issue] = drawObjects({ task, frame, seed: SEED, options: 5 })._unsafeUnwrapErr();
    expect([issue!.code, issue!.path]).toEqual(['DRAW_OPTIONS_INVALID', ['options']]);
    expect(issue!.message.zh).toBe('抽取参数应为对象，收到的是 5：应为 { reservePercent?, exemptClasses? }');
  });
});
