/**
 * The command-line tool's own failures (not rules of the measures): an input it cannot read, a usage error. Each
 * has a stable code and a Chinese and an English message; `main` prints it and exits with its code, never a
 * stack trace. docs/cli.md lists the codes and the exit codes.
 */

/** Exit codes (docs/cli.md): 0 ok, 1 findings or verification failed, 2 usage or unreadable input, 3 internal. */
export const EXIT = { ok: 0, findings: 1, input: 2, internal: 3 } as const;

/** Codes of the tool's own errors. */
export type CliCode =
  | 'CLI_USAGE'
  | 'CLI_FILE_NOT_FOUND'
  | 'CLI_NOT_A_FILE'
  | 'CLI_FILE_UNREADABLE'
  | 'CLI_ENCODING_UNKNOWN'
  | 'CLI_JSON_INVALID'
  | 'CLI_CSV_HEADER'
  | 'CLI_CSV_INVALID'
  | 'CLI_CSV_MULTILINE_FIELD'
  | 'CLI_FRAME_EMPTY'
  | 'CLI_INPUT_INVALID';

/** A failure of the tool itself: what is wrong with the command line or a file, in both languages. */
export class CliError extends Error {
  constructor(
    readonly code: CliCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export const usage = (zh: string, en: string) => new CliError('CLI_USAGE', zh, en);
