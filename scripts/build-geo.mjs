// Builds public/data/boundaries.topo.json from the raw boundary files in ../shared/geo/raw
// (override with ATLAS_SHARED_DIR). Sources, licences and known problems: ../shared/geo/raw/SOURCES.md.
// Deterministic: the same input gives a byte-identical output.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import { bbox as topoBbox, feature, mergeArcs, quantize } from 'topojson-client';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = process.env.ATLAS_SHARED_DIR
  ? path.resolve(process.env.ATLAS_SHARED_DIR, 'geo/raw')
  : path.resolve(repoRoot, '../shared/geo/raw');
const outFile = path.join(repoRoot, 'public/data/boundaries.topo.json');

// Context area around KZ + CN; countries and lakes outside it are dropped.
const CONTEXT_BBOX = [30, -5, 160, 78];
// Simplification tolerances, chosen for zoom 2–8 within the ~200 KB gzip budget.
const REGION_INTERVAL = '1200m';
const COUNTRY_INTERVAL = '10000m';
const LAKE_INTERVAL = '2500m';
const MIN_LAKE_KM2 = 700;
// Grid of 25,000 steps over the context box: a step of about 0.005° (about 400 m), a third of the
// 1,200 m simplification interval, so it moves no vertex visibly; 4e4 put 4.6 kB more (gzip) on
// the first view's wire for precision the simplified lines do not have.
const QUANTIZATION = 2.5e4;

/** Label points placed by hand where the computed one collides with a neighbour's label. */
const LABEL_AT = { 'KZ-61': [68.6, 43.7] };

const KZ_REFORM_2018 = '2018-06-19';
const KZ_REFORM_2022 = '2022-06-08';

const readJson = (name) => JSON.parse(fs.readFileSync(path.join(rawDir, name), 'utf8'));

// Names: factcheck.md §3 (CLDR, ISO, Kazinform …). English gets "Region" for KZ oblasts, as Kazinform writes them.
// Kazakh names the factcheck marks "unsourced" are left out.
const KZ_NAMES = {
  'KZ-10': ['Abai Region', 'Абайская область', 'Абай облысы', '阿拜州'],
  'KZ-11': ['Akmola Region', 'Акмолинская область', 'Ақмола облысы', '阿克莫拉州'],
  'KZ-15': ['Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы', '阿克托别州'],
  'KZ-19': ['Almaty Region', 'Алматинская область', 'Алматы облысы', '阿拉木图州'],
  'KZ-23': ['Atyrau Region', 'Атырауская область', 'Атырау облысы', '阿特劳州'],
  'KZ-27': ['West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы', '西哈萨克斯坦州'],
  'KZ-31': ['Jambyl Region', 'Жамбылская область', 'Жамбыл облысы', '江布尔州'],
  'KZ-33': ['Zhetisu Region', 'Жетысуская область', 'Жетісу облысы', '杰特苏州'],
  'KZ-35': ['Karagandy Region', 'Карагандинская область', 'Қарағанды облысы', '卡拉干达州'],
  'KZ-39': ['Kostanay Region', 'Костанайская область', 'Қостанай облысы', '科斯塔奈州'],
  'KZ-43': ['Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы', '克孜勒奥尔达州'],
  'KZ-47': ['Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы', '曼格斯套州'],
  'KZ-55': ['Pavlodar Region', 'Павлодарская область', 'Павлодар облысы', '巴甫洛达尔州'],
  'KZ-59': ['North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы', '北哈萨克斯坦州'],
  'KZ-61': ['Turkistan Region', 'Туркестанская область', 'Түркістан облысы', '突厥斯坦州'],
  'KZ-62': ['Ulytau Region', 'Улытауская область', 'Ұлытау облысы', '乌勒套州'],
  'KZ-63': ['East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы', '东哈萨克斯坦州'],
  'KZ-71': ['Astana', 'Астана', 'Астана', '阿斯塔纳市'],
  'KZ-75': ['Almaty', 'Алматы', 'Алматы', '阿拉木图市'],
  'KZ-79': ['Shymkent', 'Шымкент', 'Шымкент', '奇姆肯特市'],
};
const SOUTH_KAZAKHSTAN = ['South Kazakhstan Region', 'Южно-Казахстанская область', 'Оңтүстік Қазақстан облысы', '南哈萨克斯坦州'];

