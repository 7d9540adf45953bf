/**
 * A document's status (to do, in progress, done, needs review) in the formats that carry document metadata:
 * Spanlight JSON (optional "status"), CSV of spans (a "status" column), doccano (a top-level key) and Prodigy
 * (meta.status). The round trips over random documents are in properties.test.ts; here, what is written and what
 * is refused or ignored.
 */
import { describe, expect, it } from 'vitest';
import { exportCsvSpans, importCsvSpans } from '../../../src/core/formats/csvSpans';
import { exportDoccano, importDoccano } from '../../../src/core/formats/doccano';
import { exportProdigy, importProdigy } from '../../../src/core/formats/prodigy';
import { exportSpanlightJson, importSpanlightJson } from '../../../src/core/formats/spanlightJson';
import type { FormatDocument, ImportOutcome } from '../../../src/core/formats/types';

const doc = (status?: FormatDocument['status']): FormatDocument => ({
  id: 'a1',
  title: 'Raid',
  text: 'قتل ٣ في الحسكة',
  ...(status ? { status } : {}),
  annotations: [{ start: 9, end: 15, label: 'place', text: 'الحسكة' }],
});

function ok(outcome: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

describe('Spanlight JSON', () => {
  it('writes "status" when the document has one and reads it back', () => {
    const { content } = exportSpanlightJson([doc('needs_review')]);
    expect(JSON.parse(content).documents[0].status).toBe('needs_review');
    expect(ok(importSpanlightJson(content)).documents[0]?.status).toBe('needs_review');
  });

  it('writes no "status" for a document without one, so older files come back unchanged', () => {
    const { content } = exportSpanlightJson([doc()]);
    expect(Object.keys(JSON.parse(content).documents[0])).not.toContain('status');
    const back = ok(importSpanlightJson(content));
    expect(back.documents[0]?.status).toBeUndefined();
    const exportedAt = new Date(JSON.parse(content).exported_at);
    expect(exportSpanlightJson(back.documents, { exportedAt }).content).toBe(content);
  });

  it('refuses a status that is not one of the four, naming the document', () => {
    const file = JSON.parse(exportSpanlightJson([doc('done')]).content);
    file.documents[0].status = 'finished';
    const outcome = importSpanlightJson(JSON.stringify(file));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.reason).toMatch(
        /document 1 \(id "a1"\): "status" is the string "finished", not one of "todo", "in_progress"/,
      );
  });
});

describe('CSV of spans', () => {
  it('writes the status in the last column, "todo" when the document has none', () => {
    const rows = (status?: FormatDocument['status']) =>
      exportCsvSpans([doc(status)])
        .content.split('\r\n')
        .filter(Boolean);
    expect(rows('done')[0]).toMatch(/,attributes,status$/);
    expect(rows('done')[1]).toMatch(/,done$/);
    expect(rows()[1]).toMatch(/,todo$/);
  });

  it('reads the column back when the given document has no status of its own', () => {
    const { content } = exportCsvSpans([doc('in_progress')]);
    const given = [{ id: 'a1', text: doc().text }];
    expect(ok(importCsvSpans(content, { documents: given })).documents[0]?.status).toBe('in_progress');
    // The column is the document's, not a span attribute.
    expect(ok(importCsvSpans(content, { documents: given })).documents[0]?.annotations[0]?.attributes).toBe(
      undefined,
    );
  });

  it('ignores a status it does not know, with a warning', () => {
    const content = exportCsvSpans([doc('done')]).content.replace(/,done\r\n$/, ',fini\r\n');
    const outcome = ok(importCsvSpans(content, { documents: [{ id: 'a1', text: doc().text }] }));
    expect(outcome.documents[0]?.status).toBeUndefined();
    expect(outcome.warnings.join('\n')).toMatch(
      /status "fini" is not one of todo, in_progress, done, needs_review/,
    );
  });
});

describe('doccano and Prodigy', () => {
  it('doccano: a top-level "status", like title and source', () => {
    const { content } = exportDoccano([doc('done')]);
    expect(JSON.parse(content).status).toBe('done');
    expect(ok(importDoccano(content)).documents[0]?.status).toBe('done');
  });

  it('Prodigy: meta.status, like meta.title', () => {
    const { content } = exportProdigy([doc('needs_review')]);
    expect(JSON.parse(content).meta.status).toBe('needs_review');
    expect(ok(importProdigy(content)).documents[0]?.status).toBe('needs_review');
  });

  it('a peer file whose "status" means something else keeps it as the file had it', () => {
    const line = JSON.stringify({ text: 'abc', label: [[0, 1, 'X']], status: 'accepted' });
    const back = ok(importDoccano(line));
    expect(back.documents[0]?.status).toBeUndefined();
    expect(JSON.parse(exportDoccano(back.documents).content)).toEqual(JSON.parse(line));
    const task = JSON.stringify({ text: 'abc', spans: [], meta: { status: 'accepted' } });
    const prodigy = ok(importProdigy(task));
    expect(prodigy.documents[0]?.status).toBeUndefined();
    expect(JSON.parse(exportProdigy(prodigy.documents).content)).toEqual(JSON.parse(task));
  });
});
