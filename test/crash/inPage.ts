/**
 * Functions run inside the page with page.evaluate. Playwright sends their source text, so each one is
 * self-contained (no imports, no helpers from outside its body).
 *
 * This folder is compiled with Node's libraries (tsconfig.node.json), not the DOM's, so the few browser APIs
 * used here are typed by hand and reached through globalThis.
 */

/** The documents, texts and spans of the `spanlight` database (see src/renderer/storage/database.ts). */
export interface StoredRows {
  documents: Array<{ id: string; title: string; spanCount: number; importedAt: number; text?: unknown }>;
  texts: Array<{ id: string; text: string }>;
  spans: Array<{ id: string; docId: string; start: number; end: number; label: string; text: string }>;
}

interface IdbRequest<T> {
  readonly result: T;
  readonly error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  readonly transaction: { abort(): void } | null;
  onupgradeneeded: (() => void) | null;
}
interface IdbTransaction {
  objectStore(name: string): { getAll(): IdbRequest<unknown[]> };
  readonly error: unknown;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}
interface IdbDatabase {
  readonly objectStoreNames: { contains(name: string): boolean };
  transaction(stores: string[], mode: 'readonly'): IdbTransaction;
  close(): void;
}

/**
 * Every row of the database in one read-only transaction (a consistent snapshot), through the raw
 * IndexedDB API rather than the app's store: the check must not share the code it checks.
 */
export async function readStoredRows(databaseName: string): Promise<StoredRows> {
  const { indexedDB } = globalThis as unknown as { indexedDB: { open(name: string): IdbOpenRequest } };
  const db = await new Promise<IdbDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    // Opening without a version would create an empty database if there were none: refuse instead.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`cannot open ${databaseName}: ${String(request.error)}`));
  });
  try {
    // Since schema version 7 a document's spans are stored a few rows per document (storage/spanBuckets.ts).
    const names = ['documents', 'texts', 'spanBuckets'];
    for (const name of names)
      if (!db.objectStoreNames.contains(name)) throw new Error(`store ${name} is missing`);
    const transaction = db.transaction(names, 'readonly');
    const requests = names.map((name) => transaction.objectStore(name).getAll());
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(new Error(`read failed: ${String(transaction.error)}`));
      transaction.onabort = () => reject(new Error(`read aborted: ${String(transaction.error)}`));
    });
    const [documents, texts, buckets] = requests.map((request) => request.result);
    const spans = (buckets as Array<{ spans: StoredRows['spans'] }>).flatMap((row) => row.spans);
    return { documents, texts, spans } as StoredRows;
  } finally {
    db.close();
  }
}

interface DomNode {
  readonly nodeType: number;
}
interface DomText extends DomNode {
  readonly data: string;
}
interface DomElement extends DomNode {
  readonly children: ArrayLike<DomElement>;
  scrollIntoView(options: { block: string }): void;
}
interface DomRange {
  setStart(node: DomNode, offset: number): void;
  setEnd(node: DomNode, offset: number): void;
}
interface PageGlobals {
  document: {
    querySelector(selector: string): DomElement | null;
    createRange(): DomRange;
    createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomText | null };
    dispatchEvent(event: unknown): boolean;
  };
  getSelection(): { removeAllRanges(): void; addRange(range: DomRange): void } | null;
  MouseEvent: new (type: string, init: { bubbles: boolean; cancelable: boolean }) => unknown;
}

/**
 * Selects [start, end) (UTF-16 offsets into the stored text) in the article and ends it with a mouseup, as a
 * drag would: the app reads the selection on mouseup and shows the tag toolbar. Programmatic rather than a
 * real drag because the test needs many of them quickly; test/e2e covers real mouse drags.
 */
export function selectArticleRange({ text, start, end }: { text: string; start: number; end: number }): void {
  const page = globalThis as unknown as PageGlobals;
  const root = page.document.querySelector('[aria-label="Article text"]');
  if (!root) throw new Error('no article on screen');
  // The article renders one block per line of the stored text; "\n" itself has no DOM counterpart.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const point = (offset: number): [DomNode, number] => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) line++;
    const block = root.children[line];
    if (!block) throw new Error(`line ${line} is not rendered`);
    let local = offset - (lineStarts[line] as number);
    const SHOW_TEXT = 4;
    const walker = page.document.createTreeWalker(block, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (local <= node.data.length) return [node, local];
      local -= node.data.length;
    }
    throw new Error(`offset ${offset} is not rendered`);
  };
  const [startNode, startOffset] = point(start);
  const [endNode, endOffset] = point(end);
  const range = page.document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = page.getSelection();
  if (!selection) throw new Error('no selection object');
  selection.removeAllRanges();
  selection.addRange(range);
  page.document.dispatchEvent(new page.MouseEvent('mouseup', { bubbles: true, cancelable: true }));
}

/** One sign of an acknowledgement: some element matching `selector` whose trimmed text is `text`. */
export interface AckSign {
  selector: string;
  text: string;
}

interface WatchGlobals {
  document: {
    body: unknown;
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  };
  MutationObserver: new (
    callback: () => void,
  ) => { observe(target: unknown, options: Record<string, boolean>): void; disconnect(): void };
  [binding: string]: unknown;
}

/**
 * Watches the DOM, on every mutation, until all `signs` hold (the app acknowledged) or the app's error line
 * shows something, then calls the exposed `binding` once with the outcome. A MutationObserver reacts in the
 * same task as the change; Playwright's own waiting polls on animation frames, up to 16 ms later, which is
 * longer than a commit takes: a kill "at the acknowledgement" has to come this fast to mean anything.
 */
export function watchAcknowledgement({
  token,
  signs,
  binding,
}: {
  token: number;
  signs: AckSign[];
  binding: string;
}): void {
  const page = globalThis as unknown as WatchGlobals;
  const report = page[binding] as (outcome: { token: number; error: string | null }) => void;
  const holds = () =>
    signs.every(({ selector, text }) =>
      Array.from(page.document.querySelectorAll(selector)).some(
        (element) => (element.textContent ?? '').trim() === text,
      ),
    );
  const check = () => {
    const error = (page.document.querySelector('.messages [role="alert"]')?.textContent ?? '').trim();
    if (holds()) report({ token, error: null });
    else if (error) report({ token, error });
    else return false;
    observer.disconnect();
    return true;
  };
  const observer = new page.MutationObserver(check);
  if (!check()) observer.observe(page.document.body, { subtree: true, childList: true, characterData: true });
}
