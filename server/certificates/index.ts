/**
 * Registering a reviewer's signing certificate (the authority for uploads).
 */
export * from './registerCertificate';
