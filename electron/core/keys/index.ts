/**
 * The workspace key: key providers (key file, passphrase), passphrase wrapping, and replacing the key (rekey).
 */
export * from './completeKeyRotation';
export * from './fileKeyProvider';
export * from './openKeyedDatabase';
export * from './passphraseFiles';
export * from './passphraseKeyProvider';
export * from './passphraseWrap';
export * from './wrappedKeyPath';
