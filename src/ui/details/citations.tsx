/**
 * Source markers: every factual line of a details panel carries a numbered marker that names
 * its source on hover or focus and links to it; the panel closes with the numbered list.
 * Numbers are given in reading order, per panel: the panel creates one `Citations` per render
 * and the markers register with it as they render, before the list at the end reads it.
 */
import { createContext, useContext, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation, type TFunction } from '../../i18n';
import { pickName, scriptLang, sourceTitle } from '../../data/names';
import type { Lang, Source } from '../../data/schema';
import { formatPartialDate } from '../../i18n/format';
import { safeUrl } from '../safeUrl';

export type Citations = {
  /** The source's number in this panel (the same source cited twice keeps its number). */
  number: (source: Source) => number;
  /** The sources cited so far, in number order. */
  list: () => readonly Source[];
};

export function createCitations(): Citations {
  const byKey = new Map<string, number>();
  const sources: Source[] = [];
  return {
    number: (source) => {
      const key = `${source.url}\u0000${sourceTitle(source, 'en').text}`;
      let n = byKey.get(key);
      if (n === undefined) {
        sources.push(source);
        n = sources.length;
        byKey.set(key, n);
      }
      return n;
    },
    list: () => sources,
  };
}

const CitationsContext = createContext<Citations | null>(null);
export const CitationsProvider = CitationsContext.Provider;

function useCitations(): Citations {
  const c = useContext(CitationsContext);
  if (!c) throw new Error('<Cite> outside a details panel');
  return c;
}

/** A URL's host without "www.", or null when it is not a URL. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * How the page was read, in the interface language: "read via a mirror copy on office369.com",
 * "citing Xinhua". A mirror is named by its site even when the record does not give one (the
 * link's host): the link leads there, not to the publisher, and the reader should know before
 * following it.
 */
export function provenance(source: Source, t: TFunction, lang: Lang): string | null {
  const mirrorSite = source.mirror ? (source.via ?? hostOf(source.url)) : null;
  const read = source.mirror
    ? mirrorSite
      ? t('facts.cite.mirrorOn', { site: mirrorSite })
      : t('facts.cite.mirror')
    : source.via
      ? t('facts.cite.via', { site: source.via })
      : null;
  const parts = [read, source.citing ? t('facts.cite.citing', { outlet: pickName(source.citing, lang).text }) : null].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(t('facts.cite.sep')) : null;
}

/** The publisher's name, or, in the reader's language, that the page names none. */
const publisherName = (source: Source, t: TFunction): string => source.publisher ?? t('facts.cite.unnamed');

/** The publisher, marked with the language it is written in, and how the page was read. */
function Publisher({ source, lang }: { source: Source; lang: Lang }) {
  const { t } = useTranslation();
  const how = provenance(source, t, lang);
  return (
    <>
      <span className="source__publisher" lang={source.publisher === null ? undefined : scriptLang(source.publisher, source.lang)}>
        {publisherName(source, t)}
      </span>
      {how && t('facts.cite.aside', { text: how })}
    </>
  );
}

/**
 * Markers for the sources of one line: "[2]" links to the source; hovering or focusing it
 * shows publisher, date and language. With no safe URL the marker is plain text.
 */
export function Cite({ sources, lang }: { sources: readonly (Source | undefined)[]; lang: Lang }) {
  const citations = useCitations();
  // Numbered in the order given (first cited, first numbered), then shown in number order: [3][4][5], not [5][3][4].
  const shown = sources
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ s, n: citations.number(s) }))
    .filter((x, i, all) => all.findIndex((y) => y.n === x.n) === i)
    .sort((a, b) => a.n - b.n);
  if (shown.length === 0) return null;
  return (
    <span className="cite-group">
      {shown.map(({ s, n }) => (
        <CiteMarker key={n} source={s} n={n} lang={lang} />
      ))}
    </span>
  );
}

/** Margin a source tooltip keeps from the edges of what it is shown in, in px. */
const TIP_MARGIN = 8;

/**
 * How far to move a tooltip that starts at its marker's left edge so that it stays inside
 * [left, right] (the panel, which clips it, within the window): a marker near the panel's right
 * edge would push its tooltip off screen. Pure.
 */
export function tipShift(markerLeft: number, tipWidth: number, left: number, right: number): number {
  const overflow = markerLeft + tipWidth - (right - TIP_MARGIN);
  if (overflow <= 0) return 0;
  return -Math.min(overflow, Math.max(0, markerLeft - (left + TIP_MARGIN)));
}

