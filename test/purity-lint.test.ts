import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The purity lint (scripts/check-purity.mjs, part of `npm run lint`) must really reject what it forbids.
const script = new URL('../scripts/check-purity.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'purity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the lint over a source tree: ok with its output, or not ok with what it reported. */
function lintTree(root: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync('node', [script, root], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const error = e as { stderr?: string };
    return { ok: false, output: error.stderr ?? '' };
  }
}

function lint(source: string): { ok: boolean; output: string } {
  writeFileSync(join(dir, 'sample.ts'), source);
  return lintTree(dir);
}

describe('第五条 the core a platform embeds — src/ stays pure: the lint forbids ambient randomness, the clock and Node-only modules', () => {
  it.each([
    ['const x = Math.random();', 'Math.random'],
    ['const t = Date.now();', 'Date.now'],
    ['const d = new Date();', 'new Date()'],
    ['const d = new Date( );', 'new Date()'],
    ['const t = performance.now();', 'performance.now'],
    ['crypto.getRandomValues(buf);', 'platform randomness'],
    ["import { readFileSync } from 'node:fs';", 'Node-only'],
    ["import { join } from 'path';", 'Node-only'],
  ])('rejects %s', (source, why) => {
    const r = lint(source);
    expect(r.ok).toBe(false);
    expect(r.output).toContain(why);
  });

  it.each([
    ["const d = new Date('2026-01-01T00:00:00Z'); // explicit instant", 'explicit date'],
    ['// Math.random is forbidden here', 'a comment'],
    ["import { ok } from 'neverthrow';", 'a pure dependency'],
  ])('accepts %s (%s)', (source) => {
    expect(lint(source).ok).toBe(true);
  });

  it('the real src/ passes', () => {
    expect(execFileSync('node', [script, 'src'], { encoding: 'utf8' })).toContain('free of');
  });
});

describe('the draw protocol never imports the engine (speed never changes results)', () => {
  const tree = mkdtempSync(join(tmpdir(), 'purity-layers-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  function lintProtocol(source: string): { ok: boolean; output: string } {
    mkdirSync(join(tree, 'draw', 'protocol'), { recursive: true });
    writeFileSync(join(tree, 'draw', 'protocol', 'sample.ts'), source);
    return lintTree(tree);
  }

  it.each([
    ["import { runPass } from '../engine/pass.js';"],
    ["import { sha256x4 } from '../engine/sha256x4.js';"],
    ["import { drawObjects } from '../draw.js';"],
    ["export { verifyDraw } from '../verify.js';"],
  ])('rejects %s', (source) => {
    const r = lintProtocol(source);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('never ../engine/');
  });

  it.each([
    ["import { sizes } from './sizes.js';"],
    ["import { sha256Hex } from '../hash/sha256.js';"],
    ["import type { RuleIssue } from '../../model/issue.js';"],
    ["import { drawIssue } from '../issues.js';"],
    ["import { ok } from 'neverthrow';"],
  ])('accepts %s', (source) => {
    expect(lintProtocol(source).ok).toBe(true);
  });
});

describe("the draw's pipeline is assembled in one place (recompute.ts)", () => {
  const tree = mkdtempSync(join(tmpdir(), 'purity-recompute-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  function lintOperation(name: string, source: string): { ok: boolean; output: string } {
    mkdirSync(join(tree, 'draw'), { recursive: true });
    for (const f of ['op.ts', 'recompute.ts']) rmSync(join(tree, 'draw', f), { force: true });
    writeFileSync(join(tree, 'draw', name), source);
    return lintTree(tree);
  }

  it.each([
    ["import { runPass } from './engine/pass.js';"],
    ["import {\n  readUnits,\n  prepare,\n} from './engine/pass.js';"],
    ["import { buildReceipt as build } from './protocol/receipt.js';"],
    ["import { deriveKeyBytes } from './protocol/seed.js';"],
  ])('rejects an operation that assembles it itself: %s', (source) => {
    const r = lintOperation('op.ts', source);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('assembled only in recompute.ts');
  });

  it.each([
    ['op.ts', "import { inMemory, recompute } from './recompute.js';"],
    ['op.ts', "import { readUnits } from './engine/pass.js';"],
    ['recompute.ts', "import { prepare, runPass } from './engine/pass.js';"],
  ])('accepts %s: %s', (name, source) => {
    expect(lintOperation(name, source).ok).toBe(true);
  });
});
