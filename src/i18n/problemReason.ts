import type { TFunction } from '.';
import type { ReasonKey } from '../data/fetchJson';

/** Why a data file could not be used, in the interface language where it can be said in words. */
export const problemReason = (t: TFunction, problem: { reason: string; reasonKey?: ReasonKey | undefined }): string =>
  problem.reasonKey ? t(`recovery.reason.${problem.reasonKey}`) : problem.reason;
