import type { AtlasEvent } from '../../data/schema';
import { Cite } from './citations';
import type { DetailsEnv } from './detailsEnv';
import { EntityLink } from './EntityLink';

type Props = {
  /** Already filtered and in date order. */
  events: readonly AtlasEvent[];
  env: DetailsEnv;
};

/** Events as dated links to their own details, each with its sources. */
export function EventList({ events, env }: Props) {
  return (
    <ul className="entity-list">
      {events.map((e) => (
        <li key={e.id}>
          <span className="entity-list__date">{e.endDate ? env.interval(e.date, e.endDate) : env.date(e.date)}</span>{' '}
          <EntityLink id={e.id} label={env.names.of(e.id)} onSelect={env.onSelect} /> <Cite sources={e.sources} lang={env.lang} />
        </li>
      ))}
    </ul>
  );
}
