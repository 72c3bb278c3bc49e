// Writes the golden vectors of algorithm version 2 (run once: `npx tsx test/draw/golden/make-golden.ts`).
// Existing files are never overwritten: a change to a pinned receipt needs a new algorithm version and new
// files, not a regeneration. (Version 2 was redefined before any release: frame leaves, the announcement
// (抽取公告) in the receipt and as the key's third label, one seat per non-empty class, canonical seed text.)
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawObjects } from '../../helpers/untyped-draw.js';
import { makeFrame, makeTask } from '../fixtures.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

const vectors = [
  {
    name: 'v2-worked-example',
    description:
      'The worked example of docs/verification.md: 6 objects, 2 strata (50% and a fixed count of 1).',
    input: {
      task: makeTask(
        [
          { id: 'A', ratio: 0.5, label: 'A类 低风险', match: { creditClasses: ['A'] } },
          { id: 'D', count: 1, label: 'D类 高风险', match: { creditClasses: ['D'] } },
        ],
        { id: 'LT-2025-007' },
      ),
      frame: makeFrame(['A', 'D'], [4, 2]),
      seed: { kind: 'lottery', text: '福彩3D 2025056 4 7 1', source: '中国福利彩票 第2025056期' },
      options: { reservePercent: 10 },
    },
  },
  {
    name: 'v2-ratios-and-count',
    description: 'Three strata: 10% of 25, 30% of 12, fixed count 2 of 5; reserve 10%.',
    input: {
      task: makeTask([
        { id: 'A', ratio: 0.1 },
        { id: 'B', ratio: 0.3 },
        { id: 'C', count: 2 },
      ]),
      frame: makeFrame(['A', 'B', 'C'], [25, 12, 5], 100),
      seed: {
        kind: 'beacon',
        text: 'drand quicknet round 9876543 randomness 8f0e3b2cb8a7d53c0e6d4a1f7c9b2e5d4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c',
        source:
          'https://api.drand.sh/52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971/public/9876543',
      },
      options: { reservePercent: 10 },
    },
  },
  {
    name: 'v2-total-largest-remainder',
    description:
      'A total of 9 split over ratio strata by largest remainder after a fixed count; reserve 50%.',
    input: {
      task: makeTask(
        [
          { id: 'A', ratio: 0.01 },
          { id: 'B', ratio: 0.02 },
          { id: 'C', ratio: 0.1 },
          { id: 'D', count: 2 },
        ],
        { total: 9 },
      ),
      frame: makeFrame(['A', 'B', 'C', 'D'], [60, 40, 20, 3], 500),
      seed: {
        kind: 'committed-text',
        text: '龙亭区市场监管局 2025年3月3日 联合抽查 公开摇号 见证人:张三、李四',
        source: '龙亭区人民政府网站 2025-03-01 抽取公告（承诺值）',
      },
      options: { reservePercent: 50 },
    },
  },
  {
    name: 'v2-census-and-empty',
    description:
      'Non-ASCII stratum ids; one stratum smaller than its count (all taken, not random), one empty.',
    input: {
      task: makeTask([
        { id: '严重违法', count: 5 },
        { id: '重点领域', ratio: 0.25 },
        { id: '空层', ratio: 0.5 },
      ]),
      frame: makeFrame(['严重违法', '重点领域', '空层'], [3, 9, 0], 900),
      seed: { kind: 'lottery', text: '体彩排列3 第25056期 0 0 9', source: '中国体育彩票 排列3 第25056期' },
      options: { reservePercent: 10 },
    },
  },
  {
    name: 'v2-total-two-capped-one-round',
    description:
      "Ratio 1 for N = 10, 10, 100 and a total of 113: both small strata reach N − 1 in the first round and both record that round's quota 55/6 (R′ = 110, Σw = 120).",
    input: {
      task: makeTask(
        [
          { id: 'A', ratio: 1 },
          { id: 'B', ratio: 1 },
          { id: 'C', ratio: 1 },
        ],
        { total: 113 },
      ),
      frame: makeFrame(['A', 'B', 'C'], [10, 10, 100], 2000),
      seed: { kind: 'lottery', text: '福彩3D 2025101 0 5 8', source: '中国福利彩票 第2025101期' },
      options: { reservePercent: 10 },
    },
  },
  {
    name: 'v2-total-three-capped-one-round',
    description:
      "A total of 33 over eight strata: A, B, C (and F with N = 1) capped in the first round with that round's quota; an empty stratum; a fixed count; G and H tie for the last seat, which goes to G (listed first).",
    input: {
      task: makeTask(
        [
          { id: 'A', ratio: 0.5 },
          { id: 'B', ratio: 1 },
          { id: 'C', ratio: 0.4 },
          { id: 'D', ratio: 0.1 },
          { id: 'E', count: 2 },
          { id: 'F', ratio: 0.3 },
          { id: 'G', ratio: 0.05 },
          { id: 'H', ratio: 0.05 },
        ],
        { total: 33 },
      ),
      frame: makeFrame(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], [6, 4, 5, 0, 5, 1, 30, 30], 3000),
      seed: {
        kind: 'committed-text',
        text: '龙亭区市场监管局 2025年6月2日 联合抽查 公开摇号',
        source: '龙亭区人民政府网站 2025-05-30 抽取公告（承诺值）',
      },
      options: { reservePercent: 20 },
    },
  },
  {
    name: 'v2-exempt-classes',
    description:
      'Credit-risk classes exempt from the draw (第十五条, a warning by default): class A has a fixed count of 0, and a total of 2 is below the 3 non-empty ratio strata, so no stratum gets a guaranteed seat; by largest remainder on r·N (weights 1, 2, 3, quotas 1/3, 2/3, 1) D takes 1, C the remainder seat and B none. A and B record n = 0, random false, cutoff null.',
    input: {
      task: makeTask(
        [
          { id: 'A', count: 0, label: 'A类 信用风险低', match: { creditClasses: ['A'] } },
          { id: 'B', ratio: 0.02, label: 'B类 信用风险一般', match: { creditClasses: ['B'] } },
          { id: 'C', ratio: 0.1, label: 'C类 信用风险较高', match: { creditClasses: ['C'] } },
          { id: 'D', ratio: 0.3, label: 'D类 信用风险高', match: { creditClasses: ['D'] } },
        ],
        { total: 2 },
      ),
      frame: makeFrame(['A', 'B', 'C', 'D'], [30, 50, 20, 10], 4000),
      seed: { kind: 'lottery', text: '福彩3D 2025150 3 3 6', source: '中国福利彩票 第2025150期' },
      options: { reservePercent: 0 },
    },
  },
];

for (const v of vectors) {
  const file = `${dir}/${v.name}.json`;
  if (existsSync(file)) {
    console.log(`kept ${v.name}.json`);
    continue;
  }
  const d = drawObjects(v.input);
  if (d.isErr()) throw new Error(JSON.stringify(d.error));
  // The announcement published before the seed is the receipt's; drawing with it gives the same receipt.
  const announced = drawObjects({ ...v.input, announcement: d.value.receipt.announcement });
  if (announced.isErr() || JSON.stringify(announced.value) !== JSON.stringify(d.value)) {
    throw new Error(`${v.name}: the draw with its announcement differs`);
  }
  writeFileSync(file, `${JSON.stringify({ ...v, receipt: d.value.receipt }, null, 2)}\n`);
  console.log(`wrote ${v.name}.json`);
}
