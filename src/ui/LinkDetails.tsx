import { useTranslation } from 'react-i18next';
import type { FlightLink, Link } from '../data/schema';
import { compareDates } from '../filter/dates';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { Certainty } from './Certainty';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { Endpoint } from './Endpoint';
import { EventList } from './EventList';
import { Localized } from './Localized';
import { SourceList } from './SourceList';
import { TradeTable } from './TradeTable';

type Props = {
  link: Link;
  env: DetailsEnv;
  onClose: () => void;
};

/** Details of a partnership, flight or trade link: endpoints, dates, figures, sources. */
export function LinkDetails({ link, env, onClose }: Props) {
  const { t } = useTranslation();
  const { lang } = env;
  const kind =
    link.type === 'partnership'
      ? t(`panel.partnershipKind.${link.kind}`)
      : link.type === 'flight'
        ? [link.carrier, link.cargo ? t('panel.link.cargo') : null].filter(Boolean).join(', ')
        : null;
  const related = env.index.events
    .filter((e) => e.links?.includes(link.id))
    .sort((a, b) => compareDates(a.date, b.date));

  return (
    <DetailsPanel
      title={env.nameOf(link.id)}
      subtitle={[t(`panel.linkType.${link.type}`), kind].filter(Boolean).join(' · ')}
      onClose={onClose}
    >
      {link.summary && <Localized text={link.summary} lang={lang} className="summary" />}
      <dl className="facts">
        <dt>{t('panel.link.type')}</dt>
        <dd>{t(`panel.linkType.${link.type}`)}</dd>
        {link.type === 'partnership' && (
          <>
            <dt>{t('panel.link.kind')}</dt>
            <dd>{t(`panel.partnershipKind.${link.kind}`)}</dd>
          </>
        )}
        <dt>{t('panel.link.between')}</dt>
        <dd>
          <Endpoint id={link.a} env={env} />
          {link.type === 'partnership' && link.directed ? ' → ' : ' — '}
          <Endpoint id={link.b} env={env} />
        </dd>
        <dt>{t('panel.link.period')}</dt>
        <dd>{env.interval(link.from, link.to)}</dd>
        {link.type === 'flight' && <FlightFacts link={link} env={env} />}
      </dl>
      <Certainty certainty={link.certainty} note={link.note} lang={lang} />
      {link.type === 'trade' && (
        <TradeTable link={link} lang={lang} caption={t('panel.link.values')} />
      )}
      {related.length > 0 && (
        <section aria-labelledby="link-events">
          <h3 id="link-events">{t('panel.relatedEvents')}</h3>
          <EventList events={related} env={env} />
        </section>
      )}
      <SourceList sources={link.sources} lang={lang} />
    </DetailsPanel>
  );
}

/** Carrier, cargo, weekly frequency over time and suspensions of a route (inside the facts list). */
function FlightFacts({ link, env }: { link: FlightLink; env: DetailsEnv }) {
  const { t } = useTranslation();
  const { lang } = env;
  return (
    <>
      <dt>{t('panel.link.carrier')}</dt>
      <dd>
        {link.carrier ?? <span className="muted">{t('panel.link.notPublished')}</span>}
        {link.cargo && <span className="tag"> {t('panel.link.cargo')}</span>}
      </dd>
      <dt>{t('panel.link.frequency')}</dt>
      <dd>
        {link.frequency.length === 0 ? (
          <span className="muted">{t('panel.link.notPublished')}</span>
        ) : (
          <ul className="plain-list">
            {link.frequency.map((step) => (
              <li key={step.from}>
                {t('panel.link.frequencyStep', {
                  perWeek: formatNumber(step.perWeek, lang),
                  from: formatPartialDate(step.from, lang, { inPhrase: true }),
                })}
                {step.note && <Localized text={step.note} lang={lang} className="muted" />}
              </li>
            ))}
          </ul>
        )}
      </dd>
      {link.suspended && link.suspended.length > 0 && (
        <>
          <dt>{t('panel.link.suspended')}</dt>
          <dd>
            <ul className="plain-list">
              {link.suspended.map((s) => (
                <li key={s.from}>{env.interval(s.from, s.to)}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </>
  );
}
