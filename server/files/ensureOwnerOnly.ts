import { chmodSync, existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface OwnerOnlyTarget {
  path: string;
  /** Walk the whole tree (the record folder) or only the entry itself. */
  recursive: boolean;
}

/**
 * Makes the server's files owner-only: folders 0700, files 0600 (the database, its -wal and -shm, record files and
 * their indexes). Returns what had to be repaired, so start-up can say so. Symbolic links are left alone.
 */
export function ensureOwnerOnly(targets: readonly OwnerOnlyTarget[]): string[] {
  const repaired: string[] = [];
  const fix = (path: string, recursive: boolean): void => {
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      return;
    }
    if (stats.isSymbolicLink()) return;
    const wanted = stats.isDirectory() ? 0o700 : 0o600;
    if ((stats.mode & 0o777) !== wanted) {
      chmodSync(path, wanted);
      repaired.push(path);
    }
    if (recursive && stats.isDirectory()) for (const entry of readdirSync(path)) fix(join(path, entry), true);
  };
  for (const target of targets) if (existsSync(target.path)) fix(target.path, target.recursive);
  return repaired;
}

/** What an SQLite database consists of on disk. */
export function sqliteFiles(file: string): OwnerOnlyTarget[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`].map((path) => ({ path, recursive: false }));
}
