import type { TFunction } from '../i18n';
import { LINK_TYPES, MISSION_KINDS, type Lang, type Mission } from '../data/schema';
import { pickName } from '../data/names';
import { DISTRICT_FILL_OPACITY, HATCH_STROKE, LINK_STYLE, SENDER_COLOUR } from '../style/linkStyle';
import { LAYER_OF_LINK_TYPE, type LayerId } from '../view/view';
import type { AtlasIndex } from '../data/indexes';
import type { Visible } from '../filter/visible';
import type { LegendItem } from './mapImage';
import { shadeLegend } from '../model/shadeLegend';
import type { Shading } from '../model/shading';

export type ImageLegendInput = {
  layers: readonly LayerId[];
  missions: readonly Mission[];
  /** The missions drawn (in the years shown, with their layer on): their kinds and senders get entries. */
  shownMissions: readonly Mission[];
  districtOf: ReadonlyMap<string, unknown> | undefined;
  colours: ReadonlyMap<string, string>;
  /** The choropleth when regions are shaded: its classes replace the districts, as on the map. */
  shading: Shading | null;
  uncertainMarks: boolean;
};

/**
 * The legend drawn onto an exported map image: what is on, in the map's own colours, dashes,
 * symbols and hatching (the shading's classes, or the districts; the missions' kinds and sending
 * countries; the ties), and the question mark when a tie or
 * mission it shows is uncertain.
 */
export function imageLegend(
  { layers, missions, shownMissions, districtOf, colours, shading, uncertainMarks }: ImageLegendInput,
  lang: Lang,
  t: TFunction,
): LegendItem[] {
  const on = new Set(layers);
  const items: LegendItem[] = [];
  if (shading) {
    for (const { label, colour } of shadeLegend(shading, lang, t)) items.push(colour === null ? { label, hatch: HATCH_STROKE } : { label, colour });
  } else if (on.has('districts')) {
    for (const m of missions) {
      const colour = colours.get(m.id);
      if (colour && districtOf?.has(m.id)) items.push({ label: pickName(m.name, lang).text, colour, opacity: DISTRICT_FILL_OPACITY });
    }
    items.push({ label: t('legend.unpublished'), hatch: HATCH_STROKE });
  }
  if (on.has('missions')) {
    // Only the kinds and senders the picture shows, in the on-screen legend's order.
    const kinds = new Set(shownMissions.map((m) => m.kind));
    for (const kind of MISSION_KINDS) if (kinds.has(kind)) items.push({ label: t(`vocab.missionKind.${kind}`), shape: kind });
    const senders = new Set(shownMissions.map((m) => m.sender));
    for (const sender of ['KZ', 'CN'] as const) if (senders.has(sender)) items.push({ label: t(`legend.sender.${sender}`), colour: SENDER_COLOUR[sender] });
  }
  for (const type of LINK_TYPES) {
    const layer = LAYER_OF_LINK_TYPE[type];
    if (on.has(layer)) items.push({ label: t(`legend.${layer}`), colour: LINK_STYLE[type].colour, dash: LINK_STYLE[type].dash });
  }
  if (uncertainMarks) items.push({ label: t('legend.uncertainInImage'), mark: 'uncertain' });
  return items;
}

/**
 * Whether an uncertain tie or mission is among those shown (in the years and layers on), so the
 * image may carry a question mark. It may lie outside the frame or inside a bundle: the legend
 * then explains a mark the picture happens not to show, which beats leaving one unexplained.
 */
export function hasUncertainMark(visible: Pick<Visible, 'linkIds' | 'missionIds'> | null, index: Pick<AtlasIndex, 'byId'> | null | undefined): boolean {
  if (!visible || !index) return false;
  for (const id of [...visible.linkIds, ...visible.missionIds]) {
    const entity = index.byId.get(id);
    if ((entity?.kind === 'link' || entity?.kind === 'mission') && entity.record.certainty === 'uncertain') return true;
  }
  return false;
}
