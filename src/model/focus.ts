/**
 * What a selection brings forward on the map: its own ties (drawn in full), the units at
 * their other ends (outlined and labelled), the missions involved, and the points the camera
 * should fit. Everything else fades to context. Pure.
 */
import type { AtlasIndex, LonLat } from '../data/indexes';
import { seatAt } from '../data/indexes';
import type { RegionId } from '../data/schema';
import type { DistrictLayer } from '../filter/mapLayers';
import type { Visible } from '../filter/visible';

export type Focus = {
  /** The selected id. */
  id: string;
  links: ReadonlySet<string>;
  missions: ReadonlySet<string>;
  /** The selected region (if any) and its partners. */
  regions: ReadonlySet<RegionId>;
  /** Where the selection and its partners are: the camera fits these. */
  points: readonly LonLat[];
};

export function focusOf(
  id: string | null,
  index: AtlasIndex | null,
  visible: Visible | null,
  districts: DistrictLayer | null,
  day: string,
): Focus | null {
  const entity = id ? index?.byId.get(id) : undefined;
  if (!id || !index || !visible || !entity) return null;
  const links = new Set<string>();
  const missions = new Set<string>();
  const regions = new Set<RegionId>();
  const points: LonLat[] = [];
  const addEndpoint = (endpoint: string) => {
    const region = index.endpointRegion(endpoint);
    if (region) regions.add(region);
    const p = index.endpointPosition(endpoint);
    if (p) points.push(p);
  };
  const addLink = (linkId: string) => {
    const e = index.byId.get(linkId);
    if (e?.kind !== 'link' || !visible.linkIds.has(linkId)) return;
    links.add(linkId);
    addEndpoint(e.record.a);
    addEndpoint(e.record.b);
    if (e.record.type === 'transport') for (const p of e.record.via ?? []) addEndpoint(p);
  };
  const addMission = (missionId: string) => {
    const e = index.byId.get(missionId);
    if (e?.kind !== 'mission') return;
    if (visible.missionIds.has(missionId)) missions.add(missionId);
    addEndpoint(seatAt(e.record, day).place);
    for (const r of districts?.districtOf.get(missionId) ?? []) addEndpoint(r);
  };

  switch (entity.kind) {
    case 'region': {
      addEndpoint(id);
      for (const related of index.byRegion.get(id) ?? []) {
        const e = index.byId.get(related);
        if (e?.kind === 'link') addLink(related);
        // Missions seated in the region; the one serving it is added below.
        if (e?.kind === 'mission' && visible.missionIds.has(related)) missions.add(related);
      }
      const serving = districts?.servedBy.get(id);
      if (serving && visible.missionIds.has(serving.mission.id)) missions.add(serving.mission.id);
      break;
    }
    case 'place':
      addEndpoint(id);
      break;
    case 'link':
      addLink(id);
      // A tie hidden by the filters still frames its ends.
      if (!links.has(id)) {
        addEndpoint(entity.record.a);
        addEndpoint(entity.record.b);
      }
      break;
    case 'mission':
      addMission(id);
      break;
    case 'event': {
      const e = entity.record;
      for (const r of index.regionsOf.get(id) ?? []) addEndpoint(r);
      for (const p of e.places ?? []) addEndpoint(p);
      for (const l of e.links ?? []) addLink(l);
      for (const m of e.missions ?? []) addMission(m);
      break;
    }
  }
  return { id, links, missions, regions, points };
}
