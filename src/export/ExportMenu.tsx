import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import { useOutsidePress } from '../dom/useOutsidePress';
import { useModel } from '../model/useAtlasModel';
import { eventsTable, linksTable, missionsTable, toCsv } from './csv';
import { downloadText } from './download';
import { exportFileName } from './fileName';
import { atlasGeoJson } from './geojson';
import { useMapImageExport, type Snapshot } from './useMapImageExport';
import './ExportMenu.css';

/** How long the line saying a download is done stays up, in ms. */
export const DONE_SHOWN_MS = 8000;

export type ExportMenuProps = {
  /** The map as drawn now, for the PNG (null without a map). */
  snapshot: Snapshot;
};

type Item = {
  key: string;
  label: string;
  /** How much the file holds, shown beside the label. */
  amount: string;
  disabled: boolean;
  /** Makes the file; resolves to its name. */
  run: () => Promise<string>;
};

type Status = { ok: boolean; text: string } | null;

/**
 * The "Download" menu button: tables (CSV) of the links, missions and events shown, the
 * same as map data (GeoJSON), and the map as a picture (PNG, 1× or 2×). A menu button as
 * in the WAI-ARIA practices: arrows move between items, Home/End jump, Escape closes and
 * returns focus to the button, Tab closes and moves on.
 */
export function ExportMenu({ snapshot }: ExportMenuProps) {
  const { t } = useTranslation();
  const model = useModel();
  const index = model.data.index!;
  const visible = model.visible!;
  const range = model.range!;
  const { types, layers } = model.view;
  const nameOf = model.names.all;
  const onExportImage = useMapImageExport(snapshot);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // Which item to focus when the menu opens: first (click, Enter, ↓) or last (↑).
  const [openAt, setOpenAt] = useState<'first' | 'last' | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const open = openAt !== null;
  // "Downloaded …" has been announced and read well before this: left standing, it covered the
  // header's corner for the rest of the visit. A failure stays until the next try.
  useEffect(() => {
    if (!status?.ok || busy) return;
    const timer = setTimeout(() => setStatus(null), DONE_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status, busy]);

  const { counts } = visible;
  const csv = (what: 'links' | 'missions' | 'events') => async () => {
    const table =
      what === 'links'
        ? linksTable(index, nameOf, visible.linkIds)
        : what === 'missions'
          ? missionsTable(index, nameOf, visible.missionIds, model.day)
          : eventsTable(index, nameOf, visible.eventIds);
    const file = exportFileName(what, range, 'csv', { types, layers });
    downloadText(toCsv(table), file, 'text/csv');
    return file;
  };
  const image = (scale: 1 | 2) => async () => {
    const file = exportFileName('atlas', range, 'png', { scale });
    setStatus({ ok: true, text: t('export.preparing') });
    await onExportImage(scale, file);
    return file;
  };
  const features = counts.links + counts.missions + counts.events;
  const items: Item[] = [
    { key: 'links', label: t('export.linksCsv'), amount: t('export.rows', { count: counts.links }), disabled: counts.links === 0, run: csv('links') },
    { key: 'missions', label: t('export.missionsCsv'), amount: t('export.rows', { count: counts.missions }), disabled: counts.missions === 0, run: csv('missions') },
    { key: 'events', label: t('export.eventsCsv'), amount: t('export.rows', { count: counts.events }), disabled: counts.events === 0, run: csv('events') },
    {
      key: 'geojson',
      label: t('export.geojson'),
      amount: t('export.features', { count: features }),
      disabled: features === 0,
      run: async () => {
        const file = exportFileName('atlas', range, 'geojson');
        const json = JSON.stringify(atlasGeoJson(index, nameOf, visible, model.day));
        downloadText(json, file, 'application/geo+json');
        return file;
      },
    },
    { key: 'png1', label: t('export.png1'), amount: '', disabled: busy, run: image(1) },
    { key: 'png2', label: t('export.png2'), amount: '', disabled: busy, run: image(2) },
  ];

  useEffect(() => {
    if (!open) return;
    const refs = itemRefs.current;
    (openAt === 'last' ? refs[refs.length - 1] : refs[0])?.focus();
  }, [open, openAt]);
  useOutsidePress(root, open, () => setOpenAt(null));

  const close = (refocus: boolean) => {
    setOpenAt(null);
    if (refocus) button.current?.focus();
  };

  const activate = async (item: Item) => {
    if (item.disabled) return;
    close(true);
    setBusy(true);
    try {
      const file = await item.run();
      setStatus({ ok: true, text: t('export.done', { file }) });
    } catch (e) {
      setStatus({ ok: false, text: t('export.failed', { reason: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setStatus(null);
      setOpenAt(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const refs = itemRefs.current.filter((r): r is HTMLButtonElement => r !== null);
    const at = refs.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => refs[(i + refs.length) % refs.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        return focus(at + 1);
      case 'ArrowUp':
        e.preventDefault();
        return focus(at - 1);
      case 'Home':
        e.preventDefault();
        return focus(0);
      case 'End':
        e.preventDefault();
        return focus(refs.length - 1);
      case 'Escape':
        // Claimed here, so the details panel (which also closes on Escape) stays open.
        e.preventDefault();
        e.stopPropagation();
        return close(true);
      case 'Tab':
        return close(false);
    }
  };

  return (
    <div className="export" ref={root}>
      <button
        ref={button}
        type="button"
        className="export__button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => {
          if (open) return close(false);
          setStatus(null);
          setOpenAt('first');
        }}
        onKeyDown={onButtonKeyDown}
      >
        {t('export.button')}
      </button>
      {open && (
        <div className="export__menu" id={`${id}-menu`} role="menu" aria-label={t('export.menu')} onKeyDown={onMenuKeyDown}>
          {items.map((item, i) => (
            <button
              key={item.key}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export__item"
              // Focusable while disabled, so arrow keys still reach it and it can be read.
              aria-disabled={item.disabled || undefined}
              onClick={() => void activate(item)}
            >
              <span>{item.label}</span>
              {item.amount && (
                <>
                  {' '}
                  <span className="export__amount">{item.amount}</span>
                </>
              )}
            </button>
          ))}
        </div>
      )}
      <p className={status && !status.ok ? 'export__status export__status--error' : 'export__status'} role="status">
        {status?.text}
      </p>
    </div>
  );
}
