import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Boundaries } from '../data/boundaries';
import type { AtlasIndex } from '../data/indexes';
import type { Lang } from '../data/schema';
import type { YearRange } from '../filter/activeInRange';
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

/** The details panel for whatever is selected: region, place, mission, link or event. */
export function Details({ id, index, boundaries, day, range, lang, colours, onSelect, onClose }: DetailsProps) {
  const { t } = useTranslation();
  const env = useMemo(
    () => createDetailsEnv({ index, boundaries, day, range, lang, colours, onSelect }, t),
    [index, boundaries, day, range, lang, colours, onSelect, t],
  );
  const entity = index.byId.get(id);
  const region = entity?.kind === 'region' ? env.region(id) : undefined;

  // Keyed by id so that moving the selection starts the new view fresh (scroll, focus).
  if (region) return <RegionDetails key={id} region={region} env={env} onClose={onClose} />;
  switch (entity?.kind) {
    case 'place':
      return <PlaceDetails key={id} place={entity.record} env={env} onClose={onClose} />;
    case 'mission':
      return <MissionDetails key={id} mission={entity.record} env={env} onClose={onClose} />;
    case 'link':
      return <LinkDetails key={id} link={entity.record} env={env} onClose={onClose} />;
    case 'event':
      return <EventDetails key={id} event={entity.record} env={env} onClose={onClose} />;
  }
  return (
    <DetailsPanel title={id} onClose={onClose}>
      <p>{t('details.notFound', { id })}</p>
    </DetailsPanel>
  );
}
