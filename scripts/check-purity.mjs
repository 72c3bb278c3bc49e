// Lint rules the general linter cannot express: src/ stays pure and seeded, and the draw's protocol stays apart
// from its engine.
// Forbids ambient randomness (Math.random, crypto.getRandomValues), the clock (Date.now, new Date() without
// arguments, performance.now) and Node-only modules. Run by `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const forbidden = [
  [/\bMath\.random\b/, 'Math.random: every random choice comes from an explicit seed'],
  [/\bDate\.now\b/, 'Date.now: the core has no clock'],
  [/\bnew\s+Date\s*\(\s*\)/, 'new Date(): the core has no clock'],
  [/\bperformance\.now\b/, 'performance.now: the core has no clock'],
  [/\bgetRandomValues\b|\brandomUUID\b|\brandomBytes\b/, 'platform randomness: use a seed'],
  [
    /from\s+['"](node:|fs['"]|path['"]|os['"]|crypto['"]|child_process['"])/,
    'Node-only module in the pure core',
  ],
  [/from\s+['"](\.\.?\/)+cli\//, 'the core never imports the command-line tool (src/cli)'],
];

// src/cli is the command-line tool: a Node layer over the core (files, streams, a TTY progress bar), built as its
// own entry (dist/cli.js) that the library's bundles never import. It is the one folder of src/ outside the pure
// core: excluded here by name, and the core may not import it (the last rule below).
const NODE_LAYER = 'cli';

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (p === join(root, NODE_LAYER)) continue;
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

let failures = 0;
const root = process.argv[2] ?? 'src';
for (const file of files(root)) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      for (const [re, why] of forbidden) {
        if (re.test(code)) {
          console.error(`${file}:${i + 1}: ${why}\n    ${line.trim()}`);
          failures++;
        }
      }
    });
}
// Layers of the draw (src/draw): protocol/ is what docs/verification.md specifies and reads top to bottom; it
// may use the hash and the model (and the draw's findings helpers), never the engine (speed only: results never
// depend on it) nor the operations built on it. hash/ depends on nothing of the draw.
const layers = [
  {
    dir: join(root, 'draw', 'protocol'),
    allowed: [
      /^\.\/[\w-]+\.js$/,
      /^\.\.\/hash\//,
      /^\.\.\/\.\.\/model\//,
      /^\.\.\/(issues|codes|guard|findings)\.js$/,
    ],
    why: 'the protocol imports only itself, ../hash/, the model and the findings helpers (never ../engine/)',
  },
  {
    dir: join(root, 'draw', 'hash'),
    allowed: [/^\.\/[\w-]+\.js$/],
    why: 'the hash imports nothing of the draw',
  },
];
const importRe = /(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g;
for (const { dir, allowed, why } of layers) {
  let exists = true;
  try {
    statSync(dir);
  } catch {
    exists = false;
  }
  if (!exists) continue;
  for (const file of files(dir)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.replace(/\/\/.*$/, '').matchAll(importRe)) {
          if (!allowed.some((re) => re.test(m[1]))) {
            console.error(`${file}:${i + 1}: ${why}\n    ${line.trim()}`);
            failures++;
          }
        }
      });
  }
}

// The draw's pipeline is assembled in one place (src/draw/recompute.ts): the public operations beside it name
// where their frame comes from and what they check, but never derive the key, run the engine's pass or build a
// receipt themselves — so a draw, its verification, a streamed and a sharded draw cannot drift apart.
const assembly = ['buildReceipt', 'prepare', 'runPass', 'deriveKeyBytes', 'capacitiesOf'];
const drawDir = join(root, 'draw');
let drawExists = true;
try {
  statSync(drawDir);
} catch {
  drawExists = false;
}
if (drawExists) {
  for (const name of readdirSync(drawDir)) {
    const file = join(drawDir, name);
    if (!name.endsWith('.ts') || name === 'recompute.ts' || statSync(file).isDirectory()) continue;
    const text = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
    for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g)) {
      const names = m[1].split(',').map(
        (x) =>
          x
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0],
      );
      for (const n of names.filter((x) => assembly.includes(x))) {
        const line = text.slice(0, m.index).split('\n').length;
        console.error(
          `${file}:${line}: the draw's pipeline is assembled only in recompute.ts (call recompute, not ${n})`,
        );
        failures++;
      }
    }
  }
}

if (failures > 0) {
  console.error(`check-purity: ${failures} violation(s) in ${root}/`);
  process.exit(1);
}
console.log(
  `check-purity: ${root}/ is free of clock, ambient randomness and Node-only imports; draw/protocol never imports draw/engine; the draw's pipeline is assembled only in draw/recompute.ts`,
);
