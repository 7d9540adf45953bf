import {
  detectFormat,
  FORMATS,
  type FormatDescriptor,
  formatByName,
  type ImportOptions,
} from '../core/formats';
import type { FormatFile, ImportOutcome } from '../core/formats/types';
import { EXIT_BAD_INPUT, EXIT_USAGE } from './cliIo';
import { readInputFiles } from './readInputs';

export type LoadedDataset =
  | { ok: true; files: FormatFile[]; format: FormatDescriptor; outcome: ImportOutcome }
  | { ok: false; exitCode: number; message: string };

/**
 * Reads files (or a brat folder) in the format named, or the one guessed from their names and content as the
 * Import dataset… dialog guesses it (detectFormat), and imports them with that format's importer. An import that
 * fails is returned as the outcome (the caller reports it); what stops earlier comes back as a message.
 */
export function loadDataset(
  inputs: readonly string[],
  formatName: string | undefined,
  options: ImportOptions = {},
): LoadedDataset {
  let format: FormatDescriptor | undefined;
  if (formatName !== undefined) {
    format = formatByName(formatName);
    if (!format) return usage(`unknown format "${formatName}" (${names()})`);
  }
  const read = readInputFiles(inputs);
  if (!read.ok) return { ok: false, exitCode: EXIT_BAD_INPUT, message: read.reason };
  if (read.files.length === 0) return usage(`no files in ${inputs.join(', ')}`);
  format ??= detectFormat(read.files) ?? undefined;
  if (!format)
    return usage(`cannot tell the format of ${inputs.join(', ')}: give it with --format (${names()})`);
  return { ok: true, files: read.files, format, outcome: format.importFiles(read.files, options) };
}

function usage(message: string): LoadedDataset {
  return { ok: false, exitCode: EXIT_USAGE, message };
}

function names(): string {
  return FORMATS.map((format) => format.cliName).join(', ');
}
