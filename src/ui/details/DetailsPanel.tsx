import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import type { Dated } from '../../filter/offMap';
import { OffMapNote } from './OffMapNote';

type Props = {
  title: string;
  /** A short line under the title (kind, date). */
  subtitle?: ReactNode;
  onClose: () => void;
  /** A link, mission or event: the panel says when the map does not show it, and why. */
  dated?: Dated;
  children: ReactNode;
};

/** The frame of every details view: a labelled aside with a close button; Escape closes it. */
export function DetailsPanel({ title, subtitle, onClose, dated, children }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // What had focus when the panel opened (the map, a list row, the search field): closing the
  // panel returns focus there, so keyboard users do not land on the page's start.
  const [opener] = useState(() => document.activeElement);
  const close = useCallback(() => {
    onClose();
    if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body && !opener.closest('#details')) opener.focus();
    else document.getElementById('side-panel')?.focus({ preventScroll: true });
  }, [onClose, opener]);

  // When the selection moved from inside the panel (an entity link), the clicked button is
  // gone and focus fell back to the page; put it on the new title so keyboard and screen
  // reader users stay in the panel. A row chosen in the lists below moves focus here too: the
  // side panel scrolls up to the details, and a focused row far below them would leave the
  // focus out of sight and the next Tab at the page's end. Closing returns to the row. Focus
  // that is elsewhere (the map, the search field) is left alone.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.lists')) heading.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <aside id="details" className="details" aria-labelledby="details-title">
      <header className="details__header">
        <div>
          <h2 id="details-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {subtitle && <p className="details__subtitle">{subtitle}</p>}
        </div>
        <button type="button" className="icon-button" onClick={close} aria-label={t('details.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="details__body">
        {dated && <OffMapNote dated={dated} />}
        {children}
      </div>
    </aside>
  );
}
