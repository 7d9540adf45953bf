import { type ParseArgsConfig, parseArgs } from 'node:util';
import { FORMATS } from '../core/formats';
import { agree } from './agree';
import { type CliIo, EXIT_OK, EXIT_USAGE } from './cliIo';
import { convert } from './convert';
import { validate } from './validate';

export type { CliIo } from './cliIo';

const USAGE = `Usage:
  spanlight convert <file or folder>... --from <format> --to <format> [--out <file or folder>] [--tokens]
                    [--texts <dataset>]
  spanlight validate <file or folder> [--format <format>] [--texts <dataset>]
  spanlight agree <A> <B> [--format <format>] [--json | --csv] [--out <file>] [--common]
  spanlight formats

Formats: ${FORMATS.map((format) => format.cliName).join(', ')}
Reads and writes the same files as the app's Import dataset… and Export…; offsets are converted exactly.
validate: checks a file as its format is read (guessed from its name and content unless --format is given) and a
  Spanlight JSON file against its JSON Schema; prints each problem with its line or record. Exit 0 valid, 1 not.
--texts (convert, validate): the documents a CSV of spans or W3C file points at, in any format with texts.
agree: per-label precision, recall and F1 (exact and overlap matching, A the reference) and Cohen's kappa on
  tokens between two files on the same documents (paired by their text). --common compares the documents both
  have when some are in one file only.
Exit codes: 0 done, 1 bad input (the message names the file and line), 2 wrong usage.`;

const COMMANDS = {
  convert: {
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      tokens: { type: 'boolean' },
      texts: { type: 'string' },
    },
    minInputs: 1,
    maxInputs: Number.POSITIVE_INFINITY,
  },
  validate: {
    options: { format: { type: 'string' }, texts: { type: 'string' } },
    minInputs: 1,
    maxInputs: Number.POSITIVE_INFINITY,
  },
  agree: {
    options: {
      format: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      common: { type: 'boolean' },
    },
    minInputs: 2,
    maxInputs: 2,
  },
} as const;

/** The command line, as a function: returns the exit code. No Electron, no browser. */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  if (command === 'formats') {
    for (const format of FORMATS) {
      io.out(
        `${format.cliName.padEnd(12)} ${format.name} — offsets: ${format.offsetUnit}${format.lossless ? ', lossless' : ''}`,
      );
    }
    return EXIT_OK;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.err(USAGE);
    return EXIT_OK;
  }
  if (!Object.hasOwn(COMMANDS, command)) return usage(io, `unknown command "${command}"`);
  const spec = COMMANDS[command as keyof typeof COMMANDS];
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    const options: ParseArgsConfig['options'] = spec.options;
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length < spec.minInputs)
    return usage(io, spec.minInputs === 2 ? 'agree needs two files, A and B' : 'no input file');
  if (positionals.length > spec.maxInputs)
    return usage(io, `too many files: ${positionals.slice(spec.maxInputs).join(', ')}`);
  const text = (key: string) => values[key] as string | undefined;

  if (command === 'convert') {
    const from = text('from');
    const to = text('to');
    if (!from || !to) return usage(io, '--from and --to are required');
    return convert(
      {
        inputs: positionals,
        from,
        to,
        out: text('out'),
        tokens: values.tokens === true,
        texts: text('texts'),
      },
      io,
    );
  }
  if (command === 'validate')
    return validate({ inputs: positionals, format: text('format'), texts: text('texts') }, io);
  if (values.json && values.csv) return usage(io, 'give --json or --csv, not both');
  return agree(
    {
      a: positionals[0] as string,
      b: positionals[1] as string,
      format: text('format'),
      report: values.json ? 'json' : values.csv ? 'csv' : 'table',
      out: text('out'),
      common: values.common === true,
    },
    io,
  );
}

function usage(io: CliIo, message: string): number {
  io.err(`spanlight: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}
