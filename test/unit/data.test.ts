/**
 * The data validator (scripts/validate-data.ts: the zod schema first, then the named
 * cross-record rules of scripts/dataRules.ts) and the shipped data.
 *
 * Each rule is tested on the small fixtures of src/testing: the clean fixture passes every
 * rule, and a fixture broken in one place makes the rule report that place. The shipped data
 * is being edited, so its tests assert only what must hold whatever the records are.
 */
import { describe, expect, it } from 'vitest';
import { RULES, type Dataset, type Problem, type Rule } from '../../scripts/dataRules';
import { DATA_FILE_NAMES, FALLBACK_REGION_IDS, formatProblem, readRegionIds, validateDataset } from '../../scripts/validate-data';
import type { AtlasEvent, DataFileName, Link, Mission, Place, Source } from '../../src/data/schema';
import {
  aktobeCg,
  datedSources,
  defaultRecords,
  event,
  flight,
  guangzhouCg,
  kazakhEmbassy,
  miniBoundaries,
  miniPlaces,
  miniRecords,
  partnership,
  shippedFile,
  shippedPath,
  source,
  step,
  text,
  trade,
  transport,
  type Records,
} from '../../src/testing/fixtures';

const show = (problems: readonly Problem[]): string => problems.map(formatProblem).join('\n') || '(none)';

/** The region ids of the mini boundaries. */
const REGION_IDS: ReadonlySet<string> = new Set(miniBoundaries().regions.features.map((f) => f.properties.id));

/** The default fixture records as a dataset; `patch` replaces whole lists. */
const dataset = (patch: Records & { places?: Place[] } = {}): Dataset => {
  const { places, ...records } = patch;
  return { ...miniRecords({ ...defaultRecords(), ...records }), ...(places && { places }) };
};

/** The default records with one more link, mission or event. */
const withLink = (link: Link) => dataset({ links: [...defaultRecords().links, link] });
const withMission = (mission: Mission) => dataset({ missions: [...defaultRecords().missions, mission] });
const withEvent = (e: AtlasEvent) => dataset({ events: [...defaultRecords().events, e] });

type Where = { file: string; id: string | null; field: string };
type Case = { name: string; data: Dataset; at: Where[] };

/**
 * For every rule: fixtures broken in one way each, and where the rule must say they are
 * broken. A rule added to RULES without cases here fails the registry test below.
 */
