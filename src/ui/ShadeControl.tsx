import { useId, type CSSProperties } from 'react';
import { useTranslation } from '../i18n';
import { formatUsd } from '../i18n/format';
import { useModel } from '../model/useAtlasModel';
import { useAtlasActions, useShade } from '../state/store';
import { HATCH_STROKE } from '../style/linkStyle';
import { SHADE_MEASURES, type ShadeMeasure } from '../view/view';

/**
 * The choropleth's switch and legend: shade regions by their number of ties (all, or of one
 * type) or by their latest trade with the other country, with the classes and a "no data"
 * swatch. The choice is part of the URL (`shade=`).
 */
export function ShadeControl() {
  const { t } = useTranslation();
  const id = useId();
  const shade = useShade();
  const { setShade } = useAtlasActions();
  const { shading, lang } = useModel();
  const label = (v: number) => (shading?.measure === 'trade' ? formatUsd(v, lang) : String(v));
  return (
    <section className="legend__layer shade" aria-labelledby={`${id}-title`}>
      <h3 className="legend__layer-title" id={`${id}-title`}>
        <label htmlFor={`${id}-select`}>{t('legend.shade.title')}</label>
      </h3>
      <select
        id={`${id}-select`}
        className="shade__select"
        value={shade ?? ''}
        onChange={(e) => setShade(e.target.value === '' ? null : (e.target.value as ShadeMeasure))}
      >
        <option value="">{t('legend.shade.none')}</option>
        {SHADE_MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`legend.shade.measure.${m}`)}
          </option>
        ))}
      </select>
      {shading && (
        <>
          <ul className="legend__items shade__classes" aria-label={t(`legend.shade.measure.${shading.measure}`)}>
            {shading.classes.map((c, i) => {
              // Tie counts are whole numbers: a class "1–2" ends one below the next class's start.
              const to = c.to === null ? null : shading.measure === 'trade' ? c.to : c.to - 1;
              const text =
                to === null
                  ? t('legend.shade.atLeast', { from: label(c.from) })
                  : to === c.from
                    ? label(c.from)
                    : t('legend.shade.range', { from: label(c.from), to: label(to) });
              return (
                <li key={i}>
                  <span className="legend__swatch" style={{ background: c.colour }} aria-hidden="true" />
                  {text}
                </li>
              );
            })}
            {/* Tie counts exist for every region (0 included): only trade can lack a figure. */}
            {shading.noData.size > 0 && (
              <li>
                <span className="legend__swatch legend__swatch--hatch" style={{ '--hatch': HATCH_STROKE } as CSSProperties} aria-hidden="true" />
                {t('legend.shade.noData')}
              </li>
            )}
          </ul>
          <p className="legend__caption">{t('legend.shade.caption')}</p>
        </>
      )}
    </section>
  );
}
