import { type GeoProjection, geoContains, geoMercator, geoNaturalEarth1 } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
}

/** How much a lone point (or a tight cluster outside any country) shows around it, in degrees. */
const MIN_SPAN_DEGREES = 3;

/**
 * The projection for a set of points, fitted to `[width, height]` minus `padding`: to the countries the
 * points are in (all points in Syria → Syria fills the view, not just the box around the points) together with
 * the points themselves. Mercator for a region; Natural Earth when the points span more than a third of the
 * globe.
 */
export function fitProjection(
  points: readonly MapPoint[],
  countries: readonly Feature<Geometry>[],
  width: number,
  height: number,
  padding = 24,
): { projection: GeoProjection; home: Set<Feature<Geometry>> } {
  const home = new Set<Feature<Geometry>>();
  for (const point of points) {
    const country = countries.find((feature) => geoContains(feature, [point.longitude, point.latitude]));
    if (country) home.add(country);
  }
  const longitudes = points.map((point) => point.longitude);
  const latitudes = points.map((point) => point.latitude);
  const spread = points.length > 0 ? Math.max(...longitudes) - Math.min(...longitudes) : 360;
  const projection = spread > 120 || points.length === 0 ? geoNaturalEarth1() : geoMercator();
  if (points.length === 0) {
    projection.fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'Sphere' },
    );
    return { projection, home };
  }
  const middleLon = (Math.max(...longitudes) + Math.min(...longitudes)) / 2;
  const middleLat = (Math.max(...latitudes) + Math.min(...latitudes)) / 2;
  const half = MIN_SPAN_DEGREES / 2;
  // Corners of the smallest box shown: a single point is not fitted to a zero-sized view.
  const minimum = [
    [middleLon - half, middleLat - half],
    [middleLon + half, middleLat + half],
  ];
  const target: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...home,
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPoint',
          coordinates: [...points.map((point) => [point.longitude, point.latitude]), ...minimum],
        },
      },
    ],
  };
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    target,
  );
  return { projection, home };
}