const CASES: Record<string, Case[]> = {
  uniqueIds: [
    {
      name: 'an event reusing a link’s id',
      data: withEvent(event('visit', '2024', { id: 'fl-ala-urc' })),
      at: [{ file: 'events.json', id: 'fl-ala-urc', field: 'id' }],
    },
  ],
  placesInTheirRegion: [
    {
      name: 'a place in a region the boundaries do not have',
      data: dataset({ places: [...miniPlaces().slice(1), { ...miniPlaces()[0]!, region: 'KZ-99' }] }),
      at: [{ file: 'places.json', id: 'almaty', field: 'region' }],
    },
    {
      name: 'a place whose country is not its region’s',
      data: dataset({ places: [...miniPlaces().slice(1), { ...miniPlaces()[0]!, country: 'CN' }] }),
      at: [{ file: 'places.json', id: 'almaty', field: 'country' }],
    },
  ],
  referencesResolve: [
    {
      name: 'a mission seated in an unknown place, with an unknown region in its district',
      data: dataset({
        missions: [
          guangzhouCg({
            seats: [{ place: 'nowhere', from: '2012', sources: [0] }],
            district: [{ regions: ['CN-GD', 'CN-QQ'], from: '2026-01-16', sources: [1] }],
          }),
        ],
      }),
      at: [
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'seats.0.place' },
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'district.0.regions.1' },
      ],
    },
    {
      name: 'links to nowhere and through nowhere',
      data: dataset({ links: [partnership({ b: 'atlantis' }), transport({ via: ['astana', 'nowhere'] })] }),
      at: [
        { file: 'links.json', id: 'ps-almaty-xj', field: 'b' },
        { file: 'links.json', id: 'rail-altynkol-khorgos', field: 'via.1' },
      ],
    },
    {
      name: 'an event naming unknown regions, places, ends, links and missions',
      data: withEvent(
        event('visit', '2024', { id: 'ev-x', regions: ['KZ-75', 'CN-QQ'], places: ['nowhere'], from: 'atlantis', links: ['fl-none'], missions: ['kz-cg-none'] }),
      ),
      at: [
        { file: 'events.json', id: 'ev-x', field: 'regions.1' },
        { file: 'events.json', id: 'ev-x', field: 'places.0' },
        { file: 'events.json', id: 'ev-x', field: 'from' },
        { file: 'events.json', id: 'ev-x', field: 'links.0' },
        { file: 'events.json', id: 'ev-x', field: 'missions.0' },
      ],
    },
  ],
  sourceRefsInRange: [
    {
      name: 'steps, seats, districts and figures citing a source the record does not have',
      data: dataset({
        links: [
          flight({ status: [step('2004', { sources: [0, 2] })] }),
          trade({ values: [{ year: 2019, value: 1e9, unit: 'usd', reporter: 'KZ', source: 2 }] }),
          transport({ throughput: [{ year: 2020, value: 5, unit: 'trains', reporter: 'KZ', source: 7 }] }),
        ],
        missions: [
          guangzhouCg({
            seats: [{ place: 'guangzhou', from: '2012', sources: [3] }],
            district: [{ regions: ['CN-GD'], from: '2026-01-16', sources: [2] }],
          }),
        ],
      }),
      at: [
        { file: 'links.json', id: 'fl-ala-urc', field: 'status.0.sources' },
        { file: 'links.json', id: 'tr-kz-xj', field: 'values.0.source' },
        { file: 'links.json', id: 'rail-altynkol-khorgos', field: 'throughput.0.source' },
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'seats.0.sources' },
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'district.0.sources' },
      ],
    },
  ],
  missionSourcesCited: [
    {
      name: 'a mission source that no step, seat, district or note cites',
      data: withMission(kazakhEmbassy({ sources: [source(), source({ title: 'Background', url: 'https://example.org/bg' })] })),
      at: [{ file: 'missions.json', id: 'kz-emb-beijing', field: 'sources.1' }],
    },
  ],
  uncertainHasNote: [
    {
      name: 'uncertain records without a note',
      data: dataset({
        links: [partnership({ certainty: 'uncertain' })],
        missions: [aktobeCg({ certainty: 'uncertain' })],
        events: [event('visit', '2024', { id: 'ev-x', certainty: 'uncertain' })],
      }),
      at: [
        { file: 'links.json', id: 'ps-almaty-xj', field: 'note' },
        { file: 'missions.json', id: 'cn-cg-aktobe', field: 'note' },
        { file: 'events.json', id: 'ev-x', field: 'note' },
      ],
    },
  ],
  historiesInOrder: [
    {
      name: 'a history starting with a suspension',
      data: withLink(flight({ id: 'fl-x', status: [step('2004', { status: 'suspended' })] })),
      at: [{ file: 'links.json', id: 'fl-x', field: 'status.0.status' }],
    },
    {
      name: 'steps out of order',
      data: withMission(kazakhEmbassy({ status: [step('1992'), step('1990', { status: 'suspended' })] })),
      at: [{ file: 'missions.json', id: 'kz-emb-beijing', field: 'status.1.from' }],
    },
    {
      name: 'a resumption that follows no suspension',
      data: withLink(partnership({ id: 'ps-x', status: [step('2014'), step('2016', { status: 'resumed' })] })),
      at: [{ file: 'links.json', id: 'ps-x', field: 'status.1.status' }],
    },
    {
      name: 'a last report on a step that is not the final end',
      data: withLink(flight({ id: 'fl-x', status: [step('2019', { lastReported: true }), step('2020', { status: 'ended' })] })),
      at: [{ file: 'links.json', id: 'fl-x', field: 'status.0.lastReported' }],
    },
    {
      name: 'a planned start on an operating step, and one dated before its plan',
      data: withLink(
        flight({
          id: 'fl-x',
          status: [step('2025-03', { status: 'planned', plannedStart: '2024' }), step('2025-06', { plannedStart: '2025-06' })],
        }),
      ),
      at: [
        { file: 'links.json', id: 'fl-x', field: 'status.0.plannedStart' },
        { file: 'links.json', id: 'fl-x', field: 'status.1.plannedStart' },
      ],
    },
    {
      name: 'a last report closing a mission',
      data: withMission(kazakhEmbassy({ status: [step('1992'), step('2020', { status: 'ended', lastReported: true })] })),
      at: [{ file: 'missions.json', id: 'kz-emb-beijing', field: 'status.1.lastReported' }],
    },
  ],
  operationNotFromAnnouncements: [
    {
      name: 'an opening that rests only on sources published before it',
      data: withLink(
        flight({
          id: 'fl-x',
          status: [step('2025-01', { status: 'announced' }), step('2025-06', { sources: [0] })],
          sources: datedSources('2025-01-20'),
        }),
      ),
      at: [{ file: 'links.json', id: 'fl-x', field: 'status.1.sources' }],
    },
    {
      name: 'a resumption announced in advance',
      data: withMission(
        aktobeCg({
          status: [step('2024-07', { sources: [1] }), step('2025-01', { status: 'suspended', sources: [1] }), step('2025-09', { status: 'resumed', sources: [0] })],
          sources: datedSources('2025-08-01', '2026-01'),
        }),
      ),
      at: [{ file: 'missions.json', id: 'cn-cg-aktobe', field: 'status.2.sources' }],
    },
  ],
  eventsNotFromAnnouncements: [
    {
      name: 'a certain event whose every source predates it',
      data: withEvent(event('forum', '2027-05', { id: 'ev-x', sources: datedSources('2026-12', '2027-04-30') })),
      at: [{ file: 'events.json', id: 'ev-x', field: 'sources' }],
    },
  ],
  openFlightsRecentlySeen: [
    {
      // The fixtures' as-of date is 2026-11-29: an open flight needs a sighting since 2025-05.
      name: 'an open-ended flight last seen operating in 2024',
      data: withLink(flight({ id: 'fl-x', status: [step('2019')], sources: datedSources('2024-03') })),
      at: [{ file: 'links.json', id: 'fl-x', field: 'status' }],
    },
  ],
  placesInsideRecordRegions: [
    {
      name: 'an event whose places and ends lie outside the regions it lists',
      data: withEvent(event('visit', '2024', { id: 'ev-x', regions: ['KZ-75'], places: ['almaty', 'urumqi'], from: 'KZ-19', to: 'guangzhou' })),
      at: [
        { file: 'events.json', id: 'ev-x', field: 'places.1' },
        { file: 'events.json', id: 'ev-x', field: 'from' },
        { file: 'events.json', id: 'ev-x', field: 'to' },
      ],
    },
  ],
  eventsNotBeforeTheirTies: [
    {
      name: 'events before the flight (2004), the trade series (2019) and the consulate (2012) they name',
      data: dataset({
        events: [
          event('flight', '2003-12', { id: 'ev-flight', links: ['fl-ala-urc'] }),
          event('trade', '2018', { id: 'ev-trade', links: ['tr-kz-xj'] }),
          event('mission', '2011', { id: 'ev-mission', missions: ['kz-cg-guangzhou'] }),
        ],
      }),
      at: [
        { file: 'events.json', id: 'ev-flight', field: 'links' },
        { file: 'events.json', id: 'ev-trade', field: 'links' },
        { file: 'events.json', id: 'ev-mission', field: 'missions' },
      ],
    },
  ],
  missionsAbroad: [
    {
      name: 'a Kazakh mission seated in Kazakhstan, with seats out of order',
      data: withMission(
        kazakhEmbassy({
          seats: [
            { place: 'beijing', from: '1992-01', sources: [0] },
            { place: 'almaty', from: '1991', sources: [0] },
          ],
        }),
      ),
      at: [
        { file: 'missions.json', id: 'kz-emb-beijing', field: 'seats.1.place' },
        { file: 'missions.json', id: 'kz-emb-beijing', field: 'seats.1.from' },
      ],
    },
    {
      name: 'a district with a region of the sending country, ending before it starts, starting before the opening',
      data: dataset({
        missions: [
          guangzhouCg({
            district: [
              { regions: ['CN-GD', 'KZ-75'], from: '2026-01-16', sources: [0] },
              { regions: ['CN-XJ'], from: '2020', to: '2019', sources: [0] },
              { regions: ['CN-BJ'], from: '2010', sources: [0] },
            ],
          }),
        ],
      }),
      at: [
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'district.0.regions.1' },
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'district.1.to' },
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'district.2.from' },
      ],
    },
    {
      name: 'a consulate with no district and no note saying why, and a trade office with a district',
      data: dataset({
        missions: [
          guangzhouCg({ district: null }),
          aktobeCg({ id: 'cn-trade-aktobe', kind: 'trade-office' }),
        ],
      }),
      at: [
        { file: 'missions.json', id: 'kz-cg-guangzhou', field: 'districtNote' },
        { file: 'missions.json', id: 'cn-trade-aktobe', field: 'district' },
      ],
    },
  ],
  linkEndpointsFit: [
    {
      name: 'a link joining an endpoint to itself, and a flight to a region',
      data: dataset({ links: [partnership({ b: 'KZ-19' }), flight({ a: 'KZ-75' })] }),
      at: [
        { file: 'links.json', id: 'ps-almaty-xj', field: 'b' },
        { file: 'links.json', id: 'fl-ala-urc', field: 'a' },
      ],
    },
    {
      name: 'a border crossing given from the Chinese side',
      data: dataset({ links: [transport({ a: 'urumqi', b: 'almaty' })] }),
      at: [{ file: 'links.json', id: 'rail-altynkol-khorgos', field: 'a' }],
    },
  ],
  conflictingFiguresMarked: [
    {
      name: 'two figures for one year and reporter, one of them not marked uncertain',
      data: dataset({
        links: [
          trade({
            values: [
              { year: 2024, value: 1.2e10, unit: 'usd', reporter: 'KZ', source: 0 },
              { year: 2024, value: 1.4e10, unit: 'usd', reporter: 'KZ', certainty: 'uncertain', source: 1 },
            ],
          }),
          transport({
            throughput: [
              { year: 2020, value: 5, unit: 'trains', reporter: 'KZ', source: 0 },
              { year: 2020, value: 6, unit: 'trains', reporter: 'KZ', source: 1 },
            ],
          }),
        ],
      }),
      at: [
        { file: 'links.json', id: 'tr-kz-xj', field: 'values.0.certainty' },
        { file: 'links.json', id: 'rail-altynkol-khorgos', field: 'throughput.0.certainty' },
        { file: 'links.json', id: 'rail-altynkol-khorgos', field: 'throughput.1.certainty' },
      ],
    },
  ],
  eventDatesInOrder: [
    {
      name: 'an event ending before it starts',
      data: withEvent(event('forum', '2025-05-21', { id: 'ev-x', endDate: '2025-05-20' })),
      at: [{ file: 'events.json', id: 'ev-x', field: 'endDate' }],
    },
  ],
  eventsInFileOrder: [
    {
      name: 'an event filed after a later one, and one after a same-day event with a later id',
      data: dataset({
        events: [
          event('visit', '2015-05-10', { id: 'ev-b' }),
          event('visit', '2015-05-10', { id: 'ev-a' }),
          event('agreement', '2023-03', { id: 'ev-c' }),
          event('forum', '2019', { id: 'ev-d' }),
        ],
      }),
      at: [
        { file: 'events.json', id: 'ev-a', field: 'date' },
        { file: 'events.json', id: 'ev-d', field: 'date' },
      ],
    },
  ],
  noIdsInTexts: [
    {
      name: 'a link id in an event’s Russian summary and in a link’s status note',
      data: dataset({
        links: [flight({ status: [step('2019-05', { note: { en: 'Resumed, see ev-x.', ru: 'Возобновлён.', kk: 'Қайта басталды.', zh: '恢复。' } })] })],
        events: [event('visit', '2024', { id: 'ev-x', summary: text('A visit.', 'Визит (см. fl-ala-urc).') })],
      }),
      at: [
        { file: 'events.json', id: 'ev-x', field: 'summary.ru' },
        { file: 'links.json', id: 'fl-ala-urc', field: 'status.0.note.en' },
      ],
    },
  ],
  publisherIsAName: [
    {
      name: 'publishers with notes on how the page was read',
      data: dataset({
        links: [partnership({ sources: [source(), source({ publisher: 'Xinhua (read via a mirror copy)' })] })],
        missions: [aktobeCg({ sources: [source({ publisher: 'Kazpravda (citing Xinhua)' })] })],
        events: [
          event('visit', '2024', { id: 'ev-x', sources: [source({ publisher: 'ru24.pro (Repost of Tengrinews)', date: '2024' })] }),
          event('visit', '2024', { id: 'ev-y', sources: [source({ publisher: 'Kazakhstan Today, citing the MFA', date: '2024' })] }),
          event('visit', '2024', { id: 'ev-z', sources: [source({ publisher: 'silkroad2021.org (article by Emil Avdaliani)', date: '2024' })] }),
        ],
      }),
      at: [
        { file: 'links.json', id: 'ps-almaty-xj', field: 'sources.1.publisher' },
        { file: 'missions.json', id: 'cn-cg-aktobe', field: 'sources.0.publisher' },
        { file: 'events.json', id: 'ev-x', field: 'sources.0.publisher' },
        { file: 'events.json', id: 'ev-y', field: 'sources.0.publisher' },
        { file: 'events.json', id: 'ev-z', field: 'sources.0.publisher' },
      ],
    },
  ],
  titlesAreHeadlines: [
    {
      name: 'descriptions written as titles, with a language note or in square brackets',
      data: dataset({
        links: [partnership({ sources: [source(), source({ title: 'Almaty akim meets the mayor of Shanghai (Russian-language report)' })] })],
        events: [
          event('visit', '2024', { id: 'ev-x', sources: [source({ title: '[Xinhua dispatch from Urumqi, 1 April 2008]', date: '2024' })] }),
          event('visit', '2024', { id: 'ev-y', sources: [source({ title: 'Kazakhstan to supply oil to China (Russian-language text)', date: '2024' })] }),
        ],
      }),
      at: [
        { file: 'links.json', id: 'ps-almaty-xj', field: 'sources.1.title' },
        { file: 'events.json', id: 'ev-x', field: 'sources.0.title' },
        { file: 'events.json', id: 'ev-y', field: 'sources.0.title' },
      ],
    },
  ],
  titlesInPageScript: [
    {
      name: 'an English title on a Chinese page and on a Russian page',
      data: dataset({
        links: [partnership({ sources: [source(), source({ title: 'Hefei freight train lines become regular', lang: 'zh' })] })],
        events: [event('visit', '2024', { id: 'ev-x', sources: [source({ title: 'Kazakhstan to supply oil to China', lang: 'ru', date: '2024' })] })],
      }),
      at: [
        { file: 'links.json', id: 'ps-almaty-xj', field: 'sources.1.title' },
        { file: 'events.json', id: 'ev-x', field: 'sources.0.title' },
      ],
    },
  ],
  oneDescriptionPerSource: [
    {
      name: 'one URL with two headlines or two publishers',
      data: dataset({
        links: [partnership({ sources: [source({ title: 'Zhetygen-Korgas railroad opens', url: 'https://example.kz/a' })] })],
        events: [
          event('visit', '2024', { id: 'ev-x', sources: [source({ title: 'Zhetygen–Korgas railroad opens', url: 'https://example.kz/a', date: '2024' })] }),
          event('visit', '2024', { id: 'ev-y', sources: [source({ url: 'https://example.kz/b', date: '2024' }), source({ publisher: 'Kazpravda', url: 'https://example.kz/b', date: '2024' })] }),
        ],
      }),
      at: [
        { file: 'events.json', id: 'ev-x', field: 'sources.0' },
        { file: 'events.json', id: 'ev-y', field: 'sources.1' },
      ],
    },
  ],
};

