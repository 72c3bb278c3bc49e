/**
 * A progress bar on stderr while a large file is read — only when stderr is a terminal, so pipes, logs and
 * --json consumers never see it. Redrawn at most ten times a second and erased when done.
 */
export interface Progress {
  /** `n` more bytes read, `rows` rows so far. */
  advance(n: number, rows: number): void;
  done(): void;
}

const silent: Progress = { advance: () => {}, done: () => {} };

export function progressBar(label: string, total: number): Progress {
  const err = process.stderr;
  if (!err.isTTY || total <= 0) return silent;
  let read = 0;
  let last = 0;
  const width = 30;
  const draw = (rows: number) => {
    const f = Math.min(1, read / total);
    const bar = '█'.repeat(Math.round(f * width)).padEnd(width, '░');
    err.write(`\r${label} ${bar} ${(f * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en-US')}`);
  };
  return {
    advance(n, rows) {
      read += n;
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        draw(rows);
      }
    },
    done() {
      // Wide enough for the label's double-width characters and the row count.
      err.write(`\r${' '.repeat(2 * label.length + width + 24)}\r`);
    },
  };
}
