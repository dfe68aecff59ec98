import { Suspense, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useOutsidePress } from '../dom/useOutsidePress';
import { useTranslation } from '../i18n';
import { lazyChunk } from './lazyChunk';
import { useModel } from '../model/useAtlasModel';
import { atlasStore } from '../state/store';
import { Counts } from '../ui/Counts';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { ShareControl, withEmbed } from '../ui/ShareControl';
import type { Snapshot } from '../export/useMapImageExport';

// Search, export and About load on demand: none is needed to draw the first view.
const SearchBox = lazyChunk(() => import('../search/SearchBox'));
const ExportMenu = lazyChunk(() => import('../export/ExportMenu').then((m) => ({ default: m.ExportMenu })));
const AboutPanel = lazyChunk(() => import('../ui/AboutPanel').then((m) => ({ default: m.AboutPanel })));

/** A lazy part once the data is ready; until then, and while its code loads, its placeholder holds its place. */
function WhenReady({ ready, placeholder, children }: { ready: boolean; placeholder: ReactNode; children: ReactNode }) {
  return ready ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

type Props = {
  onSelect: (id: string | null) => void;
  /** The map as drawn now, for the PNG export (null without a map). */
  snapshot: Snapshot;
};

/** Title, counts, search, language, download and share. */
export function Header({ onSelect, snapshot }: Props) {
  const { t } = useTranslation();
  const model = useModel();
  const [menuOpen, setMenuOpen] = useState(false);
  // The phone's menu folds again on a press elsewhere (the map, the sheet) or on Escape, as the
  // popovers inside it do; an Escape those popovers or a dialog claimed is theirs.
  const menu = useRef<HTMLDivElement>(null);
  const menuToggle = useRef<HTMLButtonElement>(null);
  useOutsidePress(menu, menuOpen, () => setMenuOpen(false));
  const onMenuKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menuOpen || e.defaultPrevented || (e.target as Element).closest('dialog[open]')) return;
    e.preventDefault();
    setMenuOpen(false);
    menuToggle.current?.focus();
  };
  // Choosing a language ends the errand: the phone's menu folds, focus back on Menu (the select
  // it was on is hidden with the menu).
  const onToolsChange = (e: ChangeEvent) => {
    if (!menuOpen || !(e.target as Element).closest('.lang-switch')) return;
    setMenuOpen(false);
    menuToggle.current?.focus();
  };
  const ready = model.data.complete && model.data.index !== null && model.range !== null && model.visible !== null;

  // Search and Download arrive with the last data file; until then these hold their place (the
  // search field with its short hint, which fits at any width: measuring belongs to the search chunk).
  const searchPlaceholder = (
    <div className="search">
      <input className="search__input" type="search" disabled aria-label={t('search.label')} placeholder={t('search.placeholderShort')} />
    </div>
  );
  const exportPlaceholder = (
    <div className="export">
      <button type="button" className="export__button" disabled>
        {t('export.button')}
      </button>
    </div>
  );
  // About shows the data's version and date: it waits for the data, as the download does.
  const aboutPlaceholder = (
    <button type="button" className="about__button" disabled>
      {t('about.button')}
    </button>
  );

  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#map"
        onClick={(e) => {
          // Focus without touching the URL: the hash belongs to the camera (#map=…).
          e.preventDefault();
          document.querySelector<HTMLElement>('#map canvas')?.focus();
        }}
      >
        {t('app.skipToMap')}
      </a>
      <h1>
        {model.view.embed ? (
          // Embedded in someone's page, the title is the way to the full atlas at the same view.
          <a
            className="embed-home"
            href={withEmbed(window.location.href, false)}
            target="_blank"
            rel="noopener noreferrer"
            // The address follows the view after a throttle and the header need not re-render
            // with it: read it again at the click.
            onClick={(e) => {
              e.currentTarget.href = withEmbed(window.location.href, false);
            }}
          >
            {t('app.title')}
            <span aria-hidden="true"> ↗</span>
            <span className="visually-hidden"> {t('panel.newTab')}</span>
          </a>
        ) : (
          t('app.title')
        )}
      </h1>
      <Counts counts={model.data.complete ? (model.visible?.counts ?? null) : null} />
      <span className="spacer" />
      <WhenReady ready={ready} placeholder={searchPlaceholder}>
        <SearchBox onChoose={onSelect} onIncludeOutside={(y) => atlasStore.getState().setYearRange(y.from, y.to)} />
      </WhenReady>
      {/* display: contents: the wrapper only groups the toggle and its tools for the press and
          key handling; they stay items of the header row. */}
      <div className="header-menu" ref={menu} onKeyDown={onMenuKeyDown}>
        <button
          type="button"
          className="menu-toggle"
          ref={menuToggle}
          aria-expanded={menuOpen}
          aria-controls="header-tools"
          onClick={() => setMenuOpen((o) => !o)}
        >
          {t('app.menu')}
        </button>
        {/* On a phone these fold into the menu; on wider screens they sit in the header row. */}
        <div className={menuOpen ? 'header-tools header-tools--open' : 'header-tools'} id="header-tools" onChange={onToolsChange}>
          <LanguageSwitcher />
          <WhenReady ready={ready} placeholder={exportPlaceholder}>
            <ExportMenu snapshot={snapshot} />
          </WhenReady>
          <ShareControl />
          <WhenReady ready={ready} placeholder={aboutPlaceholder}>
            <AboutPanel />
          </WhenReady>
        </div>
      </div>
    </header>
  );
}
