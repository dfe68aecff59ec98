import { describe, expect, it } from 'vitest';
import { fixedT } from '../testing/i18n';
import { mapSummaryText, type MapSummaryInput } from './mapSummary';

const input = (patch: Partial<MapSummaryInput> = {}): MapSummaryInput => ({
  counts: { links: 58, missions: 9, events: 40 },
  regionsShown: { cn: 34, kz: 20 },
  range: { from: 2023, to: 2025 },
  selectedName: null,
  ...patch,
});

describe('mapSummaryText', () => {
  it('says what the map shows in English', () => {
    expect(mapSummaryText(input({ selectedName: 'Guangdong' }), fixedT('en'))).toBe(
      '34 provinces, 20 regions; 58 links, 9 missions, 40 events from 2023 to 2025; selected: Guangdong',
    );
  });

  it('uses singular forms and a single year', () => {
    const text = mapSummaryText(
      input({ counts: { links: 1, missions: 1, events: 0 }, regionsShown: { cn: 1, kz: 1 }, range: { from: 2024, to: 2024 } }),
      fixedT('en'),
    );
    expect(text).toBe('1 province, 1 region; 1 link, 1 mission, 0 events in 2024');
  });

  it('uses the three Russian plural forms', () => {
    expect(mapSummaryText(input({ selectedName: 'Гуандун' }), fixedT('ru'))).toBe(
      '34 провинции, 20 регионов; 58 связей, 9 представительств, 40 событий с 2023 по 2025 год; выбрано: Гуандун',
    );
    expect(
      mapSummaryText(
        input({ counts: { links: 21, missions: 2, events: 5 }, regionsShown: { cn: 31, kz: 3 }, range: { from: 2025, to: 2025 } }),
        fixedT('ru'),
      ),
    ).toBe('31 провинция, 3 региона; 21 связь, 2 представительства, 5 событий в 2025 году');
  });

  it('writes Kazakh and Chinese sentences', () => {
    expect(mapSummaryText(input(), fixedT('kk'))).toBe(
      '34 провинция, 20 өңір; 2023–2025 жылдары 58 байланыс, 9 өкілдік, 40 оқиға',
    );
    expect(mapSummaryText(input({ selectedName: '广东' }), fixedT('zh'))).toBe(
      '34 个省级行政区，20 个州级行政区；2023年至2025年：58 条联系，9 个驻外机构，40 个事件；已选：广东',
    );
  });
});
