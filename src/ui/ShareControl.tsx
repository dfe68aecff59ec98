import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import { useOutsidePress } from '../dom/useOutsidePress';
import { copyText } from '../dom/copyText';
import './ShareControl.css';

const EMBED_PARAM = 'embed';
const EMBED_HEIGHT = 480;

/**
 * `href` with the embed flag set (`embed=1`) or removed, every other parameter and the
 * hash (the camera) kept. Commas stay literal, as the URL codec writes them, so lists
 * remain readable in the link.
 */
export function withEmbed(href: string, embed: boolean): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  // The codec reads parameter names case-insensitively; drop every spelling so exactly one remains.
  for (const name of [...params.keys()]) if (name.toLowerCase() === EMBED_PARAM) params.delete(name);
  if (embed) params.set(EMBED_PARAM, '1');
  url.search = params.toString().replace(/%2C/gi, ',');
  return url.toString();
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste into a page: an iframe showing `href` in embed mode. */
export function embedSnippet(href: string, title: string): string {
  return (
    `<iframe src="${escapeAttr(withEmbed(href, true))}" title="${escapeAttr(title)}" ` +
    `width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`
  );
}

type Status = { ok: boolean; text: string } | null;

/**
 * The header's "Share" button and its popover: the link to the current view and an iframe
 * snippet to embed it, each with a copy button. Reads the address when it opens, so the
 * link always matches what is on screen. Escape closes it and returns focus to the button;
 * a press outside or focus moving on closes it too.
 */
export function ShareControl() {
  const { t } = useTranslation();
  const id = useId();
  const [href, setHref] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const open = href !== null;

  useEffect(() => {
    if (!open) return;
    linkField.current?.focus();
    linkField.current?.select();
  }, [open]);
  useOutsidePress(root, open, () => setHref(null));

  const close = () => {
    setHref(null);
    button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // Claimed here, so the details panel (which also closes on Escape) stays open.
    e.preventDefault();
    close();
  };

  const link = href === null ? '' : withEmbed(href, false);
  const snippet = href === null ? '' : embedSnippet(href, t('app.title'));

  const copy = async (text: string, field: Parameters<typeof copyText>[1], done: string) => {
    setStatus(null);
    const ok = await copyText(text, field);
    setStatus({ ok, text: ok ? done : t('share.copyFailed') });
  };

  return (
    <div
      className="share"
      ref={root}
      onKeyDown={onKeyDown}
      // Tabbing past its last button closes it, as a press outside does: left open, it stayed
      // behind the About dialog, and an Escape meant for it closed the details instead.
      // (No next element, as when the window loses focus, leaves it open.)
      onBlur={(e) => {
        if (open && e.relatedTarget instanceof Node && !root.current?.contains(e.relatedTarget)) setHref(null);
      }}
    >
      <button
        ref={button}
        type="button"
        className="share__button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? `${id}-popover` : undefined}
        onClick={() => {
          if (open) return close();
          setStatus(null);
          setHref(window.location.href);
        }}
      >
        {t('share.button')}
      </button>
      {open && (
        <div className="share__popover" id={`${id}-popover`} role="dialog" aria-labelledby={`${id}-title`}>
          <div className="share__head">
            <h2 id={`${id}-title`}>{t('share.title')}</h2>
            <button type="button" className="icon-button" aria-label={t('share.close')} onClick={close}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <label htmlFor={`${id}-link`}>{t('share.link')}</label>
          <div className="share__row">
            <input
              ref={linkField}
              id={`${id}-link`}
              type="text"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy(link, linkField.current, t('share.copiedLink'))}>
              {t('share.copyLink')}
            </button>
          </div>
          <h3>{t('share.embed')}</h3>
          <p className="share__hint">{t('share.embedHint')}</p>
          <label htmlFor={`${id}-embed`}>{t('share.embedCode')}</label>
          <textarea
            ref={embedField}
            id={`${id}-embed`}
            readOnly
            rows={5}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copy(snippet, embedField.current, t('share.copiedEmbed'))}>
            {t('share.copyEmbed')}
          </button>
          <p role="status" className={status?.ok === false ? 'share__status share__status--error' : 'share__status'}>
            {status?.text}
          </p>
        </div>
      )}
    </div>
  );
}
