/**
 * What the map's district and link layers draw for a view: districts as of a day and line
 * widths of the visible links. Pure; the map, the legend and the panels read the same result.
 */
import type { Link, Mission, RegionId } from '../data/schema';
import type { YearRange } from './activeInRange';
import { districtsAsOf, type DistrictServing } from './districts';
import { lineWidthFor, linkWeightInRange } from './linkWeight';

export type DistrictLayer = {
  /** Region id → the mission serving it, since when, and the assignment (with its sources). */
  servedBy: Map<RegionId, DistrictServing>;
  /** Mission id → regions of its district. */
  districtOf: Map<string, RegionId[]>;
  /** Regions that exist on the day but whose serving mission is not published. */
  unpublished: Set<RegionId>;
};

/** Districts on `day` (YYYY-MM-DD) over the regions that exist that day. */
export function districtLayer(missions: readonly Mission[], day: string, regionIds: Iterable<RegionId>): DistrictLayer {
  const servedBy = districtsAsOf(missions, day);
  const districtOf = new Map<string, RegionId[]>();
  for (const [region, { mission }] of servedBy) {
    const list = districtOf.get(mission.id);
    if (list) list.push(region);
    else districtOf.set(mission.id, [region]);
  }
  const unpublished = new Set([...regionIds].filter((r) => !servedBy.has(r)));
  return { servedBy, districtOf, unpublished };
}

/** Line width per visible link for the range (weight = frequency or trade value). */
export function linkWidths(links: readonly Link[], visible: ReadonlySet<string>, range: YearRange): Map<string, number> {
  const out = new Map<string, number>();
  for (const link of links) if (visible.has(link.id)) out.set(link.id, lineWidthFor(linkWeightInRange(link, range)));
  return out;
}

/** Region id → colour of its serving mission. */
export function districtColours(layer: DistrictLayer, colours: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [region, { mission }] of layer.servedBy) {
    const colour = colours.get(mission.id);
    if (colour) out.set(region, colour);
  }
  return out;
}
