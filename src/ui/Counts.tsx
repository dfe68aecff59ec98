import { useTranslation } from '../i18n';
import type { VisibleCounts } from '../filter/visible';
// Header styles (counts and share) live together.
import './ShareControl.css';

type Props = {
  /** From `selectVisible`; null while the data is loading. */
  counts: VisibleCounts | null;
};

/**
 * Figures as wide as the real ones are likely to be, for the invisible copy that holds the line's
 * size while the data loads: the real line then takes the same lines, and the header does not grow
 * under the reader when it arrives (a layout shift of the whole page).
 */
const PLACEHOLDER: Pick<VisibleCounts, 'links' | 'missions' | 'events'> = { links: 888, missions: 88, events: 888 };

/** One line for the header: how many links, missions and events the current view shows. */
export function Counts({ counts }: Props) {
  const { t } = useTranslation();
  const line = (c: Pick<VisibleCounts, 'links' | 'missions' | 'events'>) =>
    t('counts.summary', {
      links: t('counts.links', { count: c.links }),
      missions: t('counts.missions', { count: c.missions }),
      events: t('counts.events', { count: c.events }),
    });
  // The live region stays mounted while loading so the first figures are announced too.
  return (
    <div className="counts-slot">
      <p className="counts" aria-live="polite">
        {counts && line(counts)}
      </p>
      {!counts && (
        <span className="counts-slot__placeholder" aria-hidden="true">
          {line(PLACEHOLDER)}
        </span>
      )}
    </div>
  );
}
