import { useTranslation } from '../../i18n';
import { seatAt } from '../../data/indexes';
import type { Mission, RegionId } from '../../data/schema';
import { missionPhase } from '../../filter/activeInRange';
import { MissionSymbol } from '../MissionSymbol';
import { Certainty } from './Certainty';
import { Cite, CitedSources } from './citations';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { Endpoint } from './Endpoint';
import { EntityLink } from './EntityLink';
import { EventList } from './EventList';
import { Localized } from './Localized';
import { StatusHistory } from './StatusHistory';
import { PhaseBadge } from './tieLine';

type Props = {
  mission: Mission;
  env: DetailsEnv;
  onClose: () => void;
};

/** Details of an embassy, consulate or trade office: where (and where before), its status, the regions it serves and served. */
export function MissionDetails({ mission, env, onClose }: Props) {
  const { t } = useTranslation();
  const { lang, index, names } = env;
  const kindLabel = t(`vocab.missionKind.${mission.kind}`);
  const related = index.eventsOf.get(mission.id) ?? [];
  const seat = seatAt(mission, env.day);
  const cite = (refs: readonly number[]) => <Cite sources={refs.map((i) => mission.sources[i])} lang={lang} />;

  return (
    <DetailsPanel
      dated={{ kind: 'mission', record: mission }}
      title={names.of(mission.id)}
      subtitle={
        <>
          <MissionSymbol sender={mission.sender} kind={mission.kind} size={16} /> {kindLabel} · {t(`country.${mission.sender}`)}
        </>
      }
      onClose={onClose}
    >
      <section className="key-facts" aria-label={t('facts.keyFacts')}>
        <p>
          {t('facts.seat.title')}
          {t('punct.colon')}
          <Endpoint id={seat.place} env={env} /> {cite(seat.sources)}{' '}
          <PhaseBadge phase={missionPhase(mission, env.range)} />
        </p>
      </section>
      <dl className="facts">
        <dt>{t('panel.mission.sender')}</dt>
        <dd>{t(`country.${mission.sender}`)}</dd>
        <dt>{t('panel.mission.kind')}</dt>
        <dd>
          <MissionSymbol sender={mission.sender} kind={mission.kind} size={16} /> {kindLabel}
        </dd>
      </dl>
      <Certainty certainty={mission.certainty} note={mission.note} cite={mission.noteSources && cite(mission.noteSources)} lang={lang} />

      {mission.seats.length > 1 && (
        <section aria-labelledby="mission-seats">
          <h3 id="mission-seats">{t('facts.seat.history')}</h3>
          <ul className="plain-list">
            {mission.seats.map((s) => (
              <li key={`${s.place}-${s.from}`}>
                {t('facts.seat.from', { place: names.of(s.place), date: env.dateInPhrase(s.from) })} {cite(s.sources)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <StatusHistory status={mission.status} sources={mission.sources} env={env} />

      {mission.kind === 'trade-office' ? null : mission.district === null ? (
        <section aria-labelledby="mission-district">
          <h3 id="mission-district">{t('panel.mission.notPublished')}</h3>
          {mission.districtNote && <Localized text={mission.districtNote} lang={lang} cite={mission.districtNoteSources && cite(mission.districtNoteSources)} />}
        </section>
      ) : (
        <>
          <CurrentDistrict mission={mission} env={env} />
          <section aria-labelledby="mission-history">
            <h3 id="mission-history">{t('panel.mission.history')}</h3>
            <ul className="plain-list">
              {[...mission.district]
                .sort((a, b) => (a.from < b.from ? -1 : 1))
                .map((a) => (
                  <li key={`${a.from}-${a.regions.join()}`}>
                    <span className="entity-list__date">{env.interval(a.from, a.to)}</span>
                    {t('punct.colon')}
                    {a.regions
                      .map(names.of)
                      .sort((x, y) => x.localeCompare(y, lang))
                      .join(t('punct.list'))}{' '}
                    {cite(a.sources)}
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
      <CitedSources lang={lang} own={mission.sources} />
    </DetailsPanel>
  );
}

/**
 * The regions the mission serves on the view's day, grouped by the date their assignment
 * began, each group with its source. Read from the model's districts, so a region handed over
 * to another mission is not listed here even while this mission's old assignment is open.
 */
function CurrentDistrict({ mission, env }: { mission: Mission; env: DetailsEnv }) {
  const { t } = useTranslation();
  const { model, names, lang } = env;
  const groups = new Map<string, { regions: RegionId[]; sources: readonly number[] }>();
  for (const region of model.districts?.districtOf.get(mission.id) ?? []) {
    const serving = model.districts!.servedBy.get(region)!;
    const group = groups.get(serving.since) ?? { regions: [], sources: serving.assignment.sources };
    group.regions.push(region);
    groups.set(serving.since, group);
  }
  const colour = model.colours.get(mission.id);
  return (
    <section aria-labelledby="mission-district">
      <h3 id="mission-district">
        {colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}
        {t('panel.mission.district', { date: env.date(env.day) })}
      </h3>
      {groups.size === 0 && <p className="muted">{t('panel.mission.noDistrict')}</p>}
      {[...groups]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([since, group]) => (
          <div key={since} className="district-group">
            <p className="muted">
              {env.interval(since)} <Cite sources={group.sources.map((i) => mission.sources[i])} lang={lang} />
            </p>
            <ul className="entity-list">
              {group.regions
                .map((r) => ({ id: r, name: names.of(r) }))
                .sort((a, b) => a.name.localeCompare(b.name, lang))
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
