/** Colours of the base map. Chosen for AA contrast of labels (dark text on light fills). */
export const BASE = {
  water: '#c9dde9',
  context: '#ebe8e1',
  /** Beyond the base map's box (map/coverage.ts): neither land nor sea. */
  outside: '#e4e4e1',
  contextLine: '#c3bfb4',
  contextLabel: '#7a7466',
  lake: '#c9dde9',
  lakeLine: '#a9c4d4',
  kz: '#f4efdc',
  cn: '#f5e6df',
  regionLine: '#8f8878',
  hover: '#fff7c2',
  label: '#2b2924',
  cityLabel: '#3f3a33',
  labelHalo: '#ffffff',
  highlight: '#1d4ed8',
  /** Outline of the district of the mission under the pointer. */
  missionHover: '#111827',
  /** Outline of the units at the other end of a selection's ties. */
  partner: '#334155',
  /** Bundled ties and their counts. */
  bundle: '#3f3f46',
  bundleFaded: '#8a8a93',
} as const;

/**
 * District colours: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), in an order that keeps neighbouring districts apart.
 */
export const DISTRICT_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;

/** A stable colour per mission that publishes a district, assigned in order of opening (its first status step). */
export function missionColours(missions: readonly { id: string; status: readonly { from: string }[]; district: unknown }[]): Map<string, string> {
  const opened = (m: (typeof missions)[number]) => m.status[0]?.from ?? '';
  const withDistrict = missions
    .filter((m) => m.district !== null)
    .sort((a, b) => (opened(a) < opened(b) ? -1 : opened(a) > opened(b) ? 1 : a.id < b.id ? -1 : 1));
  return new Map(withDistrict.map((m, i) => [m.id, DISTRICT_PALETTE[i % DISTRICT_PALETTE.length]!]));
}

/**
 * The choropleth's five classes, light to dark (ColorBrewer "GnBu", readable with the common
 * colour-vision deficiencies); "no data" is hatched instead of coloured. Not "Blues": its
 * light classes were the sea's colour, and a shaded coastal region looked like water.
 */
export const SHADE_COLOURS = ['#f0f9e8', '#bae4bc', '#7bccc4', '#43a2ca', '#0868ac'] as const;