describe('the fixture dataset', () => {
  it('passes every rule (so each broken case below fails for its own reason)', () => {
    const problems = Object.values(RULES).flatMap((rule) => rule(dataset(), REGION_IDS));
    expect(problems, show(problems)).toEqual([]);
  });

  it('passes the whole validator as data files', () => {
    const r = miniRecords();
    const files = {
      'places.json': { places: r.places },
      'missions.json': { missions: r.missions },
      'links.json': { links: r.links },
      'events.json': { meta: r.meta, events: r.events },
    };
    const problems = validateDataset(structuredClone(files), REGION_IDS);
    expect(problems, show(problems)).toEqual([]);
  });
});

describe('every rule has tests', () => {
  it('covers each rule of RULES with broken fixtures', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });
});

describe.each(Object.entries(CASES))('rule %s', (name, cases) => {
  const rule: Rule = RULES[name]!;

  it.each(cases.map((c) => [c.name, c] as const))('reports %s', (_, c) => {
    const problems = rule(c.data, REGION_IDS);
    for (const where of c.at) {
      const hit = problems.find((p) => p.file === where.file && p.id === where.id && p.field === where.field);
      expect(hit, `expected ${where.file} › ${where.id} › ${where.field}; got:\n${show(problems)}`).toBeDefined();
      expect(hit!.message.length).toBeGreaterThan(0);
    }
    // Nothing else: each problem is one of those expected.
    expect(problems.length, show(problems)).toBe(c.at.length);
  });
});

