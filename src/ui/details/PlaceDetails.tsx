import { useTranslation } from '../../i18n';
import { LANGS, type Place } from '../../data/schema';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { EntityLink } from './EntityLink';

type Props = {
  place: Place;
  env: DetailsEnv;
  onClose: () => void;
};

/** A city or town (reachable through a shared URL): its names and the region it lies in. */
export function PlaceDetails({ place, env, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <DetailsPanel title={env.names.of(place.id)} subtitle={t(`country.${place.country}`)} onClose={onClose}>
      <dl className="facts">
        <dt>{t('panel.place.region')}</dt>
        <dd>
          <EntityLink id={place.region} label={env.names.of(place.region)} onSelect={env.onSelect} />
        </dd>
        <dt>{t('details.names')}</dt>
        <dd>
          <ul className="names">
            {LANGS.map((l) => (
              <li key={l} lang={l}>
                <span className="names__lang">{l}</span> {place.name[l]}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </DetailsPanel>
  );
}
