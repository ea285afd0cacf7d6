/**
 * Registering a reviewer's signing certificate (the authority for uploads) and reading one.
 */
export * from './certificateFingerprint';
export * from './registerCertificate';
