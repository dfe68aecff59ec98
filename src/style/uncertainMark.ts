/**
 * The mark of an uncertain tie or mission: a question mark in a white disc. Drawn as paths, not
 * text, so the map's icon (`src/map/icons.ts`), the legend's sample and the exported image's legend
 * look alike with any font. Uncertainty has a mark of its own because paleness already says
 * "suspended or ended".
 */

/** Side of the square the mark is drawn in (map pixels, SVG units). */
export const UNCERTAIN_MARK_SIZE = 16;

type Part = { d: string; fill?: string; stroke?: string; strokeWidth?: number };

/** The mark's parts in drawing order: the disc, the question mark's hook (stroked, round caps), its dot. */
export const UNCERTAIN_MARK_PARTS: readonly Part[] = [
  { d: 'M1.5 8a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0-13 0Z', fill: '#ffffff', stroke: '#374151', strokeWidth: 1.2 },
  { d: 'M5.8 6.3a2.2 2.2 0 1 1 3.3 1.9c-.7.4-1.1.9-1.1 1.6v.5', stroke: '#111827', strokeWidth: 1.6 },
  { d: 'M7.05 12.2a.95 .95 0 1 0 1.9 0a.95 .95 0 1 0-1.9 0Z', fill: '#111827' },
];

/** Draws the mark on a canvas with its top-left corner at the origin. */
export function drawUncertainMark(ctx: CanvasRenderingContext2D): void {
  ctx.lineCap = 'round';
  for (const part of UNCERTAIN_MARK_PARTS) {
    const path = new Path2D(part.d);
    if (part.fill) {
      ctx.fillStyle = part.fill;
      ctx.fill(path);
    }
    if (part.stroke) {
      ctx.lineWidth = part.strokeWidth ?? 1;
      ctx.strokeStyle = part.stroke;
      ctx.stroke(path);
    }
  }
}
