import type { Actor, ActorType } from '../../core/coding/actor';
import {
  type ActorMatch,
  actorFromSpan,
  actorsMatching,
  cleanActorName,
  dedupeAliases,
  validateActor,
} from '../../core/coding/actorRegistry';
import type { CasualtyAttributes } from '../../core/coding/casualtyAttributes';
import type { GeoPrecision } from '../../core/coding/place';
import { validateCasualtyAttributes } from '../../core/coding/validateCasualtyAttributes';
import type { Span } from '../../core/spans/span';
import type { HistoryEntry, SpanlightDatabase } from './database';
import { recordAction } from './history';
import { readSpan, readSpansOfDocuments, type SpanKey, spansLinkedTo, writeSpan } from './spanBuckets';
import type { StorageAction } from './storageActions';
import { StorageError } from './storageError';
import { readTransaction, writeTransaction } from './transaction';

/** What the researcher types for an actor; aliases are de-duplicated and cleaned on the way in. */
export interface ActorDraft {
  name: string;
  aliases?: readonly string[];
  type?: ActorType | undefined;
  notes?: string | undefined;
}

const byName = (a: Actor, b: Actor) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);

/**
 * Event coding in storage: casualty attributes on spans, span ↔ actor / place links, and the actor registry.
 * Like AnnotationStore, each action is one read-write transaction whose promise resolves after it commits; the
 * span edits are recorded in the document's undo history (kinds "attributes" and "link") in that transaction.
 * Reached as `store.coding`.
 */
export class CodingStore {
  constructor(
    private readonly db: SpanlightDatabase,
    private readonly newId: () => string,
    private readonly now: () => number,
    /** Tells the AnnotationStore's subscribers (sentinel, backups) that something was written. */
    private readonly written: () => void,
  ) {}

  async listActors(): Promise<Actor[]> {
    return this.read('load the actors', async () => (await this.db.actors.toArray()).sort(byName));
  }

  /**
   * The registry to export with documents: all of it for the library, the actors the documents' spans link to
   * for some documents (a re-import then resolves every actor_id in the file).
   */
  async actorsFor(docIds?: readonly string[]): Promise<Actor[]> {
    return this.read('load the actors', async () => {
      const actors = (await this.db.actors.toArray()).sort(byName);
      if (!docIds) return actors;
      const spans = (await readSpansOfDocuments(this.db, docIds)).flat();
      const linked = new Set(spans.map((span) => span.actorId).filter((id) => id !== undefined));
      return actors.filter((actor) => linked.has(actor.id));
    });
  }

  /** The registry actors a span's text names, best first (Arabic folding, proclitics stripped). */
  async actorsNamedBy(spanText: string): Promise<ActorMatch[]> {
    return actorsMatching(await this.listActors(), spanText);
  }

  /** How many spans (in every document) are linked to the actor: what deleting it would unlink. */
  async countLinkedSpans(actorId: string): Promise<number> {
    return this.read(
      'count the linked annotations',
      async () => (await spansLinkedTo(this.db, 'actorId', actorId)).length,
    );
  }

  async createActor(draft: ActorDraft): Promise<Actor> {
    return this.write('save the actor', async () => {
      const time = this.now();
      const actor = this.draftToActor(draft, { id: this.newId(), createdAt: time, updatedAt: time });
      await this.checkActor(actor, 'Could not save the actor');
      await this.db.actors.add(actor);
      return actor;
    });
  }

  /**
   * Creates an actor named after an actor span's text and links the span to it, in one transaction (undo
   * unlinks the span; the actor stays in the registry).
   */
  async createActorFromSpan(
    spanKey: SpanKey,
    extra: { aliases?: readonly string[]; type?: ActorType } = {},
  ): Promise<{ actor: Actor; span: Span }> {
    return this.write('create the actor', async () => {
      const span = await this.requireSpan(spanKey, 'actor', 'create an actor from it');
      const actor = actorFromSpan(span.text, this.newId(), this.now(), extra);
      await this.checkActor(actor, 'Could not create the actor');
      await this.db.actors.add(actor);
      const linked = await this.updateSpan(span, { ...span, actorId: actor.id }, 'link');
      return { actor, span: linked };
    });
  }

  /** Changes an actor's name, aliases, type or notes (aliases replace the old list, de-duplicated). */
  async updateActor(id: string, changes: Partial<ActorDraft>): Promise<Actor> {
    return this.write('save the actor', async () => {
      const existing = await this.db.actors.get(id);
      if (!existing) throw new StorageError('The actor no longer exists. Nothing was saved.', 'NotFound');
      // A key given as undefined clears the field; a key left out keeps it.
      const draft: ActorDraft = {
        name: changes.name ?? existing.name,
        aliases: changes.aliases ?? existing.aliases,
        type: 'type' in changes ? changes.type : existing.type,
        notes: 'notes' in changes ? changes.notes : existing.notes,
      };
      const actor = this.draftToActor(draft, { id, createdAt: existing.createdAt, updatedAt: this.now() });
      await this.checkActor(actor, 'Could not save the actor');
      await this.db.actors.put(actor);
      return actor;
    });
  }

  /** Adds aliases to an actor (those it already has, under Arabic folding, are not added twice). */
  async addAliases(id: string, aliases: readonly string[]): Promise<Actor> {
    const existing = await this.read('load the actor', () => this.db.actors.get(id));
    if (!existing) throw new StorageError('The actor no longer exists. Nothing was saved.', 'NotFound');
    return this.updateActor(id, { aliases: [...existing.aliases, ...aliases] });
  }

