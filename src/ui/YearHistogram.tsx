import { useMemo } from 'react';
import { useTranslation } from '../i18n';
import type { YearRange } from '../filter/activeInRange';
import type { YearSpan } from '../data/dates';

type Props = {
  /** Events per year (from `eventsPerYear`); years without events are absent. */
  perYear: ReadonlyMap<number, number>;
  span: YearSpan;
  /** The range shown now; its bars are drawn darker. */
  range: YearRange;
};

/**
 * A bar per year of the data span, drawn behind the range slider. The chart is decorative
 * for assistive technology (aria-hidden); a visually hidden sentence carries its gist.
 * Bar centres sit at x = 0 … years − 1, matching the slider's value positions once the
 * container is inset by half a thumb (see Timeline.css).
 */
export function YearHistogram({ perYear, span, range }: Props) {
  const { t } = useTranslation();
  const { bars, total, peak } = useMemo(() => {
    const bars: { year: number; count: number }[] = [];
    let total = 0;
    let peak = { year: span.minYear, count: 0 };
    for (let year = span.minYear; year <= span.maxYear; year += 1) {
      const count = perYear.get(year) ?? 0;
      bars.push({ year, count });
      total += count;
      if (count > peak.count) peak = { year, count };
    }
    return { bars, total, peak };
  }, [perYear, span.minYear, span.maxYear]);

  const width = Math.max(1, bars.length - 1);
  return (
    <div className="timeline__histogram">
      <svg viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {bars.map(({ year, count }, i) =>
          count === 0 ? null : (
            <rect
              key={year}
              className={year >= range.from && year <= range.to ? 'timeline__bar timeline__bar--in' : 'timeline__bar'}
              x={i - 0.4}
              width={0.8}
              // A minimum height keeps single events visible next to a tall peak.
              y={100 - Math.max(6, (count / peak.count) * 100)}
              height={Math.max(6, (count / peak.count) * 100)}
            />
          ),
        )}
      </svg>
      {/* Empty, the message is shown where the bars would be: an empty strip looks like a fault. */}
      <p className={total === 0 ? 'timeline__empty' : 'timeline__sr'}>
        {total === 0
          ? t('timeline.histogramEmpty')
          : t('timeline.histogram', { total, year: peak.year, max: peak.count })}
      </p>
    </div>
  );
}
