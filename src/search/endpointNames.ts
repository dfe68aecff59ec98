/**
 * Names of anything a link, mission or event can point at: a region (from the boundary
 * layer, today's variant), a country (from the boundary layer's countries) or a place.
 * Search indexes them and the exports write them next to the ids.
 */
import type { Boundaries } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import { namesFromProps, type MaybeNames } from '../i18n/names';

export type NameLookup = (id: string) => MaybeNames;

export function endpointNameLookup(index: AtlasIndex, boundaries: Boundaries): NameLookup {
  const regions = new Map<string, MaybeNames>();
  for (const f of boundaries.regions.features) {
    // Today's variant names the region; a former one only fills a gap.
    if (!f.properties.validTo || !regions.has(f.properties.id)) {
      regions.set(f.properties.id, namesFromProps(f.properties));
    }
  }
  const countries = new Map<string, MaybeNames>();
  for (const f of boundaries.countries.features) countries.set(f.properties.iso_a2, namesFromProps(f.properties));
  return (id) => regions.get(id) ?? countries.get(id) ?? index.placeById.get(id)?.name ?? { en: id };
}
