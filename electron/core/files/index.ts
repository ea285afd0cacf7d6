/**
 * File helpers every Node runtime uses: atomic owner-only writes, private folders, reading a file's head.
 */
export * from './destroyFile';
export * from './ensurePrivateDir';
export * from './ownerOnlyPermissions';
export * from './readFileHead';
export * from './writeFileAtomic';
