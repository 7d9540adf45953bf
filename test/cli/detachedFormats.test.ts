/**
 * W3C Web Annotation and CSV of spans hold no texts, so the command line converts them both ways with the texts
 * given as a dataset (--texts): spanlight → w3c/csv → spanlight gives back every span, and each step writes what
 * the app writes (Export…'s exporter; Import dataset…'s reader anchoring on the library's documents).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { type FormatDescriptor, formatByName } from '../../src/core/formats';
import type { FormatDocument, FormatFile, ImportOutcome } from '../../src/core/formats/types';
import { readDataset } from '../../src/renderer/ui/datasets/prepareDataset';
import { corpusDir } from '../core/formats/corpus';
import { cli, tempDir, writeFiles } from './cliHarness';

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00.000Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

function ok(outcome: ImportOutcome | null): Extract<ImportOutcome, { ok: true }> {
  if (!outcome) throw new Error('format not recognised');
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

const spanlight = formatByName('spanlight') as FormatDescriptor;
const read = (file: string) =>
  new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(file));
const spans = (documents: readonly FormatDocument[]) =>
  documents.map((doc) => ({
    id: doc.id,
    text: doc.text,
    spans: doc.annotations.map((a) => [a.start, a.end, a.label, a.text]).sort(),
  }));

// An emoji and a CRLF before Arabic spans (the test), and the brat tutorial's collection when present.
const DOCCANO =
  '{"id": 1, "text": "🔴 عاجل\\r\\nقسد في الحسكة", "label": [[8, 11, "actor"], [15, 21, "place"]]}\n' +
  '{"id": 2, "text": "قتل ٣ في حلب", "label": [[4, 5, "casualty_count"], [9, 12, "place"]]}\n';
const brat = corpusDir('formats/brat-tutorial-news');
const sources: Array<{ name: string; present: boolean; inputs: () => string[]; from: string }> = [
  {
    name: 'doccano, emoji and CRLF',
    present: true,
    inputs: () => [writeFiles({ 'in.jsonl': DOCCANO })['in.jsonl'] as string],
    from: 'jsonl',
  },
  {
    name: brat.title('the brat tutorial'),
    present: brat.present,
    inputs: () => [brat.dir],
    from: 'brat',
  },
];

for (const source of sources) {
  for (const via of ['w3c', 'csv'] as const) {
    it.skipIf(!source.present)(
      `${source.name}: spanlight → ${via} → spanlight with --texts, as the app does`,
      () => {
        const format = formatByName(via) as FormatDescriptor;
        const dir = tempDir();
        const json = path.join(dir, 'texts.json');
        expect(
          cli('convert', ...source.inputs(), '--from', source.from, '--to', 'spanlight', '--out', json).code,
        ).toBe(0);
        const jsonFiles: FormatFile[] = [{ path: 'texts.json', content: read(json) }];
        const library = ok(spanlight.importFiles(jsonFiles)).documents;

        const out = path.join(dir, `spans${format.extensions[0]}`);
        const there = cli('convert', json, '--from', 'spanlight', '--to', via, '--out', out);
        expect(there.code, there.err).toBe(0);
        const appThere = format.exportDocuments(library, { baseName: 'x' }).files[0]?.content;
        expect(read(out)).toBe(appThere);

        const back = path.join(dir, 'back.json');
        const result = cli(
          'convert',
          out,
          '--from',
          via,
          '--to',
          'spanlight',
          '--texts',
          json,
          '--out',
          back,
        );
        expect(result.code, result.err).toBe(0);
        const app = ok(
          readDataset([{ path: path.basename(out), content: read(out) }], library, format.id).outcome,
        );
        expect(read(back)).toBe(spanlight.exportDocuments(app.documents).files[0]?.content);
        // Every span of every document came back, where it was (a document without spans has none to send back).
        expect(
          spans(ok(spanlight.importFiles([{ path: 'back.json', content: read(back) }])).documents),
        ).toEqual(spans(library.filter((doc) => doc.annotations.length > 0)));
      },
    );
  }
}
