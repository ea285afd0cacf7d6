/**
 * Reviewer tokens: issuing, hashing, authenticating, throttling failed attempts; the guards every sync route runs.
 */
export * from './createAuthThrottle';
export * from './hashToken';
export * from './issueToken';
export * from './registerSyncGuards';
