import { useTranslation } from '../../i18n';
import type { Link } from '../../data/schema';
import { tieDates, type Phase } from '../../data/status';
import { Certainty } from './Certainty';
import { Cite } from './citations';
import type { DetailsEnv } from './detailsEnv';

/** A phase other than operating, as a word ("announced, not yet operating"), for a line in a list. */
export function PhaseBadge({ phase }: { phase: Phase | null | undefined }) {
  const { t } = useTranslation();
  if (!phase || phase === 'operating') return null;
  return <span className={`badge badge--phase badge--${phase}`}>{t(`vocab.phase.${phase}`)}</span>;
}

/**
 * "since June 2025 [3]" or "2002 – 2020 [1][2]", with the tie's phase and certainty; a tie that
 * never operated gives the date it was reported ("reported 28 January 2026 [1] announced, not yet
 * operating"), not "since" and not a bare date a reader would take for its start.
 */
export function TieWhen({ link, phase, env }: { link: Link; phase: Phase | null | undefined; env: DetailsEnv }) {
  const { t } = useTranslation();
  const { from, to, earlier, lastReported, operated, sources } = tieDates(link);
  return (
    <span className="entity-list__date">
      {earlier && `${env.interval(earlier.from, earlier.to)}${t('punct.semicolon')}`}
      {operated ? env.interval(from, to) : t('facts.status.reported', { date: env.dateInPhrase(from) })} {lastReported && <span className="muted">· {t('facts.status.endIsLastReport')} </span>}
      {/* The words before the sources already say an end is the last report. */}
      <Cite sources={sources} lang={env.lang} /> <PhaseBadge phase={lastReported && phase === 'ended' ? null : phase} />{' '}
      <Certainty certainty={link.certainty} lang={env.lang} inline />
    </span>
  );
}
