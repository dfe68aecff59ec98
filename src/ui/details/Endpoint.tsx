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
  const { names, index, onSelect } = env;
  const entity = index.byId.get(id);
  if (entity?.kind === 'region') return <EntityLink id={id} label={names.of(id)} onSelect={onSelect} />;
  if (entity?.kind === 'place') {
    const region = entity.record.region;
    // "Beijing (Beijing)" says nothing twice: a city that names its region is the region's link.
    if (names.of(id) === names.of(region)) return <EntityLink id={region} label={names.of(region)} onSelect={onSelect} />;
    return (
      <>
        {names.of(id)} (<EntityLink id={region} label={names.of(region)} onSelect={onSelect} />)
      </>
    );
  }
  return <>{names.of(id)}</>;
}
