import { useCallback, useEffect, useState } from 'react';
import type { Actor } from '../../../core/coding/actor';
import type { CasualtyAttributes } from '../../../core/coding/casualtyAttributes';
import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { ActorDraft } from '../../storage/codingStore';

interface Options {
  store: AnnotationStore;
  /** Replaces one span of the open document with what storage committed. */
  setSpans: (update: (current: Span[]) => Span[]) => void;
  say: (kind: 'status' | 'error', text: string) => void;
  report: (error: unknown) => void;
}

/**
 * The coding actions of the side panel and the Actors dialog: figures of casualty counts, actor links, the
 * actor registry. Each resolves after storage committed; a refusal is reported and the promise resolves false.
 */
export function useCoding({ store, setSpans, say, report }: Options) {
  const [actors, setActors] = useState<Actor[]>([]);

  const refreshActors = useCallback(async () => {
    try {
      setActors(await store.coding.listActors());
    } catch (error) {
      report(error);
    }
  }, [store, report]);

  useEffect(() => {
    void refreshActors();
  }, [refreshActors]);

  const replaceSpan = useCallback(
    (span: Span) =>
      setSpans((current) => current.map((candidate) => (candidate.id === span.id ? span : candidate))),
    [setSpans],
  );

  /** Runs a storage action; reports a failure and returns false, or returns true. */
  const attempt = useCallback(
    async (action: () => Promise<string>): Promise<boolean> => {
      try {
        say('status', await action());
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [say, report],
  );

  const saveAttributes = useCallback(
    (span: Span, attributes: Omit<CasualtyAttributes, 'proposed'>) =>
      attempt(async () => {
        replaceSpan(await store.coding.setAttributes(span.id, attributes));
        return `Saved the figures of “${span.text}”.`;
      }),
    [attempt, replaceSpan, store],
  );

  const linkActor = useCallback(
    (span: Span, actorId: string | null) =>
      attempt(async () => {
        replaceSpan(await store.coding.linkActor(span.id, actorId));
        const actor = actors.find((candidate) => candidate.id === actorId);
        return actor ? `Linked “${span.text}” to ${actor.name}.` : `Unlinked “${span.text}” from its actor.`;
      }),
    [attempt, replaceSpan, store, actors],
  );

  const createActorFromSpan = useCallback(
    (span: Span) =>
      attempt(async () => {
        const { actor, span: linked } = await store.coding.createActorFromSpan(span.id);
        replaceSpan(linked);
        await refreshActors();
        return `Created the actor ${actor.name} and linked “${span.text}” to it.`;
      }),
    [attempt, replaceSpan, refreshActors, store],
  );

  const addAlias = useCallback(
    (actorId: string, alias: string) =>
      attempt(async () => {
        const actor = await store.coding.addAliases(actorId, [alias]);
        await refreshActors();
        return `${actor.name} now has the aliases ${actor.aliases.join(', ') || '(none)'}.`;
      }),
    [attempt, refreshActors, store],
  );

  const saveActor = useCallback(
    (actorId: string | null, draft: ActorDraft) =>
      attempt(async () => {
        const actor = actorId
          ? await store.coding.updateActor(actorId, draft)
          : await store.coding.createActor(draft);
        await refreshActors();
        return `Saved the actor ${actor.name}.`;
      }),
    [attempt, refreshActors, store],
  );

  const deleteActor = useCallback(
    (actor: Actor) =>
      attempt(async () => {
        const { unlinked } = await store.coding.deleteActor(actor.id);
        setSpans((current) =>
          current.map((span) => {
            if (span.actorId !== actor.id) return span;
            const { actorId: _actor, ...rest } = span;
            return rest;
          }),
        );
        await refreshActors();
        return `Deleted the actor ${actor.name}; ${unlinked} annotation${unlinked === 1 ? '' : 's'} unlinked.`;
      }),
    [attempt, refreshActors, setSpans, store],
  );

  return {
    actors,
    refreshActors,
    saveAttributes,
    linkActor,
    createActorFromSpan,
    addAlias,
    saveActor,
    deleteActor,
    countLinkedSpans: (actorId: string) => store.coding.countLinkedSpans(actorId),
  };
}

export type Coding = ReturnType<typeof useCoding>;
