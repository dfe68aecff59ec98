import { useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import { formatPartialDate } from '../i18n/format';
import { copyText } from '../dom/copyText';
import { useModel } from '../model/useAtlasModel';
import { citeView } from './citation';
import './AboutPanel.css';

/** Where the build writes the licences of the software it ships (see docs/DEPLOY.md). */
const NOTICES_URL = 'third-party-notices.txt';

/**
 * The header's "About" button and its dialog: what the atlas is, the data version and its
 * as-of date, the data and boundary licences, the software notices, and "cite this view".
 * A native modal dialog: focus moves in, Escape closes, focus returns to the button.
 */
export function AboutPanel() {
  const { t } = useTranslation();
  const model = useModel();
  const dialog = useRef<HTMLDialogElement>(null);
  const citationField = useRef<HTMLTextAreaElement>(null);
  const [citation, setCitation] = useState('');
  const [status, setStatus] = useState('');
  const meta = model.data.index?.meta;
  const newestSource = model.data.index?.newestSource;

  const open = () => {
    setCitation(citeView(model, window.location.href, new Date().toISOString().slice(0, 10), t));
    setStatus('');
    dialog.current?.showModal();
  };
  const copy = async () => setStatus(t((await copyText(citation, citationField.current)) ? 'about.copied' : 'about.copyFailed'));

  return (
    <>
      <button type="button" className="about__button" onClick={open}>
        {t('about.button')}
      </button>
      <dialog
        ref={dialog}
        className="about"
        aria-labelledby="about-title"
        onKeyDown={(e) => {
          // Escape closes this dialog only: claimed here, it does not also reach the details
          // panel's window listener (which would clear the selection behind the dialog).
          if (e.key === 'Escape') {
            e.preventDefault();
            dialog.current?.close();
          }
        }}
      >
        <div className="about__head">
          <h2 id="about-title">{t('about.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('about.close')} onClick={() => dialog.current?.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p>{t('about.what')}</p>
        <p>{meta ? t('about.version', { version: meta.version, date: formatPartialDate(meta.asOf, model.lang) }) : t('about.versionUnknown')}</p>
        {newestSource ? <p>{t('about.newestSource', { date: formatPartialDate(newestSource, model.lang) })}</p> : null}
        <h3>{t('about.licences')}</h3>
        <ul>
          <li>{t('about.facts')}</li>
          <li>{t('about.boundariesKz')}</li>
          <li>{t('about.boundariesCn')}</li>
          <li>{t('about.basemap')}</li>
          <li>
            <a href={NOTICES_URL} target="_blank" rel="noopener noreferrer">
              {t('about.notices')}
            </a>
          </li>
        </ul>
        <h3>{t('about.cite')}</h3>
        <p className="muted">{t('about.citeHint')}</p>
        <textarea ref={citationField} className="about__citation" readOnly value={citation} rows={4} aria-label={t('about.cite')} />
        <div className="about__actions">
          <button type="button" onClick={copy}>
            {t('about.copy')}
          </button>
          <span role="status">{status}</span>
        </div>
      </dialog>
    </>
  );
}
