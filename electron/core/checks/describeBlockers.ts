import type { CheckFinding } from '../../../shared/domain/checks';

/** The CHECKS_FAILED message: how many errors and unacknowledged warnings, and the first few in words. */
export function describeBlockers(blockers: readonly CheckFinding[]): string {
  const errors = blockers.filter((f) => f.severity === 'error').length;
  const warnings = blockers.length - errors;
  const counts = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${warnings} unacknowledged warning${warnings === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const first = blockers.slice(0, 3).map((f) => f.message);
  return `Not signed: ${counts} stop signing. Fix the errors and acknowledge the warnings in the checks panel. ${first.join(' ')}`.trim();
}
