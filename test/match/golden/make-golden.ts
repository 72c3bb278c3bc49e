// Writes the golden vectors of the stage-two algorithm, version 1 (run once: `npx tsx test/match/golden/make-golden.ts`).
// Existing files are never overwritten: a change to a pinned receipt needs a new algorithm version and new files.
// Each file holds the inputs an auditor would hold (the stage-one receipt, task, department, directory, recusals,
// domains, options) and the receipt, with its replacements.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type LockedAssignment, matchInspectors, replaceInspector } from '../../../src/match/index.js';
import {
  COOPERATOR,
  DOMAINS,
  department,
  directory,
  INITIATOR,
  inspector,
  lockedDraw,
  recusal,
  TASK,
} from '../fixtures.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

function vector(
  name: string,
  description: string,
  inputs: Record<string, unknown>,
  extra: { seed: unknown; experts?: unknown[] },
  replacements: { object: number; slot: number; reason: string; note?: string; on: string }[] = [],
) {
  let a: LockedAssignment = matchInspectors({ ...inputs, ...extra } as never)._unsafeUnwrap();
  for (const r of replacements) {
    const o = a.objects[r.object]!;
    a = replaceInspector(a, {
      objectId: o.objectId,
      inspectorId: o.inspectorIds[r.slot]!,
      reason: r.reason as never,
      ...(r.note ? { note: r.note } : {}),
      approvedBy: a.receipt.announcement.headInspectorId,
      approvedOn: r.on,
    })._unsafeUnwrap();
  }
  const file = `${dir}${name}.json`;
  if (existsSync(file)) {
    console.log(`kept ${name}.json`);
    return;
  }
  const { draw, ...rest } = inputs as { draw: { receipt: unknown } };
  writeFileSync(
    file,
    `${JSON.stringify({ description, inputs: { draw: draw.receipt, ...rest }, receipt: a.receipt }, null, 1)}\n`,
  );
  console.log(`wrote ${name}.json`);
}

const draw12 = lockedDraw(12);
const ids12 = [...draw12.selected.map((s) => s.id)].sort();

vector(
  'v1-initiator-recusals-replacements',
  'Initiating department: 12 objects, 6 inspectors plus one inactive, one expired, one unqualified and one expert; recusals on both sides; an expert attached; two replacements of the same slot and one of a leader.',
  {
    draw: draw12,
    task: TASK,
    department: department(INITIATOR),
    directory: directory(6, INITIATOR, [
      inspector('lt-amr-x1', INITIATOR, { active: false }),
      inspector('lt-amr-x2', INITIATOR, { validUntil: '2025-04-30' }),
      inspector('lt-amr-x3', INITIATOR, { fields: ['drug-safety'] }),
      inspector('lt-amr-e1', INITIATOR, { role: 'expert' }),
    ]),
    recusals: [
      recusal('lt-amr-i01', ids12[0]!),
      { ...recusal('lt-amr-i02', ids12[0]!, '曾任职或持股'), declaredBy: 'object' },
      { ...recusal('lt-amr-i03', ids12[5]!, '其他'), note: '其配偶为该企业股东' },
    ],
    domains: DOMAINS,
  },
  {
    seed: { kind: 'lottery', text: '福彩3D 2025060 3 8 5', source: '中国福利彩票 第2025060期' },
    experts: [{ objectId: ids12[2]!, expertId: 'lt-amr-e1' }],
  },
  [
    { object: 1, slot: 0, reason: '健康状况', on: '2025-03-03' },
    { object: 1, slot: 0, reason: '执法回避', on: '2025-03-04' },
    { object: 4, slot: 1, reason: '其他', note: '借调至区政府专班', on: '2025-03-04' },
  ],
);

const draw10 = lockedDraw(10);
const ids10 = [...draw10.selected.map((s) => s.id)].sort();
vector(
  'v1-cooperator-tight-cap',
  'Cooperating department (no leader): 10 objects, 5 inspectors, many recusals and a cap of 4 objects each, so the repair step (augmenting paths) is needed.',
  {
    draw: draw10,
    task: TASK,
    department: department(COOPERATOR),
    directory: directory(5, COOPERATOR),
    recusals: ids10.flatMap((o, k) => [recusal(`${COOPERATOR}-i0${(k % 5) + 1}`, o, '利害关系')]),
    domains: DOMAINS,
    options: { maxLoad: 4 },
  },
  {
    seed: {
      kind: 'committed-text',
      text: 'lt-health 2025 第二批 随机数 7731',
      source: '区卫健委官网 2025-02-26',
    },
  },
);

const draw3 = lockedDraw(3);
vector(
  'v1-not-random',
  'Exactly two eligible inspectors (第十九条 ¶2): assigned without drawing, random: false.',
  {
    draw: draw3,
    task: TASK,
    department: department(INITIATOR),
    directory: directory(2, INITIATOR),
    recusals: [],
    domains: DOMAINS,
  },
  { seed: { kind: 'beacon', text: 'drand 4812345 9f3c', source: 'drand mainnet round 4812345' } },
);
