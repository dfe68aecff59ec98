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
            // A count of one still shows a bar (min-width); zero shows none.
            className={counts[type] > 0 ? 'bars__bar' : 'bars__bar bars__bar--zero'}
            style={{ width: `${(100 * counts[type]) / max}%`, background: LINK_STYLE[type].colour }}
            aria-hidden="true"
          />
          <span className="bars__count">{counts[type]}</span>
        </li>
      ))}
    </ul>
  );
}
