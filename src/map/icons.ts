import type { Map as MlMap } from 'maplibre-gl';
import { LINK_TYPES, MISSION_KINDS, type LinkType, type MissionKind } from '../data/schema';
import { HATCH_STROKE, HATCH_TILE, LINK_STYLE, SENDER_COLOUR } from '../style/linkStyle';
import { missionShapePath } from '../style/missionShape';
import { drawUncertainMark, UNCERTAIN_MARK_SIZE } from '../style/uncertainMark';

/** Image ids registered on the map; drawn on a canvas here so no sprite is ever fetched. */
export const ICON = {
  arrow: (type: LinkType) => `arrow-${type}`,
  crossing: (type: LinkType) => `crossing-${type}`,
  hatch: 'hatch',
  uncertain: 'uncertain',
  mission: (sender: 'KZ' | 'CN', kind: MissionKind) => `mission-${sender}-${kind}`,
} as const;

const RATIO = 2;

function draw(size: number, paint: (ctx: CanvasRenderingContext2D, s: number) => void) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * RATIO;
  // A CPU-backed canvas: read back at once, a GPU one costs a readback per icon (about 25 ms each
  // under software GL, half a second for the set in the first view's main-thread time).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.scale(RATIO, RATIO);
  paint(ctx, size);
  return ctx.getImageData(0, 0, size * RATIO, size * RATIO);
}

/**
 * Fills `path` (or the current path) in `colour` with a white rim, which keeps a small mark
 * readable on any fill.
 */
function fillWithRim(ctx: CanvasRenderingContext2D, colour: string, rim: number, path?: Path2D) {
  ctx.fillStyle = colour;
  ctx.lineWidth = rim;
  ctx.strokeStyle = '#ffffff';
  if (path) {
    ctx.fill(path);
    ctx.stroke(path);
  } else {
    ctx.fill();
    ctx.stroke();
  }
}

export function addIcons(map: MlMap): void {
  const opts = { pixelRatio: RATIO };
  // Arrowheads and crossing dots in each tie type's colour, drawn here rather than coloured by the
  // layer (an SDF icon): plain icons share one shader program with the mission symbols.
  for (const type of LINK_TYPES) {
    const colour = LINK_STYLE[type].colour;
    map.addImage(
      ICON.arrow(type),
      draw(14, (ctx, s) => {
        // Points up (north); the layer rotates it to the bearing of travel.
        ctx.beginPath();
        ctx.moveTo(s / 2, 1);
        ctx.lineTo(s - 2, s - 2);
        ctx.lineTo(s / 2, s - 5);
        ctx.lineTo(2, s - 2);
        ctx.closePath();
        fillWithRim(ctx, colour, 1.2);
      }),
      opts,
    );
    map.addImage(
      ICON.crossing(type),
      draw(14, (ctx, s) => {
        // Where a road or railway crosses the border.
        ctx.beginPath();
        ctx.arc(s / 2, s / 2, s / 2 - 2, 0, Math.PI * 2);
        fillWithRim(ctx, colour, 1.5);
      }),
      opts,
    );
  }
  map.addImage(
    ICON.hatch,
    draw(HATCH_TILE, (ctx, s) => {
      ctx.strokeStyle = HATCH_STROKE;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(0, s);
      ctx.lineTo(s, 0);
      ctx.moveTo(-s / 2, s / 2);
      ctx.lineTo(s / 2, -s / 2);
      ctx.moveTo(s / 2, s + s / 2);
      ctx.lineTo(s + s / 2, s / 2);
      ctx.stroke();
    }),
    opts,
  );
  map.addImage(
    ICON.uncertain,
    draw(UNCERTAIN_MARK_SIZE, drawUncertainMark),
    opts,
  );
  for (const sender of ['KZ', 'CN'] as const) {
    for (const kind of MISSION_KINDS) {
      map.addImage(
        ICON.mission(sender, kind),
        draw(20, (ctx, s) => {
          // One geometry for map, legend and panels (src/style/missionShape.ts).
          fillWithRim(ctx, SENDER_COLOUR[sender], 2, new Path2D(missionShapePath(kind, s)));
        }),
        opts,
      );
    }
  }
}
