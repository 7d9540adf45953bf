import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBrat, importBrat } from '../../../src/core/formats/brat';
import { BratZipStream } from '../../../src/core/formats/bratZip';
import type {
  FormatAnnotation,
  FormatDocument,
  FormatFile,
  ImportOutcome,
} from '../../../src/core/formats/types';
import { normalizeText } from '../../../src/core/text/normalizeText';
import { anyText } from '../arbitraries';
import { corpusDir, listCorpus, readCorpusText } from './corpus';

/**
 * The streamed brat zip (a batch of documents at a time): the files inside are exactly exportBrat's, for any cut
 * into batches; Info-ZIP's `unzip -t` finds no error; the brat tutorial's collection comes back out of the zip
 * with every .txt byte-identical, every .ann line-sorted equal and its annotation.conf, and re-imports to the same.
 */
const deflate = async (data: Uint8Array) => new Uint8Array(deflateRawSync(data));
const decode = (bytes: Uint8Array) =>
  new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
const dir = mkdtempSync(path.join(tmpdir(), 'spanlight-bratzip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function ok(outcome: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

async function streamedZip(documents: readonly FormatDocument[], sizes: readonly number[]) {
  const stream = new BratZipStream({ folder: 'export', deflate, date: new Date('2026-12-01T10:00:00Z') });
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= documents.length) break;
    parts.push(await stream.documents(documents.slice(at, at + size)));
    at += size;
  }
  if (at < documents.length) parts.push(await stream.documents(documents.slice(at)));
  parts.push(await stream.end());
  return { bytes: Buffer.concat(parts), warnings: stream.warnings };
}

/** The zip's files, in the zip's order, decoded exactly (a BOM kept). */
async function filesIn(bytes: Uint8Array): Promise<FormatFile[]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files: FormatFile[] = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.push({ path: entry.name, content: decode(await entry.async('uint8array')) });
  }
  return files;
}

const documentArb = (index: number): fc.Arbitrary<FormatDocument> =>
  anyText({ wellFormed: true }).chain((raw) => {
    const text = normalizeText(raw);
    const offsets = [0];
    for (const point of text) offsets.push((offsets.at(-1) as number) + point.length);
    const span = fc
      .tuple(
        fc.nat(offsets.length - 1),
        fc.nat(offsets.length - 1),
        fc.constantFrom('actor', 'place', 'مكان'),
      )
      .map(([a, b, label]): FormatAnnotation | null => {
        const start = offsets[Math.min(a, b)] as number;
        const end = offsets[Math.max(a, b)] as number;
        return start === end ? null : { start, end, label, text: text.slice(start, end) };
      });
    return fc.array(span, { maxLength: 4 }).map((spans) => ({
      // Ids that clash once made file names (case, separators) exercise the unique paths across batches.
      id: index % 2 ? `doc/${index >> 1}` : `Doc:${index >> 1}`,
      title: '',
      text,
      annotations: spans.filter((s): s is FormatAnnotation => s !== null),
    }));
  });

describe('brat zip, streamed', () => {
  it('holds exactly the files exportBrat writes, for any cut into batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 0, max: 6 })
          .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => documentArb(i)))),
        fc.array(fc.nat(3), { maxLength: 6 }),
        async (documents, sizes) => {
          const { bytes, warnings } = await streamedZip(documents, sizes);
          const oneShot = exportBrat(documents, { folder: 'export/' });
          expect(await filesIn(bytes)).toEqual(oneShot.files);
          expect(warnings).toEqual(oneShot.warnings);
        },
      ),
      { numRuns: 80 },
    );
  });

  const corpus = corpusDir('formats/brat-tutorial-news');
  it.skipIf(!corpus.present || !hasUnzip)(
    corpus.title(
      `the brat tutorial's collection: unzip -t, then every file back as it was${hasUnzip ? '' : ' (skipped: no unzip)'}`,
    ),
    async () => {
      const names = [
        ...listCorpus(corpus.dir, '.txt').filter((name) => name !== 'PROVENANCE.txt'),
        ...listCorpus(corpus.dir, '.ann'),
        'annotation.conf',
      ];
      const originals = names.map((name) => ({ path: name, content: readCorpusText(corpus.dir, name) }));
      const { documents } = ok(importBrat(originals));
      const { bytes, warnings } = await streamedZip(documents, [4, 4]);
      expect(warnings).toEqual([]);
      const file = path.join(dir, 'tutorial.zip');
      writeFileSync(file, bytes);
      const tested = execFileSync('unzip', ['-t', file], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
      });
      expect(tested).toMatch(/No errors detected/);
      expect(tested.match(/ OK$/gm)).toHaveLength(names.length);

      const unzipped = (await filesIn(bytes)).map((f) => ({ ...f, path: f.path.replace(/^export\//, '') }));
      const sorted = (text: string) => text.split('\n').filter(Boolean).sort();
      for (const original of originals) {
        const back = unzipped.find((f) => f.path === original.path);
        expect(back, original.path).toBeDefined();
        if (original.path.endsWith('.ann'))
          expect(sorted(back?.content ?? ''), original.path).toEqual(sorted(original.content));
        else expect(Buffer.from(back?.content ?? ''), original.path).toEqual(Buffer.from(original.content));
      }
      // Re-imported from the zip: the same documents, so the same files once more.
      const again = ok(importBrat(unzipped));
      expect(
        again.documents.map((d) => [d.text, d.annotations.map((a) => [a.start, a.end, a.label])]),
      ).toEqual(documents.map((d) => [d.text, d.annotations.map((a) => [a.start, a.end, a.label])]));
      expect(exportBrat(again.documents).files).toEqual(exportBrat(documents).files);
    },
  );
});
