import { useTranslation } from '../i18n';

/**
 * A plain, translated message where the map would be; never a blank page. With `onRetry` the
 * button tries again in place (nothing is lost); without, it reloads the page.
 */
export function FatalMessage({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="fatal" role="alert">
      <h2>{t('errors.title')}</h2>
      <p>{message}</p>
      {/* The page loaded but its data did not, and no saved copy exists yet: say why, not just what. */}
      {!navigator.onLine && <p>{t('offline.firstVisit')}</p>}
      <button type="button" onClick={onRetry ?? (() => window.location.reload())}>
        {onRetry ? t('recovery.retry') : t('errors.reload')}
      </button>
    </div>
  );
}
