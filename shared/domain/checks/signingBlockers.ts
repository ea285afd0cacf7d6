import type { CheckFinding } from './checkFinding';

/** What still stands between the reviewer and signing: every error, and every warning not yet acknowledged. */
export function signingBlockers(
  findings: readonly CheckFinding[],
  acknowledgedWarningKeys: ReadonlySet<string>,
): CheckFinding[] {
  return findings.filter((f) => f.severity === 'error' || !acknowledgedWarningKeys.has(f.key));
}
