/**
 * DER and CMS (PKCS #7) primitives: build and verify detached signatures, read certificates.
 */
export * from './commonNameOf';
export * from './createCmsSignature';
export * from './readDer';
export * from './verifyCmsSignature';
