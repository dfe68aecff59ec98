import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../testing/i18n';
import { atlasStore } from '../state/store';
import { renderWithModel } from '../testing/render';
import { MapSummary } from './MapSummary';

beforeAll(() => {
  initI18n('en');
});

afterEach(async () => {
  cleanup(); // unmount first: a language change under a mounted component is an update outside act
  atlasStore.setState({ playing: false });
  i18n.changeLanguage('en');
});

const live = () => document.querySelector('[aria-live="polite"]');

describe('MapSummary', () => {
  it('is mounted but empty while the data loads, so the first summary is announced', () => {
    renderWithModel(<MapSummary />, { index: null });
    expect(live()).toBeEmptyDOMElement();
    expect(live()).toHaveClass('visually-hidden');
  });

  it('announces what the map shows and the selection, by name', () => {
    // The default records in 2024: the flight, partnership, crossing and trade; the three
    // missions; no event. The mini boundaries hold 3 provinces and 5 Kazakh regions in 2024.
    renderWithModel(<MapSummary />, { view: { from: 2024, to: 2024, sel: 'CN-GD' } });
    expect(live()).toHaveTextContent('3 provinces, 5 regions; 4 links, 3 missions, 0 events in 2024; selected: Guangdong');
  });

  it('speaks the interface language, names included', async () => {
    // The app switches the strings before the model's language changes (state/language.ts).
    i18n.changeLanguage('ru');
    renderWithModel(<MapSummary />, { view: { from: 2020, to: 2021, sel: 'CN-GD' }, lang: 'ru' });
    // 2020–2021: before Zhetisu (2022), so 4 Kazakh regions; the Aktobe consulate not yet agreed.
    expect(screen.getByText(/^3 провинции, 4 региона; 4 связи, 2 представительства, 0 событий/)).toBe(live());
    expect(live()).toHaveTextContent('выбрано: Гуандун');
  });

  it('says nothing until every file is in: before the events arrive, their count would be a false 0', () => {
    renderWithModel(<MapSummary />, { view: { from: 2024, to: 2024 }, complete: false });
    expect(live()).toBeEmptyDOMElement();
  });

  it('announces only the year during playback', () => {
    atlasStore.setState({ playing: true });
    renderWithModel(<MapSummary />, { view: { from: 2020, to: 2024 }, playYear: 2022 });
    expect(live()).toHaveTextContent(/^Playing: 2022$/);
  });
});
