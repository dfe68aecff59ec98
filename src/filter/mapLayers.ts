/**
 * What the map layers draw for a view: districts as of the end of the range and line widths
 * of the visible links. Pure; the map and the legend read the same result.
 */
import type { Link, Mission, RegionId } from '../data/schema';
import type { YearRange } from './activeInRange';
import { districtAsOf } from './districts';
import { lineWidthFor, linkWeightInRange } from './linkWeight';

export type DistrictLayer = {
  /** Region id → id of the mission serving it. */
  servedBy: Map<RegionId, string>;
  /** Mission id → regions of its district. */
  districtOf: Map<string, RegionId[]>;
  /** Regions that exist on the day but whose serving mission is not published. */
  unpublished: Set<RegionId>;
};

/** Districts on `day` (YYYY-MM-DD) over the regions that exist that day. */
export function districtLayer(missions: readonly Mission[], day: string, regionIds: readonly RegionId[]): DistrictLayer {
  const servedBy = districtAsOf(missions, day);
  const districtOf = new Map<string, RegionId[]>();
  for (const [region, mission] of servedBy) {
    const list = districtOf.get(mission);
    if (list) list.push(region);
    else districtOf.set(mission, [region]);
  }
  const unpublished = new Set(regionIds.filter((r) => !servedBy.has(r)));
  return { servedBy, districtOf, unpublished };
}

/** Line width per visible link for the range (weight = frequency or trade value). */
export function linkWidths(links: readonly Link[], visible: ReadonlySet<string>, range: YearRange): Map<string, number> {
  const out = new Map<string, number>();
  for (const link of links) if (visible.has(link.id)) out.set(link.id, lineWidthFor(linkWeightInRange(link, range)));
  return out;
}

export type MapLayers = DistrictLayer & {
  /** Region id → colour of its serving mission. */
  districtColours: Map<string, string>;
  linkWidths: Map<string, number>;
};

/** Everything the map's district and link layers need for one view. */
export function mapLayersFor(
  data: { missions: readonly Mission[]; links: readonly Link[] },
  visibleLinks: ReadonlySet<string>,
  range: YearRange,
  day: string,
  regionIds: readonly RegionId[],
  colours: ReadonlyMap<string, string>,
): MapLayers {
  const districts = districtLayer(data.missions, day, regionIds);
  const districtColours = new Map<string, string>();
  for (const [region, mission] of districts.servedBy) {
    const colour = colours.get(mission);
    if (colour) districtColours.set(region, colour);
  }
  return { ...districts, districtColours, linkWidths: linkWidths(data.links, visibleLinks, range) };
}
