/**
 * The pre-sign checks drawer: findings that update as the reviewer types, each jumping to its place.
 */
export * from './ChecksDrawer';
export * from './jumpToFinding';
export * from './useCaseChecks';
