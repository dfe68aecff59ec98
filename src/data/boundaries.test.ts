/// <reference types="node" />
// Node types for fs/zlib: the app tsconfig only lists browser and vitest types.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { boundariesAt, decodeBoundaries, isVariantValidAt, regionIdsAt, type RegionFeature } from './boundaries';

// A path, not a URL object: under jsdom `URL` is jsdom's, which node:fs does not accept.
const FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/data/boundaries.topo.json');
const text = readFileSync(FILE, 'utf8');
const raw = (): Record<string, unknown> & Topology => JSON.parse(text);
const { regions, countries, lakes } = decodeBoundaries(raw());

const KZ_IDS = [10, 11, 15, 19, 23, 27, 31, 33, 35, 39, 43, 47, 55, 59, 61, 62, 63, 71, 75, 79].map((n) => `KZ-${n}`);
const CN_IDS = [
  'AH', 'BJ', 'CQ', 'FJ', 'GD', 'GS', 'GX', 'GZ', 'HA', 'HB', 'HE', 'HI', 'HK', 'HL', 'HN', 'JL', 'JS',
  'JX', 'LN', 'MO', 'NM', 'NX', 'QH', 'SC', 'SD', 'SH', 'SN', 'SX', 'TJ', 'TW', 'XJ', 'XZ', 'YN', 'ZJ',
].map((c) => `CN-${c}`);

const current = regions.features.filter((f) => f.properties.validTo === undefined);
const byVid = (vid: string): RegionFeature => {
  const f = regions.features.find((x) => x.properties.vid === vid);
  if (!f) throw new Error(`no feature ${vid}`);
  return f;
};
const at = (date: string, id: string) => boundariesAt(regions, date).find((f) => f.properties.id === id);

const polygonsOf = (f: Pick<RegionFeature, 'geometry'>): Position[][][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return Math.abs(sum) / 2;
}
/** Planar area in square degrees: enough to compare shapes at the same latitude. */
const area = (f: RegionFeature) =>
  polygonsOf(f).reduce((s, [outer, ...holes]) => s + ringArea(outer!) - holes.reduce((h, r) => h + ringArea(r), 0), 0);