describe('rules: what they let through', () => {
  it('operationNotFromAnnouncements: a source from the same month, or undated, can show the opening', () => {
    const sameMonth = flight({ status: [step('2025-06', { sources: [0] })], sources: datedSources('2025-06-30') });
    const undated = flight({ status: [step('2025-06', { sources: [0] })], sources: datedSources(null) });
    const announcedEarly = flight({ status: [step('2025-06', { status: 'announced', sources: [0] })], sources: datedSources('2024') });
    for (const link of [sameMonth, undated, announcedEarly]) {
      expect(RULES.operationNotFromAnnouncements!(dataset({ links: [link] }), REGION_IDS)).toEqual([]);
    }
  });

  it('eventsNotFromAnnouncements: an uncertain event, or one with a later or undated source, passes', () => {
    const events = [
      event('forum', '2027-05', { certainty: 'uncertain', note: text('Planned'), sources: datedSources('2026-12') }),
      event('forum', '2027-05', { sources: datedSources('2026-12', '2027-06') }),
      event('forum', '2027-05', { sources: datedSources('2026-12', null) }),
    ];
    expect(RULES.eventsNotFromAnnouncements!(dataset({ events }), REGION_IDS)).toEqual([]);
  });

  it('openFlightsRecentlySeen: an ended flight needs no recent sighting; a recent resumption counts', () => {
    const ended = flight({ status: [step('2019'), step('2020', { status: 'ended' })], sources: datedSources('2020') });
    const resumed = flight({
      id: 'fl-resumed',
      status: [step('2019', { sources: [0] }), step('2020', { status: 'suspended', sources: [0] }), step('2026-02', { status: 'resumed', sources: [1] })],
      sources: datedSources('2020', '2026-03'),
    });
    expect(RULES.openFlightsRecentlySeen!(dataset({ links: [ended, resumed] }), REGION_IDS)).toEqual([]);
  });

  it('conflictingFiguresMarked: figures of different reporters, periods or units do not conflict', () => {
    const link = trade({
      values: [
        { year: 2024, value: 1.2e10, unit: 'usd', reporter: 'KZ', source: 0 },
        { year: 2024, value: 1.4e10, unit: 'usd', reporter: 'CN', source: 1 },
        { year: 2024, period: 'H1', value: 5e9, unit: 'usd', reporter: 'KZ', source: 0 },
      ],
    });
    expect(RULES.conflictingFiguresMarked!(dataset({ links: [link] }), REGION_IDS)).toEqual([]);
  });

  it('publisherIsAName: names that contain the words or the letters pass (Daily Mirror, China Civil Aviation News)', () => {
    const names = ['China Civil Aviation News', 'aviation.direct', 'Daily Mirror', 'Via Rail', 'Kazakhstan Today (kt.kz)'];
    const d = dataset({ links: [partnership({ sources: names.map((publisher) => source({ publisher })) })] });
    expect(RULES.publisherIsAName!(d, REGION_IDS)).toEqual([]);
  });

  it('missionSourcesCited: a source cited by the note or the district note counts', () => {
    const extra = [source(), source({ title: 'Background', url: 'https://example.org/bg' })];
    const m = kazakhEmbassy({ sources: extra, note: text('A caveat.'), noteSources: [1] });
    expect(RULES.missionSourcesCited!(withMission(m), REGION_IDS)).toEqual([]);
    const d = kazakhEmbassy({ sources: extra, districtNoteSources: [1] });
    expect(RULES.missionSourcesCited!(withMission(d), REGION_IDS)).toEqual([]);
  });

  it('missionsAbroad: a trade office needs neither a district nor a note', () => {
    const office = aktobeCg({ id: 'cn-trade-aktobe', kind: 'trade-office', district: null });
    expect(RULES.missionsAbroad!(withMission(office), REGION_IDS)).toEqual([]);
  });

  it('historiesInOrder: a history may start announced and run announced → operating → suspended → resumed → ended', () => {
    const link = flight({
      status: [
        step('2018', { status: 'announced', plannedStart: '2018-12' }),
        step('2019'),
        step('2020', { status: 'suspended' }),
        step('2021', { status: 'resumed' }),
        step('2022', { status: 'ended', lastReported: true }),
      ],
    });
    expect(RULES.historiesInOrder!(dataset({ links: [link] }), REGION_IDS)).toEqual([]);
    // A planned start of coarser precision than the plan covers the plan's own day: not "before" it.
    const sameYear = flight({ status: [step('2025-03', { status: 'planned', plannedStart: '2025' })] });
    expect(RULES.historiesInOrder!(dataset({ links: [sameYear] }), REGION_IDS)).toEqual([]);
  });
});