  /**
   * Deletes an actor and unlinks every span linked to it, in every document (the interface asks first). Not
   * undoable: the undo history is scrubbed of the actor too, so an undo can never bring back a link to it.
   */
  async deleteActor(id: string): Promise<{ unlinked: number }> {
    return this.write('delete the actor', async () => {
      const linked = await spansLinkedTo(this.db, 'actorId', id);
      const time = this.now();
      for (const span of linked) await writeSpan(this.db, { ...withoutActor(span), updatedAt: time });
      const entries = await this.db.history.filter((entry) => mentionsActor(entry, id)).toArray();
      for (const entry of entries) {
        const scrubbed: HistoryEntry = { ...entry, span: withoutActor(entry.span) };
        if (entry.previous) scrubbed.previous = withoutActor(entry.previous);
        await this.db.history.put(scrubbed);
      }
      await this.db.actors.delete(id);
      return { unlinked: linked.length };
    });
  }

  /**
   * The researcher's figures for a casualty count: validated, stored with `proposed: false` (the proposal is
   * theirs now), undoable. Refused with the validation messages when they cannot be stored.
   */
  async setAttributes(spanKey: SpanKey, attributes: Omit<CasualtyAttributes, 'proposed'>): Promise<Span> {
    const edited: CasualtyAttributes = { ...attributes, proposed: false };
    const problems = validateCasualtyAttributes(edited);
    if (problems.length > 0) {
      const message = problems.map((problem) => problem.message).join(' ');
      throw new StorageError(`Could not save the figures: ${message} Nothing was saved.`, 'RangeError');
    }
    return this.write('save the figures', async () => {
      const span = await this.requireSpan(spanKey, 'casualty_count', 'save its figures');
      return this.updateSpan(span, { ...span, attributes: edited }, 'attributes');
    });
  }

  /** Links an actor span to a registry actor, or unlinks it (null); undoable. */
  async linkActor(spanKey: SpanKey, actorId: string | null): Promise<Span> {
    return this.write('link the actor', async () => {
      const span = await this.requireSpan(spanKey, 'actor', 'link it to an actor');
      if (actorId !== null && !(await this.db.actors.get(actorId))) {
        throw new StorageError('That actor is no longer in the registry. Nothing was saved.', 'NotFound');
      }
      const next = withoutActor(span);
      if (actorId !== null) next.actorId = actorId;
      return this.updateSpan(span, next, 'link');
    });
  }

  /**
   * Links a place span to a place id (the places table and gazetteer are the place picker's) with a precision,
   * or unlinks it (null); undoable.
   */
  async linkPlace(spanKey: SpanKey, placeId: string | null, geoPrecision?: GeoPrecision): Promise<Span> {
    return this.write('link the place', async () => {
      const span = await this.requireSpan(spanKey, 'place', 'link it to a place');
      const { placeId: _place, geoPrecision: _precision, ...rest } = span;
      const next: Span = { ...rest };
      if (placeId !== null) {
        next.placeId = placeId;
        if (geoPrecision) next.geoPrecision = geoPrecision;
      }
      return this.updateSpan(span, next, 'link');
    });
  }

  private draftToActor(draft: ActorDraft, identity: Pick<Actor, 'id' | 'createdAt' | 'updatedAt'>): Actor {
    const name = cleanActorName(draft.name);
    const actor: Actor = { ...identity, name, aliases: dedupeAliases(name, draft.aliases ?? []) };
    if (draft.type) actor.type = draft.type;
    const notes = draft.notes?.trim();
    if (notes) actor.notes = notes;
    return actor;
  }

  /** Refuses an actor whose name is empty or already another actor's (inside the caller's transaction). */
  private async checkActor(actor: Actor, what: string): Promise<void> {
    const others = (await this.db.actors.toArray()).filter((other) => other.id !== actor.id);
    const problems = validateActor(actor, others);
    if (problems.length > 0) {
      const message = problems.map((problem) => problem.message).join(' ');
      throw new StorageError(`${what}: ${message} Nothing was saved.`, 'RangeError');
    }
  }

  private async requireSpan(key: SpanKey, label: Span['label'], purpose: string): Promise<Span> {
    const span = await readSpan(this.db, key);
    if (!span) throw new StorageError('The annotation no longer exists. Nothing was saved.', 'NotFound');
    if (span.label !== label) {
      throw new StorageError(
        `Could not ${purpose}: the annotation is labelled ${span.label}, not ${label}. Nothing was saved.`,
        'RangeError',
      );
    }
    return span;
  }

  /** Writes the new span and its history entry (with the span before, which undo puts back). */
  private async updateSpan(previous: Span, next: Span, kind: 'attributes' | 'link'): Promise<Span> {
    const updated: Span = { ...next, updatedAt: this.now() };
    await writeSpan(this.db, updated);
    await recordAction(this.db, { docId: updated.docId, kind, span: updated, previous }, updated.updatedAt);
    return updated;
  }

  private write<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    const { db } = this;
    return writeTransaction(db, [db.spanBuckets, db.history, db.actors], action, body, this.written);
  }

  private read<T>(action: StorageAction, body: () => Promise<T>): Promise<T> {
    return readTransaction(this.db, [this.db.spanBuckets, this.db.actors], action, body);
  }
}

function withoutActor(span: Span): Span {
  const { actorId: _actor, ...rest } = span;
  return rest;
}

function mentionsActor(entry: HistoryEntry, actorId: string): boolean {
  return entry.span.actorId === actorId || entry.previous?.actorId === actorId;
}
