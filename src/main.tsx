import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18n, initI18n, loadLanguage } from './i18n';
import { browserStorage } from './i18n/langPreference';
import { registerOffline, startOffline } from './offline';
import { startLanguage } from './state/language';
import { atlasStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import './index.css';

// Started once, before the first render: the URL is applied first (a shared link never
// flashes the default view), then the language it implies is switched in, ahead of React.
initI18n('en');
startUrlSync(atlasStore, window);

let firstLoad: Promise<void> | null = null;
startLanguage(atlasStore, {
  languages: navigator.languages ?? [navigator.language],
  storage: browserStorage(),
  load: (lang) => {
    const loaded = loadLanguage(lang);
    firstLoad ??= loaded;
    return loaded;
  },
  apply: (lang) => {
    i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.title = i18n.t('app.title');
    document.querySelector('meta[name="description"]')?.setAttribute('content', i18n.t('app.description'));
  },
});
startOffline(atlasStore);
// The service worker waits for the first drawn map (#map's atlas:idle, which does not bubble:
// capture), then for a quiet moment: at the idle itself the page starts its full data files, and
// a registration made in the same task went out with the first view's requests (its sw.js
// reached the server before the idle in one bench load of six).
const whenQuiet = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);
window.addEventListener('atlas:idle', () => whenQuiet(() => void registerOffline(atlasStore)), { capture: true, once: true });

const queryClient = new QueryClient();

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );

// The first render waits for the reader's strings (one small chunk, none for English). startLanguage
// subscribed to the same promise first, so by now it has switched them in (or English, if they
// could not be had).
void (firstLoad ?? Promise.resolve()).catch(() => undefined).then(render);
