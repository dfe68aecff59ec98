/**
 * "Cite this view": one reference line, in the interface language, for what the map shows
 * now: the atlas's title, the years, the selection, shading and any filters, the data version
 * and its as-of date, the link that reopens the view, and the day it was accessed. Pure.
 */
import type { TFunction } from '../i18n';
import { EVENT_TYPES } from '../data/schema';
import { formatPartialDate } from '../i18n/format';
import type { AtlasModel } from '../model/atlasModel';
import { shadedBy } from '../model/shadeLegend';
import { LAYER_IDS } from '../view/view';

export function citeView(model: Pick<AtlasModel, 'range' | 'view' | 'names' | 'lang' | 'data'>, url: string, today: string, t: TFunction): string {
  const { range, view, names, lang } = model;
  const parts: string[] = [];
  if (range) parts.push(range.from === range.to ? t('about.view.year', { year: range.from }) : t('about.view.years', range));
  if (view.sel) parts.push(t('about.view.selected', { name: names.of(view.sel) }));
  if (view.shade) parts.push(shadedBy(view.shade, lang, t));
  if (view.layers.length < LAYER_IDS.length) parts.push(t('about.view.layers', { layers: view.layers.map((l) => t(`legend.${l}`)).join(t('punct.list')) || '—' }));
  if (view.types.length < EVENT_TYPES.length) parts.push(t('about.view.types', { types: view.types.map((ty) => t(`types.name.${ty}`)).join(t('punct.list')) || '—' }));
  const meta = model.data.index?.meta;
  return t('about.citation', {
    title: t('app.title'),
    view: parts.join(t('punct.semicolon')),
    version: meta?.version ?? '?',
    asOf: meta ? formatPartialDate(meta.asOf, lang) : '?',
    url,
    today: formatPartialDate(today, lang),
  });
}
