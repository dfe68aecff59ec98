import { useTranslation } from 'react-i18next';

/** A plain, translated message where the map would be; never a blank page. */
export function FatalMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="fatal" role="alert">
      <h2>{t('errors.title')}</h2>
      <p>{message}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}
