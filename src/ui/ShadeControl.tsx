import { useId } from 'react';
import { useTranslation } from '../i18n';
import { shadedBy, shadeLegend } from '../model/shadeLegend';
import { useModel } from '../model/useAtlasModel';
import { useAtlasActions, useShade } from '../state/store';
import { SHADE_MEASURES, type ShadeMeasure } from '../view/view';
import { HatchSwatch } from './HatchSwatch';

/**
 * The choropleth's switch and legend: shade regions by their number of ties (all, or of one
 * type) or by their latest whole-year trade with the other country (the caption says which year
 * counts), with the classes and a "no data" swatch. The choice is part of the URL (`shade=`).
 */
export function ShadeControl() {
  const { t } = useTranslation();
  const id = useId();
  const shade = useShade();
  const { setShade } = useAtlasActions();
  const { shading, lang } = useModel();
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
          <ul className="legend__items shade__classes" aria-label={shadedBy(shading.measure, lang, t)}>
            {shadeLegend(shading, lang, t).map((entry) => (
              <li key={entry.label}>
                {entry.colour === null ? (
                  <HatchSwatch />
                ) : (
                  <span className="legend__swatch" style={{ background: entry.colour }} aria-hidden="true" />
                )}
                {entry.label}
              </li>
            ))}
          </ul>
          <p className="legend__caption">{t(`legend.shade.caption.${shading.measure}`)}</p>
        </>
      )}
    </section>
  );
}
