import { type ReactNode, useState } from 'react';
import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { NamedLinkTarget } from '../search/useLinkedAnnotations';
import { ActorsDialog } from './ActorsDialog';
import { AnnotationDetails } from './AnnotationDetails';
import { useCoding } from './useCoding';

interface Props {
  store: AnnotationStore;
  spans: readonly Span[];
  selectedSpanId: string | null;
  setSpans: (update: (current: Span[]) => Span[]) => void;
  say: (kind: 'status' | 'error', text: string) => void;
  report: (error: unknown) => void;
  /** The place picker of the places work, when there is one (see AnnotationDetails). */
  renderPlacePicker?: (span: Span) => ReactNode;
  /** "Find annotations" of an actor in the registry (the registry closes, the list of annotations opens). */
  onFindAnnotations?(target: NamedLinkTarget): void;
}

/** Event coding in the window: the "Annotation details" panel of the selected annotation and the Actors dialog. */
export function CodingPanel({
  store,
  spans,
  selectedSpanId,
  setSpans,
  say,
  report,
  renderPlacePicker,
  onFindAnnotations,
}: Props) {
  const coding = useCoding({ store, setSpans, say, report });
  const [actorsOpen, setActorsOpen] = useState(false);
  const selected = spans.find((span) => span.id === selectedSpanId);
  return (
    <>
      <AnnotationDetails
        span={selected}
        actors={coding.actors}
        onSaveAttributes={coding.saveAttributes}
        onLinkActor={(span, actorId) => void coding.linkActor(span, actorId)}
        onCreateActorFromSpan={(span) => void coding.createActorFromSpan(span)}
        onAddAlias={coding.addAlias}
        onOpenActors={() => setActorsOpen(true)}
        {...(renderPlacePicker ? { renderPlacePicker } : {})}
      />
      <ActorsDialog
        open={actorsOpen}
        actors={coding.actors}
        onSave={coding.saveActor}
        onDelete={coding.deleteActor}
        countLinked={coding.countLinkedSpans}
        {...(onFindAnnotations
          ? {
              onFindAnnotations: (actor: { id: string; name: string }) => {
                setActorsOpen(false);
                onFindAnnotations({ kind: 'actor', id: actor.id, name: actor.name });
              },
            }
          : {})}
        onClose={() => setActorsOpen(false)}
      />
    </>
  );
}
