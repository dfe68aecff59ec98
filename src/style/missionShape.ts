/**
 * The mission symbol as an SVG path. The map's icons (`src/map/icons.ts`), the legend and the
 * panels all draw this one geometry (star = embassy, circle = consulate general, diamond =
 * consulate, square = visa office, triangle = trade office), so they always match.
 */
import type { MissionKind } from '../data/schema';

const round = (n: number) => Math.round(n * 100) / 100;

/** Path data of the symbol in a `size` × `size` box (the map draws it at 20). */
export function missionShapePath(kind: MissionKind, size: number): string {
  const c = size / 2;
  const r = size / 2 - 2;
  if (kind === 'embassy') {
    const points = Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? r : r * 0.48;
      return `${round(c + rr * Math.cos(a))} ${round(c + rr * Math.sin(a))}`;
    });
    return `M${points.join('L')}Z`;
  }
  if (kind === 'consulate-general') {
    const rr = round(r * 0.8);
    return `M${round(c - rr)} ${c}a${rr} ${rr} 0 1 0 ${round(2 * rr)} 0a${rr} ${rr} 0 1 0 ${round(-2 * rr)} 0Z`;
  }
  if (kind === 'consulate') return `M${c} ${c - r}L${c + r} ${c}L${c} ${c + r}L${c - r} ${c}Z`;
  if (kind === 'trade-office') {
    const w = round(r * 0.95);
    return `M${c} ${round(c - r * 0.9)}L${round(c + w)} ${round(c + r * 0.75)}L${round(c - w)} ${round(c + r * 0.75)}Z`;
  }
  const h = round(r * 0.7);
  return `M${round(c - h)} ${round(c - h)}h${round(2 * h)}v${round(2 * h)}h${round(-2 * h)}Z`;
}
