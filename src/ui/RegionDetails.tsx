import { useTranslation } from 'react-i18next';
import type { RegionProps } from '../data/boundaries';
import { LANGS, LINK_TYPES, type Link, type Mission, type TradeLink } from '../data/schema';
import { isEventInRange, isLinkActiveInRange } from '../filter/activeInRange';
import { compareDates } from '../filter/dates';
import { districtForRegion } from '../filter/districts';
import { namesFromProps, pickName } from '../i18n/names';
import { Certainty } from './Certainty';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { Endpoint } from './Endpoint';
import { EntityLink } from './EntityLink';
import { EventList } from './EventList';
import { Localized } from './Localized';
import { TradeTable } from './TradeTable';

type Props = {
  region: RegionProps;
  env: DetailsEnv;
  onClose: () => void;
};

/**
 * Details of one region: names, kind, centre and ISO code; the mission serving it on the
 * view's day; its links (by type) and events in the selected years; its trade figures.
 */
export function RegionDetails({ region, env, onClose }: Props) {
  const { t } = useTranslation();
  const { index, lang, range } = env;
  const names = namesFromProps(region);
  const centre = namesFromProps(region, 'centre_');
  const hasCentre = Object.keys(centre).length > 0;

  const records = (index.byRegion.get(region.id) ?? []).map((id) => index.byId.get(id));
  const links = records.flatMap((e) => (e?.kind === 'link' ? [e.record] : []));
  const events = records.flatMap((e) => (e?.kind === 'event' ? [e.record] : []));
  const activeLinks = links.filter((l) => isLinkActiveInRange(l, range));
  const shownEvents = events.filter((e) => isEventInRange(e, range)).sort((a, b) => compareDates(a.date, b.date));
  const tradeLinks = activeLinks.filter((l): l is TradeLink => l.type === 'trade');
  const partnerOf = (l: Link) => (index.endpointRegion(l.a) === region.id ? l.b : l.a);

  return (
    <DetailsPanel
      title={pickName(names, lang).text}
      subtitle={`${t(`kind.${region.kind}`)} · ${t(`country.${region.country}`)}`}
      onClose={onClose}
    >
      <dl className="facts">
        <dt>{t('details.code')}</dt>
        <dd>
          <code>{region.id}</code>
        </dd>
        <dt>{t('details.kind')}</dt>
        <dd>{t(`kind.${region.kind}`)}</dd>
        <dt>{t('details.country')}</dt>
        <dd>{t(`country.${region.country}`)}</dd>
        {hasCentre && (
          <>
            <dt>{t('details.centre')}</dt>
            <dd>{pickName(centre, lang).text}</dd>
          </>
        )}
        <dt>{t('details.names')}</dt>
        <dd>
          <ul className="names">
            {LANGS.filter((l) => names[l]).map((l) => (
              <li key={l} lang={l}>
                <span className="names__lang">{l}</span> {names[l]}
              </li>
            ))}
          </ul>
        </dd>
      </dl>

      <section aria-labelledby="region-district">
        <h3 id="region-district">{t('panel.region.district')}</h3>
        <ServingMission region={region} env={env} />
      </section>

      <section aria-labelledby="region-links">
        <h3 id="region-links">{t('panel.region.links')}</h3>
        {activeLinks.length === 0 && <p className="muted">{t('panel.region.noLinks')}</p>}
        {LINK_TYPES.map((type) => {
          const ofType = activeLinks.filter((l) => l.type === type).sort((a, b) => compareDates(a.from, b.from));
          if (ofType.length === 0) return null;
          return (
            <section key={type} className="link-group" aria-labelledby={`region-links-${type}`}>
              <h4 id={`region-links-${type}`}>{t(`panel.linkTypes.${type}`)}</h4>
              <ul className="entity-list">
                {ofType.map((l) => (
                  <li key={l.id}>
                    <Endpoint id={partnerOf(l)} env={env} />
                    <span className="entity-list__date"> · {env.interval(l.from, l.to)}</span>{' '}
                    <Certainty certainty={l.certainty} lang={lang} inline />
                    <br />
                    <EntityLink id={l.id} label={env.nameOf(l.id)} onSelect={env.onSelect} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        {links.length > activeLinks.length && (
          <p className="muted">{t('panel.linksOutside', { count: links.length - activeLinks.length })}</p>
        )}
      </section>

      <section aria-labelledby="region-events">
        <h3 id="region-events">{t('panel.region.events')}</h3>
        {shownEvents.length === 0 ? (
          <p className="muted">{t('panel.region.noEvents')}</p>
        ) : (
          <EventList events={shownEvents} env={env} />
        )}
        {events.length > shownEvents.length && (
          <p className="muted">{t('panel.eventsOutside', { count: events.length - shownEvents.length })}</p>
        )}
      </section>

      {tradeLinks.length > 0 && (
        <section aria-labelledby="region-trade">
          <h3 id="region-trade">{t('panel.region.trade')}</h3>
          {tradeLinks.map((l) => {
            const values = l.values.filter((v) => v.year >= range.from && v.year <= range.to);
            if (values.length === 0) return null;
            return (
              <TradeTable
                key={l.id}
                link={l}
                values={values}
                lang={lang}
                caption={<EntityLink id={l.id} label={env.nameOf(l.id)} onSelect={env.onSelect} />}
              />
            );
          })}
        </section>
      )}
    </DetailsPanel>
  );
}

/**
 * The mission whose consular district includes the region on the view's day, or, when no
 * published district does, the notes of the other country's missions that publish none.
 */
function ServingMission({ region, env }: { region: RegionProps; env: DetailsEnv }) {
  const { t } = useTranslation();
  const serving = districtForRegion(env.index.missions, region.id, env.day);
  if (serving) {
    const colour = env.colours.get(serving.mission.id);
    return (
      <p className="serving">
        {colour && <span className="swatch" style={{ background: colour }} aria-hidden="true" />}
        <EntityLink id={serving.mission.id} label={env.nameOf(serving.mission.id)} onSelect={env.onSelect} />{' '}
        <span className="muted">{env.interval(serving.since)}</span>
      </p>
    );
  }
  // Partial dates are fixed-width, so string order is date order: "2020" < "2026-12-31".
  const isOpen = (m: Mission) => m.opened <= env.day && (m.closed == null || m.closed > env.day);
  const unpublished = env.index.missions.filter(
    (m) => m.sender !== region.country && m.district === null && isOpen(m),
  );
  return (
    <>
      <p>{t('panel.region.notPublished')}</p>
      {unpublished.length > 0 && (
        <ul className="entity-list">
          {unpublished.map((m) => (
            <li key={m.id}>
              <EntityLink id={m.id} label={env.nameOf(m.id)} onSelect={env.onSelect} />
              {m.districtNote && <Localized text={m.districtNote} lang={env.lang} className="muted" />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
