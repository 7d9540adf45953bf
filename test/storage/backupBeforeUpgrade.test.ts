import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { importSpanlightJson } from '../../src/core/formats/spanlightJson';
import { AnnotationStore } from '../../src/renderer/storage/annotationStore';
import { snapshotBeforeUpgrade, upgradePending } from '../../src/renderer/storage/backupBeforeUpgrade';
import { SCHEMA_VERSION, SpanlightDatabase } from '../../src/renderer/storage/database';

describe('snapshotBeforeUpgrade', () => {
  it('snapshots a version-1 library as it is, and nothing once it is upgraded', async () => {
    const name = `before-upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ documents: 'id, sha256, title, importedAt', spans: 'id, docId, [docId+start]' });
    await v1
      .table('documents')
      .add({ id: 'a', title: 'T', text: '🔴 قسد', importedAt: 1, sha256: 'x', spanCount: 1 });
    await v1.table('spans').add({
      id: 's',
      docId: 'a',
      start: 3,
      end: 6,
      label: 'actor',
      text: 'قسد',
      createdAt: 2,
      updatedAt: 2,
    });
    v1.close();

    expect(await upgradePending(name)).toBe(true);
    const snapshot = await snapshotBeforeUpgrade(name);
    expect(snapshot?.counts).toEqual({ documents: 1, spans: 1 });
    const parsed = importSpanlightJson(snapshot?.content ?? '');
    expect(parsed.ok && parsed.documents.map((d) => [d.text, d.annotations.map((a) => a.text)])).toEqual([
      ['🔴 قسد', ['قسد']],
    ]);
    // Taking the snapshot changed nothing: the library is still version 1 until the app opens it.
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    raw.close();

    const store = new AnnotationStore(new SpanlightDatabase(name));
    expect((await store.getDocument('a'))?.text).toBe('🔴 قسد');
    store.db.close();
    expect(await snapshotBeforeUpgrade(name)).toBeNull();
    expect(await upgradePending(name)).toBe(false);
    await new SpanlightDatabase(name).delete();
  });

  it('snapshots a library of this version (spans in buckets) before the next version upgrades it', async () => {
    const name = `before-next-upgrade-${Math.random()}`;
    const store = new AnnotationStore(new SpanlightDatabase(name));
    const { document } = await store.createDocument({ title: 'T', text: '🔴 قسد '.repeat(300) });
    // More spans than one bucket holds, so the document's spans are spread over several rows.
    for (let at = 0; at < 300; at++) await store.addSpan(document.id, at * 7 + 3, at * 7 + 6, 'actor');
    const other = await store.createDocument({ title: 'U', text: 'الرقة' });
    await store.addSpan(other.document.id, 0, 5, 'place');
    expect(await store.db.spanBuckets.count()).toBeGreaterThan(2);
    const spans = (await store.counts()).spans;
    store.db.close();
    expect(await snapshotBeforeUpgrade(name)).toBeNull();
    const snapshot = await snapshotBeforeUpgrade(name, SCHEMA_VERSION + 1);
    expect(snapshot?.counts).toEqual({ documents: 2, spans: 301 });
    expect(spans).toBe(301);
    const parsed = importSpanlightJson(snapshot?.content ?? '');
    if (!parsed.ok) throw new Error('the snapshot does not parse');
    expect(parsed.documents.reduce((sum, doc) => sum + doc.annotations.length, 0)).toBe(spans);
    const byText = parsed.documents
      .map((doc) => [doc.text.length, new Set(doc.annotations.map((a) => a.text))] as const)
      .sort((a, b) => a[0] - b[0]);
    expect(byText).toEqual([
      [5, new Set(['الرقة'])],
      [2100, new Set(['قسد'])],
    ]);
    await new SpanlightDatabase(name).delete();
  });

  it('has nothing to do without a library', async () => {
    expect(await upgradePending(`absent-${Math.random()}`)).toBe(false);
    expect(await snapshotBeforeUpgrade(`absent-${Math.random()}`)).toBeNull();
  });
});
