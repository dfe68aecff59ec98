import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { AtlasData } from '../data/useAtlasData';
import type { AtlasModel } from '../model/atlasModel';
import { ModelProvider, useAtlasModel } from '../model/useAtlasModel';
import { defaultRecords, miniBoundaries, miniIndex, modelFor } from './fixtures';

/** Renders a component inside the model it reads, as the app does; the model comes from `modelFor`. */
export function renderWithModel(ui: ReactElement, options: Parameters<typeof modelFor>[0] | AtlasModel = {}): RenderResult & { model: AtlasModel } {
  const model = 'names' in options ? options : modelFor(options);
  return { model, ...render(<ModelProvider value={model}>{ui}</ModelProvider>) };
}

/** The app's own provider: the model derived from the app store (`atlasStore`) on every render. */
function LiveModel({ data, children }: { data: AtlasData; children: ReactNode }) {
  return <ModelProvider value={useAtlasModel(data)}>{children}</ModelProvider>;
}

/**
 * Renders a component under a model that follows the app store, for components that change
 * the store and must see the result (timeline, filters). The caller resets the store and
 * sets its data span, as the app does once the data is in.
 */
export function renderWithStore(ui: ReactElement, options: { data?: Partial<AtlasData> } = {}): RenderResult {
  const boundaries = options.data?.boundaries ?? miniBoundaries();
  const data: AtlasData = {
    boundaries,
    index: options.data?.index === undefined ? miniIndex(defaultRecords(), boundaries) : options.data.index,
    complete: options.data?.complete ?? true,
    problems: options.data?.problems ?? [],
    failed: options.data?.failed ?? new Set(),
  };
  return render(<LiveModel data={data}>{ui}</LiveModel>);
}
