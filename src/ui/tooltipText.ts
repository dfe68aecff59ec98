import type { TFunction } from 'i18next';
import type { Boundaries } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import type { Lang } from '../data/schema';
import type { MapLayers } from '../filter/mapLayers';
import { namesFromProps, pickName } from '../i18n/names';
import type { HoverTarget } from '../map/MapController';

/** One line for the map tooltip: the name, and for regions the mission that serves them. */
export function tooltipText(
  hover: HoverTarget,
  index: AtlasIndex,
  boundaries: Boundaries,
  lang: Lang,
  layers: MapLayers | null,
  t: TFunction,
): string {
  if (hover.kind === 'region') {
    const f = boundaries.regions.features.find((r) => r.properties.id === hover.id);
    const name = f ? pickName(namesFromProps(f.properties), lang).text : hover.id;
    const missionId = layers?.servedBy.get(hover.id);
    const mission = missionId ? index.byId.get(missionId) : undefined;
    if (mission?.kind === 'mission') return `${name} — ${pickName(mission.record.name, lang).text}`;
    if (layers?.unpublished.has(hover.id)) return `${name} — ${t('tooltip.districtUnpublished')}`;
    return name;
  }
  const e = index.byId.get(hover.id);
  if (e?.kind === 'mission') return pickName(e.record.name, lang).text;
  if (e?.kind === 'link') {
    const title = pickName(e.record.title, lang).text;
    const summary = e.record.summary ? pickName(e.record.summary, lang).text : '';
    return summary ? `${title}: ${summary}` : title;
  }
  return hover.id;
}
