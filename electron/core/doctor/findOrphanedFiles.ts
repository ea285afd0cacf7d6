import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups } from '../backup';
import type { Db } from '../db';
import { backupDirOf, recordsDirOf, signedDirOf } from '../workspace';

export interface OrphanedFiles {
  /** Record files (and viewing-copy updates) no document of the database or of any backup refers to. */
  records: string[];
  /** Signed package folders (signed/<case>/v<n>) no signed version or outbox row, here or in a backup, refers to. */
  packages: string[];
  /** Backups that could not be read for their references: while one is unreadable nothing is called orphaned. */
  unreadableBackups: string[];
}

/** A record file is stored just before its document row commits: one younger than this may be an import in flight. */
const SETTLED_MS = 10 * 60_000;
const settled = (path: string) => Date.now() - statSync(path).mtimeMs > SETTLED_MS;

/** What one database (the live one, or a backup) refers to. */
function referencesOf(db: Db, into: { records: Set<string>; packages: Set<string> }): void {
  const tables = new Set(
    (db.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]).map((t) => t.name),
  );
  const column = (table: string, name: string, set: Set<string>) => {
    if (!tables.has(table)) return;
    for (const row of db.prepare(`select ${name} as v from ${table}`).all() as { v: string | null }[])
      if (row.v) set.add(row.v);
  };
  column('documents', 'sha256', into.records);
  column('record_viewing_copies', 'update_sha256', into.records);
  column('signed_determinations', 'package_dir', into.packages);
  column('sync_outbox', 'package_dir', into.packages);
}

/**
 * Files in the record store and the package folder that nothing refers to: not the database, and not any backup (a
 * restored backup must find its records), each backup opened read-only with the workspace's key.
 */
export function findOrphanedFiles(db: Db, dataDir: string, openBackup: (file: string) => Db): OrphanedFiles {
  const referenced = { records: new Set<string>(), packages: new Set<string>() };
  referencesOf(db, referenced);
  const unreadableBackups: string[] = [];
  for (const backup of listBackups(backupDirOf(dataDir))) {
    let copy: Db | null = null;
    try {
      copy = openBackup(join(backupDirOf(dataDir), backup.file));
      referencesOf(copy, referenced);
    } catch {
      unreadableBackups.push(backup.file);
    } finally {
      copy?.close();
    }
  }
  if (unreadableBackups.length > 0) return { records: [], packages: [], unreadableBackups };

  const records: string[] = [];
  const recordsRoot = recordsDirOf(dataDir);
  if (existsSync(recordsRoot))
    for (const dir of readdirSync(recordsRoot, { withFileTypes: true })) {
      if (!dir.isDirectory() || !/^[0-9a-f]{2}$/.test(dir.name)) continue;
      for (const name of readdirSync(join(recordsRoot, dir.name)))
        if (/^[0-9a-f]{64}$/.test(name) && !referenced.records.has(name) && settled(join(recordsRoot, dir.name, name)))
          records.push(join(dir.name, name));
    }
  const packages: string[] = [];
  const signedRoot = signedDirOf(dataDir);
  const relativeReferenced = new Set([...referenced.packages].map((p) => p.replaceAll('\\', '/')));
  if (existsSync(signedRoot))
    for (const caseDir of readdirSync(signedRoot, { withFileTypes: true })) {
      if (!caseDir.isDirectory()) continue;
      for (const version of readdirSync(join(signedRoot, caseDir.name), { withFileTypes: true })) {
        const relative = `signed/${caseDir.name}/${version.name}`;
        if (
          version.isDirectory() &&
          !relativeReferenced.has(relative) &&
          ![...relativeReferenced].some((p) => p.endsWith(`/${relative}`))
        )
          packages.push(relative);
      }
    }
  return { records, packages, unreadableBackups };
}
