import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/useAtlasData';
import type { Lang } from '../data/schema';
import { messagesFor } from '../i18n/namespaces';
import { translator } from '../i18n/translate';
import { createAtlasModel } from '../model/atlasModel';
import { flight, MAP_LABELS, miniBoundaries, miniIndex, step, trade } from '../testing/fixtures';
import { defaultView } from '../view/view';
import { tooltipText } from './tooltipText';

function tooltipOf(id: string, lang: Lang) {
  const boundaries = miniBoundaries();
  const index = miniIndex(
    {
      links: [
        flight(),
        flight({ id: 'fl-gone', status: [step('2015-01-01'), step('2019-06-01', { status: 'ended' })] }),
        trade({ certainty: 'uncertain' }),
        flight({ id: 'fl-plan', certainty: 'uncertain', status: [step('2025-01-01', { status: 'announced' })] }),
      ],
    },
    boundaries,
  );
  const data: AtlasData = { boundaries, index, complete: true, problems: [], failed: new Set() };
  const model = createAtlasModel()({ view: defaultView(), lang, dataSpan: index.span, playYear: null, data, labels: MAP_LABELS });
  const t = translator(lang, { en: messagesFor('en'), [lang]: messagesFor(lang) });
  return tooltipText({ kind: 'link', id, x: 0, y: 0 }, model, t);
}

describe('tooltipText', () => {
  it('says in words what the line’s style shows: nothing for an operating certain tie, its phase, its uncertainty', () => {
    expect(tooltipOf('fl-ala-urc', 'en')).not.toContain('(');
    expect(tooltipOf('fl-gone', 'en')).toMatch(/\(ended[^)]*\)/);
    expect(tooltipOf('tr-kz-xj', 'en')).toMatch(/\(uncertain\)/);
    // Phase and certainty both, kept apart by a semicolon (a phase may contain a comma).
    expect(tooltipOf('fl-plan', 'en')).toMatch(/\(announced[^;)]*; uncertain\)/);
  });

  it('uses the interface language’s words and brackets', () => {
    expect(tooltipOf('tr-kz-xj', 'zh')).toContain('（未证实）');
    expect(tooltipOf('tr-kz-xj', 'ru')).toContain('(не подтверждено)');
  });
});
