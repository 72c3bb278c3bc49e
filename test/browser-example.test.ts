// examples/browser in a real headless Chromium (Debian's `chromium`, driven by playwright-core): an auditor drops
// the Longting draw's receipt and frame and sees it verify; an enterprise sees its own ticket against its
// stratum's cut-off; an edited receipt or a wrong digest fails. Skipped only where no Chromium is installed
// (.ci/run installs it). Set CHROMIUM_PATH to use another Chromium or Chrome binary.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from '../examples/browser/build.js';
import {
  type AnnualPlanInput,
  announceDraw,
  type CatalogInput,
  type DepartmentListInput,
  type DrawReceipt,
  drawObjects,
  eligibleObjects,
  parseObjectDirectory,
  stratify,
  validateAnnualPlan,
  validateCatalog,
} from '../src/index.js';
import { loadFixture } from './helpers/fixture.js';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const executable = candidates.find((p): p is string => p !== undefined && p !== '' && existsSync(p));

/** The Longting task LT-2026-T01 drawn as quick-start does: its published frame, receipt and digest. */
function longtingDraw(): { frame: string; receipt: DrawReceipt; digest: string } {
  const departments = loadFixture<DepartmentListInput>('departments.json');
  const catalog = validateCatalog(loadFixture<CatalogInput>('catalog.json'), departments)._unsafeUnwrap();
  const directory = parseObjectDirectory(loadFixture('object-directory.json'))._unsafeUnwrap();
  const plan = validateAnnualPlan(loadFixture<AnnualPlanInput>('plan-2026.json'), {
    catalog,
    departments,
    directories: [directory],
  })._unsafeUnwrap();
  const task = plan.plan.tasks.find((t) => t.id === 'LT-2026-T01');
  if (task === undefined) throw new Error('LT-2026-T01 is not in the fixture plan');
  const eligible = eligibleObjects({ task, directory, catalog })._unsafeUnwrap();
  const frame = stratify(eligible.eligible, task.sampling.ratioTable)._unsafeUnwrap();
  const source = '中国福利彩票双色球 2026035期';
  const announcement = announceDraw({ task, frame, seed: { kind: 'lottery', source } })._unsafeUnwrap();
  const seed = { kind: 'lottery', source, text: '双色球 2026035期 03 07 12 19 26 31 + 09' } as const;
  const drawn = drawObjects({ task, frame, seed, announcement })._unsafeUnwrap();
  return { frame: JSON.stringify(frame), receipt: drawn.receipt, digest: announcement.digest };
}