// [en, ru, kk | null, zh]; en short forms (CLDR-en, with the display forms asked for HK/MO/TW).
// Two Kazakh names the factcheck left unsourced were found in Kazakh-language news (December 2026):
// Цзянсу провинциясы in Kazinform's Kazakh service (2026-01-31, Lianyungang base) and Egemen Qazaqstan
// (2018-04-18); Хэбэй провинциясы in UzA's Kazakh section (a flood report, undated), the same form Kazinform's
// Latin-script service wrote on 2023-08-03 (Hebeı provıntsııasy). Чжэцзян өлкесі: the Kazakh MFA's Consulate
// General in Shanghai on gov.kz (2025-09-25, Shymkent–Hangzhou memorandum; "Чжэцзян өлкесінің", genitive),
// with "өлкесі" (province) as official pages also write it. The other six stay null.
const CN_NAMES = {
  'CN-AH': ['Anhui', 'Аньхой', 'Аньхой', '安徽省'],
  'CN-BJ': ['Beijing', 'Пекин', 'Бейжің', '北京市'],
  'CN-CQ': ['Chongqing', 'Чунцин', 'Чунцин қаласы', '重庆市'],
  'CN-FJ': ['Fujian', 'Фуцзянь', 'Фуцзянь', '福建省'],
  'CN-GD': ['Guangdong', 'Гуандун', 'Гуандун провинциясы', '广东省'],
  'CN-GS': ['Gansu', 'Ганьсу', 'Ганьсу', '甘肃省'],
  'CN-GX': ['Guangxi', 'Гуанси-Чжуанский автономный район', 'Гуанси-Чжуан автономиялық ауданы', '广西壮族自治区'],
  'CN-GZ': ['Guizhou', 'Гуйчжоу', 'Гуйчжоу провинциясы', '贵州省'],
  'CN-HA': ['Henan', 'Хэнань', 'Хэнань', '河南省'],
  'CN-HB': ['Hubei', 'Хубэй', 'Хубэй', '湖北省'],
  'CN-HE': ['Hebei', 'Хэбэй', 'Хэбэй провинциясы', '河北省'],
  'CN-HI': ['Hainan', 'Хайнань', 'Хайнань провинциясы', '海南省'],
  'CN-HK': ['Hong Kong', 'Гонконг', 'Сянган (Гонконг)', '香港特别行政区'],
  'CN-HL': ['Heilongjiang', 'Хэйлунцзян', 'Хэйлунцзян провинциясы', '黑龙江省'],
  'CN-HN': ['Hunan', 'Хунань', 'Хунань провинциясы', '湖南省'],
  'CN-JL': ['Jilin', 'Цзилинь', null, '吉林省'],
  'CN-JS': ['Jiangsu', 'Цзянсу', 'Цзянсу провинциясы', '江苏省'],
  'CN-JX': ['Jiangxi', 'Цзянси', null, '江西省'],
  'CN-LN': ['Liaoning', 'Ляонин', null, '辽宁省'],
  'CN-MO': ['Macau', 'Макао', 'Макао', '澳门特别行政区'],
  'CN-NM': ['Inner Mongolia', 'Внутренняя Монголия', 'Ішкі Моңғолия', '内蒙古自治区'],
  'CN-NX': ['Ningxia', 'Нинся-Хуэйский автономный район', 'Нинся', '宁夏回族自治区'],
  'CN-QH': ['Qinghai', 'Цинхай', null, '青海省'],
  'CN-SC': ['Sichuan', 'Сычуань', 'Сычуань', '四川省'],
  'CN-SD': ['Shandong', 'Шаньдун', null, '山东省'],
  'CN-SH': ['Shanghai', 'Шанхай', 'Шанхай', '上海市'],
  'CN-SN': ['Shaanxi', 'Шэньси', 'Шэньси провинциясы', '陕西省'],
  'CN-SX': ['Shanxi', 'Шаньси', null, '山西省'],
  'CN-TJ': ['Tianjin', 'Тяньцзинь', 'Тяньцзинь', '天津市'],
  'CN-TW': ['Taiwan', 'Тайвань', 'Тайвань аралы', '台湾省'],
  'CN-XJ': ['Xinjiang', 'Синьцзян-Уйгурский автономный район', 'Шыңжаң-Ұйғыр автономиялық ауданы', '新疆维吾尔自治区'],
  'CN-XZ': ['Tibet', 'Тибетский автономный район', 'Тибет автономиялық ауданы', '西藏自治区'],
  'CN-YN': ['Yunnan', 'Юньнань', 'Юньнань провинциясы', '云南省'],
  'CN-ZJ': ['Zhejiang', 'Чжэцзян', 'Чжэцзян өлкесі', '浙江省'],
};
const CN_KIND = {
  municipality: ['CN-BJ', 'CN-TJ', 'CN-SH', 'CN-CQ'],
  'autonomous-region': ['CN-NM', 'CN-GX', 'CN-XZ', 'CN-NX', 'CN-XJ'],
  sar: ['CN-HK', 'CN-MO'],
};
const KZ_CITIES = ['KZ-71', 'KZ-75', 'KZ-79'];

