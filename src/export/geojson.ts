/**
 * GeoJSON of what is shown: each link as a LineString (the same arc the map draws),
 * each mission as a Point at its city, each event as a MultiPoint at its places (or, for
 * events without places, at its regions' label points). Properties carry the whole
 * record, sources included, plus `entity` and the endpoint names, so the file stands alone.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { seatAt, type AtlasIndex, type LonLat } from '../data/indexes';
import type { Visible } from '../filter/visible';
import { tieShapes } from '../geometry/tieShapes';
import type { NameLookup } from './csv';

/** `entity` says what the feature is; `kind` and `type` stay the record's own (a mission's kind, a link's type). */
type Props = Record<string, unknown> & { entity: 'link' | 'mission' | 'event'; id: string };

const feature = (geometry: Geometry | null, properties: Props): Feature<Geometry | null, Props> => ({
  type: 'Feature',
  id: properties.id,
  geometry,
  properties,
});

/** What is shown as GeoJSON; missions sit where they were on `day` (the view's last day). */
export function atlasGeoJson(
  index: AtlasIndex,
  nameOf: NameLookup,
  visible: Pick<Visible, 'linkIds' | 'missionIds' | 'eventIds'>,
  day: string,
): FeatureCollection<Geometry | null, Props> {
  const features: Feature<Geometry | null, Props>[] = [];

  // The shapes the map draws, so each line has the form the user saw.
  const shapes = new Map(tieShapes(index).map((s) => [s.link.id, s.coordinates]));
  for (const link of index.links) {
    if (!visible.linkIds.has(link.id)) continue;
    const coordinates = shapes.get(link.id) ?? null;
    features.push(
      feature(coordinates && { type: 'LineString', coordinates }, {
        ...link,
        entity: 'link',
        a_name: nameOf(link.a),
        b_name: nameOf(link.b),
      }),
    );
  }

  for (const mission of index.missions) {
    if (!visible.missionIds.has(mission.id)) continue;
    const seat = seatAt(mission, day).place;
    const place = index.placeById.get(seat);
    features.push(
      feature(place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null, {
        ...mission,
        entity: 'mission',
        place_name: nameOf(seat),
        region: place?.region ?? null,
      }),
    );
  }

  for (const event of index.events) {
    if (!visible.eventIds.has(event.id)) continue;
    const at = event.places?.length ? event.places : event.regions;
    const points = at.map((id) => index.endpointPosition(id)).filter((p): p is LonLat => p !== null);
    features.push(feature(points.length ? { type: 'MultiPoint', coordinates: points } : null, { ...event, entity: 'event' }));
  }

  return { type: 'FeatureCollection', features };
}
