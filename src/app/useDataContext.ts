import { useEffect, useRef } from 'react';
import { BOUNDARIES_FILE } from '../data/queries';
import type { AtlasData } from '../data/useAtlasData';
import { atlasStore } from '../state/store';

/**
 * Tells the store what the data implies for the view: its year span as soon as the map's
 * files are in, which ids exist once every file is (the URL sync then checks the view), and
 * a notice per file that could not be used.
 */
export function useDataContext({ index, complete, problems, failed }: AtlasData): void {
  useEffect(() => {
    if (!index?.span) return;
    // While a file has failed, an id missing from the index may be in that file: the shared link
    // keeps its selection (the details say the data could not be loaded), and a successful Retry
    // brings a new context, against which the id is checked again.
    const isKnownId = failed.size > 0 ? () => true : (id: string) => index.byId.has(id);
    if (complete) atlasStore.getState().setDataContext({ span: index.span, isKnownId });
    else atlasStore.getState().setDataSpan(index.span);
  }, [index, complete, failed]);

  // One notice per failed file; a file that loads on a retry takes its notice away.
  const shown = useRef(new Set<string>());
  useEffect(() => {
    const { pushNotice, dismissNotice } = atlasStore.getState();
    const now = new Set<string>();
    // The boundary file's failure is said where the map would be; with no map, notices about
    // the other files would only cover that message (the panels say what is missing).
    const noMap = problems.some((q) => q.file === BOUNDARIES_FILE);
    for (const p of noMap ? [] : problems) {
      const id = `data-${p.file}`;
      now.add(id);
      pushNotice({ id, kind: 'data-error', payload: { file: p.file, message: p.reason, reasonKey: p.reasonKey } });
    }
    for (const id of shown.current) if (!now.has(id)) dismissNotice(id);
    shown.current = now;
  }, [problems]);
}
