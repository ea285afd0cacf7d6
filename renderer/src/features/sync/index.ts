/**
 * Sync: the sync bar, settings dialog and flags on withdrawn or reassigned cases.
 */
export * from './CaseFlagBanner';
export * from './SyncBar';
