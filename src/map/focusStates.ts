/**
 * A selection's focus on the map, worked out without the map: which features take which
 * feature-state flag, the changes from one focus to the next, and the box the camera frames.
 * The controller only applies what these return.
 */
import { bboxOf, type BBox } from '../geometry/bbox';
import type { MapModel } from '../model/mapModel';
import { bundleLabelId, missionSeatId } from './atlasGeometry';
import { ATLAS_SRC } from './atlasLayers';
import { SRC } from './baseStyle';
import { setChanges, type StateChange } from './featureState';

/** Feature ids under each flag of a focus; all empty without a selection. */
export type FocusSets = {
  focusLinks: ReadonlySet<string>;
  fadedLinks: ReadonlySet<string>;
  fadedSeats: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  fadedRegions: ReadonlySet<string>;
  /** Epoch label features are keyed by outline variant ("KZ-19@pre2022"): every variant of a faded region. */
  fadedEpochLabels: ReadonlySet<string>;
  fadedBundles: ReadonlySet<string>;
  fadedBundleLabels: ReadonlySet<string>;
};

const NONE: ReadonlySet<string> = new Set<string>();
const NO_FOCUS: FocusSets = {
  focusLinks: NONE,
  fadedLinks: NONE,
  fadedSeats: NONE,
  partners: NONE,
  fadedRegions: NONE,
  fadedEpochLabels: NONE,
  fadedBundles: NONE,
  fadedBundleLabels: NONE,
};

/**
 * The selection's ties `focus`, every other visible tie, mission seat and region `faded`; the
 * units at the other end of its ties `partner` (outlined). `regionIds` are all regions on the
 * map, `epochVids` the outline variants whose labels live in the epoch source.
 */
export function focusSets(model: Pick<MapModel, 'focus' | 'selectedId' | 'visibleLinks' | 'missionSeats' | 'bundles'> | null, regionIds: ReadonlySet<string>, epochVids: ReadonlySet<string>): FocusSets {
  const focus = model?.focus;
  if (!model || !focus) return NO_FOCUS;
  const fadedRegions = new Set([...regionIds].filter((r) => !focus.regions.has(r)));
  return {
    focusLinks: new Set([...model.visibleLinks].filter((id) => focus.links.has(id))),
    fadedLinks: new Set([...model.visibleLinks].filter((id) => !focus.links.has(id))),
    fadedSeats: new Set([...model.missionSeats].filter(([id]) => !focus.missions.has(id)).map(([id, seat]) => missionSeatId(id, seat))),
    partners: new Set([...focus.regions].filter((r) => r !== model.selectedId)),
    fadedRegions,
    fadedEpochLabels: new Set([...epochVids].filter((vid) => fadedRegions.has(vid.split('@')[0]!))),
    // Every bundle fades: the selection's own ties are drawn one by one.
    fadedBundles: new Set(model.bundles.pairs.keys()),
    fadedBundleLabels: new Set([...model.bundles.pairs].map(([key, bundle]) => bundleLabelId(key, bundle.count))),
  };
}

/** The feature-state changes, source by source, from one focus to the next. */
export function focusChanges(a: FocusSets, b: FocusSets): [source: string, changes: StateChange[]][] {
  return [
    ...[ATLAS_SRC.links, ATLAS_SRC.marks].flatMap((source): [string, StateChange[]][] => [
      [source, setChanges(a.focusLinks, b.focusLinks, 'focus')],
      [source, setChanges(a.fadedLinks, b.fadedLinks, 'faded')],
    ]),
    [ATLAS_SRC.missions, setChanges(a.fadedSeats, b.fadedSeats, 'faded')],
    [SRC.regions, setChanges(a.partners, b.partners, 'partner')],
    [SRC.regions, setChanges(a.fadedRegions, b.fadedRegions, 'faded')],
    [SRC.labels, setChanges(a.fadedRegions, b.fadedRegions, 'faded')],
    [SRC.epochLabels, setChanges(a.fadedEpochLabels, b.fadedEpochLabels, 'faded')],
    [ATLAS_SRC.bundles, setChanges(a.fadedBundles, b.fadedBundles, 'faded')],
    [ATLAS_SRC.bundleLabels, setChanges(a.fadedBundleLabels, b.fadedBundleLabels, 'faded')],
  ];
}

/**
 * What the camera frames for a focus: the whole outlines of its regions (the selected one and
 * every partner) and its points; null when it has no point. Outlines, not label points: a
 * partner framed by its point alone sat on the map's edge, half cut off.
 */
export function focusBounds(focus: MapModel['focus'], regionBoxes: ReadonlyMap<string, BBox>): BBox | null {
  if (!focus || focus.points.length === 0) return null;
  const corners = [...focus.regions].flatMap((id) => {
    const b = regionBoxes.get(id);
    return b ? [[b[0], b[1]], [b[2], b[3]]] : [];
  });
  return bboxOf({ type: 'MultiPoint', coordinates: [...corners, ...focus.points] });
}
