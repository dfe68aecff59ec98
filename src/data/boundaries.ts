/**
 * The boundary layer (public/data/boundaries.topo.json, built by scripts/build-geo.mjs):
 * schemas of its feature properties, decoding to GeoJSON, and picking the region variants
 * valid on a date. Pure TS: runs in the browser and in node.
 */
import { z, type Schema, type SchemaError } from './z';
import { feature, transform } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { lastDayOf } from './dates';
import { CountryId, PartialDate, RegionId } from './schema';

const Name = z.string().check(z.minLength(1));
/** Validity bounds are exact days; validTo is exclusive (the first day the variant no longer applies). */
const Day = PartialDate.check(z.refine((s) => s.length === 10, 'expected YYYY-MM-DD'));

export const REGION_KINDS = ['province', 'autonomous-region', 'municipality', 'sar', 'region', 'city'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];
/** Regions that are one city (Almaty, Beijing, Hong Kong): the city and the region share a name. */
export const CITY_KINDS: ReadonlySet<RegionKind> = new Set(['city', 'municipality', 'sar']);

// Flat, primitive-only properties: MapLibre drops nested objects when it tiles GeoJSON.
export const RegionProps = z
  .strictObject({
    id: RegionId,
    /** Variant id, unique per feature: the id itself for the current shape, "KZ-63@pre2022" for a former one. */
    vid: z.string().check(z.regex(/^(KZ-\d{2}|CN-[A-Z]{2})(@[a-z0-9]+)?$/, 'expected a variant id such as KZ-63@pre2022')),
    country: CountryId,
    kind: z.enum(REGION_KINDS),
    name_en: Name,
    name_ru: Name,
    name_kk: z.optional(Name),
    name_zh: z.optional(Name),
    centre_en: z.optional(Name),
    centre_ru: z.optional(Name),
    centre_kk: z.optional(Name),
    centre_zh: z.optional(Name),
    label_lon: z.number().check(z.minimum(-180), z.maximum(180)),
    label_lat: z.number().check(z.minimum(-90), z.maximum(90)),
    validFrom: z.optional(Day),
    validTo: z.optional(Day),
  })
  .check(
    z.superRefine((p, ctx) => {
    if (p.vid !== p.id && !p.vid.startsWith(`${p.id}@`)) {
      ctx.addIssue({ code: 'custom', path: ['vid'], message: `does not belong to id ${p.id}` });
    }
    if (!p.id.startsWith(`${p.country}-`)) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: `does not match id ${p.id}` });
    }
    if (p.validFrom && p.validTo && p.validFrom >= p.validTo) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must be after validFrom' });
    }
  }),
  );
export type RegionProps = z.infer<typeof RegionProps>;

export const CountryProps = z.strictObject({
  /** ISO 3166-1 alpha-2, or "X-NAME" for Natural Earth units without one (Baikonur, Siachen Glacier). */
  iso_a2: z.string().check(z.regex(/^([A-Z]{2}|X-[A-Z]+)$/, 'expected an ISO 3166-1 alpha-2 code or X-NAME')),
  /** Names only for Kazakhstan and China: the atlas names no other country. */
  name_en: z.optional(Name),
  name_ru: z.optional(Name),
  name_kk: z.optional(Name),
  name_zh: z.optional(Name),
});
export type CountryProps = z.infer<typeof CountryProps>;

/** Lakes are drawn unlabelled and ship with no properties; a file from before 2.3.1 names them, harmlessly. */
export const LakeProps = z.strictObject({ name_en: z.optional(Name) });
export type LakeProps = z.infer<typeof LakeProps>;

type Area = Polygon | MultiPolygon;
export type RegionFeature = Feature<Area, RegionProps>;
export type Boundaries = {
  regions: FeatureCollection<Area, RegionProps>;
  countries: FeatureCollection<Area, CountryProps>;
  lakes: FeatureCollection<Area, LakeProps>;
};

const ArcIndex = z.int();
const AreaGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), arcs: z.array(z.array(ArcIndex)), properties: z.unknown() }),
  z.object({ type: z.literal('MultiPolygon'), arcs: z.array(z.array(z.array(ArcIndex))), properties: z.unknown() }),
]);
const Collection = z.object({ type: z.literal('GeometryCollection'), geometries: z.array(AreaGeometry) });
const isPosition = (p: unknown): boolean =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Each arc: two or more positions of two or more numbers. One loop rather than a zod schema per
 * position: the file has about 20,000 positions, and checking each through zod cost 50-100 ms of
 * the first view's main thread (#13). Only the first bad arc is reported, as zod would start with.
 */
