import { useId } from 'react';
import { useTranslation } from '../i18n';
import { LANGS, type Lang } from '../data/schema';
import { browserStorage, saveLangPreference, type LangStorage } from '../i18n/langPreference';
import { useAtlasActions, useLang } from '../state/store';
import './lists/Lists.css';

type Props = {
  /** Where the choice is remembered; the browser's localStorage unless a test passes a fake. */
  storage?: LangStorage | null;
};

/** The interface language. A choice goes to the store (and so to the URL) and is remembered for the next visit. */
export function LanguageSwitcher({ storage = browserStorage() }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const lang = useLang();
  const { setLang } = useAtlasActions();

  return (
    <div className="lang-switch">
      <label className="visually-hidden" htmlFor={id}>
        {t('langSwitch.label')}
      </label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          const next = e.target.value as Lang;
          saveLangPreference(next, storage);
          setLang(next);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
