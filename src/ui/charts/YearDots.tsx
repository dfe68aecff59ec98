import { useTranslation } from '../../i18n';
import type { YearRange } from '../../data/dates';
import './charts.css';
import { labelled, parenthesized } from '../../i18n/punct';

const W = 320;
const H = 34;

/** A small timeline: one dot per event in its year (stacked), over the years shown. */
export function YearDots({ years, range }: { years: readonly number[]; range: YearRange }) {
  const { t } = useTranslation();
  const span = Math.max(1, range.to - range.from);
  const x = (y: number) => 8 + ((y - range.from) / span) * (W - 16);
  const stacked = new Map<number, number>();
  // An event that began before the years shown and runs into them (a visit over New Year) is
  // drawn at the first year shown, not outside the picture.
  const dots = years.map((year) => {
    const y = Math.min(Math.max(year, range.from), range.to);
    const n = stacked.get(y) ?? 0;
    stacked.set(y, n + 1);
    return { x: x(y), y: 20 - Math.min(n, 4) * 4 };
  });
  const byYear = [...stacked].sort(([a], [b]) => a - b).map(([y, n]) => `${y}${parenthesized(t, String(n))}`);
  const label = labelled(t, t('facts.profile.eventsByYear'), byYear.join(t('punct.list')));
  return (
    <svg className="year-dots" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line x1={8} x2={W - 8} y1={24} y2={24} stroke="var(--line)" />
      {dots.map((d, i) => (
        <circle key={i} cx={d.x} cy={d.y} r={2.6} fill="var(--accent)" />
      ))}
      <text x={8} y={H - 1}>
        {range.from}
      </text>
      <text x={W - 8} y={H - 1} textAnchor="end">
        {range.to}
      </text>
    </svg>
  );
}
