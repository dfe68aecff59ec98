import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/useAtlasData';
import type { Lang } from '../data/schema';
import { messagesFor } from '../i18n/namespaces';
import { translator } from '../i18n/translate';
import { createAtlasModel } from '../model/atlasModel';
import { flight, MAP_LABELS, miniBoundaries, miniIndex, step, trade } from '../testing/fixtures';
import { defaultView, type View } from '../view/view';
import type { HoverTarget } from '../map/MapController';
import { tooltipText } from './tooltipText';

function modelOf(lang: Lang, shade: View['shade'] = null) {
  const boundaries = miniBoundaries();
  const index = miniIndex(
    {
      links: [
        flight(),
        flight({ id: 'fl-gone', status: [step('2015-01-01'), step('2019-06-01', { status: 'ended' })] }),
        trade({ certainty: 'uncertain' }),
        flight({ id: 'fl-plan', certainty: 'uncertain', status: [step('2025-01-01', { status: 'announced' })] }),
        flight({ id: 'fl-dated-plan', status: [step('2025-02-25', { status: 'planned', plannedStart: '2025-06' })] }),
      ],
    },
    boundaries,
  );
  const data: AtlasData = { boundaries, index, complete: true, problems: [], failed: new Set() };
  return createAtlasModel()({ view: { ...defaultView(), shade }, lang, dataSpan: index.span, playYear: null, data, labels: MAP_LABELS });
}

const tOf = (lang: Lang) => translator(lang, { en: messagesFor('en'), [lang]: messagesFor(lang) });

function tooltipOf(id: string, lang: Lang, kind: HoverTarget['kind'] = 'link', shade: View['shade'] = null) {
  return tooltipText({ kind, id, x: 0, y: 0 }, modelOf(lang, shade), tOf(lang));
}

describe('tooltipText', () => {
  it('says in words what the line’s style shows: nothing for an operating certain tie, its phase, its uncertainty', () => {
    expect(tooltipOf('fl-ala-urc', 'en')).not.toContain('(');
    expect(tooltipOf('fl-gone', 'en')).toMatch(/\(ended[^)]*\)/);
    expect(tooltipOf('tr-kz-xj', 'en')).toMatch(/\(uncertain\)/);
    // Phase and certainty both, kept apart by a semicolon (a phase may contain a comma).
    expect(tooltipOf('fl-plan', 'en')).toMatch(/\(announced[^;)]*; uncertain\)/);
  });

  it('gives a plan’s planned start after its phase, and nothing of the kind for a plan without one', () => {
    expect(tooltipOf('fl-dated-plan', 'en')).toMatch(/\(announced[^;)]*; planned start: June 2025\)/);
    expect(tooltipOf('fl-dated-plan', 'ru')).toMatch(/плановый срок начала: июнь 2025/i);
    expect(tooltipOf('fl-plan', 'en')).not.toContain('planned start');
  });

  it('uses the interface language’s words and brackets', () => {
    expect(tooltipOf('tr-kz-xj', 'zh')).toContain('（未证实）');
    expect(tooltipOf('tr-kz-xj', 'ru')).toContain('(не подтверждено)');
  });

  it('gives a shaded region its value, not the districts the shading hides', () => {
    const model = modelOf('en', 'ties');
    const count = model.shading?.values.get('CN-XJ');
    expect(count).toBeGreaterThan(0);
    expect(tooltipOf('CN-XJ', 'en', 'region', 'ties')).toBe(`Xinjiang — ${count} ${count === 1 ? 'tie' : 'ties'}`);
    // No published trade figure: said so, in the legend's words.
    expect(modelOf('en', 'trade').shading?.values.has('KZ-15')).toBe(false);
    expect(tooltipOf('KZ-15', 'en', 'region', 'trade')).toBe('Aktobe Region — No certain whole-year figure');
    expect(tooltipOf('KZ-15', 'en', 'region')).not.toContain('No certain');
  });

  it('gives a region shaded by trade the year of its figure, which may be long past', () => {
    // The fixture's latest Xinjiang figure is USD 12 bn for 2024.
    expect(tooltipOf('CN-XJ', 'en', 'region', 'trade')).toBe('Xinjiang — USD 12 bn (2024)');
    expect(tooltipOf('CN-XJ', 'zh', 'region', 'trade')).toMatch(/（2024）$/);
    // Counts of ties have no year of their own.
    expect(tooltipOf('CN-XJ', 'en', 'region', 'ties')).not.toContain('2024');
  });
});
