import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GEO_PRECISIONS, type GeoPrecision, type Place } from '../../../core/coding/place';
import type { Span } from '../../../core/spans/span';
import type { AnnotationStore } from '../../storage/annotationStore';
import { linkSpanToPlace } from '../../storage/linkSpanToPlace';
import { type PlaceOption, usePlaceSearch } from './usePlaceSearch';
import './places.css';

interface Props {
  /** A span labelled place. */
  span: Span;
  store: AnnotationStore;
  /** After storage committed a link (place) or an unlink (null), with the span as stored now. */
  onLinked(span: Span, place: Place | null): void;
  /** A refused or failed action; the picker keeps its state. */
  onError?(error: unknown): void;
  /** "Find annotations": every annotation linked to the linked place, across the library. */
  onFindAnnotations?(place: { id: string; name: string }): void;
}

const coordinates = (place: { latitude: number; longitude: number }) =>
  `${place.latitude.toFixed(4)}, ${place.longitude.toFixed(4)}`;

/**
 * Links a place span to a place with coordinates: a combobox "Place" searching the library's places and the
 * offline gazetteer (Arabic or Latin, clitics stripped: "بالرقة" finds Ar Raqqah), a "Precision" (exact, near,
 * region, as ACLED's geo_precision), and "Add place…" for a place the gazetteer lacks. Keyboard: arrows move
 * in the results, Enter links, Escape closes the list.
 */
