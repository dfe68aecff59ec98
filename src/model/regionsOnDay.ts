/**
 * The region outlines valid on a day: which variant of each region the map draws (the 2018
 * and 2022 reforms changed Kazakhstan's regions), and its properties for names and panels.
 */
import { isVariantValidAt, type RegionProps } from '../data/boundaries';
import type { RegionId } from '../data/schema';

export type RegionsOnDay = {
  /** Region id → the variant valid on the day (only regions that exist then). */
  valid: Map<RegionId, RegionProps>;
  /** Region id → the variant to describe it by: valid on the day, else its current one. */
  describe: Map<RegionId, RegionProps>;
  /** How many regions of each country exist on the day. */
  count: { cn: number; kz: number };
};

export function regionsOnDay(variantsOf: ReadonlyMap<string, readonly RegionProps[]>, day: string): RegionsOnDay {
  const valid = new Map<RegionId, RegionProps>();
  const describe = new Map<RegionId, RegionProps>();
  let cn = 0;
  for (const [id, variants] of variantsOf) {
    const onDay = variants.find((v) => isVariantValidAt(v, day));
    describe.set(id, onDay ?? variants[0]!);
    if (!onDay) continue;
    valid.set(id, onDay);
    if (id.startsWith('CN-')) cn += 1;
  }
  return { valid, describe, count: { cn, kz: valid.size - cn } };
}

/** Which outline variants are valid on a day, as one string: equal for every day of one boundary epoch. */
export function epochKey(variantsOf: ReadonlyMap<string, readonly RegionProps[]>, day: string): string {
  const vids: string[] = [];
  for (const variants of variantsOf.values()) for (const v of variants) if (isVariantValidAt(v, day)) vids.push(v.vid);
  return vids.join(' ');
}
