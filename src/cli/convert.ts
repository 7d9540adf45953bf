import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportSections, formatByName, type ImportOptions } from '../core/formats';
import { plural } from '../core/formats/importing';
import type { FormatFile } from '../core/formats/types';
import { type CliIo, EXIT_OK, fail } from './cliIo';
import { loadDataset } from './loadDataset';
import { readInputFiles } from './readInputs';

export interface ConvertOptions {
  inputs: string[];
  from: string;
  to: string;
  out?: string | undefined;
  tokens: boolean;
  /** CSV of spans and W3C hold no texts: a dataset with the documents their spans point at. */
  texts?: string | undefined;
}

/**
 * `spanlight convert`: the files read with one format's importer and written with another's exporter — the very
 * descriptors (src/core/formats) the Import dataset… and Export… dialogs call. Nothing is written when the input
 * cannot be read.
 */
export function convert(options: ConvertOptions, io: CliIo): number {
  const from = formatByName(options.from);
  const to = formatByName(options.to);
  if (!from) return fail(io, `unknown --from format "${options.from}"`);
  if (!to) return fail(io, `unknown --to format "${options.to}"`);

  let importOptions: ImportOptions = {};
  if (options.texts !== undefined) {
    const texts = loadDataset([options.texts], undefined);
    if (!texts.ok) return fail(io, `--texts: ${texts.message}`);
    if (!texts.outcome.ok) return fail(io, `--texts ${options.texts}: ${texts.outcome.reason}`);
    importOptions = { documents: texts.outcome.documents };
  }
  const read = readInputFiles(options.inputs);
  if (!read.ok) return fail(io, read.reason);
  const imported = from.importFiles(read.files, importOptions);
  if (!imported.ok)
    return fail(io, `cannot import ${options.inputs.join(', ')} as ${from.name}: ${imported.reason}`);
  for (const warning of [...imported.warnings, ...imported.unsupported]) io.err(`warning: ${warning}`);
  const detached = (imported.detached ?? []).reduce((sum, doc) => sum + doc.annotations.length, 0);
  if (detached > 0) {
    io.err(
      `warning: ${plural(detached, 'span')} not converted: the file does not hold the texts they point at (give them with --texts)`,
    );
  }

  const baseName =
    options.out && !to.multiFile ? path.basename(options.out).replace(/\.[^.]+$/, '') : 'spanlight-export';
  // Spanlight JSON to Spanlight JSON keeps every section (actors, places, events); another format is told of no
  // section it cannot write, so none is lost without a word.
  const sections = exportSections(imported);
  if (to.id !== 'spanlight-json') {
    const events = imported.documents.reduce((sum, doc) => sum + (doc.events?.length ?? 0), 0);
    const lost = [
      sections.actors ? plural(sections.actors.length, 'actor') : '',
      sections.places ? plural(sections.places.length, 'place') : '',
      events > 0 ? plural(events, 'event') : '',
    ].filter(Boolean);
    if (lost.length > 0)
      io.err(`warning: ${lost.join(', ')} not converted: ${to.name} has no place for them`);
  }
  const exported = to.exportDocuments(imported.documents, { baseName, tokens: options.tokens, ...sections });
  for (const warning of exported.warnings) io.err(`warning: ${warning}`);

  if (!options.out) {
    if (exported.files.length !== 1)
      return fail(io, `${to.name} writes several files: give a folder with --out`);
    // io.out ends the line itself: the file's own final line break is not doubled.
    io.out((exported.files[0] as FormatFile).content.replace(/\n$/, ''));
    return EXIT_OK;
  }
  if (to.multiFile || exported.files.length > 1) {
    mkdirSync(options.out, { recursive: true });
    for (const file of exported.files) writeFileSync(path.join(options.out, file.path), file.content, 'utf8');
  } else {
    writeFileSync(options.out, (exported.files[0] as FormatFile).content, 'utf8');
  }
  const spans = imported.documents.reduce((sum, doc) => sum + doc.annotations.length, 0);
  io.err(`converted ${imported.documents.length} documents, ${spans} annotations: ${from.name} → ${to.name}`);
  return EXIT_OK;
}
