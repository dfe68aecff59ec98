import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Mission } from '../data/schema';
import type { YearRange } from '../filter/activeInRange';
import type { MapController } from '../map/MapController';
import type { LayerId } from '../state/urlCodec';
import { imageLegend } from './imageLegend';

/** Saves a PNG of the map as drawn now, with title, range, legend and credits; the code loads on demand. */
export function useMapImageExport(
  controller: RefObject<MapController | null>,
  input: {
    range: YearRange | null;
    layers: readonly LayerId[];
    missions: readonly Mission[] | undefined;
    districtOf: ReadonlyMap<string, unknown> | undefined;
    colours: ReadonlyMap<string, string>;
    lang: Lang;
  },
) {
  const { t } = useTranslation();
  const { range, layers, missions, districtOf, colours, lang } = input;
  return async (scale: 1 | 2, fileName: string) => {
    if (!controller.current || !range) return;
    const [{ composeMapImage }, { downloadBlob }, canvas] = await Promise.all([
      import('./mapImage'),
      import('./download'),
      controller.current.snapshot(),
    ]);
    const blob = await composeMapImage(canvas, {
      scale,
      title: t('app.title'),
      subtitle: t('export.imageSubtitle', { from: range.from, to: range.to }),
      legend: imageLegend(layers, missions ?? [], districtOf, colours, lang, t),
      credits: [t('map.attributionKz'), t('map.attributionCn'), t('map.attributionNe')],
    });
    downloadBlob(blob, fileName);
  };
}
