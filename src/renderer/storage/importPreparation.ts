import type { CasualtyAttributes } from '../../core/coding/casualtyAttributes';
import type { CasualtyProposer } from '../../core/coding/codingForLabel';
import { proposeCasualtyAttributes } from '../../core/coding/proposeCasualtyAttributes';
import { codingOfExtra } from '../../core/formats/spanlightCoding';
import type { FormatDocument } from '../../core/formats/types';
import type { PrepareImportReply, PrepareImportRequest } from './prepareImport';

/**
 * The page's side of an import's preparation (prepareImport.ts): a worker reads the proposed figures of casualty
 * counts and the search postings of the file's texts while the main thread checks and writes the documents. Its
 * results are only a shortcut: when the worker fails, is missing or is late, the import does that work itself, so
 * nothing an import writes depends on the worker.
 */

/** What importPreparation needs of a worker (a DOM Worker, or a stand-in in tests). */
export interface PreparationWorker {
  postMessage(request: PrepareImportRequest): void;
  onmessage: ((event: MessageEvent<PrepareImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type PreparationWorkerFactory = () => PreparationWorker;

/** Below this many documents an import does the work itself: starting a worker costs more than it saves. */
export const PREPARE_IN_WORKER_FROM = 64;

/** Documents per reply of proposals: the import writes its new documents a few hundred at a time. */
const CHUNK = 250;

/** Waiting longer than this for the worker, the import stops waiting and does the rest itself. */
const PATIENCE_MS = 30_000;

/** A worker of this window's build, where workers exist (not in Node). */
export function browserPreparationWorker(): PreparationWorkerFactory | null {
  if (typeof Worker === 'undefined') return null;
  return () =>
    new Worker(new URL('./importPreparationWorker.ts', import.meta.url), {
      type: 'module',
      name: 'spanlight-import',
    }) as unknown as PreparationWorker;
}

type Postings = Map<number, Map<string, number[]>>;

export class ImportPreparation {
  /** Per document, its proposals in the order of `asked`; undefined once used or when none were asked. */
  private readonly proposals: Array<readonly CasualtyAttributes[] | undefined> = [];
  /** Documents [0, readyUpTo) have their proposals. */
  private readyUpTo = 0;
  private received: Postings | null = null;
  private failed = false;
  private worker: PreparationWorker | null;
  private readonly waiting = new Set<() => void>();

  private constructor(
    worker: PreparationWorker,
    private readonly asked: ReadonlyArray<ReadonlyArray<[number, number]>>,
  ) {
    this.worker = worker;
  }

  /** Starts the worker on the documents' texts (null when it cannot start; the import then does it all). */
  static start(
    documents: readonly FormatDocument[],
    createWorker: PreparationWorkerFactory,
  ): ImportPreparation | null {
    const casualty = documents.map((doc) =>
      doc.annotations
        .filter(
          (annotation) =>
            annotation.label === 'casualty_count' && !codingOfExtra(annotation.extra)?.attributes,
        )
        .map((annotation): [number, number] => [annotation.start, annotation.end]),
    );
    let worker: PreparationWorker;
    try {
      worker = createWorker();
    } catch {
      return null;
    }
    const preparation = new ImportPreparation(worker, casualty);
    worker.onmessage = (event) => preparation.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      preparation.fail();
    };
    try {
      worker.postMessage({ texts: documents.map((doc) => doc.text), casualty, chunk: CHUNK });
    } catch {
      preparation.fail();
    }
    return preparation;
  }

  /** True when document `index`'s proposals are here, or will not come (the import reads them itself). */
  ready(index: number): boolean {
    return this.failed || index < this.readyUpTo;
  }

  /** Resolves once ready(index). */
  whenReady(index: number): Promise<void> {
    return this.until(() => this.ready(index));
  }

  /** The proposer for document `index`: the worker's results, else reading them here. Once per document. */
  proposerFor(index: number): CasualtyProposer {
    const found = this.proposals[index];
    const ranges = this.asked[index];
    this.proposals[index] = undefined;
    if (!found || !ranges) return proposeCasualtyAttributes;
    // The import asks in the order the ranges were sent (the document's annotations, in turn): the next one is
    // almost always where the last one was found, so the search starts there (no key strings: ~0.5 s of 500,000).
    let next = 0;
    return (text, start, end) => {
      for (let tried = 0; tried < ranges.length; tried++) {
        const at = (next + tried) % ranges.length;
        const range = ranges[at] as [number, number];
        if (range[0] === start && range[1] === end && found[at] !== undefined) {
          next = at + 1;
          return found[at] as CasualtyAttributes;
        }
      }
      return proposeCasualtyAttributes(text, start, end);
    };
  }

  /** The search postings of every document (position = index in the file), or null: the import indexes itself. */
  async postings(): Promise<Postings | null> {
    await this.until(() => this.failed || this.received !== null);
    return this.failed ? null : this.received;
  }

  /** Stops the worker (the import is over, or cancelled). */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    if (!this.received) this.fail();
  }

  private receive(reply: PrepareImportReply): void {
    if (reply.type === 'failed') {
      this.fail();
      return;
    }
    if (reply.type === 'proposals') {
      for (const [offset, list] of reply.proposals.entries()) {
        if ((this.asked[reply.from + offset]?.length ?? 0) > 0) this.proposals[reply.from + offset] = list;
      }
      this.readyUpTo = reply.to;
    } else {
      this.received = reply.shards;
      this.worker?.terminate();
      this.worker = null;
    }
    this.wake();
  }

  private fail(): void {
    this.failed = true;
    this.worker?.terminate();
    this.worker = null;
    this.wake();
  }

  private wake(): void {
    for (const check of [...this.waiting]) check();
  }

  private until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.fail(), PATIENCE_MS);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.waiting.delete(check);
        resolve();
      };
      this.waiting.add(check);
    });
  }
}
