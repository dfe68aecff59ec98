import type { Phase } from '../data/status';
import type { TFunction } from '../i18n';

/** A phase as a word; an end that is only the last report found reads "no later reports", not "ended". */
export const phaseWord = (t: TFunction, phase: Phase, lastReported: boolean): string =>
  phase === 'ended' && lastReported ? t('facts.status.noLaterReports') : t(`vocab.phase.${phase}`);
