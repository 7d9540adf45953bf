import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../core/coding/actor';
import { actorNameKey, actorsMatching } from '../../../core/coding/actorRegistry';
import type { Span } from '../../../core/spans/span';

interface Props {
  span: Span;
  actors: readonly Actor[];
  onLink(actorId: string | null): void;
  onCreateFromSpan(): void;
  onAddAlias(actorId: string, alias: string): Promise<boolean>;
  onOpenRegistry(): void;
}

/**
 * An actor span's link to the registry: a combobox of actors (those the span's text names first, found with
 * Arabic folding and proclitics stripped), "Create actor from span", and the linked actor's aliases with a
 * field to add one.
 */
export function ActorLinkField({
  span,
  actors,
  onLink,
  onCreateFromSpan,
  onAddAlias,
  onOpenRegistry,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [alias, setAlias] = useState('');
  const matches = useMemo(() => actorsMatching([...actors], span.text), [actors, span.text]);
  const matchedIds = new Set(matches.map((match) => match.actor.id));
  const linked = actors.find((actor) => actor.id === span.actorId);
  // An actor of that very name exists: creating another would be refused, so offer to link it instead.
  const sameName = actors.find((actor) => actorNameKey(actor.name) === actorNameKey(span.text));

  const submitAlias = async (event: FormEvent) => {
    event.preventDefault();
    if (!linked || alias.trim() === '') return;
    if (await onAddAlias(linked.id, alias)) setAlias('');
  };

  return (
    <div className="actor-link">
      <h3 id={`${id}-heading`}>{t('coding.actor')}</h3>
      <label>
        {t('coding.linkedActor')}
        <select value={span.actorId ?? ''} onChange={(event) => onLink(event.target.value || null)}>
          <option value="">{t('coding.notLinked')}</option>
          {matches.length > 0 && (
            <optgroup label={t('coding.namedHere')}>
              {matches.map((match) => (
                <option key={match.actor.id} value={match.actor.id}>
                  {match.actor.name}
                  {match.matchedName !== match.actor.name ? ` (${match.matchedName})` : ''}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t('coding.allActors')}>
            {actors
              .filter((actor) => !matchedIds.has(actor.id))
              .map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
          </optgroup>
        </select>
      </label>
      {!span.actorId && matches[0] && (
        <p className="hint-inline">
          {t('coding.names')} <bdi>{matches[0].actor.name}</bdi>.{' '}
          <button type="button" onClick={() => onLink(matches[0]?.actor.id ?? null)}>
            {t('coding.linkTo', { name: matches[0].actor.name })}
          </button>
        </p>
      )}
      <div className="coding-actions">
        <button
          type="button"
          onClick={onCreateFromSpan}
          disabled={sameName !== undefined}
          title={sameName ? t('coding.sameName', { name: sameName.name }) : undefined}
        >
          {t('coding.createActor')}
        </button>
        <button type="button" onClick={onOpenRegistry}>
          {t('coding.actors')}
        </button>
      </div>
      {linked && (
        <form
          className="alias-form"
          onSubmit={submitAlias}
          aria-label={t('coding.aliasesOf', { name: linked.name })}
        >
          <p>
            {t('coding.aliasesOfBefore')} <bdi>{linked.name}</bdi>:{' '}
            {linked.aliases.length > 0 ? (
              linked.aliases.map((name, index) => (
                <span key={name}>
                  {index > 0 ? t('coding.aliasSeparator') : ''}
                  <bdi>{name}</bdi>
                </span>
              ))
            ) : (
              <span className="muted">{t('coding.noAliases')}</span>
            )}
          </p>
          <label>
            {t('coding.newAlias')}
            <input value={alias} dir="auto" onChange={(event) => setAlias(event.target.value)} />
          </label>
          <button type="submit" disabled={alias.trim() === ''}>
            {t('coding.addAlias')}
          </button>
        </form>
      )}
    </div>
  );
}
