/**
 * Reviewer tokens: issuing, hashing, authenticating; the guards every sync route runs.
 */
export * from './issueToken';
export * from './registerSyncGuards';
