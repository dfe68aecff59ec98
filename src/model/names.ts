/**
 * Names of everything in the interface language, resolved one way for the whole app: map
 * tooltips, panels, lists, search results, the live summary and exports all ask here.
 */
import type { AtlasIndex } from '../data/indexes';
import { namesFromProps, pickName, type MaybeNames } from '../data/names';
import { LANGS, type Lang } from '../data/schema';
import type { RegionsOnDay } from './regionsOnDay';

export type Names = {
  lang: Lang;
  /** Every name of an id in the four languages: a region as on the day, a place, country, mission, or a link's or event's title. */
  all: (id: string) => MaybeNames;
  /** The name in the interface language, with the language it is actually in (names fall back: kk → ru → en). */
  picked: (id: string) => { text: string; lang: Lang };
  /** The name in the interface language, or the id when nothing is known by it. */
  of: (id: string) => string;
};

export function createNames(index: AtlasIndex | null, regions: RegionsOnDay | null, lang: Lang): Names {
  const all = (id: string): MaybeNames => {
    if (id === 'KZ' || id === 'CN') return index?.countryNames[id] ?? { en: id };
    const region = regions?.describe.get(id) ?? index?.variantsOf.get(id)?.[0];
    if (region) return namesFromProps(region);
    const entity = index?.byId.get(id);
    switch (entity?.kind) {
      case 'place':
      case 'mission':
        return entity.record.name;
      case 'link': {
        // The first view's records carry no titles (data/mapData.ts): name the tie by its ends.
        const { title, a, b } = entity.record;
        if (title.en) return title;
        const [from, to] = [all(a), all(b)];
        return Object.fromEntries(LANGS.map((l) => [l, `${pickName(from, l).text} – ${pickName(to, l).text}`]));
      }
      case 'event':
        return entity.record.title;
      default:
        return { en: id };
    }
  };
  const picked = (id: string) => pickName(all(id), lang);
  return { lang, all, picked, of: (id) => picked(id).text };
}
