import type { CasualtyAttributes } from '../../core/coding/casualtyAttributes';
import { proposeCasualtyAttributes } from '../../core/coding/proposeCasualtyAttributes';
import { SearchPartBuilder } from './searchPostings';

/**
 * The part of an import that needs only the file's texts, done ahead (in a worker: importPreparationWorker.ts)
 * while the main thread checks and writes: the proposed figures of casualty counts that come without any, and the
 * documents' search postings. Both are the same pure functions the import would otherwise call itself, so their
 * results are the same; they were about a third of the main thread's work in an import of 10,000 articles (issue 4).
 */
export interface PrepareImportRequest {
  /** The file's documents' texts, in the file's order. */
  texts: string[];
  /** Per document, the casualty counts to propose figures for: [start, end) in UTF-16 code units of its text. */
  casualty: Array<Array<[number, number]>>;
  /** Documents per 'proposals' reply. */
  chunk: number;
}

export type PrepareImportReply =
  /** Proposals for documents [from, to): per document, one per range asked, in the same order. */
  | { type: 'proposals'; from: number; to: number; proposals: CasualtyAttributes[][] }
  /** Search postings of every text: shard → term → positions, a position being the document's index. */
  | { type: 'postings'; shards: Map<number, Map<string, number[]>> }
  | { type: 'failed'; message: string };

/**
 * Does the work of a request, replying as it goes: the proposals first (the import needs them first). Empties
 * `request.texts` as it indexes them: the request is the worker's own copy.
 */
export function prepareImport(
  request: PrepareImportRequest,
  reply: (message: PrepareImportReply) => void,
): void {
  try {
    const { texts, casualty, chunk } = request;
    // A small first reply: the import waits for it before its first document.
    for (let from = 0, size = Math.min(chunk, 16); from < texts.length; from += size, size = chunk) {
      const to = Math.min(texts.length, from + size);
      const proposals: CasualtyAttributes[][] = [];
      for (let index = from; index < to; index++) {
        const text = texts[index] ?? '';
        proposals.push(
          (casualty[index] ?? []).map(([start, end]) => proposeCasualtyAttributes(text, start, end)),
        );
      }
      reply({ type: 'proposals', from, to, proposals });
    }
    const builder = new SearchPartBuilder();
    // Each text is let go once indexed: the worker's copy of the file's texts (tens of megabytes for 10,000
    // articles) would otherwise stay while the postings grow, raising the renderer's peak memory (budget 1 GB).
    for (const [index, text] of texts.entries()) {
      builder.add(String(index), text);
      texts[index] = '';
    }
    reply({ type: 'postings', shards: builder.postings() });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