// Province capitals by Natural Earth populated-place name_en. Chosen by hand because NE marks some
// places wrongly as admin-1 capitals (Zhaotong, Fushun) and misses others (Shijiazhuang, Xi'an, …).
const CN_CAPITALS = {
  'CN-AH': 'Hefei', 'CN-FJ': 'Fuzhou', 'CN-GD': 'Guangzhou', 'CN-GS': 'Lanzhou', 'CN-GX': 'Nanning',
  'CN-GZ': 'Guiyang', 'CN-HA': 'Zhengzhou', 'CN-HB': 'Wuhan', 'CN-HE': 'Shijiazhuang', 'CN-HI': 'Haikou',
  'CN-HL': 'Harbin', 'CN-HN': 'Changsha', 'CN-JL': 'Changchun', 'CN-JS': 'Nanjing', 'CN-JX': 'Nanchang',
  'CN-LN': 'Shenyang', 'CN-NM': 'Hohhot', 'CN-NX': 'Yinchuan', 'CN-QH': 'Xining', 'CN-SC': 'Chengdu',
  'CN-SD': 'Jinan', 'CN-SN': "Xi'an", 'CN-SX': 'Taiyuan', 'CN-TW': 'Taipei', 'CN-XJ': 'Ürümqi',
  'CN-XZ': 'Lhasa', 'CN-YN': 'Kunming', 'CN-ZJ': 'Hangzhou',
};
const CAPITAL_EN_FIX = { 'Ürümqi': 'Urumqi' };
// NE name_zh mixes traditional and simplified characters; mainland names are shown simplified.
const ZH_SIMPLIFIED = { '蘭州': '兰州', '銀川': '银川', '南寧': '南宁', '貴陽': '贵阳', '廣州': '广州', '瀋陽': '沈阳', '臺北': '台北' };

