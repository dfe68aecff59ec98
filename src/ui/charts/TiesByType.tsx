import { useTranslation } from '../../i18n';
import { LINK_TYPES, type LinkType } from '../../data/schema';
import { LINK_STYLE } from '../../style/linkStyle';
import './charts.css';

/** How many ties of each type, as bars in the types' map colours (counts written beside them). */
export function TiesByType({ counts }: { counts: Record<LinkType, number> }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...LINK_TYPES.map((type) => counts[type]));
  return (
    <ul className="bars" aria-label={t('facts.profile.byType')}>
      {LINK_TYPES.map((type) => (
        <li key={type}>
          <span>{t(`vocab.linkTypes.${type}`)}</span>
          <span
            className="bars__bar"
            // A count of one still shows a bar (the CSS min-width); zero shows none.
            style={{ width: `${(100 * counts[type]) / max}%`, minWidth: counts[type] > 0 ? undefined : 0, background: LINK_STYLE[type].colour }}
            aria-hidden="true"
          />
          <span className="bars__count">{counts[type]}</span>
        </li>
      ))}
    </ul>
  );
}
