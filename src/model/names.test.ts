import { describe, expect, it } from 'vitest';
import { UNTITLED } from '../data/mapData';
import { defaultRecords, flight, miniIndex } from '../testing/fixtures';
import { createNames } from './names';
import { regionsOnDay } from './regionsOnDay';

const index = miniIndex(defaultRecords());
const onDay = (day: string) => regionsOnDay(index.variantsOf, day);

describe('createNames', () => {
  it('names every kind of id in the interface language', () => {
    const names = createNames(index, onDay('2026-12-31'), 'ru');
    expect(names.lang).toBe('ru');
    expect(names.of('CN-GD')).toBe('Гуандун'); // region
    expect(names.of('KZ')).toBe('Казахстан'); // country
    expect(names.of('urumqi')).toBe('Урумчи'); // place
    expect(names.of('kz-cg-guangzhou')).toBe('Consulate General of Kazakhstan in Guangzhou (ru)'); // mission
    expect(names.of('fl-ala-urc')).toBe('Almaty – Urumqi (ru)'); // link title
    expect(names.of(index.events[0]!.id)).toBe('Визит акима в Урумчи'); // event title
  });

  it('gives all four names of an id, and the id itself for what is unknown', () => {
    const names = createNames(index, null, 'en');
    expect(names.all('urumqi')).toEqual({ en: 'Urumqi', ru: 'Урумчи', kk: 'Urumqi (kk)', zh: 'Urumqi (zh)' });
    expect(names.all('nowhere')).toEqual({ en: 'nowhere' });
    expect(names.of('nowhere')).toBe('nowhere');
  });

  it('falls back kk → ru → en and says which language the name is in', () => {
    // Aktobe Region has only English and Russian names here.
    expect(createNames(index, null, 'kk').picked('KZ-15')).toEqual({ text: 'Актюбинская область', lang: 'ru' });
    expect(createNames(index, null, 'zh').picked('KZ-15')).toEqual({ text: 'Aktobe Region', lang: 'en' });
    expect(createNames(index, null, 'zh').picked('CN-GD')).toEqual({ text: '广东省', lang: 'zh' });
  });

  it('names a region by its outline on the day: before the 2022 reform, after it, or its current one', () => {
    // The pre-2022 Almaty Region has no Chinese name; the current one has.
    expect(createNames(index, onDay('2021-12-31'), 'zh').picked('KZ-19')).toEqual({ text: 'Almaty Region', lang: 'en' });
    expect(createNames(index, onDay('2023-12-31'), 'zh').picked('KZ-19')).toEqual({ text: '阿拉木图州', lang: 'zh' });
    expect(createNames(index, null, 'zh').picked('KZ-19')).toEqual({ text: '阿拉木图州', lang: 'zh' });
    // Zhetisu did not exist in 2021: it is still named, by its current outline.
    expect(createNames(index, onDay('2021-12-31'), 'en').of('KZ-33')).toBe('Zhetisu Region');
  });

  it('names a tie by its two ends while only the first view’s record (no title) is in', () => {
    const records = defaultRecords();
    const untitled = miniIndex({ ...records, links: [{ ...flight(), title: UNTITLED }, ...records.links.slice(1)] });
    const ru = createNames(untitled, null, 'ru');
    expect(ru.of('fl-ala-urc')).toBe(`${ru.of('almaty')} – ${ru.of('urumqi')}`);
    expect(ru.of('fl-ala-urc')).toContain('Урумчи');
    expect(createNames(untitled, null, 'en').all('fl-ala-urc').zh).toBe(`${ru.all('almaty').zh} – ${ru.all('urumqi').zh}`);
  });

  it('knows only countries and ids while the data loads', () => {
    const names = createNames(null, null, 'en');
    expect(names.of('KZ')).toBe('KZ');
    expect(names.of('CN-GD')).toBe('CN-GD');
  });
});
