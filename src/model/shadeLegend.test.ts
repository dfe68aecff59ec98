import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/namespaces';
import { translator } from '../i18n/translate';
import { miniIndex, trade } from '../testing/fixtures';
import { shadeLegend, shadedBy } from './shadeLegend';
import { shadingOf } from './shading';

const ru = translator('ru', { ru: messagesFor('ru') });
const en = translator('en', { en: messagesFor('en') });

describe('shadeLegend', () => {
  it('writes tie-count classes as whole-number spans, and has no "no data" entry (every region has a count)', () => {
    const shading = shadingOf('ties', miniIndex({ links: [trade()] }), { from: 2020, to: 2024 }, new Set(['CN-XJ', 'KZ-75']))!;
    expect(shadeLegend(shading, 'en', en).map((e) => e.label)).toEqual(['0', '1–2', '3–5', '6–9', '10 or more']);
  });
});

describe('shadedBy', () => {
  it('puts the menu’s option inside a sentence, lower-cased at its start', () => {
    expect(shadedBy('ties', 'en', en)).toBe('regions shaded by number of ties');
    // The Russian options are in the dative the menu's label needs ("Закрасить регионы по …").
    expect(shadedBy('trade', 'ru', ru)).toBe('закраска по торговле с другой страной');
  });
});