function bbox(f: RegionFeature): [number, number, number, number] {
  const pts = polygonsOf(f).flat(2);
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function inRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const contains = (f: Pick<RegionFeature, 'geometry'>, p: [number, number]) =>
  polygonsOf(f).some(([outer, ...holes]) => inRing(p, outer!) && !holes.some((h) => inRing(p, h)));

describe('boundaries.topo.json', () => {
  it('stays within the size budget', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(600_000);
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(200_000);
  });

  it('has the 34 Chinese and 20 Kazakh current units with their ISO codes', () => {
    const ids = (country: string) => current.filter((f) => f.properties.country === country).map((f) => f.properties.id).sort();
    expect(ids('CN')).toEqual([...CN_IDS].sort());
    expect(ids('KZ')).toEqual([...KZ_IDS].sort());
    expect(current).toHaveLength(54);
    for (const f of regions.features) {
      expect(f.properties.id).toMatch(f.properties.country === 'KZ' ? /^KZ-\d{2}$/ : /^CN-[A-Z]{2}$/);
    }
  });

  it('names every unit in English and Russian and classifies it', () => {
    for (const { properties: p } of regions.features) {
      expect(p.name_en.trim(), p.vid).not.toBe('');
      expect(p.name_ru.trim(), p.vid).not.toBe('');
    }
    const kind = (vid: string) => byVid(vid).properties.kind;
    expect([kind('KZ-71'), kind('KZ-75'), kind('KZ-79')]).toEqual(['city', 'city', 'city']);
    expect([kind('CN-BJ'), kind('CN-XJ'), kind('CN-HK'), kind('CN-TW'), kind('KZ-19')]).toEqual([
      'municipality',
      'autonomous-region',
      'sar',
      'province',
      'region',
    ]);
    expect(byVid('CN-XJ').properties.centre_en).toBe('Urumqi');
    expect(byVid('CN-GD').properties.centre_en).toBe('Guangzhou');
    expect(byVid('CN-BJ').properties.centre_en).toBeUndefined();
    expect(byVid('KZ-75').properties.centre_en).toBeUndefined();
  });

  it('puts every label point inside its unit', () => {
    for (const f of regions.features) {
      const p: [number, number] = [f.properties.label_lon, f.properties.label_lat];
      const [x0, y0, x1, y1] = bbox(f);
      expect(p[0], f.properties.vid).toBeGreaterThanOrEqual(x0);
      expect(p[0], f.properties.vid).toBeLessThanOrEqual(x1);
      expect(p[1], f.properties.vid).toBeGreaterThanOrEqual(y0);
      expect(p[1], f.properties.vid).toBeLessThanOrEqual(y1);
      expect(contains(f, p), f.properties.vid).toBe(true);
      expect(p.map((n) => Math.round(n * 1000) / 1000)).toEqual(p);
    }
  });

  it('keeps the Kazakh–Chinese border shared between the two sources', () => {
    const topo = raw();
    const geometries = (topo.objects.regions as GeometryCollection).geometries;
    const index = (vid: string) =>
      geometries.findIndex((g) => (g.properties as { vid: string } | undefined)?.vid === vid);
    const next = neighbors(geometries as Parameters<typeof neighbors>[0]);
    const xj = index('CN-XJ');
    for (const kz of ['KZ-10', 'KZ-33', 'KZ-63', 'KZ-19']) expect(next[index(kz)], kz).toContain(xj);
  });

  it('has the context countries and the lakes the map needs', () => {
    const iso = countries.features.map((f) => f.properties.iso_a2);
    for (const code of ['KZ', 'CN', 'RU', 'MN', 'KG', 'UZ', 'TM', 'TJ', 'AF', 'PK', 'IN', 'JP']) expect(iso).toContain(code);
    // A point well inside each lake (Aral Sea, Balkhash, Zaysan, Alakol, Issyk-Kul, Kapchagay, Qinghai, Baikal).
    const inLakes: [number, number][] = [[59.66, 44.81], [73.91, 45.79], [84.24, 47.89], [81.72, 46.17], [77.36, 42.42], [77.34, 43.87], [100.16, 36.91], [109.02, 54.27]];
    for (const point of inLakes) expect(lakes.features.some((f) => contains(f, point)), point.join(', ')).toBe(true);
  });

  it('names only Kazakhstan and China, in every language: nothing shows the context countries’ or the lakes’ names', () => {
    const named = countries.features.filter((f) => Object.keys(f.properties).some((k) => k.startsWith('name_')));
    expect(named.map((f) => f.properties.iso_a2).sort()).toEqual(['CN', 'KZ']);
    for (const f of named) expect(Object.keys(f.properties).sort()).toEqual(['iso_a2', 'name_en', 'name_kk', 'name_ru', 'name_zh']);
    expect(lakes.features.every((f) => Object.keys(f.properties).length === 0)).toBe(true);
  });

  it('still reads a file from before 2.3.1, whose lakes had names', () => {
    const older = raw();
    const lakeObject = older.objects.lakes as GeometryCollection;
    lakeObject.geometries = lakeObject.geometries.map((g, i) => ({ ...g, properties: { name_en: `Lake ${i}` } }));
    expect(decodeBoundaries(older).lakes.features[0]?.properties.name_en).toBe('Lake 0');
  });
});

