import { Fragment, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { pickName } from '../../data/names';
import type { Link, StatusLink } from '../../data/schema';
import { isRunning, phaseOf, planAt, stepAt } from '../../data/status';
import { linkPhase } from '../../filter/activeInRange';
import { formatNumber } from '../../i18n/format';
import { LINK_STYLE } from '../../style/linkStyle';
import { SeriesChart } from '../charts/SeriesChart';
import { dateX, frequencyPoints } from '../charts/figureSeries';
import { Certainty } from './Certainty';
import { Cite, CitedSources } from './citations';
import type { DetailsEnv } from './detailsEnv';
import { DetailsPanel } from './DetailsPanel';
import { Endpoint } from './Endpoint';
import { EventList } from './EventList';
import { FigureChart, TradeCharts } from './FigureChart';
import { Localized } from './Localized';
import { StatusHistory } from './StatusHistory';
import { TieWhen } from './tieLine';
import { parenthesized } from '../../i18n/punct';

type Props = {
  link: Link;
  env: DetailsEnv;
  onClose: () => void;
};

/** Details of a tie: what and between whom, its status history, its figures as charts, related events, sources. */
export function LinkDetails({ link, env, onClose }: Props) {
  const { t } = useTranslation();
  const { lang, names } = env;
  const kind =
    link.type === 'partnership'
      ? t(`vocab.partnershipKind.${link.kind}`)
      : link.type === 'flight'
        ? [link.carrier && pickName(link.carrier, lang).text, link.cargo ? t('panel.link.cargo') : null].filter(Boolean).join(t('punct.list'))
        : link.type === 'transport'
          ? t(`vocab.transportMode.${link.mode}`)
          : null;
  const related = env.index.eventsOf.get(link.id) ?? [];
  const phase = linkPhase(link, env.range);

  return (
    <DetailsPanel title={names.of(link.id)} subtitle={[t(`vocab.linkType.${link.type}`), kind].filter(Boolean).join(' · ')} onClose={onClose} dated={{ kind: 'link', record: link }}>
      <section className="key-facts" aria-label={t('facts.keyFacts')}>
        <p>
          <Endpoint id={link.a} env={env} />
          {link.type === 'partnership' && link.directed ? ' → ' : ' — '}
          <Endpoint id={link.b} env={env} />
        </p>
        <p>
          <TieWhen link={link} phase={phase} env={env} />
        </p>
        {link.type !== 'trade' && (
          <p>
            <AsOfLine status={link.status} env={env} />
          </p>
        )}
      </section>
      {link.summary && <Localized text={link.summary} lang={lang} className="summary" />}
      <FactRows
        rows={[
          link.type === 'flight' && [t('panel.link.carrier'), link.carrier ? pickName(link.carrier, lang).text : <span className="muted">{t('panel.link.notPublished')}</span>],
          link.type === 'transport' && link.operator && [t('facts.transport.operator'), pickName(link.operator, lang).text],
          link.type === 'transport' && link.via && link.via.length > 0 && [t('facts.transport.via'), link.via.map(names.of).join(' – ')],
        ]}
      />
      <Certainty certainty={link.certainty} note={link.note} lang={lang} />
      {link.type !== 'trade' && <StatusHistory status={link.status} sources={link.sources} env={env} />}
      {(link.type === 'flight' || (link.type === 'transport' && link.mode === 'passenger-train')) && <FrequencyChart link={link} env={env} />}
      {link.type === 'trade' && (
        <TradeCharts ties={[{ figures: link.values, sources: link.sources }]} env={env} />
      )}
      {link.type === 'transport' &&
        [...new Set((link.throughput ?? []).map((f) => f.unit))].map((unit) => (
          <FigureChart
            key={unit}
            title={`${t('facts.transport.throughput')}${parenthesized(t, t(`vocab.unit.${unit}`))}`}
            ties={[{ figures: link.throughput ?? [], sources: link.sources }]}
            unit={unit}
            env={env}
          />
        ))}
      {related.length > 0 && (
        <section aria-labelledby="link-events">
          <h3 id="link-events">{t('panel.relatedEvents')}</h3>
          <EventList events={related} env={env} />
        </section>
      )}
      <CitedSources lang={lang} own={link.sources} />
    </DetailsPanel>
  );
}

type FactRow = readonly [term: string, value: ReactNode];

/** The record's terms and values; nothing at all when none applies (a trade tie has none). */
function FactRows({ rows }: { rows: readonly (FactRow | false | null | undefined | '')[] }) {
  const shown = rows.filter((r): r is FactRow => Boolean(r));
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * "As of 30 November 2026: operating"; an end that is only the last report found says so, and an
 * intention says when it was planned to start, and whether that date has passed.
 */
function AsOfLine({ status, env }: { status: StatusLink['status']; env: DetailsEnv }) {
  const { t } = useTranslation();
  const date = env.date(env.day);
  const step = stepAt(status, env.day);
  // Null before the tie's first step: it did not exist yet on the day shown.
  if (!step) return <>{t('facts.status.notYet', { date })}</>;
  if (step.lastReported) return <>{t('facts.status.nowLastReported', { date, since: env.date(step.from) })}</>;
  const phase = t(`vocab.phase.${phaseOf(step.status)}`);
  const plan = planAt(status, env.day);
  if (plan) return <>{t(plan.passed ? 'facts.status.nowPlanPassed' : 'facts.status.nowPlanAhead', { date, phase, start: env.date(plan.start) })}</>;
  return <>{t('facts.status.now', { date, phase })}</>;
}

/** Flights (or trains) a week over the years shown, as steps, from the operating steps that publish a frequency. */
function FrequencyChart({ link, env }: { link: StatusLink; env: DetailsEnv }) {
  const { t } = useTranslation();
  const points = frequencyPoints(link.status, env.range);
  const flights = link.type === 'flight';
  if (!points.some((p) => p.perWeek > 0)) {
    // A frequency published for other years is not "never published": say the years are the reason.
    const published = link.status.some((s) => isRunning(s) && (s.perWeek ?? 0) > 0);
    const none = published ? 'facts.chart.none' : flights ? 'facts.chart.flightsNone' : 'facts.chart.servicesNone';
    return <p className="muted">{t(none)}</p>;
  }
  const title = t(flights ? 'facts.chart.flightsTitle' : 'facts.chart.servicesTitle');
  // A route flying on the day shown is drawn on to that day (the data's as-of date at the
  // latest), not to the end of its year: the axis would otherwise promise months not yet flown.
  const now = stepAt(link.status, env.day);
  const open = now !== null && isRunning(now);
  return (
    <SeriesChart
      title={title}
      series={[
        {
          key: 'perWeek',
          label: title,
          colour: LINK_STYLE[link.type].colour,
          points: points.map((p) => ({
            x: p.x,
            value: p.perWeek,
            xLabel: env.date(p.step.from),
            extra: p.perWeek === 0 ? parenthesized(t, p.step.lastReported ? t('facts.status.endIsLastReport') : t(`vocab.status.${p.step.status}`)).trim() : undefined,
            cite: <Cite sources={p.step.sources.map((i) => link.sources[i])} lang={env.lang} />,
          })),
        },
      ]}
      format={(v) => formatNumber(v, env.lang)}
      lang={env.lang}
      step
      xMax={open ? Math.max(dateX(env.day), points[points.length - 1]!.x) : undefined}
    />
  );
}
