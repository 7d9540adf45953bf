import { type FormEvent, useId, useMemo, useState } from 'react';
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
      <h3 id={`${id}-heading`}>Actor</h3>
      <label>
        Linked actor
        <select value={span.actorId ?? ''} onChange={(event) => onLink(event.target.value || null)}>
          <option value="">Not linked</option>
          {matches.length > 0 && (
            <optgroup label="Named by this annotation">
              {matches.map((match) => (
                <option key={match.actor.id} value={match.actor.id}>
                  {match.actor.name}
                  {match.matchedName !== match.actor.name ? ` (${match.matchedName})` : ''}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label="All actors">
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
          This annotation names <bdi>{matches[0].actor.name}</bdi>.{' '}
          <button type="button" onClick={() => onLink(matches[0]?.actor.id ?? null)}>
            Link to {matches[0].actor.name}
          </button>
        </p>
      )}
      <div className="coding-actions">
        <button
          type="button"
          onClick={onCreateFromSpan}
          disabled={sameName !== undefined}
          title={sameName ? `The actor “${sameName.name}” already has this name` : undefined}
        >
          Create actor from span
        </button>
        <button type="button" onClick={onOpenRegistry}>
          Actors…
        </button>
      </div>
      {linked && (
        <form className="alias-form" onSubmit={submitAlias} aria-label={`Aliases of ${linked.name}`}>
          <p>
            Aliases of <bdi>{linked.name}</bdi>:{' '}
            {linked.aliases.length > 0 ? (
              linked.aliases.map((name, index) => (
                <span key={name}>
                  {index > 0 ? ', ' : ''}
                  <bdi>{name}</bdi>
                </span>
              ))
            ) : (
              <span className="muted">none yet</span>
            )}
          </p>
          <label>
            New alias
            <input value={alias} dir="auto" onChange={(event) => setAlias(event.target.value)} />
          </label>
          <button type="submit" disabled={alias.trim() === ''}>
            Add alias
          </button>
        </form>
      )}
    </div>
  );
}
