import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The purity lint (scripts/check-purity.mjs, part of `npm run lint`) must really reject what it forbids.
const script = new URL('../scripts/check-purity.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'purity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(source: string): { ok: boolean; output: string } {
  const file = join(dir, 'sample.ts');
  writeFileSync(file, source);
  try {
    return { ok: true, output: execFileSync('node', [script, dir], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const error = e as { stderr?: string };
    return { ok: false, output: error.stderr ?? '' };
  }
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
    try {
      return { ok: true, output: execFileSync('node', [script, tree], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      return { ok: false, output: (e as { stderr?: string }).stderr ?? '' };
    }
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
