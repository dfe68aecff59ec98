import { useTranslation } from '../../i18n';
import { CURRENCIES, type Currency, type Figure, type Source, type Unit } from '../../data/schema';
import { shortRegionName } from '../../data/names';
import { formatAmount, formatMoney } from '../../i18n/format';
import { SENDER_COLOUR } from '../../style/linkStyle';
import { SeriesChart, type ChartSeries } from '../charts/SeriesChart';
import { figureX, figuresByReporter } from '../charts/figureSeries';
import { Certainty } from './Certainty';
import { Cite } from './citations';
import type { DetailsEnv } from './detailsEnv';
import { parenthesized } from '../../i18n/punct';

type Props = {
  title: string;
  /** Each tie's figures with the sources they cite by index. */
  ties: readonly { figures: readonly Figure[]; sources: readonly Source[] }[];
  unit: Unit;
  env: DetailsEnv;
};

const OTHER_COLOURS = ['#c2410c', '#7b3fa0', '#0f766e'];

const isCurrency = (unit: Unit): unit is Currency => (CURRENCIES as readonly Unit[]).includes(unit);

/**
 * Trade figures as charts, one per currency they are published in (never converted: a yuan
 * figure is charted in yuan), US dollars first.
 */
export function TradeCharts({ ties, env }: { ties: Props['ties']; env: DetailsEnv }) {
  const { t } = useTranslation();
  return CURRENCIES.filter((c) => ties.some((tie) => tie.figures.some((f) => f.unit === c))).map((currency) => (
    <FigureChart key={currency} title={t('facts.chart.tradeTitle', { unit: t(`vocab.unit.${currency}`) })} ties={ties} unit={currency} env={env} />
  ));
}

/**
 * Published figures (trade, throughput) as a chart in the years shown, one series per
 * reporter — Kazakh and Chinese statistics apart — with the table and its sources behind it.
 */
export function FigureChart({ title, ties, unit, env }: Props) {
  const { t } = useTranslation();
  const { lang, range } = env;
  const format = (v: number) => (isCurrency(unit) ? formatMoney(v, unit, lang) : `${formatAmount(v, lang)} ${t(`vocab.unit.${unit}`)}`);
  // A region by its short name ("Шыңжаң", not "Шыңжаң-Ұйғыр автономиялық ауданы"): the label sits in
  // a narrow table column beside the figure, and the full name had pushed the sources off the panel.
  const reporterLabel = (r: string) =>
    r === 'KZ' || r === 'CN' ? t(`vocab.reporter.${r}`) : t('vocab.reporter.other', { name: shortRegionName(env.names.of(r), lang) });

  let other = 0;
  const series: ChartSeries[] = ties.flatMap(({ figures, sources }, tie) =>
    figuresByReporter(figures.filter((f) => f.unit === unit), range).map(({ reporter, figures: list }) => ({
      key: `${tie}-${reporter}`,
      label: reporterLabel(reporter),
      colour: reporter === 'KZ' || reporter === 'CN' ? SENDER_COLOUR[reporter] : OTHER_COLOURS[other++ % OTHER_COLOURS.length]!,
      points: list.map((f) => ({
        x: figureX(f),
        value: f.value,
        xLabel: f.period ? `${f.year}${parenthesized(t, t(`vocab.period.${f.period}`))}` : String(f.year),
        hollow: f.period !== undefined || f.certainty === 'uncertain',
        extra: (
          <>
            <Certainty certainty={f.certainty} lang={lang} inline />
            {f.note && <span className="muted"> {f.note[lang]}</span>}
          </>
        ),
        cite: <Cite sources={[sources[f.source]]} lang={lang} />,
      })),
    })),
  );
  return <SeriesChart title={title} series={series} format={format} lang={lang} nameSeries />;
}
