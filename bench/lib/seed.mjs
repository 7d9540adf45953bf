// Writes generated rows straight into the app's IndexedDB (database "spanlight", stores documents and spans).

/** Loads the app once so it creates its database, and waits until it has finished loading. */
export async function openApp(page, origin) {
  await page.goto(`${origin}/`);
  await page.waitForSelector('.app[data-loaded="true"]', { timeout: 120_000 });
}

/** Puts documents and spans in one transaction (one call per batch of a few thousand rows). */
export async function putRows(page, documents, spans) {
  await page.evaluate(
    ({ documents, spans }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('spanlight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['documents', 'spans'], 'readwrite');
          const docs = tx.objectStore('documents');
          const rows = tx.objectStore('spans');
          for (const doc of documents) docs.put(doc);
          for (const span of spans) rows.put(span);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { documents, spans },
  );
}

/** Writes rows in batches of at most `batch` spans (documents go with the first batch). */
export async function seed(page, { documents, spans }, batch = 5_000) {
  for (let first = 0; first === 0 || first < spans.length; first += batch) {
    await putRows(page, first === 0 ? documents : [], spans.slice(first, first + batch));
  }
}