describe('boundariesAt', () => {
  it('gives the 54 current units today', () => {
    const now = boundariesAt(regions, '2026-01-01');
    expect(now).toHaveLength(54);
    expect(now.every((f) => f.properties.vid === f.properties.id)).toBe(true);
    const ids = now.map((f) => f.properties.id);
    for (const id of ['KZ-10', 'KZ-33', 'KZ-62', 'KZ-79']) expect(ids).toContain(id);
    expect(regionIdsAt(regions, '2026')).toEqual([...CN_IDS, ...KZ_IDS].sort());
  });

  it('gives the 51 units of 2021 with the larger pre-2022 regions', () => {
    const then = boundariesAt(regions, '2021-12-31');
    expect(then).toHaveLength(51);
    const ids = then.map((f) => f.properties.id);
    for (const id of ['KZ-10', 'KZ-33', 'KZ-62']) expect(ids).not.toContain(id);
    for (const [parent, child] of [['KZ-63', 'KZ-10'], ['KZ-19', 'KZ-33'], ['KZ-35', 'KZ-62']] as const) {
      const before = then.find((f) => f.properties.id === parent)!;
      expect(before.properties.vid).toBe(`${parent}@pre2022`);
      expect(before.properties.name_en).toBe(byVid(parent).properties.name_en);
      const merged = area(before);
      const sum = area(byVid(parent)) + area(byVid(child));
      expect(Math.abs(merged - sum) / sum, parent).toBeLessThan(0.001);
      const [a0, b0, a1, b1] = bbox(before);
      const [c0, d0, c1, d1] = bbox(byVid(parent));
      expect((a1 - a0) * (b1 - b0)).toBeGreaterThan((c1 - c0) * (d1 - d0));
    }
    expect(then.find((f) => f.properties.id === 'KZ-19')?.properties.centre_en).toBe('Taldykorgan');
    expect(regionIdsAt(regions, '2021')).toEqual(ids.sort());
  });

  it('switches to the 2022 regions on 8 June 2022', () => {
    expect(boundariesAt(regions, '2022-06-07')).toHaveLength(51);
    expect(at('2022-06-07', 'KZ-19')?.properties.vid).toBe('KZ-19@pre2022');
    expect(boundariesAt(regions, '2022-06-08')).toHaveLength(54);
    expect(at('2022-06-08', 'KZ-19')?.properties.vid).toBe('KZ-19');
    expect(at('2022-06-08', 'KZ-19')?.properties.centre_en).toBe('Konaev');
    // A month or a year stands for its last day.
    expect(boundariesAt(regions, '2022-05')).toHaveLength(51);
    expect(boundariesAt(regions, '2022-06')).toHaveLength(54);
    expect(boundariesAt(regions, '2022')).toHaveLength(54);
  });

  it('has South Kazakhstan, with Shymkent inside it, until 19 June 2018', () => {
    const before = boundariesAt(regions, '2018-06-18');
    expect(before).toHaveLength(50);
    expect(before.map((f) => f.properties.id)).not.toContain('KZ-79');
    const south = before.find((f) => f.properties.id === 'KZ-61')!;
    expect(south.properties.vid).toBe('KZ-61@pre2018');
    expect(south.properties.name_en).toBe('South Kazakhstan Region');
    expect(south.properties.name_ru).toBe('Южно-Казахстанская область');
    expect(south.properties.centre_en).toBe('Shymkent');
    const shymkent = byVid('KZ-79').properties;
    expect(contains(south, [shymkent.label_lon, shymkent.label_lat])).toBe(true);

    const after = boundariesAt(regions, '2018-06-19');
    expect(after).toHaveLength(51);
    expect(at('2018-06-19', 'KZ-79')).toBeDefined();
    expect(at('2018-06-19', 'KZ-61')?.properties.name_en).toBe('Turkistan Region');
  });
});

describe('isVariantValidAt', () => {
  it('treats validFrom as inclusive and validTo as exclusive', () => {
    const v = { validFrom: '2018-06-19', validTo: '2022-06-08' };
    expect(isVariantValidAt(v, '2018-06-18')).toBe(false);
    expect(isVariantValidAt(v, '2018-06-19')).toBe(true);
    expect(isVariantValidAt(v, '2022-06-07')).toBe(true);
    expect(isVariantValidAt(v, '2022-06-08')).toBe(false);
    expect(isVariantValidAt({}, '1995')).toBe(true);
    expect(isVariantValidAt({ validTo: '2000-01-01' }, '1999')).toBe(true);
    expect(isVariantValidAt({ validTo: '2000-01-01' }, '2000')).toBe(false);
    expect(isVariantValidAt({ validFrom: '2024-02-29' }, '2024-02')).toBe(true);
  });

  it('rejects dates it cannot read', () => {
    // Shape only: dates reach it validated (see src/data/dates.ts).
    expect(() => isVariantValidAt({}, 'June 2022')).toThrow(/not a partial date/);
    expect(() => isVariantValidAt({}, '')).toThrow(/not a partial date/);
  });
});

