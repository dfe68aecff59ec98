import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  /** A short line under the title (kind, date). */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
};

/** The frame of every details view: a labelled aside with a close button; Escape closes it. */
export function DetailsPanel({ title, subtitle, onClose, children }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside id="details" className="details" aria-labelledby="details-title">
      <header className="details__header">
        <div>
          <h2 id="details-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {subtitle && <p className="details__subtitle">{subtitle}</p>}
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('details.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="details__body">{children}</div>
    </aside>
  );
}
