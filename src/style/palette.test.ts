import { BASE, SHADE_COLOURS } from './palette';

/** CIE76 ΔE between two #rrggbb colours (sRGB → Lab, D65): enough to tell "looks the same" apart. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const xyz = [
      (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
      0.2126 * r + 0.7152 * g + 0.0722 * b,
      (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)) as [number, number, number];
    return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('shading classes', () => {
  it('none looks like the sea or a lake: a shaded coastal region must not pass for water', () => {
    for (const colour of SHADE_COLOURS) {
      expect(deltaE(colour, BASE.water), colour).toBeGreaterThan(10);
      expect(deltaE(colour, BASE.lake), colour).toBeGreaterThan(10);
    }
  });

  it('each class is told from the next', () => {
    for (let i = 1; i < SHADE_COLOURS.length; i++) expect(deltaE(SHADE_COLOURS[i - 1]!, SHADE_COLOURS[i]!)).toBeGreaterThan(10);
  });

  it('measures ΔE as CIE76 does (black to white is 100)', () => {
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0);
  });
});