describe('decodeBoundaries', () => {
  type Geometry = { properties: Record<string, unknown>; arcs: unknown };
  const broken = (edit: (geometries: { regions: Geometry[]; countries: Geometry[] }) => void) => {
    const topo = raw();
    const objects = topo.objects as unknown as Record<'regions' | 'countries', { geometries: Geometry[] }>;
    edit({ regions: objects.regions.geometries, countries: objects.countries.geometries });
    return () => decodeBoundaries(topo);
  };

  it('rejects a region without an id, naming the object, feature and field', () => {
    expect(broken(({ regions: r }) => delete r[3]!.properties.id)).toThrow(/^boundaries: regions\[3\] \(KZ-\d{2}\): id: /);
  });

  it('rejects a legacy letter code', () => {
    expect(broken(({ regions: r }) => (r[0]!.properties.id = 'KZ-ALM'))).toThrow(/regions\[0\].*id: expected an ISO 3166-2 code/);
  });

  it('rejects a missing Russian name, a nested property and a bad date', () => {
    expect(broken(({ regions: r }) => delete r[5]!.properties.name_ru)).toThrow(/regions\[5\].*name_ru/);
    expect(broken(({ countries: c }) => (c[0]!.properties.name = { en: 'x' }))).toThrow(/countries\[0\].*name/);
    expect(broken(({ regions: r }) => (r[1]!.properties.validTo = '2022-06'))).toThrow(/validTo: expected YYYY-MM-DD/);
  });

  it('rejects inconsistent ids and arcs that do not exist', () => {
    expect(broken(({ regions: r }) => (r[0]!.properties.vid = 'CN-GD'))).toThrow(/vid: does not belong/);
    expect(broken(({ regions: r }) => (r[0]!.arcs = [[999_999]]))).toThrow(/regions\[0\].*arcs: index out of range/);
    expect(() => decodeBoundaries({ type: 'Topology', arcs: [], objects: {} })).toThrow(/not a valid topology.*regions/);
  });

  it('rejects an arc with a position that is not numbers, or with one position only', () => {
    const badPosition = raw() as { arcs: unknown[][] };
    badPosition.arcs[3]![1] = ['x', 2];
    expect(() => decodeBoundaries(badPosition)).toThrow(/not a valid topology: arcs\.3\.1: expected a position/);
    const short = raw() as { arcs: unknown[][] };
    short.arcs[7] = [[1, 2]];
    expect(() => decodeBoundaries(short)).toThrow(/not a valid topology: arcs\.7: expected an arc of two or more positions/);
    const notFinite = raw() as { arcs: unknown[][] };
    notFinite.arcs[0]![0] = [Number.NaN, 1];
    expect(() => decodeBoundaries(notFinite)).toThrow(/arcs\.0\.0: expected a position/);
  });

  it('gives the same shapes as a plain TopoJSON decode, with a shared border’s positions decoded once', () => {
    const topo = raw();
    const plain = feature(topo, topo.objects.regions as GeometryCollection) as unknown as { features: RegionFeature[] };
    expect(regions.features.map((f) => f.geometry)).toEqual(plain.features.map((f) => f.geometry));
    const identities = (fs: RegionFeature[]) => new Set(fs.flatMap((f) => polygonsOf(f).flat(2)));
    const positions = (fs: RegionFeature[]) => fs.flatMap((f) => polygonsOf(f).flat(2)).length;
    // A plain decode makes a new array for every position of every ring; ours one per arc position.
    expect(identities(plain.features).size).toBe(positions(plain.features));
    expect(identities(regions.features).size).toBeLessThan(0.75 * positions(regions.features));
  });

  it('rejects two variants of a unit valid on the same day', () => {
    const { regions: doubled } = decodeBoundaries(raw());
    const pre = doubled.features.find((f) => f.properties.vid === 'KZ-19@pre2022')!;
    delete pre.properties.validTo;
    expect(() => boundariesAt(doubled, '2026')).toThrow(/KZ-19.*both valid/);
  });
});
