// Writes generated rows straight into the app's IndexedDB (database "spanlight"; see
// src/renderer/storage/database.ts).

/** Loads the app once so it creates its database, and waits until it has finished loading. */
export async function openApp(page, origin) {
  await page.goto(`${origin}/`);
  await page.waitForSelector('.app[data-loaded="true"]', { timeout: 120_000 });
}

/**
 * Puts documents and spans in one transaction (one call per batch of a few thousand rows). Follows the app's
 * schema: from version 2 on, a document's text lives in the store `texts` ({id, text}), not in its row.
 */
export async function putRows(page, documents, spans) {
  // One JSON string: Playwright's own argument serialization is far slower for big arrays of objects.
  await page.evaluate(
    (json) =>
      new Promise((resolve, reject) => {
        const { documents, spans } = JSON.parse(json);
        const open = indexedDB.open('spanlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const separateTexts = db.objectStoreNames.contains('texts');
          const stores = separateTexts ? ['documents', 'texts', 'spans'] : ['documents', 'spans'];
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
          for (const span of spans) tx.objectStore('spans').put(span);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    JSON.stringify({ documents, spans }),
  );
}

/** Writes rows in batches of at most `batch` spans (documents go with the first batch). */
export async function seed(page, { documents, spans }, batch = 5_000) {
  for (let first = 0; first === 0 || first < spans.length; first += batch) {
    await putRows(page, first === 0 ? documents : [], spans.slice(first, first + batch));
  }
}
