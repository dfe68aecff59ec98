// First: zod must not probe for `new Function` under the CSP (see the file).
import './data/zodJitless';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { browserLang, initI18n } from './i18n';
import { atlasStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import { registerOffline, startOffline } from './offline';
import './index.css';

// The URL is applied before the first render, so a shared link never flashes the default view.
const stopInitialSync = startUrlSync(atlasStore, window, () => null);
initI18n(atlasStore.getState().view.lang ?? browserLang(navigator.languages ?? [navigator.language]));

startOffline(atlasStore);
// The service worker waits for the first drawn map (#map's atlas:idle, which does not bubble: capture).
window.addEventListener('atlas:idle', () => void registerOffline(atlasStore), { capture: true, once: true });

const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App stopInitialSync={stopInitialSync} />
    </QueryClientProvider>
  </StrictMode>,
);
