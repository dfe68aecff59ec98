import { FONTS, layoutMapImage, wrapText, type Measure } from './mapImage';

/** 7 px per character, whatever the font: enough to test the arithmetic. */
const measure: Measure = (text) => text.length * 7;

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    expect(wrapText('one two three four', 70, FONTS.credits, measure)).toEqual(['one two', 'three four']);
  });

  it('breaks text without spaces between characters', () => {
    expect(wrapText('哈萨克斯坦中国地区地图集', 35, FONTS.credits, measure)).toEqual(['哈萨克斯坦', '中国地区地', '图集']);
  });
});

describe('layoutMapImage', () => {
  const input = {
    mapWidth: 400,
    mapHeight: 300,
    title: 'Kazakhstan–China Regional Atlas',
    subtitle: '2023–2025 · all event types',
    legend: [
      { label: 'Consulate district', colour: '#0072B2' },
      { label: 'Partnerships', colour: '#7b3fa0', dash: [0.2, 2] },
      { label: 'Flights', colour: '#0f766e', dash: [3, 2] },
      { label: 'Trade', colour: '#c2410c', dash: null },
    ],
    credits: ['Boundaries: geokz (CC BY 4.0); © OpenStreetMap contributors (ODbL); Natural Earth'],
  };

  it('puts the title bar above the map, then the legend, then the credits at the bottom', () => {
    const layout = layoutMapImage(input, measure);
    expect(layout.width).toBe(400);
    const [title, subtitle] = layout.lines;
    expect(title).toMatchObject({ text: input.title, font: FONTS.title });
    expect(subtitle!.y).toBeGreaterThan(title!.y);
    expect(layout.map).toEqual({ x: 0, y: expect.any(Number), width: 400, height: 300 });
    expect(layout.map.y).toBeGreaterThan(subtitle!.y);
    const mapBottom = layout.map.y + layout.map.height;
    for (const placed of layout.legend) expect(placed.y).toBeGreaterThan(mapBottom);
    const credits = layout.lines.filter((l) => l.font === FONTS.credits);
    expect(credits.length).toBeGreaterThan(1);
    expect(credits.map((l) => l.text).join(' ')).toBe(input.credits[0]);
    expect(credits[0]!.y).toBeGreaterThan(Math.max(...layout.legend.map((l) => l.y)));
    expect(layout.height).toBeGreaterThan(credits.at(-1)!.y);
    // Nothing runs past the right edge.
    for (const line of layout.lines) expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(layout.width);
  });

  it('flows legend items into rows that fit the width', () => {
    const narrow = layoutMapImage({ ...input, mapWidth: 240 }, measure);
    const rows = new Set(narrow.legend.map((l) => l.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const placed of narrow.legend) {
      expect(placed.text.x + measure(placed.text.text, FONTS.legend)).toBeLessThanOrEqual(240);
    }
    const wide = layoutMapImage({ ...input, mapWidth: 1200 }, measure);
    expect(new Set(wide.legend.map((l) => l.y)).size).toBe(1);
  });

  it('grows with the map and leaves out an empty legend', () => {
    const a = layoutMapImage({ ...input, legend: [] }, measure);
    const b = layoutMapImage({ ...input, legend: [], mapHeight: 500 }, measure);
    expect(b.height - a.height).toBe(200);
    expect(a.legend).toEqual([]);
  });
});
