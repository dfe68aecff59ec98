/**
 * The PNG export: the map as drawn, framed with a title bar (title and the filters:
 * date range, types, layers), a legend, and the source credits, so the picture can be
 * used on its own. The layout is a pure function of the texts and a text-measuring
 * function (tested without a canvas); `composeMapImage` draws it.
 *
 * The caller renders the map first and passes its canvas within the same frame (a WebGL
 * canvas is cleared after it is shown unless read at once).
 */

import type { MissionKind } from '../data/schema';
import { HATCH_TILE } from '../style/linkStyle';
import { missionShapePath } from '../style/missionShape';
import { drawUncertainMark, UNCERTAIN_MARK_SIZE } from '../style/uncertainMark';

/**
 * A legend entry. With `dash` (an array, or null for a solid line) it is drawn as a line
 * sample, with MapLibre's dash units (multiples of the line width); with `mark`, as the map's
 * mark of an uncertain tie; with `hatch`, as a swatch striped in that colour, as the map draws
 * areas without a district or a figure; with `shape`, as the map's symbol of that mission kind;
 * otherwise as a filled swatch.
 */
export type LegendItem =
  | { label: string; colour: string; dash?: number[] | null; opacity?: number }
  | { label: string; mark: 'uncertain' }
  | { label: string; shape: MissionKind }
  | { label: string; hatch: string };

export type MapImageOptions = {
  scale: 1 | 2;
  title: string;
  /** Date range and filters. */
  subtitle: string;
  legend: LegendItem[];
  credits: string[];
};

export type Measure = (text: string, font: string) => number;
export type TextLine = { text: string; x: number; y: number; font: string; colour: string };
export type PlacedLegendItem = { item: LegendItem; x: number; y: number; text: TextLine };
export type ImageLayout = {
  width: number;
  height: number;
  lines: TextLine[];
  map: { x: number; y: number; width: number; height: number };
  legend: PlacedLegendItem[];
};

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif";
export const FONTS = {
  title: `600 18px ${FONT_FAMILY}`,
  subtitle: `13px ${FONT_FAMILY}`,
  legend: `12px ${FONT_FAMILY}`,
  credits: `11px ${FONT_FAMILY}`,
} as const;
const LINE_HEIGHT = { title: 24, subtitle: 18, legend: 18, credits: 15 } as const;
const COLOUR = { fg: '#1f1d1a', muted: '#5b5750', line: '#d9d5cc', bg: '#ffffff' } as const;
const PAD = 12;
const SAMPLE = { width: 22, height: 12, shape: 16, gap: 6, itemGap: 16 } as const;

