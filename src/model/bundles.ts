/**
 * Which pairs of units show as one bundled arc in the first view, and with how many ties of
 * each type: pairs with at least two visible ties, none of them in the selection's focus.
 * Their ties are drawn one by one only when zoomed in (or when the selection takes them). Pure.
 */
import type { AtlasIndex } from '../data/indexes';
import { LINK_TYPES, type LinkType } from '../data/schema';
import type { Visible } from '../filter/visible';
import { bundleKey } from '../geometry/bundles';
import type { Focus } from './focus';

export type Bundle = { count: number; byType: Record<LinkType, number> };

export type Bundles = {
  /** Pair key → its visible ties, for pairs drawn bundled. */
  pairs: ReadonlyMap<string, Bundle>;
  /** Ties drawn inside a bundle (hidden at low zoom). */
  links: ReadonlySet<string>;
};

export function bundlesOf(index: AtlasIndex | null, visible: Visible | null, focus: Focus | null): Bundles {
  const members = new Map<string, string[]>();
  for (const link of index?.links ?? []) {
    if (!visible?.linkIds.has(link.id) || focus?.links.has(link.id)) continue;
    const key = bundleKey(index!, link);
    if (!key) continue;
    const list = members.get(key) ?? [];
    list.push(link.id);
    members.set(key, list);
  }
  const pairs = new Map<string, Bundle>();
  const links = new Set<string>();
  for (const [key, ids] of members) {
    if (ids.length < 2) continue;
    const byType = Object.fromEntries(LINK_TYPES.map((t) => [t, 0])) as Record<LinkType, number>;
    for (const id of ids) {
      const e = index!.byId.get(id);
      if (e?.kind === 'link') byType[e.record.type] += 1;
      links.add(id);
    }
    pairs.set(key, { count: ids.length, byType });
  }
  return { pairs, links };
}
