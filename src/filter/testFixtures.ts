/**
 * Fixture builders for the filter tests: small, realistic records, passed through the zod
 * schemas so a fixture can never drift from the data model. Facts are illustrative
 * (shaped like the real data), not a source for it. Only tests import this file.
 */
import {
  AtlasEvent,
  FlightLink,
  Mission,
  PartnershipLink,
  TradeLink,
  type EventType,
} from '../data/schema';

const sources = [
  { publisher: 'Example Ministry', title: 'Press release', url: 'https://example.org/news/1', date: null, lang: 'en' },
];
const text = (en: string) => ({ en, ru: en });

export const flight = (patch: Partial<FlightLink> = {}): FlightLink =>
  FlightLink.parse({
    id: 'fl-ala-urc',
    type: 'flight',
    title: text('Almaty – Urumqi'),
    a: 'almaty',
    b: 'urumqi',
    from: '2004',
    carrier: 'Air Astana',
    frequency: [{ from: '2004', perWeek: 3 }],
    certainty: 'certain',
    sources,
    ...patch,
  });

export const partnership = (patch: Partial<PartnershipLink> = {}): PartnershipLink =>
  PartnershipLink.parse({
    id: 'ps-almaty-xj',
    type: 'partnership',
    kind: 'sister-region',
    title: text('Almaty Region – Xinjiang'),
    a: 'KZ-19',
    b: 'CN-XJ',
    from: '2014-06',
    certainty: 'certain',
    sources,
    ...patch,
  });

export const trade = (patch: Partial<TradeLink> = {}): TradeLink =>
  TradeLink.parse({
    id: 'tr-kz-xj',
    type: 'trade',
    title: text('Kazakhstan – Xinjiang trade'),
    a: 'KZ',
    b: 'CN-XJ',
    from: '2019',
    to: '2024',
    values: [
      { year: 2019, usd: 8.0e9, source: 0 },
      { year: 2024, usd: 1.2e10, source: 0 },
    ],
    certainty: 'certain',
    sources,
    ...patch,
  });

/** The Kazakh consulate general in Guangzhou: open since 2012, district published from 2026-01-16. */
export const guangzhouCg = (patch: Partial<Mission> = {}): Mission =>
  Mission.parse({
    id: 'kz-cg-guangzhou',
    sender: 'KZ',
    kind: 'consulate-general',
    place: 'guangzhou',
    name: text('Consulate General of Kazakhstan in Guangzhou'),
    opened: '2012',
    district: [{ regions: ['CN-GD', 'CN-GX', 'CN-FJ', 'CN-HI'], from: '2026-01-16' }],
    certainty: 'certain',
    sources,
    ...patch,
  });

/** A Chinese consulate general in Aktobe, opened in 2024 with a district of four western regions. */
export const aktobeCg = (patch: Partial<Mission> = {}): Mission =>
  Mission.parse({
    id: 'cn-cg-aktobe',
    sender: 'CN',
    kind: 'consulate-general',
    place: 'aktobe',
    name: text('Consulate General of China in Aktobe'),
    opened: '2024-11',
    district: [{ regions: ['KZ-15', 'KZ-23', 'KZ-27', 'KZ-47'], from: '2024-11' }],
    certainty: 'certain',
    sources,
    ...patch,
  });

/** The Kazakh embassy in Beijing; its district covered Guangdong until the consulate took it over. */
export const beijingEmbassy = (patch: Partial<Mission> = {}): Mission =>
  Mission.parse({
    id: 'kz-emb-beijing',
    sender: 'KZ',
    kind: 'embassy',
    place: 'beijing',
    name: text('Embassy of Kazakhstan in Beijing'),
    opened: '1992-01',
    district: null,
    districtNote: text('Not published'),
    certainty: 'certain',
    sources,
    ...patch,
  });

let eventSeq = 0;
export const event = (type: EventType, date: string, patch: Partial<AtlasEvent> = {}): AtlasEvent =>
  AtlasEvent.parse({
    id: `ev-${type}-${date.replace(/-/g, '')}-${(eventSeq += 1)}`,
    type,
    date,
    title: text(`${type} on ${date}`),
    summary: text('Something happened.'),
    regions: ['KZ-75'],
    certainty: 'certain',
    sources,
    ...patch,
  });
