import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render as renderPlain, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../data/schema';
import { messagesFor } from '../i18n/namespaces';
import { find } from '../i18n/translate';
import { fixedT, i18n, initI18n } from '../testing/i18n';
import { atlasStore, type Notice } from '../state/store';
import { IGNORED_REASONS } from '../state/urlCodec';
import { Notices } from './Notices';

const ignoredNotice = (): Notice => ({
  id: 'url',
  kind: 'ignored-params',
  payload: [
    { param: 'types', raw: 'spaceflight', reason: 'unknown-type' },
    { param: '#map', raw: '5/100/0', reason: 'bad-camera' },
  ],
});

const dataErrorNotice = (): Notice => ({
  id: 'data-events.json',
  kind: 'data-error',
  payload: { file: 'events.json', message: 'HTTP 404' },
});

beforeAll(() => {
  initI18n('en');
});

/** Inside the app's query client, which a failed file's Retry button asks to fetch again. */
const render = (ui: ReactElement, client = new QueryClient()) =>
  renderPlain(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);

beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
});

describe('Notices', () => {
  it('renders nothing without notices', () => {
    const { container } = render(<Notices />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists ignored link parts with translated reasons', () => {
    atlasStore.getState().pushNotice(ignoredNotice());
    render(<Notices />);
    const box = screen.getByRole('status');
    expect(box).toHaveTextContent('Some parts of the link were ignored:');
    const items = within(box)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'types = spaceflight (unknown event type)',
      '#map = 5/100/0 (not a valid map position (zoom/latitude/longitude))',
    ]);
  });

  it('shows a hostile raw value as text, injecting no element', () => {
    const raw = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    atlasStore.getState().pushNotice({ id: 'url', kind: 'ignored-params', payload: [{ param: 'sel', raw, reason: 'unknown-id' }] });
    const { container } = render(<Notices />);
    expect(screen.getByText(raw)).toBeInTheDocument();
    expect(container.querySelector('script, img')).toBeNull();
  });

  it('shows a data error as an alert naming the file', () => {
    atlasStore.getState().pushNotice(dataErrorNotice());
    render(<Notices />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The file “events.json” could not be loaded (HTTP 404); the rest of the atlas still works.',
    );
  });

  it('says why a file failed in the interface language where it can (a network error, a broken file)', async () => {
    i18n.changeLanguage('ru');
    try {
      atlasStore.getState().pushNotice({ id: 'data-links.json', kind: 'data-error', payload: { file: 'links.json', message: 'not valid JSON', reasonKey: 'json' } });
      render(<Notices />);
      expect(screen.getByRole('alert')).toHaveTextContent('(файл повреждён: это не JSON)');
      expect(screen.getByRole('alert')).not.toHaveTextContent('not valid JSON');
    } finally {
      cleanup(); // unmount first: a language change under a mounted component is an update outside act
      i18n.changeLanguage('en');
    }
  });

  it('offers to fetch the failed file again', async () => {
    const user = userEvent.setup();
    const client = new QueryClient();
    let release = () => {};
    const refetch = vi.spyOn(client, 'refetchQueries').mockImplementation(() => new Promise<void>((r) => (release = r)));
    atlasStore.getState().pushNotice(dataErrorNotice());
    render(<Notices />, client);
    const retry = screen.getByRole('button', { name: 'Retry loading events.json' });
    await user.click(retry);
    expect(refetch).toHaveBeenCalledWith({ queryKey: ['data', 'events.json'] });
    expect(retry).toBeDisabled(); // while the file is fetched
    release();
    await waitFor(() => expect(retry).toBeEnabled());
  });

  it('offers no retry for a problem that names no file', () => {
    atlasStore.getState().pushNotice({ id: 'e', kind: 'data-error', payload: { message: 'offline' } });
    render(<Notices />);
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
  });

  it('shows an info notice through its own key', () => {
    atlasStore.getState().pushNotice({ id: 'i', kind: 'info', payload: { key: 'details.notFound', values: { id: 'xyz' } } });
    render(<Notices />);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing with the id “xyz” is in the atlas.');
  });

  it('gives an info notice with an action its button, which runs the action', async () => {
    let reloaded = 0;
    atlasStore.getState().pushNotice({
      id: 'app-update',
      kind: 'info',
      payload: { key: 'offline.newVersion', action: { key: 'offline.reload', run: () => reloaded++ } },
    });
    render(<Notices />);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('A new version of the atlas is available.');
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Reload' }));
    expect(reloaded).toBe(1);
  });

  it('removes a notice from the store when dismissed, leaving the others', async () => {
    const user = userEvent.setup();
    atlasStore.getState().pushNotice(ignoredNotice());
    atlasStore.getState().pushNotice(dataErrorNotice());
    render(<Notices />);

    await user.click(screen.getByRole('button', { name: 'Dismiss the error about “events.json”' }));
    expect(atlasStore.getState().notices.map((n) => n.id)).toEqual(['url']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss the note about ignored parts of the link' }));
    expect(atlasStore.getState().notices).toEqual([]);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('has a translation of every ignore reason in every language', () => {
    for (const lang of LANGS) {
      const t = fixedT(lang);
      const texts = IGNORED_REASONS.map((reason) => {
        const key = `notices.reason.${reason}`;
        expect(find(messagesFor(lang), lang, key), `${lang}: ${key}`).toBeDefined();
        return t(key);
      });
      expect(new Set(texts).size, lang).toBe(IGNORED_REASONS.length);
    }
  });
});
