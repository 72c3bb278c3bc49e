/**
 * Reading files for the command-line tool: a missing file, a directory or an unreadable file is a CliError with a
 * clear message; text is UTF-8 (a BOM is dropped), UTF-16 with a BOM, or, when it is not UTF-8 but is valid GBK (as Excel writes CSV
 * on a Chinese Windows), decoded as GBK with a note on stderr; JSON errors name the file and the position.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CliError } from './errors.js';

/** Checks that `path` is a readable regular file and returns its size in bytes. */
export function fileSize(path: string): number {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CliError('CLI_FILE_NOT_FOUND', `找不到文件：${path}`, `No such file: ${path}`);
    }
    throw new CliError(
      'CLI_FILE_UNREADABLE',
      `无法读取文件：${path}（${code}）`,
      `Cannot read ${path} (${code})`,
    );
  }
  if (st.isDirectory()) {
    throw new CliError('CLI_NOT_A_FILE', `${path} 是目录，不是文件`, `${path} is a directory, not a file`);
  }
  if (!st.isFile()) {
    throw new CliError('CLI_NOT_A_FILE', `${path} 不是普通文件`, `${path} is not a regular file`);
  }
  return st.size;
}

export type Encoding = 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';

/** Notes the tool prints on stderr (e.g. “decoded as GBK”), collected so --json can carry them too. */
export const notes: { zh: string; en: string }[] = [];

function decodes(encoding: Encoding, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The encoding of a file from its first bytes: UTF-8 if they are UTF-8, else GBK if they are GBK. */
export function detectEncoding(path: string, head: Uint8Array): Encoding {
  // Excel's “Unicode text” is UTF-16 with a byte-order mark.
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // A text file has no NUL byte (only UTF-16 has them, and it was taken above).
  if (head.includes(0)) throw notText(path);
  if (decodes('utf-8', head)) return 'utf-8';
  if (decodes('gbk', head)) {
    notes.push({
      zh: `${path} 不是 UTF-8 编码，已按 GBK（Excel 中文版默认）解码`,
      en: `${path} is not UTF-8; decoded as GBK (the default of Excel on Chinese Windows)`,
    });
    return 'gbk';
  }
  throw notText(path);
}

const notText = (path: string) =>
  new CliError(
    'CLI_ENCODING_UNKNOWN',
    `${path} 不是 UTF-8、GBK 或带 BOM 的 UTF-16 编码的文本，请另存为 UTF-8（Excel：“CSV UTF-8”）`,
    `${path} is not UTF-8, GBK or UTF-16 (with a BOM) text; save it as UTF-8 (Excel: "CSV UTF-8")`,
  );

/** A decoder for the chunks of a file; a chunk that does not decode is a CLI_ENCODING_UNKNOWN error. */
export function chunkDecoder(path: string, encoding: Encoding): (chunk?: Uint8Array) => string {
  // The default ignoreBOM: false drops a leading byte-order mark.
  const d = new TextDecoder(encoding, { fatal: true });
  return (chunk) => {
    try {
      return chunk === undefined ? d.decode() : d.decode(chunk, { stream: true });
    } catch {
      throw notText(path);
    }
  };
}

/** The whole text of a file (UTF-8, or GBK detected). */
export async function readText(path: string): Promise<string> {
  fileSize(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      'CLI_FILE_UNREADABLE',
      `无法读取文件：${path}（${code}）`,
      `Cannot read ${path} (${code})`,
    );
  }
  const decode = chunkDecoder(path, detectEncoding(path, bytes.subarray(0, 1 << 16)));
  return decode(bytes) + decode();
}

/**
 * A file as the library's readers take it: its bytes when it is UTF-8 (the least memory: a national-scale
 * receipt is read in place, outside the JavaScript heap), else its text decoded (GBK, UTF-16).
 */
export async function readUtf8OrText(path: string): Promise<Uint8Array | string> {
  fileSize(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      'CLI_FILE_UNREADABLE',
      `无法读取文件：${path}（${code}）`,
      `Cannot read ${path} (${code})`,
    );
  }
  const encoding = detectEncoding(path, bytes.subarray(0, 1 << 16));
  if (encoding === 'utf-8') return bytes;
  const decode = chunkDecoder(path, encoding);
  return decode(bytes) + decode();
}

/** Reads and parses a JSON file; bad JSON names the file and the parser's reason. */
export async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  if (text.trim() === '') {
    throw new CliError('CLI_JSON_INVALID', `${path} 是空文件，不是 JSON`, `${path} is empty, not JSON`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message;
    throw new CliError(
      'CLI_JSON_INVALID',
      `${path} 不是有效的 JSON：${why}`,
      `${path} is not valid JSON: ${why}`,
    );
  }
}

/** The chunks of a file as a stream, each reported to `onBytes` (for the progress bar). */
export async function* fileChunks(path: string, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
      onBytes((chunk as Uint8Array).length);
      yield chunk as Uint8Array;
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      'CLI_FILE_UNREADABLE',
      `无法读取文件：${path}（${code}）`,
      `Cannot read ${path} (${code})`,
    );
  }
}
