/**
 * Shading regions by a measure (the choropleth, `shade=` in the URL): how many ties a region
 * has in the years shown (all, or of one type), or its latest published trade with the other
 * country. Values fall into five classes of one sequential palette; a region with no figure
 * is "no data", which differs from zero. Pure.
 */
import type { YearRange } from '../data/dates';
import type { AtlasIndex } from '../data/indexes';
import type { LinkType, RegionId } from '../data/schema';
import { linkPhase } from '../filter/activeInRange';
import { linkWeightInRange } from '../filter/linkWeight';
import { SHADE_COLOURS } from '../style/palette';
import type { ShadeMeasure } from '../view/view';

export type ShadeClass = { from: number; to: number | null; colour: string };

export type Shading = {
  measure: ShadeMeasure;
  /** Region id → its value (regions missing here have no data). */
  values: ReadonlyMap<RegionId, number>;
  /**
   * Region id → the year of its trade figure (trade only, else empty): the latest published figure
   * may be years old (Shanghai's is from 2005), and the map should say so where it shows the value.
   */
  years: ReadonlyMap<RegionId, number>;
  /** Region id → fill colour of its class. */
  colours: ReadonlyMap<RegionId, string>;
  /** Regions that exist but have no value (trade not published). */
  noData: ReadonlySet<RegionId>;
  classes: readonly ShadeClass[];
};

/** Class lower bounds: counts of ties, and US dollars a year. */
const BREAKS: Record<'count' | 'usd', readonly number[]> = {
  count: [0, 1, 3, 6, 10],
  usd: [0, 1e8, 1e9, 5e9, 2e10],
};

const TYPE_OF: Partial<Record<ShadeMeasure, LinkType>> = { partnerships: 'partnership', flights: 'flight', transport: 'transport' };

function tieCounts(index: AtlasIndex, range: YearRange, type: LinkType | undefined, regionIds: Iterable<RegionId>): Map<RegionId, number> {
  const counts = new Map<RegionId, number>([...regionIds].map((r) => [r, 0]));
  for (const link of index.links) {
    if ((type && link.type !== type) || linkPhase(link, range) === null) continue;
    for (const r of index.regionsOf.get(link.id) ?? []) if (counts.has(r)) counts.set(r, counts.get(r)! + 1);
  }
  return counts;
}

/** Latest certain whole-year trade in US dollars between a region and the other country, up to the range's end. */
function latestTrade(index: AtlasIndex, range: YearRange): Map<RegionId, { year: number; value: number }> {
  const best = new Map<RegionId, { year: number; value: number }>();
  for (const link of index.links) {
    if (link.type !== 'trade') continue;
    const [region, other] = /^(KZ|CN)-/.test(link.a) ? [link.a, link.b] : [link.b, link.a];
    if (!/^(KZ|CN)-/.test(region) || (other !== 'KZ' && other !== 'CN') || region.startsWith(other)) continue;
    // The same figure the link's width reads (filter/linkWeight.ts).
    const latest = linkWeightInRange(link, range);
    if (latest?.unit !== 'usd') continue;
    const held = best.get(region);
    if (!held || latest.year > held.year) best.set(region, { year: latest.year, value: latest.value });
  }
  return best;
}

export function shadingOf(
  measure: ShadeMeasure | null,
  index: AtlasIndex | null,
  range: YearRange | null,
  regionIds: ReadonlySet<RegionId> | null,
): Shading | null {
  if (!measure || !index || !range || !regionIds) return null;
  const trade = measure === 'trade' ? latestTrade(index, range) : null;
  const values = trade ? new Map([...trade].map(([r, f]) => [r, f.value])) : tieCounts(index, range, TYPE_OF[measure], regionIds);
  const years = new Map(trade ? [...trade].map(([r, f]) => [r, f.year]) : []);
  const breaks = BREAKS[measure === 'trade' ? 'usd' : 'count'];
  const classes: ShadeClass[] = breaks.map((from, i) => ({ from, to: breaks[i + 1] ?? null, colour: SHADE_COLOURS[i]! }));
  const colours = new Map<RegionId, string>();
  const noData = new Set<RegionId>();
  for (const r of regionIds) {
    const v = values.get(r);
    if (v === undefined) noData.add(r);
    else colours.set(r, classes.findLast((c) => v >= c.from)!.colour);
  }
  return { measure, values, years, colours, noData, classes };
}