/**
 * Greedy line breaking at spaces; a word wider than the line (Chinese has no spaces) is
 * broken between characters.
 */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const word of text.split(/(\s+)/)) {
    if (measure(line + word, font) <= maxWidth) {
      line += word;
      continue;
    }
    push();
    if (/^\s+$/.test(word)) continue;
    for (const char of word) {
      if (line && measure(line + char, font) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}

/** Where everything goes, in CSS pixels: a map of `mapWidth` × `mapHeight` with the frame around it. */
export function layoutMapImage(
  input: Omit<MapImageOptions, 'scale'> & { mapWidth: number; mapHeight: number },
  measure: Measure,
): ImageLayout {
  const width = input.mapWidth;
  const inner = width - 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD;
  const text = (content: string, kind: 'title' | 'subtitle' | 'credits', colour: string) => {
    for (const line of wrapText(content, inner, FONTS[kind], measure)) {
      lines.push({ text: line, x: PAD, y, font: FONTS[kind], colour });
      y += LINE_HEIGHT[kind];
    }
  };

  text(input.title, 'title', COLOUR.fg);
  text(input.subtitle, 'subtitle', COLOUR.muted);
  y += PAD / 2;
  const map = { x: 0, y, width, height: input.mapHeight };
  y += input.mapHeight + PAD;

  const legend: PlacedLegendItem[] = [];
  let x = PAD;
  for (const item of input.legend) {
    const labelWidth = Math.min(measure(item.label, FONTS.legend), inner - SAMPLE.width - SAMPLE.gap);
    const itemWidth = SAMPLE.width + SAMPLE.gap + labelWidth;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += LINE_HEIGHT.legend;
    }
    legend.push({
      item,
      x,
      y,
      text: { text: item.label, x: x + SAMPLE.width + SAMPLE.gap, y, font: FONTS.legend, colour: COLOUR.fg },
    });
    x += itemWidth + SAMPLE.itemGap;
  }
  if (legend.length) y += LINE_HEIGHT.legend + PAD / 2;

  for (const credit of input.credits) text(credit, 'credits', COLOUR.muted);
  return { width, height: y + PAD, lines, map, legend };
}

function drawSample(ctx: CanvasRenderingContext2D, { item, x, y }: PlacedLegendItem) {
  // Level with the middle of the label, which is drawn 2px below the row's top.
  const mid = y + 2 + 6;
  if ('mark' in item) {
    ctx.save();
    ctx.translate(x + (SAMPLE.width - UNCERTAIN_MARK_SIZE) / 2, mid - UNCERTAIN_MARK_SIZE / 2);
    drawUncertainMark(ctx);
    ctx.restore();
  } else if ('shape' in item) {
    // As the legend beside the map draws it: the kind's shape in a neutral colour, haloed white.
    ctx.save();
    ctx.translate(x + (SAMPLE.width - SAMPLE.shape) / 2, mid - SAMPLE.shape / 2);
    const path = new Path2D(missionShapePath(item.shape, SAMPLE.shape));
    ctx.lineWidth = 2;
    ctx.strokeStyle = COLOUR.bg;
    ctx.stroke(path);
    ctx.fillStyle = COLOUR.fg;
    ctx.fill(path);
    ctx.restore();
  } else if ('hatch' in item) {
    const top = mid - SAMPLE.height / 2;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, top, SAMPLE.width, SAMPLE.height);
    ctx.clip();
    ctx.fillStyle = COLOUR.bg;
    ctx.fillRect(x, top, SAMPLE.width, SAMPLE.height);
    ctx.strokeStyle = item.hatch;
    ctx.lineWidth = 1;
    ctx.beginPath();
    // The map's hatch (src/map/icons.ts): 1px "/" strokes a tile apart along a row.
    for (let d = -SAMPLE.height; d < SAMPLE.width; d += HATCH_TILE) {
      ctx.moveTo(x + d, top + SAMPLE.height);
      ctx.lineTo(x + d + SAMPLE.height, top);
    }
    ctx.stroke();
    ctx.restore();
    ctx.lineWidth = 1;
    ctx.strokeStyle = COLOUR.line;
    ctx.strokeRect(x + 0.5, top + 0.5, SAMPLE.width - 1, SAMPLE.height - 1);
  } else if (item.dash !== undefined) {
    const lineWidth = 3;
    ctx.lineWidth = lineWidth;
    ctx.lineCap = 'round';
    ctx.strokeStyle = item.colour;
    ctx.setLineDash((item.dash ?? []).map((d) => d * lineWidth));
    ctx.beginPath();
    ctx.moveTo(x + 2, mid);
    ctx.lineTo(x + SAMPLE.width - 2, mid);
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    // Over the legend's white, as the map's translucent fill shows over its light land.
    ctx.fillStyle = item.colour;
    ctx.globalAlpha = item.opacity ?? 1;
    ctx.fillRect(x, mid - SAMPLE.height / 2, SAMPLE.width, SAMPLE.height);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1;
    ctx.strokeStyle = COLOUR.line;
    ctx.strokeRect(x + 0.5, mid - SAMPLE.height / 2 + 0.5, SAMPLE.width - 1, SAMPLE.height - 1);
  }
}

/** The framed map as a PNG, at 1× or 2× the map's on-screen (CSS pixel) size. */
export async function composeMapImage(mapCanvas: HTMLCanvasElement, opts: MapImageOptions): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  // The map canvas is in device pixels; lay out in CSS pixels so 1× matches the screen.
  const ratio = window.devicePixelRatio || 1;
  const mapWidth = Math.round(mapCanvas.clientWidth || mapCanvas.width / ratio);
  const mapHeight = Math.round(mapCanvas.clientHeight || mapCanvas.height / ratio);
  const measure: Measure = (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = layoutMapImage({ ...opts, mapWidth, mapHeight }, measure);

  canvas.width = Math.round(layout.width * opts.scale);
  canvas.height = Math.round(layout.height * opts.scale);
  ctx.scale(opts.scale, opts.scale);
  ctx.fillStyle = COLOUR.bg;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const { map } = layout;
  ctx.drawImage(mapCanvas, 0, 0, mapCanvas.width, mapCanvas.height, map.x, map.y, map.width, map.height);
  ctx.fillStyle = COLOUR.line;
  ctx.fillRect(0, map.y - 1, layout.width, 1);
  ctx.fillRect(0, map.y + map.height, layout.width, 1);

  ctx.textBaseline = 'top';
  for (const placed of layout.legend) drawSample(ctx, placed);
  for (const line of [...layout.lines, ...layout.legend.map((l) => l.text)]) {
    ctx.font = line.font;
    ctx.fillStyle = line.colour;
    ctx.fillText(line.text, line.x, line.y + 2, layout.width - line.x - PAD);
  }

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
  });
}