// geokz centres (2022): outdated or unidiomatic forms corrected (SOURCES.md, facts.md §6a).
const KZ_CENTRE_FIX = {
  en: { Konaiev: 'Konaev', Uralsk: 'Oral', Petropavlovsk: 'Petropavl' },
  kk: { Актау: 'Ақтау', Жезказган: 'Жезқазған' },
};
// Chinese forms of KZ centres: the region's sourced name without 州 where the centre shares it,
// else NE populated places name_zh in simplified characters. Konaev, Oral and Zhezkazgan: none found.
const KZ_CENTRE_ZH = {
  Semey: '塞米伊', Kokshetau: '科克舍套', Aktobe: '阿克托别', Atyrau: '阿特劳', Taraz: '塔拉兹',
  Taldykorgan: '塔尔迪库尔干', Karaganda: '卡拉干达', Kostanay: '科斯塔奈', Kyzylorda: '克孜勒奥尔达',
  Aktau: '阿克套', Pavlodar: '巴甫洛达尔', Petropavl: '彼得罗巴甫尔', Turkistan: '突厥斯坦',
  Oskemen: '厄斯克门', Shymkent: '奇姆肯特',
};

// The two countries the atlas names (panels, lists, CSV). The context countries ship without names:
// nothing in the app shows them, and with the lakes' names they cost the first view 1.6 KB gzip.
const COUNTRY_NAMES = {
  KZ: ['Kazakhstan', 'Казахстан', 'Қазақстан', '哈萨克斯坦'],
  CN: ['China', 'Китай', 'Қытай', '中国'],
};
// NE units without an ISO code get a stable code of their own.
const NON_ISO_CODES = { Baikonur: 'X-BAIKONUR', 'Siachen Glacier': 'X-SIACHEN', 'Spratly Is.': 'X-SPRATLY', 'Scarborough Reef': 'X-SCARBOROUGH' };

// NE lake names that lost their non-ASCII letters in conversion, or read better in English.
const LAKE_NAME_FIX = {
  Sasyqkl: 'Sasykkol',
  'Siletitengiz Kli': 'Siletiteniz',
  "Lake Il'Men'": 'Lake Ilmen',
  'Qinghai Hu': 'Qinghai Lake',
};
// Drained since the dam was destroyed in June 2023.
const GONE_LAKES = new Set(['Kakhovka Reservoir']);
const ENGLISH_LAKE = /^Lake |(Lake|Reservoir|Sea)$/;
const REQUIRED_LAKES = ['Aral Sea', 'Lake Balkhash', 'Lake Zaysan', 'Alakol Lake', 'Issyk-Kul', 'Kapchagay Reservoir', 'Qinghai Lake', 'Lake Baikal'];

function fail(message) {
  throw new Error(`build-geo: ${message}`);
}

/** Drops null/undefined/'' values so optional keys are absent, not empty. */
function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInGeometry(point, geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => pointInRing(point, outer) && !holes.some((h) => pointInRing(point, h)));
}

async function runMapshaper(commands, input) {
  const output = await mapshaper.applyCommands(commands, input);
  return JSON.parse(String(output['out.json']));
}

const clipBox = CONTEXT_BBOX.join(',');

async function buildRegionTopology(kz, cn) {
  const features = [
    ...kz.features.map((f) => ({ ...f, properties: { id: `KZ-${f.properties.ADM1_PCODE.slice(2)}` } })),
    ...cn.features.map((f) => ({ ...f, properties: { id: f.properties.iso_3166_2 } })),
  ].sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  // -clean resolves the ~1,450 km² KZ/CN overlap and closes slivers, so the two countries share one border arc.
  return runMapshaper(
    `-i in.json name=regions -clean -simplify weighted interval=${REGION_INTERVAL} keep-shapes ` +
      `-o out.json format=topojson no-quantization`,
    { 'in.json': { type: 'FeatureCollection', features } },
  );
}

/**
 * A ring cut at the antimeridian, as world-atlas stores Russia's mainland, jumps between x = 180
 * and x = -180; clipped as it is, those jumps became straight edges across the map, and a band of
 * Siberia between about 66° and 69° N came out as water. Walked with a running offset of 360° at
 * each jump, the ring is whole again, then moved back into -180…180.
 */
