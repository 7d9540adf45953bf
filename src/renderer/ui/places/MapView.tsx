import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { AnnotationStore } from '../../storage/annotationStore';
import type { MappedPlace } from '../../storage/placeStore';
import { fitProjection, type MapPoint } from './mapGeometry';
import './places.css';

interface Props {
  open: boolean;
  store: AnnotationStore;
  /** The open document; without one the map shows the library. */
  docId: string | null;
  onClose(): void;
}

const WIDTH = 900;
const HEIGHT = 560;

let countriesPromise: Promise<Feature<Geometry>[]> | null = null;

/**
 * Natural Earth country outlines (world-atlas, 1:50m, public domain), a file of the build fetched from the
 * app's own origin the first time the map opens. No tile server, nothing from the network.
 */
function loadCountries(): Promise<Feature<Geometry>[]> {
  countriesPromise ??= fetch(countriesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the map outlines answered ${response.status}`);
      return response.json() as Promise<Topology>;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries as never) as unknown as {
        features: Feature<Geometry>[];
      };
      return collection.features;
    });
  countriesPromise.catch(() => {
    countriesPromise = null;
  });
  return countriesPromise;
}

/**
 * The dialog "Map": the places linked from the open document's spans (or, with "Whole library", from every
 * document's), as labelled points over country outlines, fitted to the points (the countries they are in fill
 * the view). Drawn offline with d3-geo; the same places are listed below the map as text.
 */
export default function MapView({ open, store, docId, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [wholeLibrary, setWholeLibrary] = useState(docId === null);
  const [places, setPlaces] = useState<MappedPlace[] | null>(null);
  const [countries, setCountries] = useState<Feature<Geometry>[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    loadCountries().then(
      (loaded) => current && setCountries(loaded),
      (error: unknown) => current && setProblem(t('map.outlinesNotLoaded', { reason: String(error) })),
    );
    const scope = wholeLibrary || docId === null ? undefined : [docId];
    store.places.mappedPlaces(scope).then(
      (loaded) => current && setPlaces(loaded),
      (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [open, store, docId, wholeLibrary, t]);

  const points: MapPoint[] = useMemo(
    () =>
      (places ?? []).map(({ place }) => ({
        id: place.id,
        label: place.name,
        latitude: place.latitude,
        longitude: place.longitude,
      })),
    [places],
  );

  const drawing = useMemo(() => {
    if (!countries) return null;
    const { projection, home } = fitProjection(points, countries, WIDTH, HEIGHT);
    const path = geoPath(projection);
    return {
      outlines: countries.map((country, index) => ({
        // Not the id alone: in the atlas Australia and Ashmore share 036, five territories have none (their index
        // could equal another's id, as 238 did), and React drops all but one child of a repeated key.
        key: `${country.id ?? ''}#${index}`,
        d: path(country) ?? '',
        home: home.has(country),
      })),
      points: points.map((point) => {
        const [x, y] = projection([point.longitude, point.latitude]) ?? [Number.NaN, Number.NaN];
        return { ...point, x, y };
      }),
    };
  }, [countries, points]);

  const described = places === null ? t('map.loading') : t('map.places', { count: places.length });

  return (
    <dialog ref={dialog} aria-labelledby={headingId} className="dialog map-dialog" onClose={onClose}>
      <h2 id={headingId}>{t('map.heading')}</h2>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={wholeLibrary || docId === null}
          disabled={docId === null}
          onChange={(event) => setWholeLibrary(event.target.checked)}
        />{' '}
        {t('map.wholeLibrary')}
      </label>
      {problem && <p role="alert">{problem}</p>}
      <svg
        className="map-svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('map.image', { described })}
        data-testid="map"
      >
        {drawing?.outlines.map((outline) => (
          <path key={outline.key} d={outline.d} className={outline.home ? 'map-land map-home' : 'map-land'} />
        ))}
        {drawing?.points.map((point) =>
          Number.isFinite(point.x) ? (
            <g key={point.id} data-place={point.id}>
              <circle cx={point.x} cy={point.y} r={5} className="map-point">
                <title>{point.label}</title>
              </circle>
              <text x={point.x + 8} y={point.y + 4} className="map-label">
                {point.label}
              </text>
            </g>
          ) : null,
        )}
      </svg>
      <ul className="map-places" aria-label={t('map.list')}>
        {(places ?? []).map(({ place, spans }) => (
          <li key={place.id}>
            {/* Coordinates as one left-to-right run: in a right-to-left line "lat, lon" would swap. */}
            <bdi>{place.name}</bdi> —{' '}
            <bdi dir="ltr">
              {place.latitude.toFixed(4)}, {place.longitude.toFixed(4)}
            </bdi>{' '}
            — {t('map.annotations', { count: spans.length })}
          </li>
        ))}
      </ul>
      {places !== null && places.length === 0 && <p className="hint-inline">{t('map.noneLinked')}</p>}
      <p className="hint-inline attribution">{t('map.attribution')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('map.close')}
        </button>
      </div>
    </dialog>
  );
}
