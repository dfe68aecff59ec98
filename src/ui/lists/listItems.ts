/**
 * The rows of the accessible lists: one per region, mission, link or event the map shows,
 * with a localized name and a secondary line. Pure: the caller passes the translate
 * function, so the same rows come out in tests and in the app.
 */
import type { TFunction } from '../../i18n';
import type { AtlasEvent, Lang, Link, Mission } from '../../data/schema';
import { compareDates, yearOf } from '../../data/dates';
import { seatAt } from '../../data/indexes';
import { formatDateRange, formatPartialDate, INTL_LOCALE } from '../../i18n/format';
import type { AtlasModel } from '../../model/atlasModel';
import { planAt, tieDates } from '../../data/status';
import { phaseWord } from '../phaseWord';

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

/** The model's parts the lists read; tests pass a model made from fixtures. */
export type ListContext = Pick<AtlasModel, 'visible' | 'regions' | 'districts' | 'names' | 'day'> & {
  index: NonNullable<AtlasModel['data']['index']>;
  lang: Lang;
  t: TFunction;
};

/** How many rows each tab has: the same figures as the map (regions existing on the day, visible records). */
export function listCounts(ctx: Pick<ListContext, 'regions' | 'visible'>): Record<ListTab, number> {
  return {
    regions: ctx.regions?.valid.size ?? 0,
    missions: ctx.visible?.missionIds.size ?? 0,
    links: ctx.visible?.linkIds.size ?? 0,
    events: ctx.visible?.eventIds.size ?? 0,
  };
}

/** The rows of one tab, in data order (see `sortListRows`). */
export function buildListRows(tab: ListTab, ctx: ListContext): ListRow[] {
  const { index, visible } = ctx;
  switch (tab) {
    case 'regions':
      return regionRows(ctx);
    case 'missions':
      return index.missions.filter((m) => visible?.missionIds.has(m.id)).map((m) => missionRow(m, ctx));
    case 'links':
      return index.links.filter((l) => visible?.linkIds.has(l.id)).map((l) => linkRow(l, ctx));
    case 'events':
      return index.events.filter((e) => visible?.eventIds.has(e.id)).map((e) => eventRow(e, ctx));
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

function regionRows({ regions, districts, names, t }: ListContext): ListRow[] {
  return [...(regions?.valid.values() ?? [])].map((p) => {
    const name = names.picked(p.id);
    const country = t(`country.${p.country}`);
    const serving = districts?.servedBy.get(p.id);
    const details = [t(`kind.${p.kind}`), country];
    if (serving) details.push(t('lists.servedBy', { mission: names.of(serving.mission.id) }));
    return { id: p.id, name: name.text, nameLang: name.lang, details, uncertain: false, date: null, group: country };
  });
}

function missionRow(m: Mission, { names, lang, day, visible, t }: ListContext): ListRow {
  const name = names.picked(m.id);
  const details = [t(`vocab.missionKind.${m.kind}`), names.of(seatAt(m, day).place)];
  const phase = visible?.phases.get(m.id);
  // A mission only announced by the end of the years shown has not opened yet, whatever came later.
  const opened = phase === 'announced' ? undefined : m.status.find((s) => s.status === 'operating')?.from;
  if (opened) details.push(t('lists.opened', { date: formatPartialDate(opened, lang) }));
  if (phase && phase !== 'operating') details.push(t(`vocab.phase.${phase}`));
  return {
    id: m.id,
    name: name.text,
    nameLang: name.lang,
    details,
    uncertain: m.certainty === 'uncertain',
    date: m.status[0]!.from,
    group: t(`country.${m.sender}`),
  };
}

function linkRow(l: Link, { names, visible, day, lang, t }: ListContext): ListRow {
  const name = names.picked(l.id);
  const type = t(`vocab.linkType.${l.type}`);
  const { from: fromDate, to: toDate, earlier, lastReported, operated } = tieDates(l);
  const from = yearOf(fromDate);
  const to = toDate === null ? null : yearOf(toDate);
  const span = (a: number, b: number) => (a === b ? String(a) : t('lists.period', { from: a, to: b }));
  // A tie that never operated is dated by the year it was reported, with no span of service; the
  // phase word after it says what it is.
  const period = !operated
    ? t('facts.status.reported', { date: formatPartialDate(String(from), lang) })
    : to === null
      ? t('lists.since', { from })
      : span(from, to);
  const details = [
    type,
    t('lists.endpoints', { a: names.of(l.a), b: names.of(l.b) }),
    ...(earlier ? [span(yearOf(earlier.from), yearOf(earlier.to))] : []),
    period,
  ];
  const phase = visible?.phases.get(l.id);
  if (phase && phase !== 'operating') details.push(phaseWord(t, phase, lastReported));
  // Someone scanning the plans wants the date each gives; the panel says whether it has passed.
  const plan = l.type === 'trade' ? null : planAt(l.status, day);
  if (plan) details.push(t('facts.status.plannedStart', { date: formatPartialDate(plan.start, lang) }));
  return {
    id: l.id,
    name: name.text,
    nameLang: name.lang,
    details,
    uncertain: l.certainty === 'uncertain',
    date: fromDate,
    group: type,
  };
}

function eventRow(e: AtlasEvent, { names, lang, t }: ListContext): ListRow {
  const name = names.picked(e.id);
  const type = t(`lists.eventType.${e.type}`);
  const date = e.endDate ? formatDateRange(e.date, e.endDate, lang) : formatPartialDate(e.date, lang);
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
