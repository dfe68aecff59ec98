/**
 * The data model of the atlas. These zod schemas are the single source of truth:
 * the app, the validator (scripts/validate-data.ts) and the tests import them,
 * and every TypeScript type of the data is inferred from them.
 */
// Namespace import: lets the bundler drop the parts of zod we never call (~60 KB gzip).
import * as z from 'zod';

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

export const LINK_TYPES = ['partnership', 'flight', 'trade'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const MISSION_KINDS = ['embassy', 'consulate-general', 'consulate', 'visa-office'] as const;
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
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date');
export type PartialDate = z.infer<typeof PartialDate>;

/** ISO 3166-2 code of a first-level unit: KZ-10 … KZ-79 (numeric), CN-AH … CN-ZJ (letters). */
export const RegionId = z.string().regex(/^(KZ-\d{2}|CN-[A-Z]{2})$/, 'expected an ISO 3166-2 code such as CN-GD or KZ-19');
export type RegionId = z.infer<typeof RegionId>;

export const CountryId = z.enum(['KZ', 'CN']);
export type CountryId = z.infer<typeof CountryId>;

/** Place ids are lower-case slugs ("almaty", "xian"); they never collide with region or country ids. */
export const PlaceId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case slug such as "almaty"');

/** A link endpoint: a region, a place or a whole country. Which one is decided by the id's shape. */
export const EndpointId = z.union([RegionId, CountryId, PlaceId]);

export const Certainty = z.enum(['certain', 'uncertain']);
export type Certainty = z.infer<typeof Certainty>;

/** Text in the interface languages: English and Russian are required, Kazakh and Chinese optional. */
export const LocalizedText = z.object({
  en: z.string().min(1),
  ru: z.string().min(1),
  kk: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Names of a place: English is required, the rest where known. */
export const Names = z.object({
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
  kk: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});
export type Names = z.infer<typeof Names>;

export const Source = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date; null when the source itself is undated. */
  date: PartialDate.nullable(),
  /** Language of the source (BCP 47 primary tag: en, ru, kk, zh, es, …). */
  lang: z.string().regex(/^[a-z]{2,3}$/),
});
export type Source = z.infer<typeof Source>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id such as "fl-can-ala-cz"');

const Sourced = {
  certainty: Certainty,
  /** Why the fact is uncertain, or any caveat worth showing next to it. */
  note: LocalizedText.optional(),
  sources: z.array(Source).min(1, 'every record needs at least one source'),
};

export const Place = z.object({
  id: PlaceId,
  region: RegionId,
  country: CountryId,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  name: Names,
});
export type Place = z.infer<typeof Place>;

export const DistrictAssignment = z.object({
  regions: z.array(RegionId).min(1),
  from: PartialDate,
  to: PartialDate.nullable().optional(),
});
export type DistrictAssignment = z.infer<typeof DistrictAssignment>;

export const Mission = z.object({
  id: Id,
  sender: CountryId,
  kind: z.enum(MISSION_KINDS),
  place: PlaceId,
  name: LocalizedText,
  opened: PartialDate,
  closed: PartialDate.nullable().optional(),
  /** Dated consular districts; null when the district is not published. */
  district: z.array(DistrictAssignment).nullable(),
  /** Required when district is null: what is known and why it is not shown. */
  districtNote: LocalizedText.optional(),
  ...Sourced,
});
export type Mission = z.infer<typeof Mission>;

const Interval = {
  from: PartialDate,
  /** End of the interval (inclusive); null or absent means still active. */
  to: PartialDate.nullable().optional(),
};

const LinkBase = {
  id: Id,
  title: LocalizedText,
  summary: LocalizedText.optional(),
  /** First endpoint; for trade, the reporter; for directed partnerships, the initiator. */
  a: EndpointId,
  b: EndpointId,
  ...Interval,
  ...Sourced,
};

export const PartnershipLink = z.object({
  ...LinkBase,
  type: z.literal('partnership'),
  kind: z.enum(PARTNERSHIP_KINDS),
  /** True when the tie has a direction worth drawing (a → b). */
  directed: z.boolean().optional(),
});

export const FrequencyStep = z.object({
  from: PartialDate,
  perWeek: z.number().positive(),
  note: LocalizedText.optional(),
});

export const FlightLink = z.object({
  ...LinkBase,
  type: z.literal('flight'),
  carrier: z.string().min(1).nullable(),
  cargo: z.boolean().optional(),
  /** Weekly frequency over time, in date order; empty when no frequency is published. */
  frequency: z.array(FrequencyStep),
  /** Periods with no service inside the link's interval. */
  suspended: z.array(z.object(Interval)).optional(),
});

export const TradeValue = z.object({
  year: z.number().int().min(1990).max(2100),
  /** Part of the year the figure covers; absent means the whole year. */
  period: z.enum(['H1', 'Q1', 'Jan-Nov']).optional(),
  usd: z.number().positive(),
  growthPct: z.number().optional(),
  certainty: Certainty.optional(),
  /** Index into the link's sources of the source of this figure. */
  source: z.number().int().min(0),
});
export type TradeValue = z.infer<typeof TradeValue>;

export const TradeLink = z.object({
  ...LinkBase,
  type: z.literal('trade'),
  values: z.array(TradeValue).min(1),
});

export const Link = z.discriminatedUnion('type', [PartnershipLink, FlightLink, TradeLink]);
export type Link = z.infer<typeof Link>;
export type PartnershipLink = z.infer<typeof PartnershipLink>;
export type FlightLink = z.infer<typeof FlightLink>;
export type TradeLink = z.infer<typeof TradeLink>;

export const AtlasEvent = z.object({
  id: Id,
  type: z.enum(EVENT_TYPES),
  date: PartialDate,
  endDate: PartialDate.optional(),
  title: LocalizedText,
  summary: LocalizedText,
  regions: z.array(RegionId),
  places: z.array(PlaceId).optional(),
  /** For visits: who travelled and who hosted (drawn as a direction). */
  from: EndpointId.optional(),
  to: EndpointId.optional(),
  links: z.array(Id).optional(),
  missions: z.array(Id).optional(),
  ...Sourced,
});
export type AtlasEvent = z.infer<typeof AtlasEvent>;

export const PlacesFile = z.object({ places: z.array(Place) });
export const MissionsFile = z.object({ missions: z.array(Mission) });
export const LinksFile = z.object({ links: z.array(Link) });
export const EventsFile = z.object({ events: z.array(AtlasEvent) });
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
