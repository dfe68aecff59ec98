import type { Boundaries } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import type { Lang } from '../data/schema';
import type { YearRange } from '../filter/activeInRange';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from './DetailsPanel';
import { RegionDetails } from './RegionDetails';

export type DetailsProps = {
  id: string;
  index: AtlasIndex;
  boundaries: Boundaries;
  /** Boundaries and districts as of this day (YYYY-MM-DD). */
  day: string;
  range: YearRange | null;
  lang: Lang;
  /** Mission id → district colour (as on the map). */
  colours: ReadonlyMap<string, string>;
  /** Move the selection (and the camera) to another object. */
  onSelect: (id: string) => void;
  onClose: () => void;
};

/** The details panel for whatever is selected: region, mission, link or event. */
export function Details(props: DetailsProps) {
  const { t } = useTranslation();
  const entity = props.index.byId.get(props.id);
  if (entity?.kind === 'region') {
    const region = props.boundaries.regions.features.find((f) => f.properties.id === props.id && !f.properties.validTo);
    if (region) return <RegionDetails region={region.properties} lang={props.lang} onClose={props.onClose} />;
  }
  return (
    <DetailsPanel title={props.id} onClose={props.onClose}>
      <p>{entity ? entity.kind : t('details.notFound', { id: props.id })}</p>
    </DetailsPanel>
  );
}