export function PlacePicker({ span, store, onLinked, onError, onFindAnnotations }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState(span.placeId ? '' : span.text);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(!span.placeId);
  const [precision, setPrecision] = useState<GeoPrecision>(span.geoPrecision ?? 'exact');
  const [linked, setLinked] = useState<Place | null>(null);
  const [adding, setAdding] = useState(false);
  const [working, setWorking] = useState(false);
  const search = usePlaceSearch(store, query);
  const { results } = search;

  useEffect(() => {
    let current = true;
    if (!span.placeId) setLinked(null);
    else void store.places.getPlace(span.placeId).then((place) => current && setLinked(place ?? null));
    return () => {
      current = false;
    };
  }, [store, span.placeId]);

  const fail = (error: unknown) => onError?.(error);

  const link = async (option: PlaceOption | Place, chosenPrecision = precision) => {
    const place = 'place' in option ? option.place : option;
    setWorking(true);
    try {
      const done = await linkSpanToPlace(store, span, place, chosenPrecision);
      setLinked(done.place);
      setOpen(false);
      setQuery('');
      await search.refreshStored();
      onLinked(done.span, done.place);
    } catch (error) {
      fail(error);
    } finally {
      setWorking(false);
    }
  };

  const unlink = async () => {
    setWorking(true);
    try {
      const updated = await store.coding.linkPlace(span, null);
      setLinked(null);
      onLinked(updated, null);
    } catch (error) {
      fail(error);
    } finally {
      setWorking(false);
    }
  };

  const changePrecision = (next: GeoPrecision) => {
    setPrecision(next);
    if (linked) void link(linked, next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.max(0, Math.min(results.length - 1, index + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = results[active];
      if (open && option) void link(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const showList = open && query.trim() !== '';

  return (
    <div className="place-picker">
      {linked ? (
        <p className="place-linked" data-testid="linked-place">
          {t('placePicker.linkedTo')} <bdi>{linked.name}</bdi> (<bdi dir="ltr">{coordinates(linked)}</bdi>)
          {linked.country ? `${t('placePicker.countrySeparator')}${linked.country}` : ''} —{' '}
          {t(`geoPrecisions.${span.geoPrecision ?? precision}`)}
          <button type="button" className="link-button" disabled={working} onClick={() => void unlink()}>
            {t('placePicker.unlink')}
          </button>
          {onFindAnnotations && (
            <button
              type="button"
              className="link-button"
              onClick={() => onFindAnnotations({ id: linked.id, name: linked.name })}
              aria-label={t('linkedAnnotations.findForPlace', { name: linked.name })}
            >
              {t('linkedAnnotations.find')}
            </button>
          )}
        </p>
      ) : (
        <p className="hint-inline">{t('placePicker.notLinked')}</p>
      )}
      <label htmlFor={`${id}-input`}>{t('placePicker.place')}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        placeholder="الرقة, Raqqa…"
        autoComplete="off"
        spellCheck={false}
      />
      <span id={`${id}-hint`} className="hint-inline">
        {search.problem ?? (search.loading && results.length === 0 ? t('placePicker.searching') : '')}
      </span>
      {showList && (
        <div id={listId} role="listbox" aria-label={t('placePicker.found')} className="place-results">
          {results.length === 0 && !search.loading && (
            <p className="hint-inline">{t('placePicker.noneFound')}</p>
          )}
          {results.map((option, index) => (
            <div
              key={option.place.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // The input keeps the focus: the list is driven from it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void link(option)}
              onKeyDown={() => {}}
              tabIndex={-1}
            >
              <span className="place-name">
                <bdi>{option.place.name}</bdi>
                {option.matchedName !== option.place.name && (
                  <>
                    {' '}
                    (<bdi>{option.matchedName}</bdi>)
                  </>
                )}
              </span>
              <span className="place-meta">
                {option.place.country ?? '—'} · <bdi dir="ltr">{coordinates(option.place)}</bdi>
                {option.stored ? t('placePicker.inLibrary') : ''}
              </span>
            </div>
          ))}
        </div>
      )}
      <label htmlFor={`${id}-precision`}>{t('placePicker.precision')}</label>
      <select
        id={`${id}-precision`}
        value={precision}
        disabled={working}
        onChange={(event) => changePrecision(event.target.value as GeoPrecision)}
      >
        {GEO_PRECISIONS.map((option) => (
          <option key={option.key} value={option.key}>
            {t(`geoPrecisions.${option.key}`)}
          </option>
        ))}
      </select>
      <p className="hint-inline attribution">{t('placePicker.attribution')}</p>
      {adding ? (
        <AddPlaceForm
          initialName={span.text}
          disabled={working}
          onCancel={() => setAdding(false)}
          onSave={async (draft) => {
            try {
              const place = await store.places.addUserPlace(draft);
              setAdding(false);
              await link(place);
            } catch (error) {
              fail(error);
            }
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('placePicker.addPlace')}
        </button>
      )}
    </div>
  );
}

interface AddPlaceProps {
  initialName: string;
  disabled: boolean;
  onSave(draft: { name: string; latitude: number; longitude: number; country?: string }): Promise<void>;
  onCancel(): void;
}

/** A place of the researcher's own: a name and coordinates in decimal degrees. */
function AddPlaceForm({ initialName, disabled, onSave, onCancel }: AddPlaceProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [country, setCountry] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSave({
      name,
      latitude: Number.parseFloat(latitude),
      longitude: Number.parseFloat(longitude),
      ...(country.trim() ? { country } : {}),
    });
  };
  return (
    <form className="add-place" aria-label={t('placePicker.addForm')} onSubmit={submit}>
      <label>
        {t('placePicker.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <label>
        {t('placePicker.latitude')}
        <input
          inputMode="decimal"
          value={latitude}
          onChange={(event) => setLatitude(event.target.value)}
          required
        />
      </label>
      <label>
        {t('placePicker.longitude')}
        <input
          inputMode="decimal"
          value={longitude}
          onChange={(event) => setLongitude(event.target.value)}
          required
        />
      </label>
      <label>
        {t('placePicker.country')}
        <input value={country} maxLength={2} onChange={(event) => setCountry(event.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('placePicker.cancel')}
        </button>
        <button type="submit" disabled={disabled}>
          {t('placePicker.save')}
        </button>
      </div>
    </form>
  );
}
