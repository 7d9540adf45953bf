import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FORMATS, formatByName } from '../core/formats';
import type { FormatFile } from '../core/formats/types';
import { decodeText } from '../core/intake/decodeText';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage:
  spanlight convert <file or folder>... --from <format> --to <format> [--out <file or folder>] [--tokens]
  spanlight formats

Formats: ${FORMATS.map((format) => format.cliName).join(', ')}
Reads and writes the same files as the app's Import dataset… and Export…; offsets are converted exactly.`;

/** The command line, as a function: returns the exit code. No Electron, no browser. */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  if (command === 'formats') {
    for (const format of FORMATS) {
      io.out(
        `${format.cliName.padEnd(12)} ${format.name} — offsets: ${format.offsetUnit}${format.lossless ? ', lossless' : ''}`,
      );
    }
    return 0;
  }
  if (command !== 'convert') {
    io.err(USAGE);
    return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
  const options = parseOptions(rest);
  if (typeof options === 'string') {
    io.err(`spanlight: ${options}\n\n${USAGE}`);
    return 2;
  }
  const from = formatByName(options.from);
  const to = formatByName(options.to);
  if (!from) return fail(io, `unknown --from format "${options.from}"`);
  if (!to) return fail(io, `unknown --to format "${options.to}"`);

  const files: FormatFile[] = [];
  for (const input of options.inputs) {
    if (!existsSync(input)) return fail(io, `cannot read "${input}": no such file or folder`);
    const paths = statSync(input).isDirectory()
      ? readdirSync(input)
          .filter((name) => !name.startsWith('.'))
          .sort()
          .map((name) => path.join(input, name))
      : [input];
    for (const filePath of paths) {
      if (statSync(filePath).isDirectory()) continue;
      const decoded = decodeText(new Uint8Array(readFileSync(filePath)));
      if (!decoded.ok) return fail(io, `cannot read "${filePath}": ${decoded.reason}`);
      files.push({ path: path.basename(filePath), content: decoded.text });
    }
  }
  const imported = from.importFiles(files);
  if (!imported.ok)
    return fail(io, `cannot import ${options.inputs.join(', ')} as ${from.name}: ${imported.reason}`);
  for (const warning of [...imported.warnings, ...imported.unsupported]) io.err(`warning: ${warning}`);

  const baseName =
    options.out && !to.multiFile ? path.basename(options.out).replace(/\.[^.]+$/, '') : 'spanlight-export';
  const exported = to.exportDocuments(imported.documents, { baseName, tokens: options.tokens });
  for (const warning of exported.warnings) io.err(`warning: ${warning}`);

  if (!options.out) {
    if (exported.files.length !== 1)
      return fail(io, `${to.name} writes several files: give a folder with --out`);
    io.out((exported.files[0] as FormatFile).content);
    return 0;
  }
  if (to.multiFile || exported.files.length > 1) {
    mkdirSync(options.out, { recursive: true });
    for (const file of exported.files) writeFileSync(path.join(options.out, file.path), file.content, 'utf8');
  } else {
    writeFileSync(options.out, (exported.files[0] as FormatFile).content, 'utf8');
  }
  const spans = imported.documents.reduce((sum, doc) => sum + doc.annotations.length, 0);
  io.err(`converted ${imported.documents.length} documents, ${spans} annotations: ${from.name} → ${to.name}`);
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.err(`spanlight: ${message}`);
  return 1;
}

function parseOptions(args: readonly string[]) {
  const inputs: string[] = [];
  let from = '';
  let to = '';
  let out: string | undefined;
  let tokens = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    try {
      if (arg === '--from') from = value();
      else if (arg === '--to') to = value();
      else if (arg === '--out' || arg === '-o') out = value();
      else if (arg === '--tokens') tokens = true;
      else if (arg.startsWith('-')) return `unknown option ${arg}`;
      else inputs.push(arg);
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (inputs.length === 0) return 'no input file';
  if (!from || !to) return '--from and --to are required';
  return { inputs, from, to, out, tokens };
}
