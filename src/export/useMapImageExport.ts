import { useTranslation } from '../i18n';
import { shadedBy } from '../model/shadeLegend';
import { useModel } from '../model/useAtlasModel';
import { downloadBlob } from './download';
import { hasUncertainMark, imageLegend } from './imageLegend';

/** The map as drawn now (a canvas copy), or null while there is no map. */
export type Snapshot = () => Promise<HTMLCanvasElement> | null;

/** Saves a PNG of the map as drawn now, with title, range, legend and credits; the drawing code loads on demand. */
export function useMapImageExport(snapshot: Snapshot) {
  const { t } = useTranslation();
  const { range, view, data, districts, colours, shading, lang, visible, names } = useModel();
  return async (scale: 1 | 2, fileName: string) => {
    const shot = snapshot();
    // No WebGL or no boundaries: say so in the menu's status rather than report a file saved.
    if (!shot || !range) throw new Error(t('export.noMap'));
    const [{ composeMapImage }, canvas] = await Promise.all([import('./mapImage'), shot]);
    const blob = await composeMapImage(canvas, {
      scale,
      title: t('app.title'),
      // While regions are shaded the districts are not drawn: the subtitle names the shading instead.
      // The selection is named as the citation names it: the picture shows its ties in front.
      subtitle: [
        shading ? t('export.imageSubtitleShaded', { from: range.from, to: range.to }) : t('export.imageSubtitle', { from: range.from, to: range.to }),
        ...(shading ? [shadedBy(shading.measure, lang, t)] : []),
        ...(view.sel ? [t('about.view.selected', { name: names.of(view.sel) })] : []),
      ].join(t('punct.semicolon')),
      legend: imageLegend(
        {
          layers: view.layers,
          missions: data.index?.missions ?? [],
          shownMissions: (data.index?.missions ?? []).filter((m) => visible?.missionIds.has(m.id)),
          districtOf: districts?.districtOf,
          colours,
          shading,
          uncertainMarks: hasUncertainMark(visible, data.index),
        },
        lang,
        t,
      ),
      credits: [t('map.attributionKz'), t('map.attributionCn'), t('map.attributionNe')],
    });
    downloadBlob(blob, fileName);
  };
}
