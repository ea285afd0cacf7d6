import { AppError, appErrorDetails } from '../../../shared/ipc';
import type { FailSafeVerdict } from './planAssignmentChanges';

export function failSafeError(verdict: FailSafeVerdict): AppError {
  const unsent = verdict.casesWithUnsentWork;
  const what = [
    verdict.removals > 0 ? `remove ${verdict.removals} of the ${verdict.localCases} cases on this computer` : null,
    unsent.length > 0
      ? `drop ${unsent.slice(0, 5).join(', ')}${unsent.length > 5 ? ` and ${unsent.length - 5} more` : ''}, which hold work not yet uploaded`
      : null,
  ]
    .filter(Boolean)
    .join(' and ');
  return new AppError(
    'CONFLICT',
    `Sync stopped to protect your work: the server's update would ${what}. Nothing was changed. If you expected this, choose "Apply anyway": cases with your work are then kept and flagged, never deleted.`,
    { kind: 'failSafe', ...verdict },
  );
}

export function failSafeOf(error: unknown): FailSafeVerdict | null {
  const details = appErrorDetails(error, 'failSafe');
  return details
    ? { removals: details.removals, localCases: details.localCases, casesWithUnsentWork: details.casesWithUnsentWork }
    : null;
}
