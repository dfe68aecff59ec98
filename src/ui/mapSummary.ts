/**
 * The one-sentence summary of what the map shows, for screen readers: "34 provinces,
 * 20 regions; 58 links, 9 missions, 40 events from 2023 to 2025; selected: Guangdong".
 * Pure: the caller passes the translate function.
 */
import type { TFunction } from '../i18n';
import type { YearRange } from '../data/dates';

export type MapSummaryInput = {
  /** Visible links, missions and events (`selectVisible(...).counts`). */
  counts: { links: number; missions: number; events: number };
  /** Regions drawn on the map's day, per country. */
  regionsShown: { cn: number; kz: number };
  /** Inclusive years. */
  range: YearRange;
  /** Name of the selected object in the summary's language, or null. */
  selectedName: string | null;
};

/** The summary sentence, with plural forms of the language `t` is fixed to. */
export function mapSummaryText({ counts, regionsShown, range, selectedName }: MapSummaryInput, t: TFunction): string {
  const areas = t('summary.areas', {
    provinces: t('summary.provinces', { count: regionsShown.cn }),
    regions: t('summary.regions', { count: regionsShown.kz }),
  });
  const items = t('summary.items', {
    links: t('counts.links', { count: counts.links }),
    missions: t('counts.missions', { count: counts.missions }),
    events: t('counts.events', { count: counts.events }),
  });
  const period =
    range.from === range.to
      ? t('summary.year', { year: range.from })
      : t('summary.range', { from: range.from, to: range.to });
  const summary = t('summary.sentence', { areas, items, period });
  return selectedName ? t('summary.selected', { summary, name: selectedName }) : summary;
}
