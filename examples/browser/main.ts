// The page (examples/browser/index.html): reads the dropped or chosen files, runs checkDraw and shows the result.
// Everything is rendered with textContent: the files are untrusted and never become markup.
import { checkDraw, type OwnTicket, type PageResult } from './check.js';

const RECEIPT_FORMAT = 'shuangsuiji/draw-receipt';
const files: { receipt?: { name: string; text: string }; frame?: { name: string; text: string } } = {};

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function both(zh: string, en: string): HTMLElement {
  const p = el('p', zh);
  p.append(el('br'), el('span', en, { class: 'en' }));
  return p;
}

function isReceipt(text: string): boolean {
  try {
    return (
      (JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: unknown } | null)?.format === RECEIPT_FORMAT
    );
  } catch {
    return false;
  }
}

function setFile(kind: 'receipt' | 'frame', name: string, text: string): void {
  files[kind] = { name, text };
  byId(`${kind}-name`).textContent = name;
}

function renderVerdict(result: PageResult): void {
  const box = byId('verdict');
  box.replaceChildren();
  const { verdict } = result;
  box.dataset.status = verdict.status;
  if (verdict.status === 'unreadable') {
    box.append(el('h2', '无法读取 · Unreadable'), both(verdict.message.zh, verdict.message.en));
    return;
  }
  if (verdict.status === 'failed') {
    box.append(
      el('h2', '核验未通过 · The draw does NOT verify'),
      both(
        `发现 ${verdict.findings.length} 处不符：这份回执不是这份底册按公告规则得出的结果。`,
        `${verdict.findings.length} discrepancies: this receipt is not the draw the rules give for this frame.`,
      ),
    );
    const list = el('ul', undefined, { id: 'findings' });
    for (const f of verdict.findings) {
      const li = el('li', undefined, { 'data-code': f.code });
      li.append(el('code', f.code), ` ${f.article ?? ''} ${f.message.zh}`, el('br'));
      li.append(el('span', f.message.en, { class: 'en' }));
      if (f.path.length > 0) li.append(' ', el('code', `(${f.path.join('.')})`));
      list.append(li);
    }
    box.append(list);
    return;
  }
  const r = verdict.receipt;
  box.append(
    el('h2', '核验通过 · The draw verifies'),
    both(
      `任务 ${r.taskId}：按抽取公告、种子和底册重算，回执的每一项都相符。` +
        (verdict.againstDigest
          ? '回执中的公告与抽取前公布的公告摘要一致。'
          : '未填写公告摘要：只证明计算正确，未证明这是事先公告的那次抽取。'),
      `Task ${r.taskId}: recomputed from the announcement, the seed and the frame, every field of the receipt agrees. ` +
        (verdict.againstDigest
          ? 'Its announcement is the one whose digest was published before the seed.'
          : 'No digest given: this proves the computation, not that it is the announced draw.'),
    ),
  );
  const dl = el('p');
  dl.append(
    '公告摘要 · Announcement digest: ',
    el('code', r.announcement.digest, { id: 'announcement-digest' }),
  );
  dl.append(el('br'), `种子 · Seed (${r.seed.kind}): `, el('code', r.seed.text));
  box.append(dl);
  const table = el('table', undefined, { id: 'strata' });
  const head = el('tr');
  for (const h of ['分层 Stratum', 'N', 'n', '入选概率 Probability', '截止签号 Cut-off ticket'])
    head.append(el('th', h));
  table.append(head);
  for (const s of r.strata) {
    const row = el('tr', undefined, { 'data-stratum': s.id });
    row.append(el('td', `${s.id} ${s.label}`), el('td', String(s.N)), el('td', String(s.n)));
    row.append(el('td', s.inclusionProbability), el('td', s.cutoff ?? '—', { class: 'hex' }));
    table.append(row);
  }
  box.append(table);
}

const OWN_TEXT: Record<'selected' | 'reserve' | 'not-drawn', [string, string]> = {
  selected: ['抽中', 'Selected'],
  reserve: ['备选', 'Reserve'],
  'not-drawn': ['未抽中', 'Not drawn'],
};

function renderOwn(own: OwnTicket | undefined): void {
  const box = byId('own');
  box.replaceChildren();
  if (own === undefined) {
    delete box.dataset.status;
    return;
  }
  box.dataset.status = own.status;
  if (!('ticket' in own)) {
    box.append(el('h2', '本企业 · Your enterprise'), both(own.message.zh, own.message.en));
    return;
  }
  const [zh, en] = OWN_TEXT[own.status];
  const rank = own.rank === undefined ? '' : `（第 ${own.rank} 位 · rank ${own.rank}）`;
  box.append(el('h2', `本企业：${zh} · Your enterprise: ${en}${rank}`));
  const p = el('p');
  p.append(
    `${own.id} 在分层 ${own.stratum}（${own.label}），该层 N = ${own.N}，抽取 n = ${own.n}。`,
    el('br'),
  );
  p.append('本企业签号 · Your ticket: ', el('code', own.ticket, { id: 'own-ticket' }), el('br'));
  p.append('截止签号 · Cut-off: ', el('code', own.cutoff ?? '—', { id: 'own-cutoff' }));
  box.append(p);
  const drawn = own.status === 'selected';
  box.append(
    both(
      drawn
        ? '签号不大于截止签号：按规则本企业必然被抽中。'
        : '签号大于截止签号：按规则本企业不在抽中名单中（备选按名次递补）。',
      drawn
        ? 'Your ticket is at most the cut-off: the rules had to select you.'
        : 'Your ticket is above the cut-off: the rules did not select you (reserves are used in rank order).',
    ),
  );
}

async function run(): Promise<void> {
  if (files.receipt === undefined || files.frame === undefined) {
    renderVerdict({
      verdict: {
        status: 'unreadable',
        message: { zh: '请提供抽取回执和抽查底册两个文件', en: 'Give both the receipt and the frame' },
      },
    });
    renderOwn(undefined);
    return;
  }
  byId('verdict').textContent = '核验中… · Verifying…';
  byId('verdict').dataset.status = 'running';
  const result = await checkDraw({
    receiptText: files.receipt.text,
    frameText: files.frame.text,
    digest: byId<HTMLInputElement>('digest').value,
    creditCode: byId<HTMLInputElement>('credit-code').value,
  });
  renderVerdict(result);
  renderOwn(result.own);
}

for (const kind of ['receipt', 'frame'] as const) {
  byId<HTMLInputElement>(`${kind}-file`).addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) setFile(kind, file.name, await file.text());
  });
}

const drop = byId('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  for (const file of Array.from(event.dataTransfer?.files ?? [])) {
    const text = await file.text();
    setFile(isReceipt(text) ? 'receipt' : 'frame', file.name, text);
  }
  if (files.receipt !== undefined && files.frame !== undefined) await run();
});
byId('verify').addEventListener('click', () => void run());
document.body.dataset.ready = 'true';
