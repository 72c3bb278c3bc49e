/**
 * Reading a published frame (抽查底册, 第十九条) for the command-line tool: `frame.json` as `stratify` returns it
 * (`{ strata, units }`, or the bare list of units) or `frame.csv` with a header naming the columns `id` and
 * `stratum` (other columns are ignored). The CSV is read as a stream through a maintained parser (csv-parse):
 * quoted fields, a BOM and GBK from Excel are handled; a field spanning lines, a row with the wrong number of
 * fields, a wrong header or an empty frame is a clear CliError. `csvUnits` yields the units as they are parsed
 * (verify streams them); `loadFrame` keeps them in memory for announce and draw (docs/cli.md, “Memory”).
 */
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { CliError } from './errors.js';
import { progressBar } from './progress.js';
import { chunkDecoder, detectEncoding, fileChunks, fileSize, readJson } from './read.js';

export interface FrameUnit {
  readonly id: string;
  readonly stratum: string;
}

/** A frame as the library reads it: `strata` when the file gives them. */
export interface LoadedFrame {
  readonly strata?: readonly string[];
  readonly units: readonly FrameUnit[];
}

const empty = (path: string) =>
  new CliError('CLI_FRAME_EMPTY', `底册 ${path} 中没有任何对象`, `The frame ${path} has no objects`);

/** Whether the file is JSON: by its extension, else by its first non-blank character. */
export async function isJsonFile(path: string): Promise<boolean> {
  fileSize(path);
  if (/\.json$/i.test(path)) return true;
  if (/\.csv$/i.test(path)) return false;
  for await (const chunk of fileChunks(path, () => {})) {
    const text = new TextDecoder('utf-8').decode(chunk).trimStart();
    if (text !== '') return text.startsWith('{') || text.startsWith('[');
  }
  return false;
}

async function loadJsonFrame(path: string): Promise<LoadedFrame> {
  const json = await readJson(path);
  const units = Array.isArray(json) ? json : (json as { units?: unknown } | null)?.units;
  if (!Array.isArray(units)) {
    throw new CliError(
      'CLI_INPUT_INVALID',
      `${path} 应为 { strata, units }（stratify 的结果）或对象数组`,
      `${path} must be { strata, units } (as stratify returns it) or a list of units`,
    );
  }
  if (units.length === 0) throw empty(path);
  return Array.isArray(json) ? { units } : (json as LoadedFrame);
}

function csvProblem(path: string, e: CsvError): CliError {
  const line = (e as { lines?: number }).lines;
  const at = line === undefined ? '' : `第 ${line} 行：`;
  const atEn = line === undefined ? '' : ` (line ${line})`;
  return new CliError(
    'CLI_CSV_INVALID',
    `${path} 不是有效的 CSV（${at}${e.code}）`,
    `${path} is not valid CSV${atEn}: ${e.message}`,
  );
}

function headerIndexes(path: string, header: readonly string[]): { id: number; stratum: number } {
  const names = header.map((h) => h.trim());
  const id = names.indexOf('id');
  const stratum = names.indexOf('stratum');
  if (id < 0 || stratum < 0) {
    throw new CliError(
      'CLI_CSV_HEADER',
      `${path} 的表头应包含 id 和 stratum 两列（如 id,stratum），实际为：${names.join(',')}`,
      `The header of ${path} must name the columns id and stratum (e.g. id,stratum); it is: ${names.join(',')}`,
    );
  }
  return { id, stratum };
}

async function* decoded(path: string, onBytes: (n: number) => void): AsyncGenerator<string> {
  // Printable ASCII reads the same in every encoding taken: the encoding is decided at the first chunk that has
  // anything else, so a GBK name on row 100,000 is still detected.
  let decode: ((chunk?: Uint8Array) => string) | undefined;
  const ascii = new TextDecoder('ascii');
  for await (const chunk of fileChunks(path, onBytes)) {
    if (decode === undefined) {
      if (chunk.every((b) => b > 0 && b < 0x80)) {
        yield ascii.decode(chunk);
        continue;
      }
      decode = chunkDecoder(path, detectEncoding(path, chunk));
    }
    yield decode(chunk);
  }
  if (decode) yield decode();
}

/**
 * The units of a CSV frame, one at a time, as they are parsed (a stream: the file is never held whole). Throws a
 * CliError on the first problem; a frame without any unit is CLI_FRAME_EMPTY.
 */
export async function* csvUnits(path: string): AsyncGenerator<FrameUnit> {
  const size = fileSize(path);
  const progress = progressBar('底册 frame', size);
  let rows = 0;
  const source = Readable.from(decoded(path, (n) => progress.advance(n, rows)));
  // Line ends as Excel (CRLF), Unix (LF) or old Mac (CR) write them, even mixed within a file.
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    info: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  let columns: { id: number; stratum: number } | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (record.some((f) => /[\r\n]/.test(f))) {
        throw new CliError(
          'CLI_CSV_MULTILINE_FIELD',
          `${path} 第 ${info.lines} 行之前有一个跨行的带引号字段：底册的编号和分层不能含换行（是否缺少右引号？）`,
          `${path}: a quoted field spans lines (ending at line ${info.lines}); ids and strata cannot contain line breaks (a missing closing quote?)`,
        );
      }
      if (columns === undefined) {
        columns = headerIndexes(path, record);
        continue;
      }
      const id = record[columns.id]!.trim();
      const stratum = record[columns.stratum]!.trim();
      if (id === '' || stratum === '') {
        throw new CliError(
          'CLI_CSV_INVALID',
          `${path} 第 ${info.lines} 行缺少 id 或 stratum`,
          `${path}, line ${info.lines}: id or stratum is empty`,
        );
      }
      rows++;
      yield { id, stratum };
    }
  } catch (e) {
    if (e instanceof CsvError) throw csvProblem(path, e);
    throw e;
  } finally {
    progress.done();
    source.destroy();
  }
  if (rows === 0) throw empty(path);
}

async function loadCsvFrame(path: string): Promise<LoadedFrame> {
  const units: FrameUnit[] = [];
  for await (const u of csvUnits(path)) units.push(u);
  return { units };
}

/** Reads `frame.json` or `frame.csv` (see module comment). */
export async function loadFrame(path: string): Promise<LoadedFrame> {
  fileSize(path);
  return (await isJsonFile(path)) ? loadJsonFrame(path) : loadCsvFrame(path);
}
