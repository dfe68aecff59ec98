import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../testing/i18n';
import { parseViewUrl } from '../state/urlCodec';
import { ShareControl, embedSnippet, withEmbed } from './ShareControl';

const VIEW = '/?lang=ru&types=flight,agreement#map=5.00/33.10/95.20';

// user-event installs its own clipboard on setup(); replace it afterwards with ours.
function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

function stubExecCommand(result: boolean) {
  const spy = vi.fn(() => result);
  Object.defineProperty(document, 'execCommand', { value: spy, configurable: true });
  return spy;
}

beforeAll(() => {
  initI18n('en');
});

beforeEach(() => {
  window.history.replaceState(null, '', VIEW);
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
  // Own properties shadow whatever jsdom provides; removing them restores it.
  Reflect.deleteProperty(document, 'execCommand');
  Reflect.deleteProperty(navigator, 'clipboard');
});

async function openShare() {
  const user = userEvent.setup();
  render(<ShareControl />);
  await user.click(screen.getByRole('button', { name: 'Share' }));
  return user;
}

describe('withEmbed', () => {
  it('adds embed=1 and keeps the other parameters, literal commas and the hash', () => {
    expect(withEmbed('https://atlas.example/app/?lang=ru&types=flight,agreement#map=5.00/33.10/95.20', true)).toBe(
      'https://atlas.example/app/?lang=ru&types=flight,agreement&embed=1#map=5.00/33.10/95.20',
    );
  });

  it('adds a query to a URL that has none', () => {
    expect(withEmbed('https://atlas.example/#map=3.00/45.0/90.0', true)).toBe(
      'https://atlas.example/?embed=1#map=3.00/45.0/90.0',
    );
  });

  it('replaces an existing flag in any spelling and can remove it', () => {
    expect(withEmbed('https://atlas.example/?Embed=0&lang=kk', true)).toBe('https://atlas.example/?lang=kk&embed=1');
    expect(withEmbed('https://atlas.example/?embed=1&lang=kk#map=1.00/0/0', false)).toBe(
      'https://atlas.example/?lang=kk#map=1.00/0/0',
    );
  });

  it('gives a URL the codec reads as embedded, with the view intact', () => {
    const { view, ignored } = parseViewUrl(withEmbed(`https://atlas.example${VIEW}`, true));
    expect(ignored).toEqual([]);
    expect(view).toMatchObject({ lang: 'ru', types: ['agreement', 'flight'], embed: true, camera: { zoom: 5 } });
  });
});

describe('embedSnippet', () => {
  it('escapes the URL and the title for an HTML attribute', () => {
    const html = embedSnippet('https://atlas.example/?a=1&b=2', 'Say "hi" <here>');
    expect(html).toContain('src="https://atlas.example/?a=1&amp;b=2&amp;embed=1"');
    expect(html).toContain('title="Say &quot;hi&quot; &lt;here&gt;"');
    expect(html).toContain('width="100%" height="480"');
  });
});

describe('ShareControl', () => {
  it('opens with focus on the current link', async () => {
    await openShare();
    expect(screen.getByRole('dialog', { name: 'Share this view' })).toBeInTheDocument();
    const link = screen.getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveValue(window.location.href);
    expect(link).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('copies the link and says so', async () => {
    const user = await openShare();
    const writeText = stubClipboard(async () => {});
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('offers an iframe snippet with embed=1 and the original hash, and copies it', async () => {
    const user = await openShare();
    const writeText = stubClipboard(async () => {});
    const code = screen.getByRole('textbox', { name: 'Embed code' });
    const value = (code as HTMLTextAreaElement).value;
    expect(value).toMatch(/^<iframe /);
    expect(value).toContain('types=flight,agreement&amp;embed=1#map=5.00/33.10/95.20');
    expect(value).toContain('title="Kazakhstan–China Regional Atlas"');

    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenCalledWith(value);
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied.');
  });

  it('falls back to selecting the text when the Clipboard API refuses', async () => {
    const user = await openShare();
    stubClipboard(() => Promise.reject(new Error('denied')));
    const execCommand = stubExecCommand(true);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('explains when copying fails altogether', async () => {
    const user = await openShare();
    stubClipboard(() => Promise.reject(new Error('denied')));
    stubExecCommand(false);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Could not copy/);
  });

  it('closes on Escape and returns focus to the button', async () => {
    const user = await openShare();
    const onWindowEscape = vi.fn((e: KeyboardEvent) => e.defaultPrevented);
    window.addEventListener('keydown', onWindowEscape);
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', onWindowEscape);

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Share' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // Claimed, so other Escape handlers (the details panel) leave their own state alone.
    expect(onWindowEscape).toHaveReturnedWith(true);
  });

  it('closes on a press outside it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ShareControl />
        <p>elsewhere</p>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(screen.getByText('elsewhere'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes when Tab moves focus past it, and stays open while focus moves inside it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ShareControl />
        <button type="button">About</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Share' }));
    // Link field → Close is Shift+Tab; forward: Copy link, Embed code, Copy embed code, then out.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy embed code' })).toHaveFocus();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'About' })).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAttribute('aria-expanded', 'false');
  });
});
