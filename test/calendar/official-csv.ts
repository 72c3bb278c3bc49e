// Reads the State Council arrangements CSV that the embedded data was generated from (data/, sources in
// data/README.md).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CSV_PATH = resolve(repoRoot, 'data', 'cn-holiday-arrangements-2015-2026.csv');

export interface OfficialRow {
  readonly date: string;
  readonly off: boolean;
  readonly name: string;
  readonly noticeYear: number;
  readonly papers: readonly string[];
}

/** Rows of the CSV, parsed here independently of scripts/gen-cn-holidays.ts. */
export function readOfficialCsv(): OfficialRow[] {
  const [header, ...lines] = readFileSync(CSV_PATH, 'utf8').trim().split(/\r?\n/);
  if (header !== 'date,isOffDay,name,notice_year,papers') throw new Error(`unexpected header ${header}`);
  return lines.map((line) => {
    const cells = line.split(',');
    return {
      date: cells[0]!,
      off: cells[1] === 'true',
      name: cells[2]!,
      noticeYear: Number(cells[3]),
      papers: cells[4]!.split(' ').filter(Boolean),
    };
  });
}
