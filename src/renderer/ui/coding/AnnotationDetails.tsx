import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../core/coding/actor';
import type { CasualtyAttributes } from '../../../core/coding/casualtyAttributes';
import type { Span } from '../../../core/spans/span';
import { labelName } from '../../i18n/names';
import { ActorLinkField } from './ActorLinkField';
import { CasualtyAttributesForm } from './CasualtyAttributesForm';
import './coding.css';

interface Props {
  /** The selected annotation; the panel is not shown without one. */
  span: Span | undefined;
  actors: readonly Actor[];
  onSaveAttributes(span: Span, attributes: Omit<CasualtyAttributes, 'proposed'>): Promise<boolean>;
  onLinkActor(span: Span, actorId: string | null): void;
  onCreateActorFromSpan(span: Span): void;
  onAddAlias(actorId: string, alias: string): Promise<boolean>;
  onOpenActors(): void;
  /**
   * PLACE PICKER SLOT: the "places" work provides the picker (gazetteer search, precision) for a place span.
   * Until it is wired in, the panel says so instead.
   */
  renderPlacePicker?: (span: Span) => ReactNode;
}

/**
 * The side panel "Annotation details": what the selected annotation is coded as. A casualty count shows its
 * figures, an actor its registry link, a place its place link (from the place picker).
 */
export function AnnotationDetails({
  span,
  actors,
  onSaveAttributes,
  onLinkActor,
  onCreateActorFromSpan,
  onAddAlias,
  onOpenActors,
  renderPlacePicker,
}: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  if (!span) return null;
  return (
    <section className="annotation-details" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('coding.heading')}</h2>
      <p className="details-subject">
        <span className={`label-chip label-${span.label}`}>{labelName(t, span.label)}</span>{' '}
        <bdi>{span.text}</bdi>
      </p>
      {span.label === 'casualty_count' && (
        <CasualtyAttributesForm
          // A new span, a saved edit or an undo gives the form a fresh draft.
          key={`${span.id}:${span.updatedAt}`}
          attributes={span.attributes}
          onSave={(attributes) => onSaveAttributes(span, attributes)}
        />
      )}
      {span.label === 'actor' && (
        <ActorLinkField
          span={span}
          actors={actors}
          onLink={(actorId) => onLinkActor(span, actorId)}
          onCreateFromSpan={() => onCreateActorFromSpan(span)}
          onAddAlias={onAddAlias}
          onOpenRegistry={onOpenActors}
        />
      )}
      {span.label === 'place' &&
        (renderPlacePicker ? (
          renderPlacePicker(span)
        ) : (
          <p className="hint-inline" data-testid="place-picker-placeholder">
            {t('coding.placesNotAvailable')}
          </p>
        ))}
    </section>
  );
}
