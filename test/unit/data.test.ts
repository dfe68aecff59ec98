import { describe, expect, it } from 'vitest';
import placesJson from '../../public/data/places.json';
import missionsJson from '../../public/data/missions.json';
import linksJson from '../../public/data/links.json';
import eventsJson from '../../public/data/events.json';
import {
  FALLBACK_REGION_IDS,
  formatProblem,
  validateDataset,
  type Problem,
} from '../../scripts/validate-data';
import {
  EventsFile,
  LinksFile,
  MissionsFile,
  PlacesFile,
  type AtlasEvent,
  type DataFileName,
  type FlightLink,
  type Link,
  type Mission,
  type PartnershipLink,
  type TradeLink,
} from '../../src/data/schema';

const REGION_IDS = new Set(FALLBACK_REGION_IDS);

const shipped = (): Record<DataFileName, unknown> =>
  structuredClone({
    'places.json': placesJson,
    'missions.json': missionsJson,
    'links.json': linksJson,
    'events.json': eventsJson,
  }) as Record<DataFileName, unknown>;

const places = PlacesFile.parse(placesJson).places;
const missions = MissionsFile.parse(missionsJson).missions;
const links = LinksFile.parse(linksJson).links;
const events = EventsFile.parse(eventsJson).events;

const mission = (id: string): Mission => {
  const m = missions.find((x) => x.id === id);
  if (!m) throw new Error(`mission ${id} missing`);
  return m;
};
const link = (id: string): Link => {
  const l = links.find((x) => x.id === id);
  if (!l) throw new Error(`link ${id} missing`);
  return l;
};
const partnership = (id: string): PartnershipLink => {
  const l = link(id);
  if (l.type !== 'partnership') throw new Error(`${id} is not a partnership`);
  return l;
};
const flight = (id: string): FlightLink => {
  const l = link(id);
  if (l.type !== 'flight') throw new Error(`${id} is not a flight`);
  return l;
};
const trade = (id: string): TradeLink => {
  const l = link(id);
  if (l.type !== 'trade') throw new Error(`${id} is not a trade link`);
  return l;
};
const event = (id: string): AtlasEvent => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`event ${id} missing`);
  return e;
};

const show = (problems: Problem[]): string => problems.map(formatProblem).join('\n');

/** Mutable views of a deep copy, for building broken fixtures. */
type AnyRec = Record<string, unknown>;
const recs = (files: Record<DataFileName, unknown>, name: DataFileName, key: string): AnyRec[] =>
  (files[name] as Record<string, AnyRec[]>)[key]!;
const byId = (list: AnyRec[], id: string): AnyRec => {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`fixture record ${id} missing`);
  return r;
};
const expectProblem = (problems: Problem[], file: string, id: string, field: string | RegExp): void => {
  const hit = problems.find(
    (p) => p.file === file && p.id === id && (typeof field === 'string' ? p.field === field : field.test(p.field)),
  );
  expect(hit, `expected a problem in ${file} › ${id} › ${String(field)}; got:\n${show(problems)}`).toBeDefined();
  expect(hit!.message.length).toBeGreaterThan(0);
};

