/**
 * What every details view needs besides its record, read from the model: the index, the
 * view's day and years, names and dates in the interface language, districts, and selection.
 */
import type { TFunction } from '../../i18n';
import type { YearRange } from '../../data/dates';
import type { AtlasIndex } from '../../data/indexes';
import type { PartialDate } from '../../data/schema';
import { formatDateRange, formatPartialDate } from '../../i18n/format';
import type { AtlasModel } from '../../model/atlasModel';
import type { Names } from '../../model/names';

export type DetailsEnv = {
  model: AtlasModel;
  index: AtlasIndex;
  names: Names;
  lang: Names['lang'];
  /** Districts and statuses as of this day (YYYY-MM-DD). */
  day: string;
  /** The years shown (inclusive). */
  range: YearRange;
  onSelect: (id: string) => void;
  /** A partial date at its own precision. */
  date: (date: PartialDate) => string;
  /** The same, inside a phrase after a preposition ("с июня 2025 г." in Russian). */
  dateInPhrase: (date: PartialDate) => string;
  /** "since <date>", or "11–13 May 2006" when the interval has ended. */
  interval: (from: PartialDate, to?: PartialDate | null) => string;
};

/** Every year: what the panels assume when the data has no span yet. */
const ALL_YEARS: YearRange = { from: 1000, to: 9999 };

export function createDetailsEnv(model: AtlasModel, index: AtlasIndex, t: TFunction, onSelect: (id: string) => void): DetailsEnv {
  const lang = model.lang;
  const date = (d: PartialDate) => formatPartialDate(d, lang);
  return {
    model,
    index,
    names: model.names,
    lang,
    day: model.day,
    range: model.range ?? ALL_YEARS,
    onSelect,
    date,
    dateInPhrase: (d) => formatPartialDate(d, lang, { inPhrase: true }),
    interval: (from, to) =>
      to == null
        ? t('panel.since', { date: formatPartialDate(from, lang, { inPhrase: true }) })
        : formatDateRange(from, to, lang),
  };
}