function unwrapRing(ring) {
  let offset = 0;
  let prev = null;
  const out = ring.map(([x, y]) => {
    if (prev !== null && x + offset - prev < -180) offset += 360;
    else if (prev !== null && x + offset - prev > 180) offset -= 360;
    prev = x + offset;
    return [prev, y];
  });
  const shift = Math.min(...out.map(([x]) => x)) < -180 ? 360 : 0;
  return shift ? out.map(([x, y]) => [x + shift, y]) : out;
}

function unwrapAntimeridian(geometry) {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
  return geometry;
}

async function buildCountryTopology(world) {
  const countries = feature(world, world.objects.countries);
  const features = countries.features.map((f) => {
    const { name, iso_a2: iso } = f.properties;
    const code = iso ?? NON_ISO_CODES[name] ?? fail(`country without ISO code: ${name}`);
    const names = COUNTRY_NAMES[code];
    return {
      type: 'Feature',
      geometry: unwrapAntimeridian(f.geometry),
      properties: compact({
        iso_a2: code,
        name_en: names?.[0],
        name_ru: names?.[1],
        name_kk: names?.[2],
        name_zh: names?.[3],
      }),
    };
  });
  return runMapshaper(
    `-i in.json name=countries -clip bbox=${clipBox} -filter-islands min-area=30km2 ` +
      `-simplify weighted interval=${COUNTRY_INTERVAL} keep-shapes -filter 'this.isNull === false' ` +
      `-sort iso_a2 -o out.json format=topojson no-quantization`,
    { 'in.json': { type: 'FeatureCollection', features } },
  );
}

function lakeName({ name, name_alt: alt }) {
  if (!name) return undefined;
  if (name in LAKE_NAME_FIX) return LAKE_NAME_FIX[name];
  const altFirst = alt?.split(',')[0].trim();
  // Prefer NE's English alternative ("Lake Tengiz") over a local form ("Tengiz Köli").
  return !ENGLISH_LAKE.test(name) && altFirst && ENGLISH_LAKE.test(altFirst) ? altFirst : name;
}

async function buildLakeTopology(lakes, world) {
  const land = feature(world, world.objects.countries).features.map((f) => f.geometry);
  // Lakes in countries that the basemap leaves out (East Africa) would float in the background "sea".
  const onLand = (f) => {
    const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    return land.some((g) => pointInGeometry(ring[0], g));
  };
  const features = lakes.features.filter((f) => onLand(f) && !GONE_LAKES.has(f.properties.name)).map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: compact({ name_en: lakeName(f.properties) }),
  }));
  const topo = await runMapshaper(
    `-i in.json name=lakes -clip bbox=${clipBox} -filter 'this.area > ${MIN_LAKE_KM2 * 1e6}' ` +
      `-simplify weighted interval=${LAKE_INTERVAL} keep-shapes -filter 'this.isNull === false' ` +
      `-o out.json format=topojson no-quantization`,
    { 'in.json': { type: 'FeatureCollection', features } },
  );
  const names = new Set(topo.objects.lakes.geometries.map((g) => g.properties?.name_en));
  for (const required of REQUIRED_LAKES) if (!names.has(required)) fail(`lake missing: ${required}`);
  // Names serve the check above only: the map draws lakes unlabelled.
  for (const g of topo.objects.lakes.geometries) g.properties = {};
  return topo;
}

function kzCentres(centres) {
  const byId = {};
  for (const f of centres.features) {
    const p = f.properties;
    // 1 = Astana (its own unit, still named Nur-Sultan here), 4 = Baikonur (not a unit centre).
    if (p.TYPE_CNT1 !== 2 && p.TYPE_CNT1 !== 3) continue;
    const en = KZ_CENTRE_FIX.en[p.NAME_EN] ?? p.NAME_EN;
    byId[`KZ-${p.ADM1_PCODE.slice(2)}`] = {
      point: f.geometry.coordinates,
      names: { en, ru: p.NAME_RU, kk: KZ_CENTRE_FIX.kk[p.NAME_KK] ?? p.NAME_KK, zh: KZ_CENTRE_ZH[en] },
    };
  }
  return byId;
}

