import type { AtlasEvent } from '../data/schema';
import type { DetailsEnv } from './detailsEnv';
import { EntityLink } from './EntityLink';

type Props = {
  /** Already filtered and in date order. */
  events: readonly AtlasEvent[];
  env: DetailsEnv;
};

/** Events as dated links to their own details. */
export function EventList({ events, env }: Props) {
  return (
    <ul className="entity-list">
      {events.map((e) => (
        <li key={e.id}>
          <span className="entity-list__date">
            {e.endDate ? env.interval(e.date, e.endDate) : env.date(e.date)}
          </span>{' '}
          <EntityLink id={e.id} label={env.nameOf(e.id)} onSelect={env.onSelect} />
        </li>
      ))}
    </ul>
  );
}
