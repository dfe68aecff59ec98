import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/namespaces';
import { translator } from '../i18n/translate';
import { shadingOf } from '../model/shading';
import { DISTRICT_FILL_OPACITY, HATCH_STROKE, LINK_STYLE, SENDER_COLOUR } from '../style/linkStyle';
import { flight, guangzhouCg, miniIndex, trade, visibleIn } from '../testing/fixtures';
import { LAYER_IDS } from '../view/view';
import { hasUncertainMark, imageLegend, type ImageLegendInput } from './imageLegend';

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
  const input = (over: Partial<ImageLegendInput> = {}): ImageLegendInput => ({
    layers: ['flights', 'trade'],
    missions: [],
    shownMissions: [],
    districtOf: undefined,
    colours: new Map(),
    shading: null,
    uncertainMarks: true,
    ...over,
  });

  it('lists the tie layers that are on, in their colours and dashes, and the question mark when asked', () => {
    expect(imageLegend(input(), 'en', t)).toEqual([
      { label: 'Flights', colour: LINK_STYLE.flight.colour, dash: LINK_STYLE.flight.dash },
      { label: 'Trade', colour: LINK_STYLE.trade.colour, dash: LINK_STYLE.trade.dash },
      { label: 'Question mark: not fully confirmed', mark: 'uncertain' },
    ]);
    expect(imageLegend(input({ layers: ['flights'], uncertainMarks: false }), 'en', t).filter((i) => 'mark' in i)).toEqual([]);
  });

  it('explains the shading instead of the districts while regions are shaded, as the map draws them', () => {
    // Xinjiang has a figure, Almaty none: the legend has the classes and the "no data" entry.
    const shading = shadingOf('trade', miniIndex({ links: [trade()] }), { from: 2020, to: 2024 }, new Set(['CN-XJ', 'KZ-75']))!;
    const items = imageLegend(input({ layers: ['districts'], missions: [guangzhouCg()], districtOf: new Map([['kz-cg-guangzhou', {}]]), colours: new Map([['kz-cg-guangzhou', '#cc79a7']]), shading, uncertainMarks: false }), 'en', t);
    expect(items.map((i) => i.label)).toEqual(['Under USD 100 m', 'USD 100 m – 1 bn', 'USD 1–5 bn', 'USD 5–20 bn', 'USD 20 bn or more', 'No certain whole-year figure']);
    expect(items[0]).toEqual({ label: 'Under USD 100 m', colour: shading.classes[0]!.colour });
    expect(items.at(-1)).toEqual({ label: 'No certain whole-year figure', hatch: HATCH_STROKE });
  });

  it('gives each district its colour at the map’s fill opacity, so the swatch matches the shaded regions', () => {
    const items = imageLegend(input({ layers: ['districts'], missions: [guangzhouCg()], districtOf: new Map([['kz-cg-guangzhou', {}]]), colours: new Map([['kz-cg-guangzhou', '#cc79a7']]), uncertainMarks: false }), 'en', t);
    expect(items[0]).toEqual({ label: guangzhouCg().name.en, colour: '#cc79a7', opacity: DISTRICT_FILL_OPACITY });
  });

  it('explains the mission symbols drawn: each kind shown by its shape, each sending country by its colour', () => {
    const embassy = guangzhouCg({ id: 'cn-emb', sender: 'CN', kind: 'embassy' });
    const items = imageLegend(input({ layers: ['missions'], shownMissions: [guangzhouCg(), embassy], uncertainMarks: false }), 'en', t);
    expect(items).toEqual([
      { label: 'Embassy', shape: 'embassy' },
      { label: 'Consulate general', shape: 'consulate-general' },
      { label: 'Kazakh mission in China', colour: SENDER_COLOUR.KZ },
      { label: 'Chinese mission in Kazakhstan', colour: SENDER_COLOUR.CN },
    ]);
    // The layer off: no mission entries, whatever was shown before.
    expect(imageLegend(input({ layers: ['flights'], shownMissions: [embassy], uncertainMarks: false }), 'en', t).map((i) => i.label)).toEqual(['Flights']);
  });
});