function cnCentres(cities) {
  const byId = {};
  for (const [id, nameEn] of Object.entries(CN_CAPITALS)) {
    const matches = cities.features.filter((f) => f.properties.name_en === nameEn && f.properties.iso_a2 !== 'RU');
    if (matches.length !== 1) fail(`expected one NE place named ${nameEn}, found ${matches.length}`);
    const p = matches[0].properties;
    byId[id] = {
      point: matches[0].geometry.coordinates,
      names: { en: CAPITAL_EN_FIX[nameEn] ?? nameEn, ru: p.name_ru, zh: ZH_SIMPLIFIED[p.name_zh] ?? p.name_zh },
    };
  }
  return byId;
}

/** One entry per feature of the regions object: current units, then the historical variants. */
function regionVariants(centreById) {
  const current = [...Object.keys(KZ_NAMES), ...Object.keys(CN_NAMES)].map((id) => ({
    id,
    vid: id,
    parts: [id],
    names: KZ_NAMES[id] ?? CN_NAMES[id],
    centreOf: id,
  }));
  const created2022 = { 'KZ-10': 'KZ-63', 'KZ-33': 'KZ-19', 'KZ-62': 'KZ-35' };
  for (const v of current) {
    if (v.id in created2022 || Object.values(created2022).includes(v.id)) v.validFrom = KZ_REFORM_2022;
    if (v.id === 'KZ-61' || v.id === 'KZ-79') v.validFrom = KZ_REFORM_2018;
  }
  const historical = [
    // Before 2022-06-08 the parent regions still held the new ones; Almaty Region's centre was Taldykorgan.
    ...Object.entries(created2022).map(([child, parent]) => ({
      id: parent,
      vid: `${parent}@pre2022`,
      parts: [parent, child],
      names: KZ_NAMES[parent],
      centreOf: parent === 'KZ-19' ? 'KZ-33' : parent,
      validTo: KZ_REFORM_2022,
    })),
    // Before 2018-06-19: South Kazakhstan Region with Shymkent as its centre and part.
    { id: 'KZ-61', vid: 'KZ-61@pre2018', parts: ['KZ-61', 'KZ-79'], names: SOUTH_KAZAKHSTAN, centreOf: 'KZ-79', validTo: KZ_REFORM_2018 },
  ];
  for (const v of [...current, ...historical]) {
    const country = v.id.slice(0, 2);
    v.country = country;
    v.kind =
      country === 'KZ'
        ? KZ_CITIES.includes(v.id) ? 'city' : 'region'
        : (Object.entries(CN_KIND).find(([, ids]) => ids.includes(v.id))?.[0] ?? 'province');
    // Cities, municipalities and SARs are their own centre (CN ones have no entry in centreById).
    if (v.kind !== 'city') v.centre = centreById[v.centreOf];
  }
  return [...current, ...historical];
}

/** Offsets the arc indices of one topology so its arcs can be appended to another's. */
function shiftArcs(geometry, offset) {
  const shift = (a) => (Array.isArray(a) ? a.map(shift) : a < 0 ? ~(~a + offset) : a + offset);
  return { ...geometry, arcs: shift(geometry.arcs) };
}

