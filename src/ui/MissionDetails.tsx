import { useTranslation } from 'react-i18next';
import type { Mission, RegionId } from '../data/schema';
import { compareDates } from '../filter/dates';
import { districtAsOf, districtForRegion } from '../filter/districts';
import { Certainty } from './Certainty';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { Endpoint } from './Endpoint';
import { EntityLink } from './EntityLink';
import { EventList } from './EventList';
import { Localized } from './Localized';
import { MissionSymbol } from './MissionSymbol';
import { SourceList } from './SourceList';

type Props = {
  mission: Mission;
  env: DetailsEnv;
  onClose: () => void;
};

/** Details of an embassy or consulate: where, since when, which regions it serves and served. */
export function MissionDetails({ mission, env, onClose }: Props) {
  const { t } = useTranslation();
  const { lang, index } = env;
  const kindLabel = t(`panel.missionKind.${mission.kind}`);
  const related = index.events
    .filter((e) => e.missions?.includes(mission.id))
    .sort((a, b) => compareDates(a.date, b.date));

  return (
    <DetailsPanel
      title={env.nameOf(mission.id)}
      subtitle={
        <>
          <MissionSymbol sender={mission.sender} kind={mission.kind} size={16} /> {kindLabel} ·{' '}
          {t(`country.${mission.sender}`)}
        </>
      }
      onClose={onClose}
    >
      <dl className="facts">
        <dt>{t('panel.mission.sender')}</dt>
        <dd>{t(`country.${mission.sender}`)}</dd>
        <dt>{t('panel.mission.kind')}</dt>
        <dd>
          <MissionSymbol sender={mission.sender} kind={mission.kind} size={16} /> {kindLabel}
        </dd>
        <dt>{t('panel.mission.city')}</dt>
        <dd>
          <Endpoint id={mission.place} env={env} />
        </dd>
        <dt>{t('panel.mission.opened')}</dt>
        <dd>{env.date(mission.opened)}</dd>
        {mission.closed && (
          <>
            <dt>{t('panel.mission.closed')}</dt>
            <dd>{env.date(mission.closed)}</dd>
          </>
        )}
      </dl>
      <Certainty certainty={mission.certainty} note={mission.note} lang={lang} />

      {mission.district === null ? (
        <section aria-labelledby="mission-district">
          <h3 id="mission-district">{t('panel.mission.notPublished')}</h3>
          {mission.districtNote && <Localized text={mission.districtNote} lang={lang} />}
        </section>
      ) : (
        <>
          <CurrentDistrict mission={mission} env={env} />
          <section aria-labelledby="mission-history">
            <h3 id="mission-history">{t('panel.mission.history')}</h3>
            <ul className="plain-list">
              {[...mission.district]
                .sort((a, b) => compareDates(a.from, b.from))
                .map((a) => (
                  <li key={`${a.from}-${a.regions.join()}`}>
                    <span className="entity-list__date">{env.interval(a.from, a.to)}:</span>{' '}
                    {a.regions.map(env.nameOf).join(', ')}
                  </li>
                ))}
            </ul>
          </section>
        </>
      )}

      {related.length > 0 && (
        <section aria-labelledby="mission-events">
          <h3 id="mission-events">{t('panel.relatedEvents')}</h3>
          <EventList events={related} env={env} />
        </section>
      )}
      <SourceList sources={mission.sources} lang={lang} />
    </DetailsPanel>
  );
}

/**
 * The regions the mission serves on the view's day, grouped by the date their assignment
 * began. Read through the district selectors, so a region handed over to another mission
 * is not listed here even while this mission's old assignment is still open.
 */
function CurrentDistrict({ mission, env }: { mission: Mission; env: DetailsEnv }) {
  const { t } = useTranslation();
  const served = [...districtAsOf(env.index.missions, env.day)]
    .filter(([, id]) => id === mission.id)
    .map(([region]) => region);
  const bySince = new Map<string, RegionId[]>();
  for (const region of served) {
    const since = districtForRegion(env.index.missions, region, env.day)!.since;
    bySince.set(since, [...(bySince.get(since) ?? []), region]);
  }
  const colour = env.colours.get(mission.id);
  return (
    <section aria-labelledby="mission-district">
      <h3 id="mission-district">
        {colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}
        {t('panel.mission.district', { date: env.date(env.day) })}
      </h3>
      {served.length === 0 && <p className="muted">{t('panel.mission.noDistrict')}</p>}
      {[...bySince]
        .sort(([a], [b]) => compareDates(a, b))
        .map(([since, regions]) => (
          <div key={since} className="district-group">
            <p className="muted">{env.interval(since)}</p>
            <ul className="entity-list">
              {regions
                .map((r) => ({ id: r, name: env.nameOf(r) }))
                .sort((a, b) => a.name.localeCompare(b.name, env.lang))
                .map((r) => (
                  <li key={r.id}>
                    <EntityLink id={r.id} label={r.name} onSelect={env.onSelect} />
                  </li>
                ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
