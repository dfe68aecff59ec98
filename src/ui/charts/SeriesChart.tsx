import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { formatYearSpan } from '../../i18n/format';
import { labelled, parenthesized } from '../../i18n/punct';
import type { Lang } from '../../data/schema';
import './charts.css';

/** One point: x in (fractional) years, its label as read, and what the table shows beside it. */
export type ChartPoint = {
  x: number;
  value: number;
  /** How the x reads in the table ("2023", "first half of 2023", "June 2025"). */
  xLabel: string;
  /** Hollow marker, not joined to the line: a part-year figure or an uncertain one. */
  hollow?: boolean;
  /** Shown in the table's last column: the source marker(s). */
  cite?: ReactNode;
  /** Extra words for the table's value cell (an "uncertain" badge, a note). */
  extra?: ReactNode;
};

export type ChartSeries = { key: string; label: string; colour: string; points: readonly ChartPoint[] };

type Props = {
  title: string;
  series: readonly ChartSeries[];
  /** Localized value, as the axis, the points' titles and the table write it. */
  format: (value: number) => string;
  lang: Lang;
  /**
   * Draw steps (a value holds until the next), as for weekly frequencies: their points are dated
   * by day, so the table's first column is "Date", not "Year".
   */
  step?: boolean;
  /** Where the x axis ends for an open last step (the range's end). */
  xMax?: number;
  /**
   * Name the series in a legend and a table column even when there is one: published figures
   * always say who reported them. Otherwise only several series are named.
   */
  nameSeries?: boolean;
};

const W = 320;
const H = 150;
/** Right, top and bottom padding; the left one follows the widest value label (`left`, per chart). */
const PAD = { r: 10, t: 10, b: 22 };
/** Room between the plot's edges and the first and last markers, in viewBox units. */
const MARKER_INSET = 6;
/** The axis labels' font size (charts.css), in viewBox units. */
const LABEL_PX = 9;
/** Room above the highest figure before the axis rounds up to its next step. */
const HEADROOM = 1.05;
/** Least distance between two year labels' centres, in viewBox units: a year is about 22 wide. */
const YEAR_LABEL_GAP = 34;
const SHAPES = ['circle', 'square', 'diamond'] as const;
/** Whole-year figures further apart than this (in years) are not joined by a line. */
const MAX_LINE_GAP = 1.5;

function Marker({ x, y, colour, hollow, shape, title }: { x: number; y: number; colour: string; hollow?: boolean; shape: (typeof SHAPES)[number]; title: string }) {
  const fill = hollow ? '#ffffff' : colour;
  const common = { fill, stroke: colour, strokeWidth: 1.5 };
  const body =
    shape === 'circle' ? (
      <circle cx={x} cy={y} r={3.5} {...common} />
    ) : shape === 'square' ? (
      <rect x={x - 3.2} y={y - 3.2} width={6.4} height={6.4} {...common} />
    ) : (
      <path d={`M${x} ${y - 4.2}L${x + 4.2} ${y}L${x} ${y + 4.2}L${x - 4.2} ${y}Z`} {...common} />
    );
  return (
    <g>
      <title>{title}</title>
      {body}
    </g>
  );
}

/** A round step (1, 2 or 5 times a power of ten) no smaller than `raw`, so axis labels read easily. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw * (1 - 1e-9)) ?? 10) * power;
}

/**
 * About how wide `text` is at `px` (no layout in a render, and none in tests): CJK characters take
 * a full em, others about 0.6 of one. The value labels differ in length by language ("USD 40 bn",
 * "40 млрд долл.", "400亿美元"); a fixed margin cut the Russian and Kazakh ones off.
 */
export function labelWidth(text: string, px = LABEL_PX): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch) ? 1 : 0.6;
  return em * px;
}

/**
 * A small line chart of one or more series (trade by reporter, flights a week), as SVG with
 * a written summary for screen readers and the same figures as a table behind a toggle; each
 * table row carries its source marker. Series differ by colour and by marker shape.
 */