/** The ticket formula of docs/verification.md Step 4, recomputed here with node:crypto. */
function ticket(keyHex: string, stratum: string, id: string): string {
  const lp = (s: string) => {
    const b = Buffer.from(s, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const pad = Buffer.alloc(32);
  pad.write('shuangsuiji/ticket/v1', 'ascii');
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(keyHex, 'hex'), pad, lp(stratum), lp(id)]))
    .digest('hex');
}

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(executable === undefined)('examples/browser in headless Chromium', () => {
  const draw = longtingDraw();
  const receiptJson = JSON.stringify(draw.receipt, null, 2);
  const stratum = draw.receipt.strata.find((s) => s.random && s.selected.length > 0)!;
  const drawnId = stratum.selected[0]!.id;
  const frameUnits = (JSON.parse(draw.frame) as { units: { id: string; stratum: string }[] }).units;
  const listed = new Set(draw.receipt.strata.flatMap((s) => [...s.selected, ...s.reserve].map((e) => e.id)));
  const notDrawn = frameUnits.find((u) => !listed.has(u.id))!;
  let dir: string;
  let server: Server;
  let browser: Browser;
  let url: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shuangsuiji-browser-'));
    await buildPage(dir);
    server = await serve(dir);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // Chromium's sandbox cannot start as root (CI containers): run it without, as Chromium requires there.
    const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    browser = await chromium.launch({ executablePath: executable!, args });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(pageErrors).toEqual([]);
  });

  async function openPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  async function verify(
    page: Page,
    receipt: string,
    frame: string,
    fields: { digest?: string; code?: string } = {},
  ): Promise<string> {
    await page.setInputFiles('#receipt-file', {
      name: 'receipt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(receipt),
    });
    await page.setInputFiles('#frame-file', {
      name: 'frame.json',
      mimeType: 'application/json',
      buffer: Buffer.from(frame),
    });
    await page.fill('#digest', fields.digest ?? '');
    await page.fill('#credit-code', fields.code ?? '');
    await page.click('#verify');
    await page.waitForSelector('#verdict:not([data-status="running"])[data-status]');
    return (await page.getAttribute('#verdict', 'data-status')) ?? '';
  }

  it('the published receipt and frame verify against the digest, and a drawn enterprise sees its ticket at or below the cut-off', async () => {
    const page = await openPage();
    expect(await verify(page, receiptJson, draw.frame, { digest: draw.digest, code: drawnId })).toBe(
      'verified',
    );
    expect(await page.textContent('#verdict')).toContain('核验通过');
    expect(await page.textContent('#announcement-digest')).toBe(draw.digest);
    expect(await page.locator('#strata tr[data-stratum]').count()).toBe(draw.receipt.strata.length);
    expect(await page.getAttribute('#own', 'data-status')).toBe('selected');
    expect(await page.textContent('#own-ticket')).toBe(stratum.selected[0]!.ticket);
    expect(await page.textContent('#own-cutoff')).toBe(stratum.cutoff);
    expect(await page.textContent('#own h2')).toContain('rank 1');
    await page.close();
  });

  it('an enterprise that was not drawn sees its own ticket above its stratum’s cut-off', async () => {
    const page = await openPage();
    expect(await verify(page, receiptJson, draw.frame, { digest: draw.digest, code: notDrawn.id })).toBe(
      'verified',
    );
    expect(await page.getAttribute('#own', 'data-status')).toBe('not-drawn');
    const own = await page.textContent('#own-ticket');
    expect(own).toBe(ticket(draw.receipt.derivation.key, notDrawn.stratum, notDrawn.id));
    const cutoff = draw.receipt.strata.find((s) => s.id === notDrawn.stratum)!.cutoff;
    expect(await page.textContent('#own-cutoff')).toBe(cutoff ?? '—');
    if (cutoff !== null) expect(own! > cutoff).toBe(true);
    await page.close();
  });

  it('第十九条 the receipt the end-to-end demo publishes verifies in the page, as the command-line tool verifies it', async () => {
    // The demo (`npm run demo`) writes what a platform publishes; here into a folder of this test's own.
    const out = mkdtempSync(join(tmpdir(), 'shuangsuiji-browser-demo-'));
    try {
      const root = fileURLToPath(new URL('..', import.meta.url));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/longting-demo.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, SHUANGSUIJI_DEMO_OUT: out },
      });
      expect(run.status, run.stderr).toBe(0);
      const published = (name: string) => readFileSync(join(out, name), 'utf8');
      const digest = (JSON.parse(published('announcement.json')) as { digest: string }).digest;
      const receipt = JSON.parse(published('receipt.json')) as DrawReceipt;
      const code = receipt.strata.find((s) => s.selected.length > 0)!.selected[0]!.id;
      const page = await openPage();
      expect(await verify(page, published('receipt.json'), published('frame.json'), { digest, code })).toBe(
        'verified',
      );
      expect(await page.getAttribute('#own', 'data-status')).toBe('selected');
      await page.close();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  it('an edited receipt does not verify, and the page names each discrepancy', async () => {
    const edited = JSON.parse(receiptJson) as { strata: { selected: { id: string }[] }[] };
    // Swap in an object of the frame that was not drawn, as a platform favouring someone might.
    const victim = draw.receipt.strata.indexOf(stratum);
    edited.strata[victim]!.selected[0]!.id =
      notDrawn.stratum === stratum.id ? notDrawn.id : frameUnits[0]!.id;
    const page = await openPage();
    expect(await verify(page, JSON.stringify(edited), draw.frame, { code: drawnId })).toBe('failed');
    const codes = await page.locator('#findings li').evaluateAll((lis) => lis.map((li) => li.dataset.code));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c?.startsWith('DRAW_'))).toBe(true);
    expect(await page.getAttribute('#own', 'data-status')).toBe('draw-not-verified');
    await page.close();
  });

  it('a receipt checked against another digest than the one published fails with the announcement mismatch', async () => {
    const page = await openPage();
    const other = draw.digest.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(await verify(page, receiptJson, draw.frame, { digest: other })).toBe('failed');
    const codes = await page.locator('#findings li').evaluateAll((lis) => lis.map((li) => li.dataset.code));
    expect(codes).toContain('DRAW_VERIFY_ANNOUNCEMENT_MISMATCH');
    await page.close();
  });

  it('both files dropped at once are told apart and verified; a code outside the frame or an invalid one is said so', async () => {
    const page = await openPage();
    await page.fill('#credit-code', '91110000600037341L');
    const dataTransfer = await page.evaluateHandle(
      ([frame, receipt]) => {
        // Runs in the page; this project's type-check has no DOM library, so its two constructors are typed here.
        const { DataTransfer, File } = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } };
          File: new (parts: string[], name: string, options: { type: string }) => unknown;
        };
        const dt = new DataTransfer();
        dt.items.add(new File([frame], 'frame.json', { type: 'application/json' }));
        dt.items.add(new File([receipt], 'receipt.json', { type: 'application/json' }));
        return dt;
      },
      [draw.frame, receiptJson] as const,
    );
    await page.dispatchEvent('#drop', 'drop', { dataTransfer });
    await page.waitForSelector('#verdict[data-status="verified"]');
    expect(await page.textContent('#receipt-name')).toBe('receipt.json');
    expect(await page.textContent('#frame-name')).toBe('frame.json');
    expect(await page.getAttribute('#own', 'data-status')).toBe('not-in-frame');
    await page.fill('#credit-code', '91410202MA00000000');
    await page.click('#verify');
    await page.waitForSelector('#own[data-status="invalid-code"]');
    await page.close();
  });

  it('a file that is not JSON is reported, not thrown', async () => {
    const page = await openPage();
    expect(await verify(page, 'id,stratum\n', draw.frame)).toBe('unreadable');
    expect(await page.textContent('#verdict')).toContain('不是有效的 JSON');
    await page.close();
  });
});
