/**
 * What every details view needs besides its record: the index, the view's day and years,
 * the interface language, selection, and name and date helpers bound to that language.
 * Built once per render of `Details` so the views stay small and free of lookups.
 */
import type { TFunction } from 'i18next';
import { isVariantValidAt, type Boundaries, type RegionProps } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import type { Lang, PartialDate } from '../data/schema';
import type { YearRange } from '../filter/activeInRange';
import { formatPartialDate } from '../i18n/format';
import { namesFromProps, pickName } from '../i18n/names';

export type DetailsEnv = {
  index: AtlasIndex;
  /** Districts as of this day (YYYY-MM-DD). */
  day: string;
  /** The selected years (inclusive). */
  range: YearRange;
  lang: Lang;
  /** Mission id → district colour, as on the map. */
  colours: ReadonlyMap<string, string>;
  onSelect: (id: string) => void;
  /** Boundary properties of a region as it was on `day` (its current ones if it did not exist then). */
  region: (id: string) => RegionProps | undefined;
  /** The name of any id in the interface language: region, place, country, mission, link or event. */
  nameOf: (id: string) => string;
  /** A partial date at its own precision. */
  date: (date: PartialDate) => string;
  /** "since <date>", or "<from> – <to>" when the interval has ended. */
  interval: (from: PartialDate, to?: PartialDate | null) => string;
};

/** Every year: what the panels assume when the data has no span yet. */
const ALL_YEARS: YearRange = { from: 1000, to: 9999 };

export function createDetailsEnv(
  input: {
    index: AtlasIndex;
    boundaries: Boundaries;
    day: string;
    range: YearRange | null;
    lang: Lang;
    colours: ReadonlyMap<string, string>;
    onSelect: (id: string) => void;
  },
  t: TFunction,
): DetailsEnv {
  const { index, boundaries, day, lang } = input;
  // The variant valid on the day; for a region that did not exist then, its current outline.
  const variants = new Map<string, RegionProps>();
  for (const f of boundaries.regions.features) {
    if (isVariantValidAt(f.properties, day)) variants.set(f.properties.id, f.properties);
  }
  for (const f of boundaries.regions.features) {
    const p = f.properties;
    if (!variants.has(p.id) || (!p.validTo && !isVariantValidAt(variants.get(p.id)!, day))) variants.set(p.id, p);
  }
  const date = (d: PartialDate) => formatPartialDate(d, lang);

  const nameOf = (id: string): string => {
    if (id === 'KZ' || id === 'CN') return t(`country.${id}`);
    const region = variants.get(id);
    if (region) return pickName(namesFromProps(region), lang).text;
    const entity = index.byId.get(id);
    switch (entity?.kind) {
      case 'place':
        return pickName(entity.record.name, lang).text;
      case 'mission':
        return pickName(entity.record.name, lang).text;
      case 'link':
      case 'event':
        return pickName(entity.record.title, lang).text;
      default:
        return id;
    }
  };

  return {
    index,
    day,
    range: input.range ?? ALL_YEARS,
    lang,
    colours: input.colours,
    onSelect: input.onSelect,
    region: (id) => variants.get(id),
    nameOf,
    date,
    interval: (from, to) =>
      to == null
        ? t('panel.since', { date: formatPartialDate(from, lang, { inPhrase: true }) })
        : t('panel.interval', { from: date(from), to: date(to) }),
  };
}