function CiteMarker({ source, n, lang }: { source: Source; n: number; lang: Lang }) {
  const { t } = useTranslation();
  const tipId = useId();
  const tipRef = useRef<HTMLSpanElement>(null);
  // Escape closes the tooltip alone (WAI-ARIA tooltip pattern), not the panel around it; it
  // shows again on the next hover or focus.
  const [dismissed, setDismissed] = useState(false);
  const url = safeUrl(source.url);
  const date = source.date ? formatPartialDate(source.date, lang) : t('facts.cite.undated');
  const label = t('facts.cite.marker', { n, publisher: publisherName(source, t), date, lang: source.lang });
  const place = (e: { currentTarget: Element }) => {
    setDismissed(false);
    const tip = tipRef.current;
    if (!tip) return;
    const marker = e.currentTarget.getBoundingClientRect();
    const panel = e.currentTarget.closest('#side-panel')?.getBoundingClientRect();
    const left = Math.max(0, panel?.left ?? 0);
    const right = Math.min(window.innerWidth, panel?.right ?? Infinity);
    // Measured once shown: its width depends on the text and the language.
    requestAnimationFrame(() => {
      tip.style.transform = `translateX(${tipShift(marker.left, tip.getBoundingClientRect().width, left, right)}px)`;
    });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || dismissed) return;
    e.preventDefault();
    setDismissed(true);
  };
  const tip = (
    <span className="cite__tip" role="tooltip" id={tipId} ref={tipRef}>
      <Publisher source={source} lang={lang} />
      {t('facts.cite.dateLang', { date, lang: source.lang })}
    </span>
  );
  const events = { onMouseEnter: place, onFocus: place, onKeyDown, 'aria-label': label, 'aria-describedby': tipId };
  return (
    <span className={dismissed ? 'cite cite--dismissed' : 'cite'}>
      {url ? (
        <a className="cite__marker" href={url} target="_blank" rel="noopener noreferrer" {...events}>
          [{n}]
        </a>
      ) : (
        <span className="cite__marker" tabIndex={0} {...events}>
          [{n}]
        </span>
      )}
      {tip}
    </span>
  );
}

/**
 * The panel's numbered sources, in the order the markers cite them. Render it last. `own` are the
 * record's own sources: every full record has one (the schema requires it), so an empty `own` means
 * the record's file has not loaded yet and the panel says so, even when related events cite theirs.
 * A panel without records of its own (a region) passes none: with nothing cited (a region without
 * ties) it ends without a source list, and without a claim that something failed to load.
 */
export function CitedSources({ lang, own }: { lang: Lang; own?: readonly Source[] }): ReactNode {
  const { t } = useTranslation();
  const citations = useCitations();
  // Sources of the record that no line cited still belong in the list.
  for (const s of own ?? []) citations.number(s);
  const sources = citations.list();
  const missing = own !== undefined && own.length === 0 ? <p className="muted">{t('recovery.sourcesMissing')}</p> : null;
  if (sources.length === 0) return missing;
  return (
    <>
      {missing}
      <section className="sources" aria-labelledby="details-sources">
        <h3 id="details-sources">{t('panel.sources')}</h3>
        <ol>
          {sources.map((s, i) => {
            const url = safeUrl(s.url);
            // A description (no headline on the page) is in the reader's language, a headline in its
            // own script's: the title is marked with that language, the link with the page's.
            const title = sourceTitle(s, lang);
            return (
              <li key={`${s.url}-${i}`} value={i + 1}>
                <Publisher source={s} lang={lang} />
                {t('punct.colon')}
                {url ? (
                  <a href={url} target="_blank" rel="noopener noreferrer" hrefLang={s.lang} lang={title.lang}>
                    {title.text}
                    <span className="visually-hidden" lang={lang}>
                      {' '}
                      {t('panel.newTab')}
                    </span>
                  </a>
                ) : (
                  <span lang={title.lang}>{title.text}</span>
                )}
                <span className="source__meta">
                  {' · '}
                  {s.date ? formatPartialDate(s.date, lang) : t('panel.undated')}
                  {' · '}
                  <abbr className="source__lang" title={t('panel.sourceLang')}>
                    {s.lang}
                  </abbr>
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
