import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../core/coding/actor';
import type { CasualtyAttributes } from '../../../core/coding/casualtyAttributes';
import type { Span } from '../../../core/spans/span';
import { translateRefusal } from '../../i18n/coreReasons';
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
  // Called inside the window's I18nextProvider (CodingPanel): messages in the interface language.
  const { t } = useTranslation();
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
        // An actor refused for core's reasons (a name taken) is explained in the interface language.
        const shown = translateRefusal(t, error);
        report(error instanceof Error && shown !== error.message ? new Error(shown) : error);
        return false;
      }
    },
    [say, report, t],
  );

  const saveAttributes = useCallback(
    (span: Span, attributes: Omit<CasualtyAttributes, 'proposed'>) =>
      attempt(async () => {
        replaceSpan(await store.coding.setAttributes(span, attributes));
        return t('codingMessages.figuresSaved', { text: span.text });
      }),
    [attempt, replaceSpan, store, t],
  );

  const linkActor = useCallback(
    (span: Span, actorId: string | null) =>
      attempt(async () => {
        replaceSpan(await store.coding.linkActor(span, actorId));
        const actor = actors.find((candidate) => candidate.id === actorId);
        return actor
          ? t('codingMessages.linked', { text: span.text, name: actor.name })
          : t('codingMessages.unlinked', { text: span.text });
      }),
    [attempt, replaceSpan, store, actors, t],
  );

  const createActorFromSpan = useCallback(
    (span: Span) =>
      attempt(async () => {
        const { actor, span: linked } = await store.coding.createActorFromSpan(span);
        replaceSpan(linked);
        await refreshActors();
        return t('codingMessages.created', { name: actor.name, text: span.text });
      }),
    [attempt, replaceSpan, refreshActors, store, t],
  );

  const addAlias = useCallback(
    (actorId: string, alias: string) =>
      attempt(async () => {
        const actor = await store.coding.addAliases(actorId, [alias]);
        await refreshActors();
        const aliases = actor.aliases.join(t('coding.aliasSeparator')) || t('codingMessages.noAliases');
        return t('codingMessages.aliases', { name: actor.name, aliases });
      }),
    [attempt, refreshActors, store, t],
  );

  const saveActor = useCallback(
    (actorId: string | null, draft: ActorDraft) =>
      attempt(async () => {
        const actor = actorId
          ? await store.coding.updateActor(actorId, draft)
          : await store.coding.createActor(draft);
        await refreshActors();
        return t('codingMessages.actorSaved', { name: actor.name });
      }),
    [attempt, refreshActors, store, t],
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
        return t('codingMessages.actorDeleted', { name: actor.name, count: unlinked });
      }),
    [attempt, refreshActors, setSpans, store, t],
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
