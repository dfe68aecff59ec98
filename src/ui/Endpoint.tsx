import type { DetailsEnv } from './detailsEnv';
import { EntityLink } from './EntityLink';

type Props = {
  /** A link or visit endpoint: region, place or country id. */
  id: string;
  env: DetailsEnv;
};

/**
 * A link endpoint by name: a region as a link to it, a place with a link to its region
 * ("Urumqi (Xinjiang)"), a whole country as plain text.
 */
export function Endpoint({ id, env }: Props) {
  const entity = env.index.byId.get(id);
  if (entity?.kind === 'region' || env.region(id)) {
    return <EntityLink id={id} label={env.nameOf(id)} onSelect={env.onSelect} />;
  }
  if (entity?.kind === 'place') {
    const region = entity.record.region;
    // "Beijing (Beijing)" says nothing twice: a city that names its region is the region's link.
    if (env.nameOf(id) === env.nameOf(region)) {
      return <EntityLink id={region} label={env.nameOf(region)} onSelect={env.onSelect} />;
    }
    return (
      <>
        {env.nameOf(id)} (<EntityLink id={region} label={env.nameOf(region)} onSelect={env.onSelect} />)
      </>
    );
  }
  return <>{env.nameOf(id)}</>;
}
