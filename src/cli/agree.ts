import { writeFileSync } from 'node:fs';
import { pairDocumentsByText } from '../core/agreement/pairDocuments';
import {
  type AgreementReport,
  agreementCsv,
  agreementJson,
  computeAgreement,
} from '../core/formats/agreement';
import { documentTokens } from '../core/formats/conll';
import { plural } from '../core/formats/importing';
import type { FormatDocument } from '../core/formats/types';
import { type CliIo, EXIT_OK, fail } from './cliIo';
import { loadDataset } from './loadDataset';

export interface AgreeOptions {
  a: string;
  b: string;
  format?: string | undefined;
  report: 'table' | 'json' | 'csv';
  out?: string | undefined;
  /** Compare the documents both files have and only warn about the others (default: refuse). */
  common: boolean;
}

/**
 * `spanlight agree A B`: the Agreement… dialog's report between two files of annotations, A the reference —
 * per label precision, recall and F1 with exact and overlap matching, and Cohen's kappa on tokens
 * (src/core/formats/agreement.ts). Documents are paired by their text; documents in one file only are refused
 * (naming them) unless --common is given.
 */
export function agree(options: AgreeOptions, io: CliIo): number {
  const sides: FormatDocument[][] = [];
  for (const input of [options.a, options.b]) {
    const loaded = loadDataset([input], options.format);
    if (!loaded.ok) {
      io.err(`spanlight: ${loaded.message}`);
      return loaded.exitCode;
    }
    if (!loaded.outcome.ok)
      return fail(io, `cannot read ${input} as ${loaded.format.name}: ${loaded.outcome.reason}`);
    if (loaded.outcome.detached?.length) {
      return fail(
        io,
        `${input} holds spans without their documents' texts (${loaded.format.name}): convert it with the texts first`,
      );
    }
    sides.push(loaded.outcome.documents);
  }
  const [docsA, docsB] = sides as [FormatDocument[], FormatDocument[]];
  const { pairs, onlyA, onlyB } = pairDocumentsByText(docsA, docsB);
  const unmatched = [
    ...onlyA.map(
      (doc) => `${options.a}: ${documentName(doc, docsA)} has no document with the same text in ${options.b}`,
    ),
    ...onlyB.map(
      (doc) => `${options.b}: ${documentName(doc, docsB)} has no document with the same text in ${options.a}`,
    ),
  ];
  if (pairs.length === 0) {
    for (const line of unmatched.slice(0, 10)) io.err(line);
    return fail(
      io,
      `${options.a} and ${options.b} have no document in common (documents are matched by their text)`,
    );
  }
  if (unmatched.length > 0) {
    for (const line of unmatched.slice(0, 10)) io.err(line);
    if (unmatched.length > 10) io.err(`… and ${unmatched.length - 10} more`);
    if (!options.common) {
      return fail(
        io,
        `the documents do not match (${plural(unmatched.length, 'document')} in one file only); give --common to compare the ${plural(pairs.length, 'document')} both have`,
      );
    }
  }
  const report = computeAgreement(
    pairs.map(({ a, b }) => ({
      text: a.text,
      tokens: documentTokens(a),
      a: a.annotations,
      b: b.annotations,
    })),
  );
  const content =
    options.report === 'csv'
      ? agreementCsv(report)
      : options.report === 'json'
        ? agreementJson(report, { a: options.a, b: options.b, documents: pairs.length })
        : agreementTable(report, options.a, options.b, pairs.length);
  if (options.out) {
    writeFileSync(options.out, content, 'utf8');
    io.err(`agreement over ${plural(pairs.length, 'document')} written to ${options.out}`);
  } else io.out(content.replace(/\n$/, ''));
  return EXIT_OK;
}

function documentName(doc: FormatDocument, all: readonly FormatDocument[]): string {
  const name = doc.id || doc.title;
  return name ? `document "${name}"` : `document ${all.indexOf(doc) + 1}`;
}

const number = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/** The report as the terminal shows it: one row per label, then all labels, then kappa. */
export function agreementTable(report: AgreementReport, a: string, b: string, documents: number): string {
  const header = [
    'label',
    'A',
    'B',
    'exact P',
    'exact R',
    'exact F1',
    'overlap P',
    'overlap R',
    'overlap F1',
  ];
  const rows = [...report.labels, { ...report.overall, label: 'all labels' }].map((row) => [
    row.label,
    String(row.a),
    String(row.b),
    number(row.exact.precision),
    number(row.exact.recall),
    number(row.exact.f1),
    number(row.overlap.precision),
    number(row.overlap.recall),
    number(row.overlap.f1),
  ]);
  const widths = header.map((title, c) =>
    Math.max(title.length, ...rows.map((row) => (row[c] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number)))
      .join('  ');
  return [
    `A (reference): ${a}`,
    `B: ${b}`,
    `${plural(documents, 'document')} in both, matched by text`,
    '',
    line(header),
    ...rows.map(line),
    '',
    `Cohen's kappa on tokens: ${number(report.kappa.value)} (${plural(report.kappa.tokens, 'token')}; observed ${number(report.kappa.observed)}, expected ${number(report.kappa.expected)})`,
    '',
  ].join('\n');
}
