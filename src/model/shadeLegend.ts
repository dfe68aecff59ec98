/**
 * The shading's legend as words: one entry per class ("1–2", "under USD 100 m", "USD 1–5 bn",
 * "10 or more") and one for regions without a figure. The legend beside the map and the legend
 * drawn onto an exported image read the same entries. Pure.
 */
import type { TFunction } from '../i18n';
import type { Lang } from '../data/schema';
import { formatUsd, formatUsdRange, INTL_LOCALE } from '../i18n/format';
import type { ShadeMeasure } from '../view/view';
import type { Shading } from './shading';

/** A class with its fill colour, or (colour null) the "no data" entry, drawn hatched. */
export type ShadeLegendEntry = { label: string; colour: string | null };

export function shadeLegend(shading: Shading, lang: Lang, t: TFunction): ShadeLegendEntry[] {
  const trade = shading.measure === 'trade';
  const label = (v: number) => (trade ? formatUsd(v, lang) : String(v));
  const entries: ShadeLegendEntry[] = shading.classes.map((c) => {
    // Tie counts are whole numbers: a class "1–2" ends one below the next class's start.
    const to = c.to === null ? null : trade ? c.to : c.to - 1;
    const text =
      to === null
        ? t('legend.shade.atLeast', { from: label(c.from) })
        : to === c.from
          ? label(c.from)
          : trade && c.from === 0
            ? t('legend.shade.below', { to: label(to) })
            : trade
              ? formatUsdRange(c.from, to, lang)
              : t('legend.shade.range', { from: label(c.from), to: label(to) });
    return { label: text, colour: c.colour };
  });
  // Tie counts exist for every region (0 included): only trade can lack a figure.
  if (shading.noData.size > 0) entries.push({ label: t('legend.shade.noData'), colour: null });
  return entries;
}

/**
 * "regions shaded by number of ties", for a line of running text (the citation, an exported
 * image's subtitle): the measure's name is the shading menu's option, lower-cased at its start
 * so it reads inside a sentence ("закраска по числу связей").
 */
export function shadedBy(measure: ShadeMeasure, lang: Lang, t: TFunction): string {
  const name = t(`legend.shade.measure.${measure}`);
  return t('about.view.shaded', { measure: name.charAt(0).toLocaleLowerCase(INTL_LOCALE[lang]) + name.slice(1) });
}
