import { join } from 'node:path';

/** The layout of a workspace folder, in one place. */
export const DATABASE_FILE_NAME = 'workspace.db';

/** The one-writer lock (workspaceLock.ts). */
export const LOCK_FILE_NAME = 'workspace.lock';

export const databaseFileOf = (dataDir: string): string => join(dataDir, DATABASE_FILE_NAME);
/** Verified, encrypted copies of the database. */
export const backupDirOf = (dataDir: string): string => join(dataDir, 'backups');
/** Record files, content-addressed and encrypted. */
export const recordsDirOf = (dataDir: string): string => join(dataDir, 'records');
/** Signed determination packages, encrypted. */
export const signedDirOf = (dataDir: string): string => join(dataDir, 'signed');
