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

/** "since June 2025 [3]" or "2002 – 2020 [1][2]", with the tie's phase and certainty. */
export function TieWhen({ link, phase, env }: { link: Link; phase: Phase | null | undefined; env: DetailsEnv }) {
  const { from, to, sources } = tieDates(link);
  return (
    <span className="entity-list__date">
      {env.interval(from, to)} <Cite sources={sources} lang={env.lang} /> <PhaseBadge phase={phase} />{' '}
      <Certainty certainty={link.certainty} lang={env.lang} inline />
    </span>
  );
}