const Arcs = z.array(z.unknown()).check(
  z.superRefine((arcs, ctx) => {
    for (let i = 0; i < arcs.length; i++) {
      const arc = arcs[i];
      if (!Array.isArray(arc) || arc.length < 2) {
        ctx.addIssue({ code: 'custom', path: [i], message: 'expected an arc of two or more positions' });
        return;
      }
      const bad = arc.findIndex((p) => !isPosition(p));
      if (bad >= 0) {
        ctx.addIssue({ code: 'custom', path: [i, bad], message: 'expected a position of two or more numbers' });
        return;
      }
    }
  }),
);

const TopologyShape = z.object({
  type: z.literal('Topology'),
  transform: z.optional(z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) })),
  arcs: Arcs,
  objects: z.object({ regions: Collection, countries: Collection, lakes: Collection }),
});

const describeIssues = (error: SchemaError): string =>
  error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');

/** The feature's vid or id, if it has a readable one, to say where an error is. */
function label(properties: unknown): string {
  if (typeof properties !== 'object' || properties === null) return '';
  const { vid, id } = properties as Record<string, unknown>;
  const name = typeof vid === 'string' ? vid : id;
  return typeof name === 'string' ? ` (${name})` : '';
}

function decodeObject<P>(topology: Topology, name: keyof Boundaries, schema: Schema<P>): FeatureCollection<Area, P> {
  const collection = topology.objects[name] as GeometryCollection;
  const arcCount = topology.arcs.length;
  const props = collection.geometries.map((geometry, index) => {
    const where = `boundaries: ${name}[${index}]${label(geometry.properties)}`;
    const parsed = schema.safeParse(geometry.properties);
    if (!parsed.success) throw new Error(`${where}: ${describeIssues(parsed.error)}`);
    const arcs = ('arcs' in geometry ? geometry.arcs : []) as unknown[];
    if ((arcs.flat(2) as number[]).some((a) => (a < 0 ? ~a : a) >= arcCount)) {
      throw new Error(`${where}: arcs: index out of range (${arcCount} arcs)`);
    }
    return parsed.data;
  });
  const fc = feature(topology, collection) as FeatureCollection<Area, P>;
  fc.features.forEach((f, i) => {
    f.properties = props[i]!;
  });
  return fc;
}

/**
 * The topology with its arcs in absolute coordinates and no transform. `feature` then reuses an
 * arc's position arrays in every ring that runs along it (two neighbours, the reform variants)
 * rather than decoding them again for each: a third fewer positions held for the map (#13).
 */
function withAbsoluteArcs(topology: Topology): Topology {
  if (!topology.transform) return topology;
  const toAbsolute = transform(topology.transform);
  const { transform: _quantized, ...rest } = topology;
  // The second argument says "not an arc's first position" (the deltas start again at each arc).
  return { ...rest, arcs: topology.arcs.map((arc) => arc.map((position, i) => toAbsolute(position, i > 0))) };
}

/** Validates the TopoJSON and every feature's properties, then converts the three objects to GeoJSON. */
export function decodeBoundaries(topo: unknown): Boundaries {
  const shape = TopologyShape.safeParse(topo);
  if (!shape.success) throw new Error(`boundaries: not a valid topology: ${describeIssues(shape.error)}`);
  const topology = withAbsoluteArcs(topo as Topology);
  const boundaries = {
    regions: decodeObject(topology, 'regions', RegionProps),
    countries: decodeObject(topology, 'countries', CountryProps),
    lakes: decodeObject(topology, 'lakes', LakeProps),
  };
  const seen = new Set<string>();
  boundaries.regions.features.forEach((f, index) => {
    if (seen.has(f.properties.vid)) throw new Error(`boundaries: regions[${index}] (${f.properties.vid}): vid: duplicate`);
    seen.add(f.properties.vid);
  });
  return boundaries;
}

/** Whether a variant applies on a date (YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its last day). */
export function isVariantValidAt(props: Pick<RegionProps, 'validFrom' | 'validTo'>, date: string): boolean {
  const day = lastDayOf(date);
  return (props.validFrom === undefined || props.validFrom <= day) && (props.validTo === undefined || day < props.validTo);
}

/** The region variants valid on a date: one feature per region that exists then. */
export function boundariesAt(
  regions: FeatureCollection<Area, RegionProps>,
  date: string,
): RegionFeature[] {
  const byId = new Map<string, RegionFeature>();
  for (const f of regions.features) {
    if (!isVariantValidAt(f.properties, date)) continue;
    const other = byId.get(f.properties.id);
    if (other) {
      throw new Error(`boundaries: ${other.properties.vid} and ${f.properties.vid} are both valid on ${date}`);
    }
    byId.set(f.properties.id, f);
  }
  return [...byId.values()];
}

/** Ids of the regions that exist on a date, sorted. */
export function regionIdsAt(regions: FeatureCollection<Area, RegionProps>, date: string): RegionId[] {
  return boundariesAt(regions, date)
    .map((f) => f.properties.id)
    .sort();
}
