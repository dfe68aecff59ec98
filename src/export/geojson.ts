/**
 * GeoJSON of what is shown: each link as a LineString (the same arc the map draws),
 * each mission as a Point at its city, each event as a MultiPoint at its places (or, for
 * events without places, at its regions' label points). Properties carry the whole
 * record, sources included, plus `entity` and the endpoint names, so the file stands alone.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { AtlasIndex, LonLat } from '../data/indexes';
import type { Visible } from '../filter/visible';
import { assignSlots, bezierArc } from '../map/arcs';
import type { NameLookup } from '../search/endpointNames';

/** `entity` says what the feature is; `kind` and `type` stay the record's own (a mission's kind, a link's type). */
type Props = Record<string, unknown> & { entity: 'link' | 'mission' | 'event'; id: string };

const feature = (geometry: Geometry | null, properties: Props): Feature<Geometry | null, Props> => ({
  type: 'Feature',
  id: properties.id,
  geometry,
  properties,
});

const same = (a: LonLat, b: LonLat) => a[0] === b[0] && a[1] === b[1];

export function atlasGeoJson(
  index: AtlasIndex,
  nameOf: NameLookup,
  visible: Pick<Visible, 'linkIds' | 'missionIds' | 'eventIds'>,
): FeatureCollection<Geometry | null, Props> {
  const features: Feature<Geometry | null, Props>[] = [];

  // Slots over all links, as on the map, so each arc has the shape the user saw.
  const slots = assignSlots(index.links);
  for (const link of index.links) {
    if (!visible.linkIds.has(link.id)) continue;
    const a = index.endpointPosition(link.a);
    const b = index.endpointPosition(link.b);
    const coordinates: Position[] | null =
      a && b ? (same(a, b) ? [a, b] : bezierArc(a, b, slots.get(link.id) ?? 0).coordinates) : null;
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
    const place = index.placeById.get(mission.place);
    features.push(
      feature(place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null, {
        ...mission,
        entity: 'mission',
        place_name: nameOf(mission.place),
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
