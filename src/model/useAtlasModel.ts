import { createContext, useContext, useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import type { AtlasData } from '../data/useAtlasData';
import { useAtlas } from '../state/store';
import { createAtlasModel, type AtlasModel } from './atlasModel';

/**
 * The model for the current store and data. The derivation itself is pure
 * (`createAtlasModel`); this hook only gathers its inputs and keeps one memo chain per app.
 */
export function useAtlasModel(data: AtlasData): AtlasModel {
  const { t } = useTranslation();
  const view = useAtlas((s) => s.view);
  const lang = useAtlas((s) => s.lang);
  const dataSpan = useAtlas((s) => s.dataSpan);
  const playYear = useAtlas((s) => s.playYear);
  // `t` changes identity with the language, and only then.
  const labels = useMemo(
    () => ({
      attribution: [t('map.attributionKz'), t('map.attributionCn'), t('map.attributionNe')],
      canvas: t('map.canvasLabel'),
      controls: {
        zoomIn: t('map.zoomIn'),
        zoomOut: t('map.zoomOut'),
        kilometres: t('map.kilometres'),
        metres: t('map.metres'),
        toggleAttribution: t('map.toggleAttribution'),
      },
    }),
    [t],
  );
  const [derive] = useState(createAtlasModel);
  return derive({ view, lang, dataSpan, playYear, data, labels });
}

const ModelContext = createContext<AtlasModel | null>(null);

/** Makes the model available to every panel below (the app renders one). */
export const ModelProvider = ModelContext.Provider;

/** The model, inside `ModelProvider`. */
export function useModel(): AtlasModel {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useModel() outside <ModelProvider>');
  return model;
}
