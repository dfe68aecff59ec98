import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { i18n, initI18n } from '../testing/i18n';
import { atlasStore } from '../state/store';
import { aktobeCg, chineseEmbassy, event, flight, miniIndex, step, text, type Records } from '../testing/fixtures';
import { renderWithModel } from '../testing/render';
import type { Lang } from '../data/schema';
import { SearchBox } from './SearchBox';

beforeAll(() => {
  initI18n('en');
  i18n.changeLanguage('en');
});

beforeEach(() => {
  atlasStore.setState(atlasStore.getInitialState(), true);
});

function setup(extra: Records = {}, lang: Lang = 'en') {
  const index = miniIndex({
    links: [
      flight({ id: 'fl-old', status: [step('2004'), step('2010', { status: 'ended' })], title: text('Almaty – Urumqi (old)', 'Алматы – Урумчи') }),
      flight({ id: 'fl-new', status: [step('2024')], title: text('Almaty – Urumqi', 'Алматы – Урумчи') }),
    ],
    events: [event('visit', '2012', { title: text('Almaty delegation visits Urumqi', 'Визит') })],
    ...extra,
  });
  const onChoose = vi.fn();
  const onIncludeOutside = vi.fn();
  const { container } = renderWithModel(
    <>
      <input aria-label="Other field" />
      <SearchBox onChoose={onChoose} onIncludeOutside={onIncludeOutside} />
    </>,
    { index, view: { from: 2020, to: 2025 }, lang },
  );
  const box = screen.getByRole('combobox');
  return { box, container, onChoose, onIncludeOutside, user: userEvent.setup() };
}

describe('SearchBox', () => {
  it('lists matches grouped by kind with counts, in any spelling', async () => {
    const { box, user } = setup();
    expect(box).toHaveAccessibleName('Search the atlas');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'Жетысу');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    expect(box).toHaveAttribute('aria-controls', list.id);
    const regions = within(list).getByRole('group', { name: 'Regions (1)' });
    expect(within(regions).getByRole('option', { name: /Zhetisu Region/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 result');
  });

  it('dates a mission from its opening, not from the announcement before it', async () => {
    const { box, user } = setup({ missions: [aktobeCg()] });
    await user.type(box, 'Aktobe');
    const option = screen.getAllByRole('option').find((o) => o.textContent?.startsWith('Consulate General of China in Aktobe'));
    expect(option).toHaveTextContent('since 2024');
    expect(option).not.toHaveTextContent('2022');
  });

  it('gives a mission that moved its seats in order, not only the later one beside its opening year', async () => {
    const { box, user } = setup({ missions: [chineseEmbassy()] });
    await user.type(box, 'Embassy of China');
    const option = screen.getAllByRole('option').find((o) => o.textContent?.startsWith('Embassy of China in Kazakhstan'));
    expect(option).toHaveTextContent('Almaty → Astana · since 1992');
  });

  it.each([
    ['en', 'Flight · 2021–2023'],
    ['zh', '航线 · 2021—2023年'],
  ] as const)('dates a tie that ended by its years, as the interface language writes a span (%s)', async (lang, expected) => {
    const ended = flight({ id: 'fl-ended', status: [step('2021-03-01'), step('2023-10-29', { status: 'ended' })], title: text('Almaty – Kashgar', 'Алматы – Кашгар') });
    await i18n.changeLanguage(lang);
    try {
      const { box, user } = setup({ links: [ended] }, lang);
      await user.type(box, 'Kashgar');
      expect(screen.getByRole('option', { name: /Kashgar/ })).toHaveTextContent(expected);
    } finally {
      cleanup(); // unmount before switching the language back
      await i18n.changeLanguage('en');
    }
  });

  it('dates a plan by its announcement, not "since" it', async () => {
    const plan = flight({ id: 'fl-plan', status: [step('2023-02-25', { status: 'planned', plannedStart: '2023-06' })], title: text('Almaty – Kashgar', 'Алматы – Кашгар') });
    const { box, user } = setup({ links: [plan] });
    await user.type(box, 'Kashgar');
    const option = screen.getByRole('option', { name: /Kashgar/ });
    expect(option).toHaveTextContent('Flight · announced 2023');
    expect(option).not.toHaveTextContent('since');
  });

  it('walks the options with the arrow keys and chooses with Enter', async () => {
    const { box, onChoose, user } = setup();
    await user.type(box, 'urumqi');
    const options = screen.getAllByRole('option');
    // The city named exactly first; the region, found through its centre's name, after the tie.
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^Urumqi/),
      expect.stringContaining('Almaty – Urumqi'),
      expect.stringMatching(/^Xinjiang/),
    ]);
    expect(box).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // Up from the first option wraps to the last.
    expect(box).toHaveAttribute('aria-activedescendant', options[2]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    // The place Urumqi selects its region.
    expect(onChoose).toHaveBeenCalledWith('CN-XJ');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Urumqi');
  });

  it('chooses a result with a click', async () => {
    const { box, onChoose, user } = setup();
    await user.type(box, 'almaty urumqi');
    await user.click(screen.getByRole('option', { name: /Almaty – Urumqi/ }));
    expect(onChoose).toHaveBeenCalledWith('fl-new');
  });

  it('closes with Escape, then clears with a second Escape', async () => {
    const { box, user } = setup();
    await user.type(box, 'xinjiang');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('xinjiang');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('counts matches outside the years and widens the range on request', async () => {
    const { box, onIncludeOutside, user } = setup();
    await user.type(box, 'almaty');
    const links = screen.getByRole('group', { name: 'Links (1)' });
    expect(within(links).getAllByRole('option')).toHaveLength(1);
    expect(screen.getByText('2 more outside the selected years')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2010–2025' }));
    expect(onIncludeOutside).toHaveBeenCalledWith({ from: 2010, to: 2025 });
  });

  it('says when nothing matches', async () => {
    const { box, user } = setup();
    await user.type(box, 'qwertz');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Nothing found for “qwertz”.');
  });

  it('quotes a long query cut to 40 characters, a flag whole', async () => {
    const { box, user } = setup();
    await user.click(box);
    await user.paste('ж'.repeat(39) + '🇰🇿'.repeat(5));
    // A flag is one character to a reader (two code points, four UTF-16 units): the cut keeps it whole.
    expect(screen.getByRole('status')).toHaveTextContent(`Nothing found for “${'ж'.repeat(39)}🇰🇿…”.`);
  });

  it('says nothing matches for characters that cannot match (emoji, symbols), but waits after one letter', async () => {
    const { box, user } = setup();
    await user.type(box, '🇰🇿');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing found for “🇰🇿”.');
    await user.clear(box);
    await user.type(box, '%%');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing found for “%%”.');
    await user.clear(box);
    await user.type(box, 'x');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('focuses on "/" unless the user is typing in another field', async () => {
    const { box, user } = setup();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');

    const other = screen.getByRole('textbox', { name: 'Other field' });
    await user.click(other);
    await user.keyboard('/');
    expect(other).toHaveFocus();
    expect(other).toHaveValue('/');
  });

  it('has no axe violations with the results open', async () => {
    const { box, container, user } = setup();
    await user.type(box, 'almaty');
    await user.keyboard('{ArrowDown}');
    const { violations } = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
});
