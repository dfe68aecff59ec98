/**
 * The rows of the accessible lists: one per region, mission, link or event the map shows,
 * with a localized name and a secondary line. Pure: the caller passes the translate
 * function, so the same rows come out in tests and in the app.
 */
import type { TFunction } from 'i18next';
import { boundariesAt, regionIdsAt, type Boundaries } from '../../data/boundaries';
import type { AtlasIndex } from '../../data/indexes';
import type { AtlasEvent, Lang, Link, Mission } from '../../data/schema';
import { compareDates, yearOf } from '../../filter/dates';
import { districtAsOf } from '../../filter/districts';
import type { Visible } from '../../filter/visible';
import { formatPartialDate, INTL_LOCALE } from '../../i18n/format';
import { namesFromProps, pickName, type MaybeNames } from '../../i18n/names';

export const LIST_TABS = ['regions', 'missions', 'links', 'events'] as const;
export type ListTab = (typeof LIST_TABS)[number];

export type SortKey = 'name' | 'date' | 'country' | 'type';

/** The sort orders each tab offers; the first is the default. */
export const TAB_SORTS: Record<ListTab, readonly SortKey[]> = {
  regions: ['name', 'country'],
  missions: ['name', 'date', 'country'],
  links: ['name', 'date', 'type'],
  events: ['date', 'name', 'type'],
};

export type ListRow = {
  id: string;
  name: string;
  /** The language the name is actually in (names fall back: kk → ru → en). */
  nameLang: Lang;
  /** The secondary line's parts, in reading order. */
  details: string[];
  uncertain: boolean;
  /** Partial date the "date" sort uses; null for regions. */
  date: string | null;
  /** Translated country (regions, missions) or type (links, events) for the group sorts. */
  group: string;
};

export type ListContext = {
  index: AtlasIndex;
  boundaries: Boundaries;
  visible: Visible;
  /** Boundaries and districts as of this day (YYYY-MM-DD). */
  day: string;
  lang: Lang;
  t: TFunction;
};

/** How many rows each tab has: the same figures as the map (regions existing on `day`, visible records). */
export function listCounts(ctx: Pick<ListContext, 'boundaries' | 'visible' | 'day'>): Record<ListTab, number> {
  return {
    regions: regionIdsAt(ctx.boundaries.regions, ctx.day).length,
    missions: ctx.visible.missionIds.size,
    links: ctx.visible.linkIds.size,
    events: ctx.visible.eventIds.size,
  };
}

/** The rows of one tab, in data order (see `sortListRows`). */
export function buildListRows(tab: ListTab, ctx: ListContext): ListRow[] {
  switch (tab) {
    case 'regions':
      return regionRows(ctx);
    case 'missions':
      return ctx.index.missions.filter((m) => ctx.visible.missionIds.has(m.id)).map((m) => missionRow(m, ctx));
    case 'links': {
      const endpoint = endpointNamer(ctx);
      return ctx.index.links.filter((l) => ctx.visible.linkIds.has(l.id)).map((l) => linkRow(l, endpoint, ctx));
    }
    case 'events':
      return ctx.index.events.filter((e) => ctx.visible.eventIds.has(e.id)).map((e) => eventRow(e, ctx));
  }
}

/**
 * Rows in the chosen order: names by the language's collation; dates newest first (recent
 * activity is what readers look for first); groups by their translated label. Equal keys
 * fall back to the name, then the id, so the order never depends on the files' order.
 */
export function sortListRows(rows: readonly ListRow[], sort: SortKey, lang: Lang): ListRow[] {
  const collator = new Intl.Collator(INTL_LOCALE[lang], { sensitivity: 'base', numeric: true });
  const byName = (a: ListRow, b: ListRow) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare = (a: ListRow, b: ListRow): number => {
    switch (sort) {
      case 'name':
        return byName(a, b);
      case 'date':
        if (a.date === null || b.date === null) return a.date === b.date ? byName(a, b) : a.date === null ? 1 : -1;
        return compareDates(b.date, a.date) || byName(a, b);
      case 'country':
      case 'type':
        return collator.compare(a.group, b.group) || byName(a, b);
    }
  };
  return [...rows].sort(compare);
}

function regionRows({ index, boundaries, day, lang, t }: ListContext): ListRow[] {
  const servedBy = districtAsOf(index.missions, day);
  return boundariesAt(boundaries.regions, day).map(({ properties: p }) => {
    const name = pickName(namesFromProps(p), lang);
    const country = t(`country.${p.country}`);
    const mission = index.byId.get(servedBy.get(p.id) ?? '');
    const details = [t(`kind.${p.kind}`), country];
    if (mission?.kind === 'mission') details.push(t('lists.servedBy', { mission: pickName(mission.record.name, lang).text }));
    return { id: p.id, name: name.text, nameLang: name.lang, details, uncertain: false, date: null, group: country };
  });
}

function missionRow(m: Mission, { index, lang, t }: ListContext): ListRow {
  const name = pickName(m.name, lang);
  const place = index.placeById.get(m.place);
  const details = [t(`lists.missionKind.${m.kind}`)];
  if (place) details.push(pickName(place.name, lang).text);
  details.push(t('lists.opened', { date: formatPartialDate(m.opened, lang) }));
  return {
    id: m.id,
    name: name.text,
    nameLang: name.lang,
    details,
    uncertain: m.certainty === 'uncertain',
    date: m.opened,
    group: t(`country.${m.sender}`),
  };
}

/** Names a link endpoint: a country, a region (its current name) or a place. */
function endpointNamer({ index, boundaries, lang, t }: ListContext): (id: string) => string {
  const regionNames = new Map<string, MaybeNames>();
  for (const f of boundaries.regions.features) {
    // The current variant's name wins over a former one.
    if (!f.properties.validTo || !regionNames.has(f.properties.id)) {
      regionNames.set(f.properties.id, namesFromProps(f.properties));
    }
  }
  return (id) => {
    if (id === 'KZ' || id === 'CN') return t(`country.${id}`);
    const names = regionNames.get(id) ?? index.placeById.get(id)?.name;
    return names ? pickName(names, lang).text : id;
  };
}

function linkRow(l: Link, endpoint: (id: string) => string, { lang, t }: ListContext): ListRow {
  const name = pickName(l.title, lang);
  const type = t(`lists.linkType.${l.type}`);
  const from = yearOf(l.from);
  const to = l.to == null ? null : yearOf(l.to);
  const period =
    to === null ? t('lists.since', { from }) : to === from ? String(from) : t('lists.period', { from, to });
  return {
    id: l.id,
    name: name.text,
    nameLang: name.lang,
    details: [type, t('lists.endpoints', { a: endpoint(l.a), b: endpoint(l.b) }), period],
    uncertain: l.certainty === 'uncertain',
    date: l.from,
    group: type,
  };
}

function eventRow(e: AtlasEvent, { lang, t }: ListContext): ListRow {
  const name = pickName(e.title, lang);
  const type = t(`lists.eventType.${e.type}`);
  const date = e.endDate
    ? t('lists.period', { from: formatPartialDate(e.date, lang), to: formatPartialDate(e.endDate, lang) })
    : formatPartialDate(e.date, lang);
  return {
    id: e.id,
    name: name.text,
    nameLang: name.lang,
    details: [date, type],
    uncertain: e.certainty === 'uncertain',
    date: e.date,
    group: type,
  };
}
