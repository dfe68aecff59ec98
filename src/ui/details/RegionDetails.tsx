import { useTranslation } from '../../i18n';
import type { RegionProps } from '../../data/boundaries';
import { yearOf } from '../../data/dates';
import { centrePlaceOf } from '../../data/indexes';
import { namesFromProps, pickName } from '../../data/names';
import { LANGS, LINK_TYPES, type Link, type LinkType, type TradeLink } from '../../data/schema';
import { phaseAt, tieDates } from '../../data/status';
import { isEventInRange, linkPhase } from '../../filter/activeInRange';
import { TiesByType } from '../charts/TiesByType';
import { YearDots } from '../charts/YearDots';
import { Cite, CitedSources } from './citations';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { Endpoint } from './Endpoint';
import { EntityLink } from './EntityLink';
import { EventList } from './EventList';
import { TradeCharts } from './FigureChart';
import { Localized } from './Localized';
import { NoteWithFix, useShowYear } from './OffMapNote';
import { TieWhen } from './tieLine';

type Props = {
  region: RegionProps;
  env: DetailsEnv;
  onClose: () => void;
};

/**
 * Details of one region: key facts first (who serves it, how many ties), then its names and
 * codes, its consular district with the source of that line, a profile (ties by type, events
 * by year), every tie with its dates and sources, trade as a chart, and its events.
 */
