import { plural } from '../core/formats/importing';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from './cliIo';
import { loadDataset } from './loadDataset';
import { schemaProblems } from './schemaProblems';

export interface ValidateOptions {
  inputs: string[];
  format?: string | undefined;
  /** CSV of spans and W3C hold no texts: a dataset with the documents their spans point at. */
  texts?: string | undefined;
}

/**
 * `spanlight validate`: a file checked as its format's importer reads it (structure, types, offsets in range and
 * on characters, spans whose text matches the document), and a Spanlight JSON file also against its JSON Schema.
 * Each problem is printed on its own line, naming the file and the line or record. A span the importer would leave
 * out ("not imported") is a problem; other warnings are printed but do not make the file invalid.
 */
export function validate(options: ValidateOptions, io: CliIo): number {
  const name = options.inputs.join(', ');
  let documents: Parameters<typeof loadDataset>[2] = {};
  if (options.texts !== undefined) {
    const texts = loadDataset([options.texts], undefined);
    if (!texts.ok) {
      io.err(`spanlight: --texts: ${texts.message}`);
      return texts.exitCode;
    }
    if (!texts.outcome.ok) {
      io.err(`spanlight: --texts ${options.texts}: ${texts.outcome.reason}`);
      return EXIT_BAD_INPUT;
    }
    documents = { documents: texts.outcome.documents };
  }
  const loaded = loadDataset(options.inputs, options.format, documents);
  if (!loaded.ok) {
    io.err(`spanlight: ${loaded.message}`);
    return loaded.exitCode;
  }
  const { format, outcome, files } = loaded;
  const problems: string[] = [];
  if (!outcome.ok) problems.push(outcome.reason);
  if (format.id === 'spanlight-json') {
    for (const file of files) {
      const prefix = files.length > 1 ? `${file.path}: ` : '';
      for (const problem of schemaProblems(file.content)) problems.push(`${prefix}schema: ${problem}`);
    }
  }
  if (outcome.ok) {
    for (const warning of outcome.warnings) {
      if (/not imported/.test(warning)) problems.push(warning);
      else io.err(`${name}: warning: ${warning}`);
    }
    for (const item of outcome.unsupported) io.err(`${name}: note: ${item}`);
    const detached = (outcome.detached ?? []).reduce((sum, doc) => sum + doc.annotations.length, 0);
    if (detached > 0) {
      io.err(
        `${name}: note: ${plural(detached, 'span')} could not be checked against document texts (the file has none; give them with --texts)`,
      );
    }
  }
  for (const problem of problems) io.out(`${name}: ${problem}`);
  if (problems.length > 0) {
    io.err(`${name}: not valid ${format.name} (${plural(problems.length, 'problem')})`);
    return EXIT_BAD_INPUT;
  }
  if (!outcome.ok) return EXIT_BAD_INPUT;
  const spans = outcome.documents.reduce((sum, doc) => sum + doc.annotations.length, 0);
  io.out(
    `${name}: valid ${format.name}: ${plural(outcome.documents.length, 'document')}, ${plural(spans, 'annotation')}`,
  );
  return EXIT_OK;
}
