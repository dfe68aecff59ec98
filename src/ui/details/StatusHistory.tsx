import { useTranslation } from '../../i18n';
import type { Source, StatusStep } from '../../data/schema';
import { datePrecision, formatAmount } from '../../i18n/format';
import { isIntention } from '../../data/status';
import { Cite } from './citations';
import type { DetailsEnv } from './detailsEnv';
import { Localized } from './Localized';

type Props = {
  status: readonly StatusStep[];
  /** The record's sources; each step cites its own by index. */
  sources: readonly Source[];
  env: DetailsEnv;
};

/**
 * An intention's date is when it was reported ("Planned from" would read as the start it plans);
 * an end or a resumption happens on a day or in a month, where other steps run from a date.
 */
function stepKey(step: StatusStep) {
  if (isIntention(step)) return 'facts.status.stepReported';
  if (step.status !== 'ended' && step.status !== 'resumed') return 'facts.status.step';
  return datePrecision(step.from) === 'day' ? 'facts.status.stepOn' : 'facts.status.stepIn';
}

/** A tie's or mission's dated steps (announced, operating with its frequency or capacity, suspended …), each with its source. */
export function StatusHistory({ status, sources, env }: Props) {
  const { t } = useTranslation();
  const { lang } = env;
  return (
    <section aria-labelledby="details-status">
      <h3 id="details-status">{t('facts.status.title')}</h3>
      <ol className="status-list">
        {status.map((step, i) => (
          <li key={`${step.from}-${i}`} className={`status-list__step status-list__step--${step.status}`}>
            {step.lastReported
              ? t('facts.status.lastReported', { date: env.date(step.from) })
              : t(stepKey(step), {
                  status: t(`vocab.status.${step.status}`),
                  date: env.dateInPhrase(step.from),
                })}
            {step.plannedStart !== undefined && <> · {t('facts.status.plannedStart', { date: env.date(step.plannedStart) })}</>}
            {step.perWeek !== undefined && <> · {t('facts.status.perWeek', { count: step.perWeek })}</>}
            {step.capacity && (
              <>
                {' · '}
                {t('facts.status.capacity', {
                  value: `${formatAmount(step.capacity.value, lang)} ${t(`vocab.unit.${step.capacity.unit}`)}`,
                  per: t(`vocab.per.${step.capacity.per}`),
                })}
              </>
            )}{' '}
            <Cite sources={step.sources.map((s) => sources[s])} lang={lang} />
            {step.note && <Localized text={step.note} lang={lang} className="muted" />}
          </li>
        ))}
      </ol>
    </section>
  );
}
