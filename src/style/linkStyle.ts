/**
 * How ties look: one colour and one dash per link type (dashes keep types apart without
 * colour), and how a tie's phase (operating, suspended, announced, ended as of the range's
 * end) changes that. The map's layers, the legend and the exported image all read these.
 */
import type { LinkType } from '../data/schema';
import type { Phase } from '../data/status';

export const LINK_STYLE: Record<LinkType, { colour: string; dash: number[] | null }> = {
  partnership: { colour: '#7b3fa0', dash: [0.2, 2] },
  flight: { colour: '#0f766e', dash: [3, 2] },
  transport: { colour: '#1e3a8a', dash: null },
  trade: { colour: '#c2410c', dash: null },
};

/** Line opacity of a tie in full (the legend draws its samples with it); phases and focus fade it from there. */
export const LINK_OPACITY = 0.9;

/**
 * What a phase does to a line: announced ties are grey and thin (never drawn as operating);
 * suspended and ended ones keep their colour but fade. Operating ties are drawn as styled.
 */
export const PHASE_STYLE: Record<Phase, { colour: string | null; opacity: number; width: number | null }> = {
  operating: { colour: null, opacity: 1, width: null },
  suspended: { colour: null, opacity: 0.45, width: null },
  announced: { colour: '#6b7280', opacity: 0.8, width: 1.2 },
  ended: { colour: null, opacity: 0.3, width: 1.2 },
};

/**
 * Bundles: several ties between the same two units drawn as one grey arc at low zoom, wider with
 * more ties (width = base + perSqrtTie × √count), their number written on it.
 */
export const BUNDLE_STYLE = { opacity: 0.5, base: 1.5, perSqrtTie: 1.2, labelHalo: 2.2 } as const;

/** How much a line or symbol outside the selection's focus keeps of its opacity: context, not gone. */
export const FADED_OPACITY = 0.18;

/** Fill opacity of district colours. */
export const DISTRICT_FILL_OPACITY = 0.55;

/** Stroke of the "district not published" hatch (the map's pattern and the legend's swatch). */
export const HATCH_STROKE = 'rgba(90, 84, 72, 0.35)';

/** The hatch's tile, in px: 1px "/" strokes this far apart along a row (the legend's HatchSwatch derives its period from it). */
export const HATCH_TILE = 8;

/** Mission symbols are coloured by the sending country. */
export const SENDER_COLOUR = { KZ: '#0b7fab', CN: '#c8102e' } as const;