export function SeriesChart({ title, series, format, lang, step = false, xMax, nameSeries = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [table, setTable] = useState(false);
  const all = series.flatMap((s) => s.points);
  const named = nameSeries || series.length > 1;
  if (all.length === 0) return <p className="muted">{t('facts.chart.none')}</p>;

  const xs = all.map((p) => p.x);
  // What the figures cover, and the axis around it: at least a year wide, so a lone point or a
  // route begun this year is not squeezed against an edge. Labels and the summary read the
  // former, or the padding would name a year without figures.
  const dataX0 = Math.min(...xs);
  const lastX = Math.max(...xs);
  const dataX1 = Math.max(lastX, xMax ?? -Infinity);
  const [x0, x1] = dataX1 - dataX0 < 1 ? [dataX0 - 0.5, dataX1 + 0.5] : [dataX0, dataX1];
  // The axis ends on a round step above the highest figure, so the line never rises past the top
  // gridline and its label (5 a week drawn over a top label of 4 read as "about 4").
  const highest = Math.max(...all.map((p) => p.value));
  const tickStep = niceStep(highest / 3);
  const top = Math.max(1, Math.ceil((highest * HEADROOM) / tickStep)) * tickStep;
  const tickValues = Array.from({ length: Math.round(top / tickStep) + 1 }, (_, i) => i * tickStep);
  const left = Math.ceil(Math.max(...tickValues.map((v) => labelWidth(format(v))))) + 8;
  // The first and last figures' markers sit a marker's width inside the value labels, not on them.
  const sx = (x: number) => left + MARKER_INSET + ((x - x0) / (x1 - x0)) * (W - left - PAD.r - 2 * MARKER_INSET);
  const sy = (v: number) => H - PAD.b - (v / top) * (H - PAD.t - PAD.b);
  const ticks = tickValues.map((v) => ({ v, y: sy(v) }));
  // The first and last whole years the figures reach; within a single year, that year at its first figure.
  const wholeYears =
    Math.ceil(dataX0) <= Math.floor(dataX1)
      ? [Math.ceil(dataX0), Math.floor(dataX1)].filter((y, i, a) => a.indexOf(y) === i).map((y) => ({ year: y, x: y }))
      : [{ year: Math.floor(dataX0), x: dataX0 }];
  // A line begun mid-year (a route from June 2025) is named at its first figure too, where there is
  // room: otherwise its only label was the next year, and the first months read as that year.
  const startsMidYear = wholeYears[0]!.year !== Math.floor(dataX0) && sx(wholeYears[0]!.x) - sx(dataX0) >= YEAR_LABEL_GAP;
  const years = startsMidYear ? [{ year: Math.floor(dataX0), x: dataX0 }, ...wholeYears] : wholeYears;

  const max = all.reduce((a, p) => (p.value > a.value ? p : a));
  const summary =
    all.length === 1
      ? t('facts.chart.summaryOne', { max: format(max.value), maxYear: max.xLabel })
      : // The figures' own years: a stepped line drawn on to the day shown adds no figure for it.
        t('facts.chart.summaryMany', { count: all.length, years: formatYearSpan(Math.floor(dataX0), Math.floor(lastX), lang), max: format(max.value), maxYear: max.xLabel });

  const anyHollow = series.some((s) => s.points.some((p) => p.hollow));

  const pathOf = (points: readonly ChartPoint[]) => {
    const line = points.filter((p) => !p.hollow).sort((a, b) => a.x - b.x);
    if (line.length < 2 && !(step && line.length === 1)) return null;
    const cmds = line.map((p, i) => {
      const [x, y] = [sx(p.x), sy(p.value)];
      // A line across missing years would read as figures for them: it breaks there instead.
      if (i === 0 || (!step && p.x - line[i - 1]!.x > MAX_LINE_GAP)) return `M${x} ${y}`;
      return step ? `H${x}V${y}` : `L${x} ${y}`;
    });
    if (step && xMax !== undefined) cmds.push(`H${sx(xMax)}`);
    return cmds.join('');
  };

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}${t('punct.stop')}${summary}`}>
        {ticks.map((tick) => (
          <g key={tick.v} className="chart__grid">
            <line x1={left} x2={W - PAD.r} y1={tick.y} y2={tick.y} />
            <text x={left - 4} y={tick.y + 3} textAnchor="end">
              {format(tick.v)}
            </text>
          </g>
        ))}
        {years.map(({ year, x }) => (
          <text key={year} className="chart__axis" x={sx(x)} y={H - 6} textAnchor="middle">
            {year}
          </text>
        ))}
        {series.map((s, i) => {
          const d = pathOf(s.points);
          return (
            <g key={s.key}>
              {d && <path d={d} fill="none" stroke={s.colour} strokeWidth={1.8} />}
              {s.points.map((p, j) => (
                <Marker
                  key={j}
                  x={sx(p.x)}
                  y={sy(p.value)}
                  colour={s.colour}
                  hollow={p.hollow}
                  shape={SHAPES[i % SHAPES.length]!}
                  title={labelled(t, p.xLabel, `${format(p.value)}${parenthesized(t, s.label)}`)}
                />
              ))}
            </g>
          );
        })}
      </svg>
      {(named || anyHollow) && (
        <ul className="chart__legend">
          {named &&
            series.map((s, i) => (
              <li key={s.key}>
                <svg width={12} height={12} viewBox="-6 -6 12 12" aria-hidden="true">
                  <Marker x={0} y={0} colour={s.colour} shape={SHAPES[i % SHAPES.length]!} title="" />
                </svg>
                {s.label}
              </li>
            ))}
          {anyHollow && (
            <li>
              <svg width={12} height={12} viewBox="-6 -6 12 12" aria-hidden="true">
                {/* It belongs to no series: drawn in the legend's text colour, not a colour of its own. */}
                <Marker x={0} y={0} colour="currentColor" hollow shape="circle" title="" />
              </svg>
              {t('facts.chart.hollow')}
            </li>
          )}
        </ul>
      )}
      <button type="button" className="chart__toggle" aria-expanded={table} aria-controls={`${id}-table`} onClick={() => setTable((v) => !v)}>
        {table ? t('facts.chart.hideTable') : t('facts.chart.showTable')}
      </button>
      {/* On a phone or a tablet the table may still be wider than the panel (a Kazakh period or
          reporter does not break): it scrolls in its own box, the page does not. Open, the box is
          a named tab stop, so a keyboard can scroll it too (charts.css shades the hidden side). */}
      <div className="chart__table-scroll" {...(table ? { role: 'region', 'aria-label': title, tabIndex: 0 } : {})}>
        {/* Rendered even when hidden, so its source markers are numbered with the rest of the panel. */}
        <table className="chart__table" id={`${id}-table`} hidden={!table} lang={lang}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(step ? 'facts.chart.date' : 'facts.chart.year')}</th>
              <th scope="col">{t('facts.chart.value')}</th>
              {named && <th scope="col" className="chart__reporter">{t('facts.chart.reporter')}</th>}
              <th scope="col" className="chart__source">{t('facts.chart.source')}</th>
            </tr>
          </thead>
          <tbody>
            {series
              .flatMap((s) => s.points.map((p) => ({ s, p })))
              .sort((a, b) => a.p.x - b.p.x)
              .map(({ s, p }, i) => (
                <tr key={i}>
                  <th scope="row">{p.xLabel}</th>
                  <td>
                    {format(p.value)} {p.extra}
                  </td>
                  {named && <td className="chart__reporter">{s.label}</td>}
                  <td className="chart__source">{p.cite}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
