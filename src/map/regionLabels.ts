/**
 * What the map draws from the region outlines besides the outlines: their name points, split
 * between the plain label source and the epoch source (reformed regions, shown by feature-state
 * per variant), and the box the camera frames for each region. Pure, from the decoded boundaries.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { RegionFeature, RegionProps } from '../data/boundaries';
import { shortRegionName } from '../data/names';
import { LANGS } from '../data/schema';
import { bboxOf, type BBox } from '../geometry/bbox';
import { isEpochLabel } from './baseStyle';

/** A label point: the outline's properties and its names without their administrative word (`short_xx`). */
export type LabelFeature = Feature<Point, RegionProps & Record<string, unknown>>;

/**
 * Short names (`short_xx`) per language; a name shortened into another region's name keeps its
 * full form, or the map would show two "Almaty" (the city and, shortened, Almaty Region).
 */
function shortNamesOf(regions: readonly RegionFeature[]): Map<RegionFeature, Record<string, string>> {
  const out = new Map(regions.map((f) => [f, {} as Record<string, string>]));
  for (const lang of LANGS) {
    const idsByShort = new Map<string, Set<string>>();
    const short = new Map<RegionFeature, string>();
    for (const f of regions) {
      const name = f.properties[`name_${lang}`];
      if (!name) continue;
      const s = shortRegionName(name, lang);
      short.set(f, s);
      idsByShort.set(s, (idsByShort.get(s) ?? new Set()).add(f.properties.id));
    }
    for (const [f, s] of short) out.get(f)![`short_${lang}`] = idsByShort.get(s)!.size > 1 ? f.properties[`name_${lang}`]! : s;
  }
  return out;
}

/** The label points of all outline variants: those of regions that never changed, the rest by epoch. */
export function regionLabels(regions: readonly RegionFeature[]): {
  labels: FeatureCollection<Point>;
  epochLabels: FeatureCollection<Point>;
  /** The variant ids (vid) in the epoch source. */
  epochVids: Set<string>;
} {
  const variantCount = new Map<string, number>();
  for (const f of regions) variantCount.set(f.properties.id, (variantCount.get(f.properties.id) ?? 0) + 1);
  const shortNames = shortNamesOf(regions);
  const plain: LabelFeature[] = [];
  const epoch: LabelFeature[] = [];
  for (const f of regions) {
    const label: LabelFeature = {
      type: 'Feature',
      properties: { ...f.properties, ...shortNames.get(f) },
      geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
    };
    (isEpochLabel(f.properties, variantCount.get(f.properties.id) ?? 1) ? epoch : plain).push(label);
  }
  return {
    labels: { type: 'FeatureCollection', features: plain },
    epochLabels: { type: 'FeatureCollection', features: epoch },
    epochVids: new Set(epoch.map((f) => f.properties.vid)),
  };
}

/** Region id → the box of its largest outline variant: a reformed region is framed whole in any year. */
export function outlineBoxes(regions: readonly RegionFeature[]): Map<string, BBox> {
  const boxes = new Map<string, BBox>();
  const area = (b: BBox) => (b[2] - b[0]) * (b[3] - b[1]);
  for (const f of regions) {
    const box = bboxOf(f.geometry);
    const prev = boxes.get(f.properties.id);
    if (!prev || area(box) > area(prev)) boxes.set(f.properties.id, box);
  }
  return boxes;
}
