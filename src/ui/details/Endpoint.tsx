import { useTranslation } from '../../i18n';
import type { DetailsEnv } from './detailsEnv';
import { EntityLink } from './EntityLink';

type Props = {
  /** A link or visit endpoint: region, place or country id. */
  id: string;
  env: DetailsEnv;
};

/**
 * A link endpoint by name: a region as a link to it, a place with a link to its region
 * ("Urumqi (Xinjiang)"; "Yining (Ghulja), Xinjiang" when the name has brackets of its own), a
 * whole country as plain text.
 */
export function Endpoint({ id, env }: Props) {
  const { t } = useTranslation();
  const { names, index, onSelect } = env;
  const entity = index.byId.get(id);
  if (entity?.kind === 'region') return <EntityLink id={id} label={names.of(id)} onSelect={onSelect} />;
  if (entity?.kind === 'place') {
    const region = entity.record.region;
    const name = names.of(id);
    const link = <EntityLink id={region} label={names.of(region)} onSelect={onSelect} />;
    // "Beijing (Beijing)" says nothing twice: a city that names its region is the region's link.
    if (name === names.of(region)) return link;
    const bracketed = /[(（]/.test(name);
    return (
      <>
        {name}
        {bracketed ? t('punct.comma') : t('punct.open')}
        {link}
        {bracketed ? null : t('punct.close')}
      </>
    );
  }
  return <>{names.of(id)}</>;
}