export function RegionDetails({ region, env, onClose }: Props) {
  const { t } = useTranslation();
  const { index, lang, range, names } = env;
  const regionNames = namesFromProps(region);
  const centrePlace = centrePlaceOf(region, index.places);
  const centreNames = namesFromProps(region, 'centre_');
  // A centre the atlas has as a place is named like it everywhere else (and leads to it). Others come
  // from the boundary file, where most Chinese capitals have no sourced Kazakh form: Kazakh readers
  // get the Russian one, marked as such.
  const centre = Object.keys(centreNames).length > 0 ? pickName(centreNames, lang) : null;

  const records = (index.byRegion.get(region.id) ?? []).map((id) => index.byId.get(id));
  const links = records.flatMap((e) => (e?.kind === 'link' ? [e.record] : []));
  const phases = new Map(links.map((l) => [l.id, linkPhase(l, range)]));
  const active = links.filter((l) => phases.get(l.id) !== null);
  const allEvents = index.eventsOf.get(region.id) ?? [];
  const events = allEvents.filter((e) => isEventInRange(e, range));
  const trade = active.filter((l): l is TradeLink => l.type === 'trade');
  const partnerOf = (l: Link) => (index.endpointRegion(l.a) === region.id ? l.b : l.a);
  const byType = Object.fromEntries(LINK_TYPES.map((type) => [type, active.filter((l) => l.type === type).length])) as Record<LinkType, number>;

  return (
    <DetailsPanel
      title={names.of(region.id)}
      subtitle={`${t(`kind.${region.kind}`)} · ${t(`country.${region.country}`)}`}
      onClose={onClose}
    >
      <section className="key-facts" aria-label={t('facts.keyFacts')}>
        <ReformNote region={region} env={env} />
        <ServingMission region={region} env={env} brief />
        <p>{t('facts.tiesCount', { count: active.length })}</p>
      </section>

      <dl className="facts">
        <dt>{t('details.code')}</dt>
        <dd>
          <code>{region.id}</code>
        </dd>
        {centre && (
          <>
            <dt>{t('details.centre')}</dt>
            {centrePlace ? (
              <dd>
                <EntityLink id={centrePlace.id} label={names.of(centrePlace.id)} onSelect={env.onSelect} />
              </dd>
            ) : (
              <dd lang={centre.lang === lang ? undefined : centre.lang}>{centre.text}</dd>
            )}
          </>
        )}
        <dt>{t('details.names')}</dt>
        <dd>
          <ul className="names">
            {LANGS.filter((l) => regionNames[l]).map((l) => (
              <li key={l} lang={l}>
                <span className="names__lang">{l}</span> {regionNames[l]}
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      {!env.model.districts?.servedBy.has(region.id) && (
        <section aria-labelledby="region-district">
          <h3 id="region-district">{t('panel.region.district')}</h3>
          <ServingMission region={region} env={env} />
        </section>
      )}

      <section aria-labelledby="region-profile">
        <h3 id="region-profile">{t('facts.profile.title')}</h3>
        <h4>{t('facts.profile.byType')}</h4>
        <TiesByType counts={byType} />
        {events.length > 0 && (
          <>
            <h4>{t('facts.profile.eventsByYear')}</h4>
            <YearDots years={events.map((e) => yearOf(e.date))} range={range} />
          </>
        )}
      </section>

      <section aria-labelledby="region-links">
        <h3 id="region-links">{t('panel.region.links')}</h3>
        {active.length === 0 && (
          <p className="muted">{env.model.data.failed.has('links.json') ? t('recovery.notLoaded.links') : t('panel.region.noLinks')}</p>
        )}
        {LINK_TYPES.map((type) => {
          const ofType = active.filter((l) => l.type === type).sort((a, b) => (tieDates(a).from < tieDates(b).from ? -1 : 1));
          if (ofType.length === 0) return null;
          return (
            <section key={type} className="link-group" aria-labelledby={`region-links-${type}`}>
              <h4 id={`region-links-${type}`}>{t(`vocab.linkTypes.${type}`)}</h4>
              <ul className="entity-list">
                {ofType.map((l) => (
                  <li key={l.id}>
                    <Endpoint id={partnerOf(l)} env={env} /> · <TieWhen link={l} phase={phases.get(l.id)} env={env} />
                    <br />
                    <EntityLink id={l.id} label={names.of(l.id)} onSelect={env.onSelect} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {links.length > active.length && <p className="muted">{t('panel.linksOutside', { count: links.length - active.length })}</p>}
      </section>

      {trade.length > 0 && (
        <section aria-labelledby="region-trade">
          <h3 id="region-trade">{t('panel.region.trade')}</h3>
          <TradeCharts ties={trade.map((l) => ({ figures: l.values, sources: l.sources }))} env={env} />
        </section>
      )}

      <section aria-labelledby="region-events">
        <h3 id="region-events">{t('panel.region.events')}</h3>
        {events.length === 0 ? (
          <p className="muted">{env.model.data.failed.has('events.json') ? t('recovery.notLoaded.events') : t('panel.region.noEvents')}</p>
        ) : (
          <EventList events={events} env={env} />
        )}
        {allEvents.length > events.length && <p className="muted">{t('panel.eventsOutside', { count: allEvents.length - events.length })}</p>}
      </section>
      <CitedSources lang={lang} />
    </DetailsPanel>
  );
}

/**
 * Kazakhstan's 2018 and 2022 reforms, for a region shown with years before one: ties and events
 * are filed by today's regions, and the map draws the regions of the day shown. A region formed
 * later (Zhetisu, Abai, Ulytau in 2022; Shymkent in 2018) is not on that map: say so, and offer
 * the years it exists in. A region drawn in its former borders (Almaty Region with Zhetisu,
 * South Kazakhstan with Shymkent) lists only the ties of what is still in it: say where the rest are.
 */
function ReformNote({ region, env }: { region: RegionProps; env: DetailsEnv }) {
  const { t } = useTranslation();
  const showYear = useShowYear();
  const { regions } = env.model;
  if (!regions) return null;
  const onDay = regions.valid.get(region.id);
  if (onDay) {
    if (!onDay.validTo) return null;
    return <p className="muted">{t('panel.region.formerBorders', { date: env.date(env.day), reform: env.dateInPhrase(onDay.validTo) })}</p>;
  }
  if (!region.validFrom) return null;
  const text = t('panel.region.notYetFormed', { formed: env.dateInPhrase(region.validFrom), date: env.date(env.day) });
  return <NoteWithFix text={text} fix={showYear(yearOf(region.validFrom))} />;
}

/**
 * The mission whose consular district includes the region on the view's day, since when, and
 * the source that publishes it; or, when none does, the notes of the missions that publish none.
 */
function ServingMission({ region, env, brief = false }: { region: RegionProps; env: DetailsEnv; brief?: boolean }) {
  const { t } = useTranslation();
  const { model, index, lang, names } = env;
  const serving = model.districts?.servedBy.get(region.id);
  if (serving) {
    const colour = model.colours.get(serving.mission.id);
    const sources = serving.assignment.sources.map((i) => serving.mission.sources[i]);
    return (
      <p className="serving">
        {colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}
        <span>
          {t('panel.region.district')}
          {t('punct.colon')}
          <EntityLink id={serving.mission.id} label={names.of(serving.mission.id)} onSelect={env.onSelect} />{' '}
          <span className="muted">{env.interval(serving.since)}</span> <Cite sources={sources} lang={lang} />
        </span>
      </p>
    );
  }
  const open = index.missions.filter(
    (m) => m.sender !== region.country && m.kind !== 'trade-office' && phaseAt(m.status, env.day) === 'operating',
  );
  // Before the other country's first embassy or consulate opened, nothing could serve the region:
  // "not published" would suggest a district kept secret.
  if (open.length === 0) return <p>{t('panel.region.noMissionYet', { date: env.date(env.day) })}</p>;
  if (brief) return <p>{t('panel.region.notPublished')}</p>;
  const unpublished = open.filter((m) => m.district === null);
  return (
    <>
      <p>{t('panel.region.notPublished')}</p>
      {unpublished.length > 0 && <p>{t('panel.region.unpublishedMissions')}</p>}
      {unpublished.length > 0 && (
        <ul className="entity-list">
          {unpublished.map((m) => (
            <li key={m.id}>
              <EntityLink id={m.id} label={names.of(m.id)} onSelect={env.onSelect} />
              {m.districtNote && (
                <Localized
                  text={m.districtNote}
                  lang={lang}
                  className="muted"
                  cite={m.districtNoteSources && <Cite sources={m.districtNoteSources.map((i) => m.sources[i])} lang={lang} />}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
