/**
 * The reviewer's pseudonymous signing identity: a key and a self-signed certificate whose subject is the
 * reviewer id, sealed by a passphrase or the OS keychain.
 */
export * from './identityDirFor';
export * from './openSigningIdentity';
export * from './readStoredCertificate';
export * from './secretProtector';
export * from './signingIdentity';
export * from './signingKeyAccess';
