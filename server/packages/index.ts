/**
 * Receiving signed determination uploads: decode, verify, store exactly once, receipt; reading a stored package back.
 */
export * from './readStoredPackage';
export * from './receiveDetermination';
