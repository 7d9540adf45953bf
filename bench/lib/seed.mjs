// Writes generated rows straight into the app's IndexedDB (database "spanlight"; see
// src/renderer/storage/database.ts).

/** Loads the app once so it creates its database, and waits until it has finished loading. */
export async function openApp(page, origin) {
  await page.goto(`${origin}/`);
  await page.waitForSelector('.app[data-loaded="true"]', { timeout: 120_000 });
}

// A copy of the app's span layout (src/renderer/storage/spanBuckets.ts, schema version 7): a document's spans in
// `bucketCountFor(n)` rows keyed [docId, bucket], each span in the bucket its id's FNV-1a hash picks. Kept in step
// by hand: a span seeded into the wrong bucket would not be found by the app's edits (the tag scenario's).
const BUCKET_TARGET = 128;

function fnv1a32(value) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function bucketCountFor(spanCount) {
  let count = 1;
  while (count * BUCKET_TARGET < spanCount) count *= 2;
  return count;
}

/** Spans by their document's id, each list in the order given. */
function groupByDocument(spans) {
  const byDocument = new Map();
  for (const span of spans) {
    const list = byDocument.get(span.docId);
    if (list) list.push(span);
    else byDocument.set(span.docId, [span]);
  }
  return byDocument;
}

/** The spanBuckets rows of some spans (each document's spans must all be among them). */
export function bucketRows(spans) {
  const rows = [];
  for (const [docId, list] of groupByDocument(spans)) {
    const count = bucketCountFor(list.length);
    const grouped = Array.from({ length: count }, () => []);
    for (const span of list) grouped[fnv1a32(span.id) & (count - 1)].push(span);
    for (const [bucket, bucketSpans] of grouped.entries()) {
      const actorIds = [...new Set(bucketSpans.flatMap((span) => (span.actorId ? [span.actorId] : [])))];
      const placeIds = [...new Set(bucketSpans.flatMap((span) => (span.placeId ? [span.placeId] : [])))];
      rows.push({ docId, bucket, spans: bucketSpans, actorIds, placeIds });
    }
  }
  return rows;
}

/**
 * Puts documents and spans in one transaction (one call per batch of a few thousand rows). Follows the app's
 * schema: from version 2 on, a document's text lives in the store `texts` ({id, text}), not in its row; from
 * version 7 on, a document's spans live in a few rows of `spanBuckets`, so a call must carry all of a document's
 * spans.
 */
export async function putRows(page, documents, spans) {
  // One JSON string: Playwright's own argument serialization is far slower for big arrays of objects.
  // Resolves with the milliseconds IndexedDB took inside the page, from opening to the commit (handing the rows
  // over the DevTools protocol, which takes longer, is not counted).
  return page.evaluate(
    (json) =>
      new Promise((resolve, reject) => {
        const { documents, spans, buckets } = JSON.parse(json);
        const started = performance.now();
        const open = indexedDB.open('spanlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const separateTexts = db.objectStoreNames.contains('texts');
          const spanStore = db.objectStoreNames.contains('spanBuckets') ? 'spanBuckets' : 'spans';
          const stores = separateTexts ? ['documents', 'texts', spanStore] : ['documents', spanStore];
          const tx = db.transaction(stores, 'readwrite');
          for (const doc of documents) {
            if (!separateTexts) {
              tx.objectStore('documents').put(doc);
              continue;
            }
            const { text, ...metadata } = doc;
            tx.objectStore('documents').put(metadata);
            tx.objectStore('texts').put({ id: doc.id, text });
          }
          for (const row of spanStore === 'spanBuckets' ? buckets : spans) tx.objectStore(spanStore).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve(performance.now() - started);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    JSON.stringify({ documents, spans, buckets: bucketRows(spans) }),
  );
}

/** Writes rows in batches of whole documents' spans, at least `batch` spans each (documents go with the first). */
export async function seed(page, { documents, spans }, batch = 5_000) {
  let pending = [];
  let first = true;
  for (const list of groupByDocument(spans).values()) {
    pending.push(...list);
    if (pending.length < batch) continue;
    await putRows(page, first ? documents : [], pending);
    first = false;
    pending = [];
  }
  if (first || pending.length > 0) await putRows(page, first ? documents : [], pending);
}

/**
 * Gives a document a full undo history, as a researcher's would be after tagging it: `count` "add" actions of its
 * first spans (src/renderer/storage/history.ts keeps the last 500 of a document's actions). A tag records its action
 * in that history, and trims it when it grows past the limit, so the tag scenario measures it at its real size.
 */
export async function seedHistory(page, docId, spans, count = 500) {
  const entries = spans.slice(0, count).map((span, index) => ({
    docId,
    kind: 'add',
    span,
    undone: 0,
    at: span.createdAt + index,
  }));
  return page.evaluate(
    (json) =>
      new Promise((resolve, reject) => {
        const entries = JSON.parse(json);
        const open = indexedDB.open('spanlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['history'], 'readwrite');
          for (const entry of entries) tx.objectStore('history').add(entry);
          tx.oncomplete = () => {
            db.close();
            resolve(entries.length);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    JSON.stringify(entries),
  );
}