async function main() {
  const kz = readJson('kz_adm1_2024_geokz.geojson');
  const cn = readJson('cn_provinces_osm_ems_clipped_ne10m_land.geojson');
  const cities = readJson('basemap_cities_ne10m_region.geojson');

  const regionTopo = await buildRegionTopology(kz, cn);
  const world = readJson('basemap_countries_10m_asia_world-atlas.topojson');
  const countryTopo = await buildCountryTopology(world);
  const lakeTopo = await buildLakeTopology(readJson('basemap_lakes_ne10m_region.geojson'), world);

  const geomById = new Map(regionTopo.objects.regions.geometries.map((g) => [g.properties.id, g]));
  const centreById = { ...kzCentres(readJson('kz_adm1_centres_2022_geokz.geojson')), ...cnCentres(cities) };
  for (const [id, { point }] of Object.entries(centreById)) {
    const raw = [...kz.features, ...cn.features].find(
      (f) => (f.properties.iso_3166_2 ?? `KZ-${f.properties.ADM1_PCODE.slice(2)}`) === id,
    );
    if (!pointInGeometry(point, raw.geometry)) fail(`centre of ${id} lies outside the unit`);
  }

  const variants = regionVariants(centreById);
  const regionGeometries = variants.map((v) => {
    const parts = v.parts.map((id) => geomById.get(id) ?? fail(`no geometry for ${id}`));
    const merged = parts.length === 1 ? parts[0] : mergeArcs(regionTopo, parts);
    return { type: merged.type, arcs: merged.arcs, properties: { vid: v.vid } };
  });

  const countryOffset = regionTopo.arcs.length;
  const lakeOffset = countryOffset + countryTopo.arcs.length;
  const combined = {
    type: 'Topology',
    arcs: [...regionTopo.arcs, ...countryTopo.arcs, ...lakeTopo.arcs],
    objects: {
      regions: { type: 'GeometryCollection', geometries: regionGeometries },
      countries: {
        type: 'GeometryCollection',
        geometries: countryTopo.objects.countries.geometries.map((g) => shiftArcs(g, countryOffset)),
      },
      lakes: {
        type: 'GeometryCollection',
        geometries: lakeTopo.objects.lakes.geometries.map((g) => shiftArcs(g, lakeOffset)),
      },
    },
  };
  const box = topoBbox(combined);
  const topo = quantize({ ...combined, bbox: box }, QUANTIZATION);

  // Label points on the final (simplified, quantized) shapes so they fall inside what is drawn.
  const labels = await runMapshaper('-i in.json -points inner -o out.json format=geojson', {
    'in.json': feature(topo, topo.objects.regions),
  });
  const labelByVid = new Map(labels.features.map((f) => [f.properties.vid, f.geometry.coordinates]));
  // Turkistan Region wraps round Shymkent, and its inner point falls beside the city: at the
  // first view's zoom the two labels printed over each other. Its northern part (Kentau) is clear.
  for (const [vid, at] of Object.entries(LABEL_AT)) labelByVid.set(vid, at);

  const round3 = (n) => Math.round(n * 1000) / 1000;
  topo.objects.regions.geometries = topo.objects.regions.geometries.map((g) => {
    const v = variants.find((x) => x.vid === g.properties.vid);
    const [lon, lat] = labelByVid.get(v.vid) ?? fail(`no label point for ${v.vid}`);
    const [en, ru, kk, zh] = v.names;
    const c = v.centre?.names ?? {};
    return {
      type: g.type,
      arcs: g.arcs,
      properties: compact({
        id: v.id,
        vid: v.vid,
        country: v.country,
        kind: v.kind,
        name_en: en,
        name_ru: ru,
        name_kk: kk,
        name_zh: zh,
        centre_en: c.en,
        centre_ru: c.ru,
        centre_kk: c.kk,
        centre_zh: c.zh,
        label_lon: round3(lon),
        label_lat: round3(lat),
        validFrom: v.validFrom,
        validTo: v.validTo,
      }),
    };
  });

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const json = `${JSON.stringify(topo)}\n`;
  fs.writeFileSync(outFile, json);
  console.log(
    `build-geo: wrote ${path.relative(repoRoot, outFile)} (${Buffer.byteLength(json)} bytes; ` +
      `${regionGeometries.length} regions, ${topo.objects.countries.geometries.length} countries, ` +
      `${topo.objects.lakes.geometries.length} lakes)`,
  );
}

await main();
