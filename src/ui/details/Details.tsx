import { useTranslation } from '../../i18n';
import { useModel } from '../../model/useAtlasModel';
import { CitationsProvider, createCitations } from './citations';
import { createDetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { EventDetails } from './EventDetails';
import { LinkDetails } from './LinkDetails';
import { MissionDetails } from './MissionDetails';
import { PlaceDetails } from './PlaceDetails';
import { RegionDetails } from './RegionDetails';
import './details.css';

export type DetailsProps = {
  id: string;
  /** Move the selection (and the camera) to another object. */
  onSelect: (id: string) => void;
  onClose: () => void;
};

/** The details panel for whatever is selected: region, place, mission, link or event. */
export function Details({ id, onSelect, onClose }: DetailsProps) {
  const { t } = useTranslation();
  const model = useModel();
  const index = model.data.index;
  if (!index) return null;
  const env = createDetailsEnv(model, index, t, onSelect);
  const entity = index.byId.get(id);
  // Numbered in reading order, afresh on every render (see citations.tsx).
  const citations = createCitations();

  // Keyed by id so that moving the selection starts the new view fresh (scroll, focus).
  const view = (() => {
    switch (entity?.kind) {
      case 'region':
        return <RegionDetails key={id} region={model.regions?.describe.get(id) ?? entity.record} env={env} onClose={onClose} />;
      case 'place':
        return <PlaceDetails key={id} place={entity.record} env={env} onClose={onClose} />;
      case 'mission':
        return <MissionDetails key={id} mission={entity.record} env={env} onClose={onClose} />;
      case 'link':
        return <LinkDetails key={id} link={entity.record} env={env} onClose={onClose} />;
      case 'event':
        return <EventDetails key={id} event={entity.record} env={env} onClose={onClose} />;
      default:
        return (
          <DetailsPanel title={id} onClose={onClose}>
            <p>{model.data.failed.size > 0 ? t('details.notLoaded', { id }) : t('details.notFound', { id })}</p>
          </DetailsPanel>
        );
    }
  })();
  return <CitationsProvider value={citations}>{view}</CitationsProvider>;
}
