import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/namespaces';
import { translator } from '../i18n/translate';
import { LINK_STYLE } from '../style/linkStyle';
import { flight, guangzhouCg, miniIndex, trade, visibleIn } from '../testing/fixtures';
import { LAYER_IDS } from '../view/view';
import { hasUncertainMark, imageLegend } from './imageLegend';

const t = translator('en', { en: messagesFor('en') });
const range = { from: 1990, to: 2026 };

describe('hasUncertainMark', () => {
  it('is true only while an uncertain tie or mission is among those drawn', () => {
    const index = miniIndex({ links: [flight(), trade({ certainty: 'uncertain' })] });
    expect(hasUncertainMark(visibleIn(index, range), index)).toBe(true);
    // Trade switched off: the one uncertain tie is not drawn.
    expect(hasUncertainMark(visibleIn(index, range, { layers: LAYER_IDS.filter((l) => l !== 'trade') }), index)).toBe(false);
    const certain = miniIndex({ links: [flight(), trade()] });
    expect(hasUncertainMark(visibleIn(certain, range), certain)).toBe(false);
    expect(hasUncertainMark(null, index)).toBe(false);
    const mission = miniIndex({ links: [flight()], missions: [guangzhouCg({ certainty: 'uncertain' })] });
    expect(hasUncertainMark(visibleIn(mission, range), mission)).toBe(true);
    expect(hasUncertainMark(visibleIn(mission, range, { layers: LAYER_IDS.filter((l) => l !== 'missions') }), mission)).toBe(false);
  });
});

describe('imageLegend', () => {
  it('lists the tie layers that are on, in their colours and dashes, and the question mark when asked', () => {
    const items = imageLegend(['flights', 'trade'], [], undefined, new Map(), true, 'en', t);
    expect(items).toEqual([
      { label: 'Flights', colour: LINK_STYLE.flight.colour, dash: LINK_STYLE.flight.dash },
      { label: 'Trade', colour: LINK_STYLE.trade.colour, dash: LINK_STYLE.trade.dash },
      { label: 'Question mark: not fully confirmed', mark: 'uncertain' },
    ]);
    expect(imageLegend(['flights'], [], undefined, new Map(), false, 'en', t).filter((i) => 'mark' in i)).toEqual([]);
  });
});