describe('validateDataset', () => {
  const files = (): Record<DataFileName, unknown> => {
    const r = miniRecords();
    return structuredClone({
      'places.json': { places: r.places },
      'missions.json': { missions: r.missions },
      'links.json': { links: r.links },
      'events.json': { meta: r.meta, events: r.events },
    });
  };
  const linksOf = (f: Record<DataFileName, unknown>) => (f['links.json'] as { links: Record<string, unknown>[] }).links;

  it('reports a missing file', () => {
    const f: Partial<Record<DataFileName, unknown>> = files();
    delete f['places.json'];
    expect(validateDataset(f, REGION_IDS)).toEqual([{ file: 'places.json', id: null, field: '', message: 'file is missing' }]);
  });

  it('reports a schema problem at the record’s id and the field’s path', () => {
    const f = files();
    ((linksOf(f)[0]!.status as Record<string, unknown>[])[0]!).from = '2025-13';
    const problems = validateDataset(f, REGION_IDS);
    expect(problems).toEqual([{ file: 'links.json', id: 'fl-ala-urc', field: 'status.0.from', message: expect.any(String) }]);
  });

  it('names a record without a usable id by its position, and a file-level problem by its field', () => {
    const f = files();
    delete linksOf(f)[1]!.id;
    delete (f['events.json'] as Record<string, unknown>).meta;
    const problems = validateDataset(f, REGION_IDS);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'links.json', id: '#1', field: 'id' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'events.json', id: null, field: 'meta' }));
  });

  it('refuses a source URL that is not http(s)', () => {
    const f = files();
    (linksOf(f)[0]!.sources as Record<string, unknown>[])[1]!.url = 'javascript:alert(1)';
    expect(validateDataset(f, REGION_IDS)).toContainEqual(expect.objectContaining({ file: 'links.json', id: 'fl-ala-urc', field: 'sources.1.url' }));
  });

  it('runs the cross-record rules only once every file has its shape', () => {
    const f = files();
    linksOf(f)[1]!.id = 'fl-ala-urc'; // a duplicate id: a rule's problem
    (linksOf(f)[0]!.status as Record<string, unknown>[])[0]!.status = 'flying'; // a schema problem
    const problems = validateDataset(f, REGION_IDS);
    expect(problems.map((p) => p.field)).toEqual(['status.0.status']);
    (linksOf(f)[0]!.status as Record<string, unknown>[])[0]!.status = 'operating';
    expect(validateDataset(f, REGION_IDS)).toContainEqual(expect.objectContaining({ file: 'links.json', id: 'fl-ala-urc', field: 'id' }));
  });

  it('checks region ids against the boundaries it is given', () => {
    expect(validateDataset(files(), new Set(['KZ-75']))).toContainEqual(expect.objectContaining({ file: 'places.json', id: 'urumqi', field: 'region' }));
  });
});

