import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../testing/i18n';
import { LANG_STORAGE_KEY, type LangStorage } from '../i18n/langPreference';
import { startLanguage } from '../state/language';
import { atlasStore } from '../state/store';
import { LanguageSwitcher } from './LanguageSwitcher';

beforeAll(() => {
  initI18n('en');
});
let stopLanguage: () => void = () => {};
beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
});
afterEach(() => stopLanguage());

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

  it('shows the language in use (the resolved one), and follows it', () => {
    const storage = memoryStorage({ [LANG_STORAGE_KEY]: 'kk' });
    stopLanguage = startLanguage(atlasStore, { languages: ['ru-RU'], storage, apply: () => {} });
    render(<LanguageSwitcher storage={storage} />);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('kk'); // stored beats browser
    act(() => atlasStore.getState().setLang('zh'));
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('zh'); // URL
  });

  it('sets the store language and remembers the choice', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    stopLanguage = startLanguage(atlasStore, { languages: ['ru-RU'], storage, apply: () => {} });
    render(<LanguageSwitcher storage={storage} />);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('ru');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'kk');
    expect(atlasStore.getState().view.lang).toBe('kk');
    expect(storage.data[LANG_STORAGE_KEY]).toBe('kk');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('kk');
  });
});
