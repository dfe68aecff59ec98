/**
 * What a pointer or the keyboard's Enter picks: the topmost visible thing under a point, a
 * mission before a region's label before a link before a region. A label is drawn over the ties,
 * so a click on "Xinjiang" selects Xinjiang, not a tie or a bundle passing under the word.
 * Pure: MapLibre's hits come in as plain records.
 */
import type { MapModel } from '../model/mapModel';
import { missionSeatId } from './atlasGeometry';

export type PickKind = 'region' | 'link' | 'mission';

/** A rendered feature under the point, in MapLibre's order (topmost first); `label` is a region's name. */
export type Hit = { kind: PickKind | 'label'; featureId: string; id: string; vid?: string };

/** `label`: the region was picked by its name, not its area (a bundled arc under a name is not clicked). */
export type Picked = { kind: PickKind; id: string; featureId: string; label?: true };

/**
 * `hiddenLinks`: visible ties not drawn one by one at the current zoom (those inside a bundled
 * arc below BUNDLE_MAX_ZOOM): their lines are transparent but still there to be hit.
 */
export function pickTarget(
  hits: readonly Hit[],
  model: Pick<MapModel, 'visibleLinks' | 'missionSeats'>,
  outlines: ReadonlyMap<string, string>,
  hiddenLinks: ReadonlySet<string> = new Set(),
): Picked | null {
  const seatShown = (h: Hit) => {
    const seat = model.missionSeats.get(h.id);
    return seat !== undefined && h.featureId === missionSeatId(h.id, seat);
  };
  for (const kind of ['mission', 'label', 'link', 'region'] as const) {
    for (const h of hits) {
      if (h.kind !== kind) continue;
      // Hidden features are transparent but still there to be hit. MapLibre returns only the
      // labels it placed, but a label's variant must be the outline shown too.
      const visible =
        kind === 'mission' ? seatShown(h) : kind === 'link' ? model.visibleLinks.has(h.id) && !hiddenLinks.has(h.id) : outlines.get(h.id) === h.vid;
      if (!visible) continue;
      return kind === 'label' ? { kind: 'region', id: h.id, featureId: h.id, label: true } : { kind, id: h.id, featureId: h.featureId };
    }
  }
  return null;
}
