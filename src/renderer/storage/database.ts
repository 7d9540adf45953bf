import Dexie, { type Table } from 'dexie';
import type { SpanlightDocument } from '../../core/document';
import type { Span } from '../../core/spans/span';

/** A document row: the domain document plus a span count kept in step by every span write. */
export interface DocumentRow extends SpanlightDocument {
  spanCount: number;
}

export const DATABASE_NAME = 'spanlight';

/**
 * The IndexedDB schema. Every version stays listed: Dexie upgrades an older database step by step.
 * Strict durability: Chromium otherwise reports a transaction complete before it reaches the disk, and an
 * annotation shown as saved could vanish on power loss.
 */
export class SpanlightDatabase extends Dexie {
  documents!: Table<DocumentRow, string>;
  spans!: Table<Span, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      documents: 'id, sha256, title, importedAt',
      spans: 'id, docId, [docId+start]',
    });
  }
}
