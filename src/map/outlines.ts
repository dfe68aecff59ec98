/**
 * Which outline variant each region shows. Variants of one region share its id (the feature
 * id), and every region layer draws a feature only when feature-state `outline` names its
 * variant: switching across a boundary reform is a repaint, not a re-layout of the source.
 */
import { isVariantValidAt, type RegionProps } from '../data/boundaries';
import type { StateChange } from './featureState';

/** Region id → the variant id (vid) valid on `day`. */
export function outlinesOn(variants: readonly RegionProps[], day: string): Map<string, string> {
  return new Map(variants.filter((v) => isVariantValidAt(v, day)).map((v) => [v.id, v.vid]));
}

/** The `outline` state changes from one day's outlines to another's (null: the region does not exist then). */
export function outlineChanges(prev: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): StateChange[] {
  const out: StateChange[] = [];
  for (const id of prev.keys()) if (!next.has(id)) out.push({ id, state: { outline: null } });
  for (const [id, vid] of next) if (prev.get(id) !== vid) out.push({ id, state: { outline: vid } });
  return out;
}
