// Golden vectors of stage two (docs/match-verification.md, algorithm version 1): the library recomputes each
// pinned receipt exactly, and the independent Python verifier (test/match/golden/verify_match.py, standard library
// only) accepts each and rejects every single change. In CI python3 is required (the test fails instead of skipping).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyAssignment } from '../../src/match/index.js';

const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const script = join(dir, 'verify_match.py');
const python = spawnSync('python3', ['--version']).status === 0;
const required = process.env.CI === 'true';

// biome-ignore lint/suspicious/noExplicitAny: edits of parsed JSON
type Json = any;
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
const golden = (name: string): Json => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));

function runPython(receipt: unknown, inputs: unknown, extra: string[] = []) {
  const tmp = mkdtempSync(join(tmpdir(), 'shuangsuiji-match-'));
  writeFileSync(join(tmp, 'receipt.json'), JSON.stringify(receipt));
  writeFileSync(join(tmp, 'inputs.json'), JSON.stringify(inputs));
  return spawnSync('python3', [script, join(tmp, 'receipt.json'), join(tmp, 'inputs.json'), ...extra], {
    encoding: 'utf8',
  });
}

describe('golden vectors of the inspector draw', () => {
  it('there are vectors for replacements, a binding cap with repair, and a non-random assignment', () => {
    expect(names).toEqual(['v1-cooperator-tight-cap', 'v1-initiator-recusals-replacements', 'v1-not-random']);
  });
  for (const name of names) {
    it(`${name}: the library recomputes the pinned receipt exactly`, () => {
      const g = golden(name);
      const v = verifyAssignment({
        ...g.inputs,
        receipt: g.receipt,
        announcement: g.receipt.announcement.digest,
      });
      expect(v.isOk(), JSON.stringify(v.isErr() ? v.error : '')).toBe(true);
      expect(JSON.parse(JSON.stringify(v._unsafeUnwrap().receipt))).toEqual(g.receipt);
    });
  }
  it('the vectors cover what they claim', () => {
    const r = golden('v1-initiator-recusals-replacements').receipt;
    expect(r.events).toHaveLength(3);
    expect(r.events[1].outInspectorId).toBe(r.events[0].inInspectorId);
    expect(r.objects.some((o: Json) => o.expertIds)).toBe(true);
    expect(golden('v1-cooperator-tight-cap').receipt.load).toEqual({ bound: 4, min: 4, max: 4 });
    expect(golden('v1-not-random').receipt.random).toBe(false);
  });
});

describe('verify_match.py (第十九条 “公开”: checkable without this library)', () => {
  it.runIf(required)('python3 is available in CI', () => {
    expect(python).toBe(true);
  });
  for (const name of names) {
    it.runIf(python)(`accepts ${name}`, () => {
      const g = golden(name);
      const r = runPython(g.receipt, g.inputs, ['--announcement', g.receipt.announcement.digest]);
      expect(r.stdout + r.stderr).toMatch(/^OK/);
      expect(r.status).toBe(0);
    });
  }

  const tampers: [string, (r: Json, i: Json) => void][] = [
    [
      'swap two inspectors',
      (r) =>
        ([r.objects[3].drawn[0], r.objects[3].drawn[1]] = [r.objects[3].drawn[1], r.objects[3].drawn[0]]),
    ],
    ['drop an inspector', (r) => r.objects[3].inspectorIds.pop()],
    ['duplicate an inspector', (r) => (r.objects[3].inspectorIds[1] = r.objects[3].inspectorIds[0])],
    [
      'another leader',
      (r) =>
        (r.objects[3].leaderId = r.objects[3].inspectorIds.find((x: string) => x !== r.objects[3].leaderId)),
    ],
    ['a replacement without the head', (r) => (r.events[0].approvedBy = 'lt-amr-i02')],
    [
      'a hand-picked replacement',
      (r) => {
        const e = r.events[2];
        const on = r.objects.find((o: Json) => o.objectId === e.objectId).inspectorIds;
        e.inInspectorId = [
          'lt-amr-i01',
          'lt-amr-i02',
          'lt-amr-i03',
          'lt-amr-i04',
          'lt-amr-i05',
          'lt-amr-i06',
        ].find((x) => x !== e.inInspectorId && !on.includes(x));
      },
    ],
    ['a replacement dropped', (r) => r.events.pop()],
    ['another seed', (r) => (r.seed.text = '福彩3D 2025060 3 8 6')],
    ['another key', (r) => (r.derivation.key = '0'.repeat(64))],
    ['the stated inclusion', (r) => (r.inclusion.uniform = true)],
    ['the pool', (r) => (r.pool.excluded.inactive = 0)],
    ['the load', (r) => (r.load.max += 1)],
    ['an extra field', (r) => (r.note = 'x')],
    ['the announcement', (r) => (r.announcement.rules.minimum = 3)],
    ['a changed directory', (_r, i) => (i.directory.inspectors[0].name = '另一人')],
    ['a dropped recusal', (_r, i) => i.recusals.pop()],
    ['another object list', (_r, i) => i.draw.strata[0].selected.pop()],
    [
      'an inactive inspector made active',
      (_r, i) => (i.directory.inspectors.find((p: Json) => p.id === 'lt-amr-x1').active = true),
    ],
  ];
  for (const [what, tamper] of tampers) {
    it.runIf(python)(`rejects ${what}`, () => {
      const g = golden('v1-initiator-recusals-replacements');
      tamper(g.receipt, g.inputs);
      const r = runPython(g.receipt, g.inputs);
      expect(r.stdout).toMatch(/^MISMATCH/);
      expect(r.status).toBe(1);
      expect(verifyAssignment({ ...g.inputs, receipt: g.receipt }).isErr()).toBe(true);
    });
  }
  it.runIf(python)('rejects a receipt whose announcement is not the published one', () => {
    const g = golden('v1-not-random');
    const r = runPython(g.receipt, g.inputs, ['--announcement', 'f'.repeat(64)]);
    expect(r.status).toBe(1);
  });
});