describe('shipped data', () => {
  it('validates with zero problems', () => {
    const problems = validateDataset(shipped(), REGION_IDS);
    expect(problems, show(problems)).toEqual([]);
  });

  it('has the required number of records, each sourced', () => {
    expect(places.length).toBeGreaterThanOrEqual(25);
    expect(missions.length).toBeGreaterThanOrEqual(9);
    expect(links.length).toBeGreaterThanOrEqual(60);
    expect(events.length).toBeGreaterThanOrEqual(60);
    for (const r of [...missions, ...links, ...events]) {
      expect(r.sources.length, r.id).toBeGreaterThanOrEqual(1);
      for (const s of r.sources) expect(s.url, r.id).toMatch(/^https?:\/\//);
    }
    for (const r of [...missions, ...links, ...events]) {
      if (r.certainty === 'uncertain') expect(r.note, `${r.id} is uncertain but has no note`).toBeDefined();
    }
  });

  it('has ids unique across all files', () => {
    const ids = [...places, ...missions, ...links, ...events].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('validator catches broken data', () => {
  it('duplicate id', () => {
    const files = shipped();
    byId(recs(files, 'events.json', 'events'), 'ev-summit-2').id = 'fl-can-ala-cz';
    expectProblem(validateDataset(files, REGION_IDS), 'events.json', 'fl-can-ala-cz', 'id');
  });

  it('unknown region id in a district', () => {
    const files = shipped();
    const m = byId(recs(files, 'missions.json', 'missions'), 'kz-cg-guangzhou');
    (m.district as { regions: string[] }[])[0]!.regions.push('CN-QQ');
    expectProblem(validateDataset(files, REGION_IDS), 'missions.json', 'kz-cg-guangzhou', 'district.0.regions.5');
  });

  it('link endpoint that does not exist', () => {
    const files = shipped();
    byId(recs(files, 'links.json', 'links'), 'shymkent-xian-sister').b = 'atlantis';
    expectProblem(validateDataset(files, REGION_IDS), 'links.json', 'shymkent-xian-sister', 'b');
    const files2 = shipped();
    byId(recs(files2, 'links.json', 'links'), 'fl-can-ala-cz').a = 'CN-GD';
    expectProblem(validateDataset(files2, REGION_IDS), 'links.json', 'fl-can-ala-cz', 'a');
  });

  it('"to" before "from"', () => {
    const files = shipped();
    byId(recs(files, 'links.json', 'links'), 'beijing-astana-sister').to = '2001';
    expectProblem(validateDataset(files, REGION_IDS), 'links.json', 'beijing-astana-sister', 'to');
    const files2 = shipped();
    byId(recs(files2, 'events.json', 'events'), 'ev-almreg-delegation-2025').endDate = '2025-05-20';
    expectProblem(validateDataset(files2, REGION_IDS), 'events.json', 'ev-almreg-delegation-2025', 'endDate');
  });

  it('frequency step outside the interval and out of order', () => {
    const files = shipped();
    const f = byId(recs(files, 'links.json', 'links'), 'fl-can-ala-cz');
    (f.frequency as { from: string }[])[1]!.from = '2025-01';
    expectProblem(validateDataset(files, REGION_IDS), 'links.json', 'fl-can-ala-cz', 'frequency.1.from');
  });

  it('missing source', () => {
    const files = shipped();
    byId(recs(files, 'missions.json', 'missions'), 'cn-cg-aktobe').sources = [];
    expectProblem(validateDataset(files, REGION_IDS), 'missions.json', 'cn-cg-aktobe', 'sources');
  });

  it('bad URL', () => {
    const files = shipped();
    const l = byId(recs(files, 'links.json', 'links'), 'tr-almreg-cn');
    (l.sources as AnyRec[])[1]!.url = 'ognialatau.kz/news/cat-3/25676';
    expectProblem(validateDataset(files, REGION_IDS), 'links.json', 'tr-almreg-cn', 'sources.1.url');
  });

  it('trade value source index out of range', () => {
    const files = shipped();
    const l = byId(recs(files, 'links.json', 'links'), 'tr-wko-cn');
    (l.values as AnyRec[])[0]!.source = 5;
    expectProblem(validateDataset(files, REGION_IDS), 'links.json', 'tr-wko-cn', 'values.0.source');
  });

  it('unknown event type', () => {
    const files = shipped();
    byId(recs(files, 'events.json', 'events'), 'ev-summit-1').type = 'party';
    expectProblem(validateDataset(files, REGION_IDS), 'events.json', 'ev-summit-1', 'type');
  });

  it('district null without a note', () => {
    const files = shipped();
    delete byId(recs(files, 'missions.json', 'missions'), 'cn-cg-almaty').districtNote;
    expectProblem(validateDataset(files, REGION_IDS), 'missions.json', 'cn-cg-almaty', 'districtNote');
  });

  it('unknown references from events', () => {
    const files = shipped();
    const e = byId(recs(files, 'events.json', 'events'), 'ev-kz-cg-xian-open');
    e.missions = ['kz-cg-nowhere'];
    e.places = ['xian', 'nowhere'];
    const problems = validateDataset(files, REGION_IDS);
    expectProblem(problems, 'events.json', 'ev-kz-cg-xian-open', 'missions.0');
    expectProblem(problems, 'events.json', 'ev-kz-cg-xian-open', 'places.1');
  });
});

describe('seed facts are present', () => {
  it('Guangzhou consulate general (seed 000)', () => {
    const m = mission('kz-cg-guangzhou');
    expect(m).toMatchObject({ sender: 'KZ', kind: 'consulate-general', place: 'guangzhou', opened: '2026-01-16' });
    expect(m.district).toEqual([{ regions: ['CN-GD', 'CN-HN', 'CN-HI', 'CN-YN', 'CN-GX'], from: '2026-01-16' }]);
    expect(event('ev-kz-cg-guangzhou-open').date).toBe('2026-01-16');
  });

  it('Guangzhou – Almaty China Southern flight (seed 000)', () => {
    const f = flight('fl-can-ala-cz');
    expect(f).toMatchObject({ a: 'guangzhou', b: 'almaty', carrier: 'China Southern Airlines', from: '2025-06' });
    expect(f.frequency.map((s) => [s.from, s.perWeek])).toEqual([
      ['2025-06', 3],
      ['2026-01', 5],
    ]);
  });

  it("Xi'an consulate general (seed 002)", () => {
    const m = mission('kz-cg-xian');
    expect(m.opened).toBe('2023-05-19');
    const regions = m.district?.[0]?.regions ?? [];
    expect(regions).toHaveLength(6);
    expect(regions).toEqual(expect.arrayContaining(['CN-SN', 'CN-GS', 'CN-SC', 'CN-HB', 'CN-NX', 'CN-CQ']));
    expect(event('ev-kz-cg-xian-open')).toMatchObject({ type: 'mission', date: '2023-05-19', missions: ['kz-cg-xian'] });
  });

  it('North Kazakhstan joins the Nanjing platform; West Kazakhstan joined before (seed 003)', () => {
    expect(partnership('nko-nanjing-platform')).toMatchObject({ kind: 'platform', a: 'KZ-59', b: 'CN-JS', from: '2025-11-28' });
    const e = event('ev-nko-nanjing-platform');
    expect(e).toMatchObject({ type: 'platform', date: '2025-11-28', places: ['nanjing'] });
    expect(e.regions).toEqual(expect.arrayContaining(['KZ-59', 'CN-JS']));
    const w = partnership('wko-nanjing-platform');
    expect(w).toMatchObject({ kind: 'platform', a: 'KZ-27', b: 'CN-JS', certainty: 'uncertain' });
    expect(w.from < '2025-11-28').toBe(true);
  });

  it("Consul General's Nanjing visit and the Jiangsu trade figure (seed 001)", () => {
    const e = event('ev-cg-nanjing-visit-2026');
    expect(e).toMatchObject({ type: 'visit', date: '2026', to: 'CN-JS', missions: ['kz-cg-shanghai'] });
    expect(e.regions).toContain('CN-JS');
    const t = trade('tr-kz-jiangsu');
    expect(t).toMatchObject({ a: 'KZ', b: 'CN-JS', certainty: 'uncertain' });
    expect(t.values).toHaveLength(1);
    expect(t.values[0]).toMatchObject({ usd: 2_940_000_000, growthPct: 1.7, certainty: 'uncertain' });
    expect(event('ev-kurultai-2026')).toMatchObject({ date: '2026-01-20', regions: ['KZ-43'], places: ['kyzylorda'] });
  });

  it('Almaty region delegation, Shanghai mayor, Jinan forum, Shandong governor (seed 004)', () => {
    const d = event('ev-almreg-delegation-2025');
    expect(d).toMatchObject({ type: 'visit', date: '2025-05-21', endDate: '2025-05-26', from: 'KZ-19' });
    expect(d.places).toEqual(['beijing', 'shanghai', 'hangzhou', 'jinan']);
    expect(event('ev-almreg-shanghai-mayor')).toMatchObject({ date: '2025-05-22', from: 'KZ-19', to: 'CN-SH' });
    expect(event('ev-almreg-jinan-forum')).toMatchObject({ type: 'forum', date: '2025-05-23', places: ['jinan'] });
    const g = event('ev-almreg-shandong-governor');
    expect(g.date).toBe('2025-05');
    expect(g.regions).toEqual(expect.arrayContaining(['KZ-19', 'CN-SD']));
    expect(event('ev-tlendiyev-centenary-beijing')).toMatchObject({ type: 'culture', date: '2025-05', places: ['beijing'] });
  });

  it('Almaty region memoranda incl. the Kolsai cable car (seed 004)', () => {
    const l = partnership('almreg-cn-mous-2025');
    expect(l).toMatchObject({ kind: 'memorandum', a: 'KZ-19', from: '2025-05' });
    expect(l.summary?.en).toMatch(/Kolsai/);
    expect(l.summary?.en).toMatch(/Zhuhai Shixi Technology/);
    expect(event('ev-almreg-mous-2025').links).toContain('almreg-cn-mous-2025');
  });

  it('Almaty region – China trade, with the conflicting 2023 figure kept (seed 004)', () => {
    const t = trade('tr-almreg-cn');
    expect(t).toMatchObject({ a: 'KZ-19', b: 'CN' });
    const y2023 = t.values.filter((v) => v.year === 2023 && v.period === undefined);
    expect(y2023.map((v) => v.usd).sort()).toEqual([1_082_000_000, 2_000_000_000]);
    for (const v of y2023) expect(v.certainty).toBe('uncertain');
    expect(t.sources[y2023.find((v) => v.usd === 1_082_000_000)!.source]!.publisher).toBe('Zakon.kz');
    expect(t.sources[y2023.find((v) => v.usd === 2_000_000_000)!.source]!.publisher).toBe('Огни Алатау');
    expect(t.values.find((v) => v.year === 2024)).toMatchObject({ usd: 1_023_000_000 });
  });
});
