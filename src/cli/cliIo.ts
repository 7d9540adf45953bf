/** Where a command writes: lines to standard output and to standard error (tests collect them). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 0 done (or valid), 1 bad input (the message says which file and line), 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export function fail(io: CliIo, message: string): number {
  io.err(`spanlight: ${message}`);
  return EXIT_BAD_INPUT;
}
