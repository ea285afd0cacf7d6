/**
 * Pre-sign checks of a case (the rules live in shared/domain/checks) and the reviewer's acknowledgments.
 */
export * from './acknowledgeFinding';
export * from './describeBlockers';
export * from './evaluateChecks';
export * from './runCaseChecks';
