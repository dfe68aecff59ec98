import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANG_STORAGE_KEY, type LangStorage } from '../i18n/langPreference';
import { atlasStore } from '../state/store';
import { initListStrings } from './lists/listFixtures';
import { LanguageSwitcher } from './LanguageSwitcher';

beforeAll(() => {
  initListStrings();
});
beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'ru-RU']);
});

const memoryStorage = (initial: Record<string, string> = {}): LangStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
};

describe('LanguageSwitcher', () => {
  it('offers the four languages, each option marked with its own language', () => {
    render(<LanguageSwitcher storage={memoryStorage()} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    const options = [...(select as HTMLSelectElement).options];
    expect(options.map((o) => [o.value, o.lang, o.textContent])).toEqual([
      ['en', 'en', 'English'],
      ['ru', 'ru', 'Русский'],
      ['kk', 'kk', 'Қазақша'],
      ['zh', 'zh', '中文'],
    ]);
  });

  it('shows the URL language, else the stored choice, else the browser’s', () => {
    const storage = memoryStorage();
    const { rerender } = render(<LanguageSwitcher storage={storage} />);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('ru'); // browser
    storage.data[LANG_STORAGE_KEY] = 'kk';
    rerender(<LanguageSwitcher storage={storage} />);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('kk'); // stored
    act(() => atlasStore.getState().setLang('zh'));
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('zh'); // URL
  });

  it('sets the store language and remembers the choice', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    render(<LanguageSwitcher storage={storage} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'kk');
    expect(atlasStore.getState().view.lang).toBe('kk');
    expect(storage.data[LANG_STORAGE_KEY]).toBe('kk');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('kk');
  });
});