describe('formatProblem', () => {
  it('writes file › id › field: message, with placeholders for a file or record as a whole', () => {
    expect(formatProblem({ file: 'links.json', id: 'fl-x', field: 'status.1.from', message: 'out of order' })).toBe(
      'links.json › fl-x › status.1.from: out of order',
    );
    expect(formatProblem({ file: 'places.json', id: null, field: '', message: 'file is missing' })).toBe('places.json › (file) › (record): file is missing');
  });
});

// ---------------------------------------------------------------------------------------
// The shipped data: only what must hold whatever its records are.

describe('shipped data', () => {
  const files = Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, shippedFile(name)])) as Record<DataFileName, unknown>;
  const regionIds = readRegionIds(shippedPath('boundaries.topo.json'));

  it('has the 54 first-level units in its boundaries, the validator’s fallback list', () => {
    expect(regionIds).not.toBeNull();
    expect([...regionIds!].sort()).toEqual([...FALLBACK_REGION_IDS].sort());
    expect(regionIds!.size).toBe(54);
  });

  it('validates with no problems', () => {
    const problems = validateDataset(files, regionIds!);
    expect(problems, show(problems)).toEqual([]);
  });

  const records = () => {
    const missions = (files['missions.json'] as { missions: Record<string, unknown>[] }).missions;
    const links = (files['links.json'] as { links: Record<string, unknown>[] }).links;
    const events = (files['events.json'] as { events: Record<string, unknown>[] }).events;
    const places = (files['places.json'] as { places: Record<string, unknown>[] }).places;
    return { missions, links, events, places };
  };

  it('gives every mission, link and event at least one source with an http(s) address', () => {
    const { missions, links, events } = records();
    const all = [...missions, ...links, ...events];
    expect(all.length).toBeGreaterThan(0);
    const unsourced = all.filter((r) => {
      const sources = r.sources as Source[] | undefined;
      return !sources?.length || sources.some((s) => !/^https?:\/\/\S+$/.test(s.url));
    });
    expect(unsourced.map((r) => r.id)).toEqual([]);
  });

  it('writes every text in the four languages', () => {
    const missing: string[] = [];
    // A text is any object with an English string: names, titles, summaries, notes, at any depth.
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}.${i}`));
      if (typeof value !== 'object' || value === null) return;
      const obj = value as Record<string, unknown>;
      if (typeof obj.en === 'string') {
        for (const lang of ['en', 'ru', 'kk', 'zh']) {
          if (typeof obj[lang] !== 'string' || (obj[lang] as string).trim() === '') missing.push(`${path}: ${lang}`);
        }
        return;
      }
      for (const [k, v] of Object.entries(obj)) walk(v, `${path}.${k}`);
    };
    const { missions, links, events, places } = records();
    for (const [file, list] of Object.entries({ places, missions, links, events })) {
      for (const r of list) walk(r, `${file} › ${String(r.id)}`);
    }
    expect(missing).toEqual([]);
  });

  it('carries the dataset’s version and as-of date', () => {
    expect((files['events.json'] as { meta: unknown }).meta).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      asOf: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    });
  });
});
