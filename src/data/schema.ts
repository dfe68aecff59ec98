/**
 * The data model of the atlas. These zod schemas are the single source of truth:
 * the app, the validator (scripts/validate-data.ts) and the tests import them,
 * and every TypeScript type of the data is inferred from them.
 *
 * Data v2: every link and mission has a dated status history (announced → operating →
 * suspended → resumed → ended); figures (trade, throughput) are series with their period and
 * reporter; every text exists in all four interface languages.
 */
import { z } from './z';

const NonEmpty = z.string().check(z.minLength(1));
const Positive = z.number().check(z.positive());

export const LANGS = ['en', 'ru', 'kk', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const EVENT_TYPES = [
  'mission',
  'visit',
  'agreement',
  'platform',
  'flight',
  'trade',
  'forum',
  'infrastructure',
  'culture',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const LINK_TYPES = ['partnership', 'flight', 'transport', 'trade'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const MISSION_KINDS = ['embassy', 'consulate-general', 'consulate', 'visa-office', 'trade-office'] as const;
export type MissionKind = (typeof MISSION_KINDS)[number];

export const PARTNERSHIP_KINDS = [
  'sister-region',
  'sister-city',
  'friendship',
  'memorandum',
  'platform',
  'roadmap',
  'agreement',
  'representation',
  'cooperation',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** What a transport link is: a border crossing, the line behind it, a pipeline, a train service. */
export const TRANSPORT_MODES = [
  'road-crossing',
  'rail-crossing',
  'rail-line',
  'road',
  'oil-pipeline',
  'gas-pipeline',
  'passenger-train',
  'freight-train',
] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/**
 * Steps of a status history. `announced` and `planned` are intentions (drawn and listed apart,
 * never as operating); `operating` and `resumed` mean the tie worked from that date; `suspended`
 * pauses it; `ended` closes it.
 */
export const STATUSES = ['announced', 'planned', 'operating', 'suspended', 'resumed', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** Units of figures and capacities. Money is in US dollars; volumes in the unit named. */
export const UNITS = ['usd', 'cny', 'tonnes', 'teu', 'trains', 'passengers', 'vehicles', 'cubic-metres'] as const;
/** The units that are money: trade figures in them are charted as trade, one chart per currency. */
export const CURRENCIES = ['usd', 'cny'] as const satisfies readonly (typeof UNITS)[number][];
export type Currency = (typeof CURRENCIES)[number];
export type Unit = (typeof UNITS)[number];

/** The part of a year a figure covers; absent means the whole calendar year. */
export const PERIODS = ['Q1', 'Jan-Apr', 'Jan-May', 'H1', 'Jan-Jul', 'Jan-Aug', '9M', 'Jan-Oct', 'Jan-Nov'] as const;
export type Period = (typeof PERIODS)[number];

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const dt = new Date(Date.UTC(y!, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};

/** A date with year, month or day precision: "2025", "2025-06" or "2025-06-17". */
export const PartialDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
    z.refine(isRealDate, 'not a real calendar date'),
  );
export type PartialDate = z.infer<typeof PartialDate>;

/** ISO 3166-2 code of a first-level unit: KZ-10 … KZ-79 (numeric), CN-AH … CN-ZJ (letters). */
export const RegionId = z.string().check(z.regex(/^(KZ-\d{2}|CN-[A-Z]{2})$/, 'expected an ISO 3166-2 code such as CN-GD or KZ-19'));
export type RegionId = z.infer<typeof RegionId>;

export const CountryId = z.enum(['KZ', 'CN']);
export type CountryId = z.infer<typeof CountryId>;

/** Place ids are lower-case slugs ("almaty", "xian"); they never collide with region or country ids. */
export const PlaceId = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case slug such as "almaty"'));

/** A link endpoint: a region, a place or a whole country. Which one is decided by the id's shape. */
export const EndpointId = z.union([RegionId, CountryId, PlaceId]);

export const Certainty = z.enum(['certain', 'uncertain']);
export type Certainty = z.infer<typeof Certainty>;

/** Text in all four interface languages, written by us (summaries, never article text). */
export const LocalizedText = z.object({
  en: NonEmpty,
  ru: NonEmpty,
  kk: NonEmpty,
  zh: NonEmpty,
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Names of a place in the four languages (see the names table in the research fact-check). */
export const Names = LocalizedText;
export type Names = LocalizedText;

export const Source = z.object({
  /** The outlet whose item it is; null when the page names none (a repost of an unnamed report). */
  publisher: z.nullable(NonEmpty),
  /** The page's headline as written, in the page's language. */
  title: z.optional(NonEmpty),
  /**
   * Instead of `title`, for a page whose copy shows no headline: what it reports, in the four
   * languages (the panels show it in square brackets, as a catalogue shows a supplied title).
   */
  described: z.optional(LocalizedText),
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date; null when the source itself is undated. */
  date: z.nullable(PartialDate),
  /** Language of the source (BCP 47 primary tag: en, ru, kk, zh, es, …). */
  lang: z.string().check(z.regex(/^[a-z]{2,3}$/)),
  // How the page was read, as names, so the panels can say it in every language (a publisher line
  // with "(read via a mirror copy)" in it would be English on every page).
  /** The site the publisher's item was read on (a repost, a syndication or a mirror), by name or domain. */
  via: z.optional(NonEmpty),
  /** Read from a mirror copy of the publisher's page (on `via` when known). */
  mirror: z.optional(z.literal(true)),
  /** The source the publisher names for its report, named in the four languages ("援引新华社报道", not "援引Xinhua报道"). */
  citing: z.optional(LocalizedText),
}).check(z.refine((s) => (s.title === undefined) !== (s.described === undefined), 'a source has either a title (the headline) or a description (no headline shown), not both'));
export type Source = z.infer<typeof Source>;

/** Index into the record's own `sources`: lets a single line (a step, a figure) name its source. */
export const SourceRef = z.int().check(z.minimum(0));

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "fl-can-ala-cz"'));

const Sourced = {
  certainty: Certainty,
  /** Why the fact is uncertain, or any caveat worth showing next to it. */
  note: z.optional(LocalizedText),
  sources: z.array(Source).check(z.minLength(1, 'every record needs at least one source')),
};

/** A capacity or a flow rate: `value` units per `per`. */
export const Rate = z.object({
  value: Positive,
  unit: z.enum(UNITS),
  per: z.enum(['day', 'week', 'year']),
});
export type Rate = z.infer<typeof Rate>;

/**
 * One dated step of a status history. Steps are in date order; a step holds until the next.
 * An `operating` step after another `operating` step records a change of frequency or capacity.
 */
export const StatusStep = z.object({
  status: z.enum(STATUSES),
  from: PartialDate,
  /** Flights and passenger trains: services a week (one direction counts as one). */
  perWeek: z.optional(Positive),
  /** Design capacity (pipelines, crossings, lines) from this step on. */
  capacity: z.optional(Rate),
  note: z.optional(LocalizedText),
  /**
   * On an `announced` or `planned` step: the start of service (or opening) the plan gives. The
   * step's own `from` is when the plan was made or reported, so a reader can tell a plan whose
   * date has passed without a report that it began from one still ahead.
   */
  plannedStart: z.optional(PartialDate),
  /**
   * On a link's final `ended` step only: no end was announced; the date is the last report found
   * that shows the tie working. The map treats it as ended (nothing confirms it ran later); the UI says so.
   */
  lastReported: z.optional(z.literal(true)),
  /** Which of the record's sources show this step. */
  sources: z.array(SourceRef).check(z.minLength(1, 'every step needs a source')),
});
export type StatusStep = z.infer<typeof StatusStep>;

const StatusHistory = z.array(StatusStep).check(z.minLength(1, 'a status history needs at least one step'));

/** A published figure: trade value, tonnes carried, trains run … in a year or part of one. */
export const Figure = z.object({
  year: z.int().check(z.minimum(1990), z.maximum(2100)),
  period: z.optional(z.enum(PERIODS)),
  value: Positive,
  unit: z.enum(UNITS),
  /** Whose statistics: the side that published the figure (for trade, the reporting country or region). */
  reporter: EndpointId,
  growthPct: z.optional(z.number()),
  certainty: z.optional(Certainty),
  note: z.optional(LocalizedText),
  source: SourceRef,
});
export type Figure = z.infer<typeof Figure>;

export const Place = z.object({
  id: PlaceId,
  region: RegionId,
  country: CountryId,
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  name: Names,
});
export type Place = z.infer<typeof Place>;

export const DistrictAssignment = z.object({
  regions: z.array(RegionId).check(z.minLength(1)),
  from: PartialDate,
  to: z.optional(z.nullable(PartialDate)),
  /** Which of the mission's sources publish this district. */
  sources: z.array(SourceRef).check(z.minLength(1)),
});
export type DistrictAssignment = z.infer<typeof DistrictAssignment>;

/** Where a mission sits from a date on (the Chinese embassy moved from Almaty to Astana). */
export const Seat = z.object({
  place: PlaceId,
  from: PartialDate,
  sources: z.array(SourceRef).check(z.minLength(1)),
});
export type Seat = z.infer<typeof Seat>;

export const Mission = z.object({
  id: Id,
  sender: CountryId,
  kind: z.enum(MISSION_KINDS),
  name: LocalizedText,
  /** Seats in date order; the first one is where the mission opened. */
  seats: z.array(Seat).check(z.minLength(1)),
  status: StatusHistory,
  /** Dated consular districts; null when the district is not published (and always for trade offices). */
  district: z.nullable(z.array(DistrictAssignment)),
  /** Required when a consular mission's district is null: what is known and why it is not shown. */
  districtNote: z.optional(LocalizedText),
  /** The sources of districtNote (indexes into sources), cited on its line. */
  districtNoteSources: z.optional(z.array(SourceRef).check(z.minLength(1))),
  /** The sources of the record's note, cited on its line. */
  noteSources: z.optional(z.array(SourceRef).check(z.minLength(1))),
  ...Sourced,
});
export type Mission = z.infer<typeof Mission>;

const LinkBase = {
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  /** First endpoint; for trade, the reporter; for directed partnerships, the initiator. */
  a: EndpointId,
  b: EndpointId,
  ...Sourced,
};

export const PartnershipLink = z.object({
  ...LinkBase,
  type: z.literal('partnership'),
  kind: z.enum(PARTNERSHIP_KINDS),
  /** True when the tie has a direction worth drawing (a → b). */
  directed: z.optional(z.boolean()),
  status: StatusHistory,
});

export const FlightLink = z.object({
  ...LinkBase,
  type: z.literal('flight'),
  /** The airline, named in each language (Chinese readers know 中国南方航空, not China Southern); null when no source names it. */
  carrier: z.nullable(LocalizedText),
  cargo: z.optional(z.boolean()),
  /** Status with the weekly frequency on each operating step. */
  status: StatusHistory,
});

export const TransportLink = z.object({
  ...LinkBase,
  type: z.literal('transport'),
  mode: z.enum(TRANSPORT_MODES),
  /** Places the line passes between a and b, in order (drawn through them). */
  via: z.optional(z.array(PlaceId)),
  operator: z.optional(LocalizedText),
  status: StatusHistory,
  /** What actually moved, by year (tonnes, trains, passengers …). */
  throughput: z.optional(z.array(Figure)),
});

export const TradeLink = z.object({
  ...LinkBase,
  type: z.literal('trade'),
  /** The series: one figure per year or part-year, each with its reporter and source. */
  values: z.array(Figure).check(z.minLength(1)),
});

export const Link = z.discriminatedUnion('type', [PartnershipLink, FlightLink, TransportLink, TradeLink]);
export type Link = z.infer<typeof Link>;
export type PartnershipLink = z.infer<typeof PartnershipLink>;
export type FlightLink = z.infer<typeof FlightLink>;
export type TransportLink = z.infer<typeof TransportLink>;
export type TradeLink = z.infer<typeof TradeLink>;
/** The link types that carry a status history (all but trade, whose series is its history). */
export type StatusLink = PartnershipLink | FlightLink | TransportLink;

export const AtlasEvent = z.object({
  id: Id,
  type: z.enum(EVENT_TYPES),
  date: PartialDate,
  endDate: z.optional(PartialDate),
  title: LocalizedText,
  summary: LocalizedText,
  /** Every region the event touches, including the regions of its places. */
  regions: z.array(RegionId),
  places: z.optional(z.array(PlaceId)),
  /** For visits: who travelled and who hosted (drawn as a direction). */
  from: z.optional(EndpointId),
  to: z.optional(EndpointId),
  links: z.optional(z.array(Id)),
  missions: z.optional(z.array(Id)),
  ...Sourced,
});
export type AtlasEvent = z.infer<typeof AtlasEvent>;

/** The dataset's version and the day its facts were last checked ("as of"). */
export const DatasetMeta = z.object({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 2.0.0')),
  asOf: PartialDate,
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

export const PlacesFile = z.object({ places: z.array(Place) });
export const MissionsFile = z.object({ missions: z.array(Mission) });
export const LinksFile = z.object({ links: z.array(Link) });
export const EventsFile = z.object({ meta: DatasetMeta, events: z.array(AtlasEvent) });
export type PlacesFile = z.infer<typeof PlacesFile>;
export type MissionsFile = z.infer<typeof MissionsFile>;
export type LinksFile = z.infer<typeof LinksFile>;
export type EventsFile = z.infer<typeof EventsFile>;

/** The data files, by name, with the schema of each. */
export const DATA_FILES = {
  'places.json': PlacesFile,
  'missions.json': MissionsFile,
  'links.json': LinksFile,
  'events.json': EventsFile,
} as const;
export type DataFileName = keyof typeof DATA_FILES;
