import { useTranslation } from 'react-i18next';
import type { VisibleCounts } from '../filter/visible';
// Header styles (counts and share) live together.
import './ShareControl.css';

type Props = {
  /** From `selectVisible`; null while the data is loading. */
  counts: VisibleCounts | null;
};

/** One line for the header: how many links, missions and events the current view shows. */
export function Counts({ counts }: Props) {
  const { t } = useTranslation();
  // The live region stays mounted while loading so the first figures are announced too.
  return (
    <p className="counts" aria-live="polite">
      {counts &&
        t('counts.summary', {
          links: t('counts.links', { count: counts.links }),
          missions: t('counts.missions', { count: counts.missions }),
          events: t('counts.events', { count: counts.events }),
        })}
    </p>
  );
}
