import { useTranslation } from '../../i18n';
import type { AtlasEvent } from '../../data/schema';
import { Certainty } from './Certainty';
import { Cite, CitedSources } from './citations';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { Endpoint } from './Endpoint';
import { EntityLink } from './EntityLink';
import { Localized } from './Localized';

type Props = {
  event: AtlasEvent;
  env: DetailsEnv;
  onClose: () => void;
};

/** Details of an event: what (with its sources), when, where, who visited whom, and what it relates to. */
export function EventDetails({ event, env, onClose }: Props) {
  const { t } = useTranslation();
  const { lang, index, names } = env;
  const when = event.endDate ? env.interval(event.date, event.endDate) : env.date(event.date);
  const regions = index.regionsOf.get(event.id) ?? event.regions;
  const links = (event.links ?? []).filter((id) => index.byId.has(id));
  const missions = (event.missions ?? []).filter((id) => index.byId.has(id));

  return (
    <DetailsPanel title={names.of(event.id)} subtitle={`${t(`panel.eventType.${event.type}`)} · ${when}`} onClose={onClose} dated={{ kind: 'event', record: event }}>
      <div className="summary">
        <Localized text={event.summary} lang={lang} /> <Cite sources={event.sources} lang={lang} />
      </div>
      <dl className="facts">
        <dt>{t('panel.event.date')}</dt>
        <dd>{when}</dd>
        {event.from && event.to && (
          <>
            <dt>{t('panel.event.visit')}</dt>
            <dd>
              <Endpoint id={event.from} env={env} /> → <Endpoint id={event.to} env={env} />
            </dd>
          </>
        )}
        {event.places && event.places.length > 0 && (
          <>
            <dt>{t('panel.event.places')}</dt>
            <dd>{event.places.map(names.of).join(t('punct.list'))}</dd>
          </>
        )}
      </dl>
      <Certainty certainty={event.certainty} note={event.note} lang={lang} />
      {regions.length > 0 && (
        <section aria-labelledby="event-regions">
          <h3 id="event-regions">{t('panel.event.regions')}</h3>
          <IdList ids={regions} env={env} />
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby="event-links">
          <h3 id="event-links">{t('panel.event.links')}</h3>
          <IdList ids={links} env={env} />
        </section>
      )}
      {missions.length > 0 && (
        <section aria-labelledby="event-missions">
          <h3 id="event-missions">{t('panel.event.missions')}</h3>
          <IdList ids={missions} env={env} />
        </section>
      )}
      <CitedSources lang={lang} own={event.sources} />
    </DetailsPanel>
  );
}

function IdList({ ids, env }: { ids: readonly string[]; env: DetailsEnv }) {
  return (
    <ul className="entity-list">
      {ids.map((id) => (
        <li key={id}>
          <EntityLink id={id} label={env.names.of(id)} onSelect={env.onSelect} />
        </li>
      ))}
    </ul>
  );
}
