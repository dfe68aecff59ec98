import type { Map as MlMap } from 'maplibre-gl';
import { LINK_TYPES, MISSION_KINDS, type LinkType, type MissionKind } from '../data/schema';
import { HATCH_STROKE, LINK_STYLE, SENDER_COLOUR } from '../style/linkStyle';
import { missionShapePath } from '../style/missionShape';

/** Image ids registered on the map; drawn on a canvas here so no sprite is ever fetched. */
export const ICON = {
  arrow: (type: LinkType) => `arrow-${type}`,
  crossing: (type: LinkType) => `crossing-${type}`,
  hatch: 'hatch',
  mission: (sender: 'KZ' | 'CN', kind: MissionKind) => `mission-${sender}-${kind}`,
} as const;

const RATIO = 2;

function draw(size: number, paint: (ctx: CanvasRenderingContext2D, s: number) => void) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * RATIO;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(RATIO, RATIO);
  paint(ctx, size);
  return ctx.getImageData(0, 0, size * RATIO, size * RATIO);
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
        // Points up (north); the layer rotates it to the bearing of travel. A white rim keeps it
        // readable on any fill.
        ctx.beginPath();
        ctx.moveTo(s / 2, 1);
        ctx.lineTo(s - 2, s - 2);
        ctx.lineTo(s / 2, s - 5);
        ctx.lineTo(2, s - 2);
        ctx.closePath();
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.lineWidth = 1.2;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      }),
      opts,
    );
    map.addImage(
      ICON.crossing(type),
      draw(14, (ctx, s) => {
        // Where a road or railway crosses the border.
        ctx.beginPath();
        ctx.arc(s / 2, s / 2, s / 2 - 2, 0, Math.PI * 2);
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      }),
      opts,
    );
  }
  map.addImage(
    ICON.hatch,
    draw(8, (ctx, s) => {
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
  for (const sender of ['KZ', 'CN'] as const) {
    for (const kind of MISSION_KINDS) {
      map.addImage(
        ICON.mission(sender, kind),
        draw(20, (ctx, s) => {
          // One geometry for map, legend and panels (src/style/missionShape.ts).
          const path = new Path2D(missionShapePath(kind, s));
          ctx.fillStyle = SENDER_COLOUR[sender];
          ctx.fill(path);
          ctx.lineWidth = 2;
          ctx.strokeStyle = '#ffffff';
          ctx.stroke(path);
        }),
        opts,
      );
    }
  }
}
