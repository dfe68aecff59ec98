/**
 * The mark on a tie whose fact is uncertain: a question mark in a white disc. Drawn as paths, not
 * text, so the map's icon (`src/map/icons.ts`), the legend's sample and the exported image's legend
 * look alike with any font.
 * Uncertainty has a mark of its own because paleness already says "suspended or ended".
 */

/** Side of the square the mark is drawn in (map pixels, SVG units). */
export const UNCERTAIN_MARK_SIZE = 16;

export const UNCERTAIN_MARK = {
  disc: { cx: 8, cy: 8, r: 6.5, fill: '#ffffff', stroke: '#374151', strokeWidth: 1.2 },
  /** The question mark's hook and stem, stroked with round caps. */
  hook: { d: 'M5.8 6.3a2.2 2.2 0 1 1 3.3 1.9c-.7.4-1.1.9-1.1 1.6v.5', stroke: '#111827', strokeWidth: 1.6 },
  dot: { cx: 8, cy: 12.2, r: 0.95, fill: '#111827' },
} as const;

/** Draws the mark on a canvas with its top-left corner at the origin (UNCERTAIN_MARK_SIZE square). */
export function drawUncertainMark(ctx: CanvasRenderingContext2D): void {
  const { disc, hook, dot } = UNCERTAIN_MARK;
  ctx.beginPath();
  ctx.arc(disc.cx, disc.cy, disc.r, 0, Math.PI * 2);
  ctx.fillStyle = disc.fill;
  ctx.fill();
  ctx.lineWidth = disc.strokeWidth;
  ctx.strokeStyle = disc.stroke;
  ctx.stroke();
  ctx.lineWidth = hook.strokeWidth;
  ctx.lineCap = 'round';
  ctx.strokeStyle = hook.stroke;
  ctx.stroke(new Path2D(hook.d));
  ctx.beginPath();
  ctx.arc(dot.cx, dot.cy, dot.r, 0, Math.PI * 2);
  ctx.fillStyle = dot.fill;
  ctx.fill();
}
