import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../src/core/documentStatus';
import { buildDataset } from '../../src/core/export/spanlightDataset';
import { importSpanlightJson } from '../../src/core/formats/spanlightJson';
import type { LabelKey } from '../../src/core/labels';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { SpanlightDatabase } from '../../src/renderer/storage/database';

/**
 * Model-based test of the storage layer: random sequences of user actions run against the real store
 * (Dexie over fake-indexeddb) and against a plain in-memory model; after every step the two must agree, and
 * exporting then importing the library (into a fresh database) must give the same library back.
 */
interface ModelSpan {
  start: number;
  end: number;
  label: LabelKey;
}
interface ModelDoc {
  text: string;
  spans: Map<string, ModelSpan>;
  /** Absent until the first annotation (then "in progress") or a SetStatus. */
  status?: DocumentStatus;
}
interface Model {
  docs: Map<string, ModelDoc>;
}
interface Real {
  name: string;
  store: AnnotationStore;
}

const LABELS: LabelKey[] = ['actor', 'place', 'casualty_count'];
const TEXTS = [
  '🔴 قسد في الرقة',
  'The SDF in Raqqa, 34 detained.',
  'وقُتل خمسةُ عناصر بالحسكة',
  'e\u0301 x 😀 y',
];

async function snapshot(store: AnnotationStore) {
  const entries = await store.snapshot();
  return entries
    .map(({ document, spans }) => ({
      text: document.text,
      status: document.status,
      spans: spans.map(({ start, end, label, text }) => ({ start, end, label, text })),
      count: spans.length,
    }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

function modelSnapshot(model: Model) {
  return [...model.docs.values()]
    .map((doc) => ({
      text: doc.text,
      status: doc.status,
      spans: [...doc.spans.values()]
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .map(({ start, end, label }) => ({ start, end, label, text: doc.text.slice(start, end) })),
      count: doc.spans.size,
    }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

async function check(model: Model, real: Real) {
  const actual = await snapshot(real.store);
  // Span order within equal (start, end) pairs depends on ids: compare as multisets.
  const norm = (rows: ReturnType<typeof modelSnapshot>) =>
    rows.map((row) => ({ ...row, spans: row.spans.map((s) => JSON.stringify(s)).sort() }));
  expect(norm(actual)).toEqual(norm(modelSnapshot(model)));
  const counts = await real.store.listDocuments();
  for (const summary of counts) {
    expect(summary.spanCount).toBe((await real.store.listSpans(summary.id)).length);
  }
}

class AddDocument implements fc.AsyncCommand<Model, Real> {
  constructor(readonly textIndex: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const text = TEXTS[this.textIndex % TEXTS.length] as string;
    const { document, existing } = await real.store.createDocument({ title: 't', text });
    if (existing) {
      // The same text again opens the document already there.
      expect(model.docs.get(document.id)?.text).toBe(text);
    } else {
      expect([...model.docs.values()].some((doc) => doc.text === text)).toBe(false);
      model.docs.set(document.id, { text, spans: new Map() });
    }
    await check(model, real);
  }
  toString = () => `AddDocument(${this.textIndex})`;
}

class AddSpan implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly a: number,
    readonly b: number,
    readonly label: LabelKey,
  ) {}
  check = (model: Readonly<Model>) => model.docs.size > 0;
  async run(model: Model, real: Real) {
    const ids = [...model.docs.keys()];
    const docId = ids[this.pick % ids.length] as string;
    const doc = model.docs.get(docId) as ModelDoc;
    // Whole code points only: the UI never splits a surrogate pair.
    const points = [0];
    for (const char of doc.text) points.push((points[points.length - 1] as number) + char.length);
    const i = this.a % points.length;
    const j = this.b % points.length;
    const start = points[Math.min(i, j)] as number;
    const end = points[Math.max(i, j)] as number;
    if (start === end) {
      await expect(real.store.addSpan(docId, start, end, this.label)).rejects.toThrow(/empty/);
    } else {
      const span = await real.store.addSpan(docId, start, end, this.label);
      doc.spans.set(span.id, { start, end, label: this.label });
      // The first annotation of a document "to do" puts it in progress; a status set by hand stays.
      if (!doc.status || doc.status === 'todo') doc.status = 'in_progress';
    }
    await check(model, real);
  }
  toString = () => `AddSpan(${this.pick},${this.a},${this.b},${this.label})`;
}

/** A span of the model: its id, its document, and that document's id. */
function pickSpan(model: Readonly<Model>, pick: number): [string, ModelDoc, string] | null {
  const all: Array<[string, ModelDoc, string]> = [];
  for (const [docId, doc] of model.docs) for (const id of doc.spans.keys()) all.push([id, doc, docId]);
  return all.length ? (all[pick % all.length] as [string, ModelDoc, string]) : null;
}

class Relabel implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly label: LabelKey,
  ) {}
  check = (model: Readonly<Model>) => pickSpan(model, 0) !== null;
  async run(model: Model, real: Real) {
    const [id, doc, docId] = pickSpan(model, this.pick) as [string, ModelDoc, string];
    await real.store.relabelSpan({ id, docId }, this.label);
    (doc.spans.get(id) as ModelSpan).label = this.label;
    await check(model, real);
  }
  toString = () => `Relabel(${this.pick},${this.label})`;
}

class DeleteSpan implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => pickSpan(model, 0) !== null;
  async run(model: Model, real: Real) {
    const [id, doc, docId] = pickSpan(model, this.pick) as [string, ModelDoc, string];
    await real.store.deleteSpan({ id, docId });
    doc.spans.delete(id);
    await check(model, real);
  }
  toString = () => `DeleteSpan(${this.pick})`;
}

class DeleteDocument implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.docs.size > 0;
  async run(model: Model, real: Real) {
    const ids = [...model.docs.keys()];
    const id = ids[this.pick % ids.length] as string;
    await real.store.deleteDocument(id);
    model.docs.delete(id);
    await check(model, real);
  }
  toString = () => `DeleteDocument(${this.pick})`;
}

