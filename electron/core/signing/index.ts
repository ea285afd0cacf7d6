/**
 * Signing a determination: checks must pass, the letter is rendered and PAdES-signed, the package written and queued.
 */
export * from './readSigningState';
export * from './signDetermination';
export * from './startNewVersion';
