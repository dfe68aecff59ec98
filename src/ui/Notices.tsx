import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from '../i18n';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { problemReason } from '../i18n/problemReason';
import { queryKeyOf } from '../data/queries';
import { useAtlas, useNotices, type Notice } from '../state/store';
// The notice list's own rules sit with the other floating chrome.
import './ShareControl.css';

/** What a notice says, and what its Dismiss button names. */
function describe(notice: Notice, t: TFunction): { body: ReactNode; dismiss: string } {
  switch (notice.kind) {
    case 'ignored-params':
      return {
        body: (
          <>
            <p>{t('notices.ignored')}</p>
            <ul className="notice__list">
              {notice.payload.map((item, i) => (
                // Param and raw value come from the URL: plain React text, never markup.
                <li key={i}>
                  <code>{item.param}</code> = <code>{item.raw}</code>{' '}
                  {t('notices.reasonWrap', { reason: t(`notices.reason.${item.reason}`) })}
                </li>
              ))}
            </ul>
          </>
        ),
        dismiss: t('notices.dismissIgnored'),
      };
    case 'data-error': {
      const { file, message: reason, reasonKey } = notice.payload;
      const message = problemReason(t, { reason, reasonKey });
      return {
        body: <p>{file ? t('notices.dataError', { file, message }) : t('notices.dataErrorNoFile', { message })}</p>,
        dismiss: file ? t('notices.dismissDataError', { file }) : t('notices.dismissNotice'),
      };
    }
    case 'info': {
      const { key, values, action } = notice.payload;
      return {
        body: (
          <p>
            {t(key, values)}{' '}
            {action && (
              <button type="button" className="notice__action" onClick={action.run}>
                {t(action.key)}
              </button>
            )}
          </p>
        ),
        dismiss: t('notices.dismissNotice'),
      };
    }
  }
}

/**
 * The store's notices as dismissible boxes over the map: ignored link parameters, data
 * files that failed to load, and other messages. Data errors are alerts; the rest are
 * polite status messages.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices();
  const dismissNotice = useAtlas((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('notices.label')}>
      {notices.map((notice) => {
        const { body, dismiss } = describe(notice, t);
        const error = notice.kind === 'data-error';
        return (
          <div key={notice.id} className={error ? 'notice notice--error' : 'notice'} role={error ? 'alert' : 'status'}>
            <div className="notice__body">
              {body}
              {notice.kind === 'data-error' && notice.payload.file && <RetryFile file={notice.payload.file} />}
            </div>
            <button type="button" className="icon-button" aria-label={dismiss} onClick={() => dismissNotice(notice.id)}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}

/** Fetches a failed data file again; when it loads, the atlas fills in and the notice goes away. */
function RetryFile({ file }: { file: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="notice__retry"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await queryClient.refetchQueries({ queryKey: queryKeyOf(file) });
        setBusy(false);
      }}
    >
      {t('recovery.retryFile', { file })}
    </button>
  );
}