class SetStatus implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly status: DocumentStatus,
  ) {}
  check = (model: Readonly<Model>) => model.docs.size > 0;
  async run(model: Model, real: Real) {
    const ids = [...model.docs.keys()];
    const id = ids[this.pick % ids.length] as string;
    await real.store.setStatus(id, this.status);
    (model.docs.get(id) as ModelDoc).status = this.status;
    await check(model, real);
  }
  toString = () => `SetStatus(${this.pick},${this.status})`;
}

/** Closing and reopening the database: what a reload of the app does. */
class Reload implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    real.store.db.close();
    real.store = new AnnotationStore(new SpanlightDatabase(real.name));
    await check(model, real);
  }
  toString = () => 'Reload';
}

/** Export the library, import it into a fresh database: the same library must come back. */
class ExportImport implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    const json = JSON.stringify(buildDataset(await real.store.snapshot(), new Date(0)));
    const parsed = importSpanlightJson(json);
    if (!parsed.ok) throw new Error(parsed.reason);
    const fresh = new AnnotationStore(new SpanlightDatabase(`${real.name}-copy-${Math.random()}`));
    await fresh.importDocuments(parsed.documents, { duplicates: 'keep-both', preserveIds: true });
    expect(await snapshot(fresh)).toEqual(await snapshot(real.store));
    await fresh.db.delete();
    // Restoring over the same database (what "Restore from backup" does) gives it back too.
    await real.store.restoreDocuments(parsed.documents);
    await check(model, real);
  }
  toString = () => 'ExportImport';
}

const label = fc.constantFrom(...LABELS);
const commands = [
  fc.nat(10).map((i) => new AddDocument(i)),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), label).map(([p, a, b, l]) => new AddSpan(p, a, b, l)),
  fc.tuple(fc.nat(), label).map(([p, l]) => new Relabel(p, l)),
  fc.nat().map((p) => new DeleteSpan(p)),
  fc.nat().map((p) => new DeleteDocument(p)),
  fc
    .tuple(fc.nat(), fc.constantFrom(...DOCUMENT_STATUSES.map(({ key }) => key)))
    .map(([p, status]) => new SetStatus(p, status)),
  fc.constant(new Reload()),
  fc.constant(new ExportImport()),
];

const RUNS = Number(process.env.MODEL_RUNS ?? 1000);

describe('storage model', () => {
  it(`agrees with an in-memory model over ${RUNS} random action sequences, export∘import the identity`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        const name = `model-${run++}`;
        const real: Real = { name, store: new AnnotationStore(new SpanlightDatabase(name)) };
        try {
          await fc.asyncModelRun(() => ({ model: { docs: new Map() }, real }), cmds);
        } finally {
          await real.store.db.delete();
        }
      }),
      { numRuns: RUNS, seed: 20261201 },
    );
  }, 240_000);
});
