import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc';
import { writeFileAtomic } from '../files';
import { LOCK_FILE_NAME } from './workspacePaths';

const OWNER_FILE_NAME = 'workspace.lock.owner.json';

const ownerSchema = z.object({
  pid: z.number().int(),
  program: z.string().max(100),
  host: z.string().max(300),
  since: z.string().max(40),
});
export type WorkspaceLockOwner = z.infer<typeof ownerSchema>;

export interface WorkspaceLock {
  readonly owner: WorkspaceLockOwner;
  release(): void;
}

/**
 * The one-writer lock of a workspace folder, held for the life of the process that writes it (the app, the shell or the
 * command line). It is SQLite's own file lock (fcntl on POSIX, LockFileEx on Windows) on an empty side file, held by an
 * open exclusive transaction: the operating system drops it when the process ends in any way, kill -9 included, so a
 * stale lock cannot outlive its owner. The owner file only says who holds it; the lock is the truth.
 */
export function acquireWorkspaceLock(dataDir: string, program: string): WorkspaceLock {
  if (statSync(dataDir, { throwIfNoEntry: false })?.isDirectory() === false)
    throw new AppError(
      'INVALID_INPUT',
      `${dataDir} is a file, not a workspace folder. Give the folder that holds the workspace (--data-dir), or a new one.`,
    );
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, LOCK_FILE_NAME);
  closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = MEMORY');
    db.exec('BEGIN EXCLUSIVE');
  } catch {
    db.close();
    throw inUse(dataDir, readWorkspaceLockOwner(dataDir));
  }
  const owner: WorkspaceLockOwner = { pid: process.pid, program, host: hostname(), since: new Date().toISOString() };
  const ownerFile = join(dataDir, OWNER_FILE_NAME);
  writeFileAtomic(ownerFile, `${JSON.stringify(owner)}\n`);
  let held = true;
  return {
    owner,
    release() {
      if (!held) return;
      held = false;
      if (readWorkspaceLockOwner(dataDir)?.pid === process.pid) rmSync(ownerFile, { force: true });
      db.close();
    },
  };
}

/** Who last took the lock, as that process wrote it down; null when unknown. */
export function readWorkspaceLockOwner(dataDir: string): WorkspaceLockOwner | null {
  try {
    return ownerSchema.parse(JSON.parse(readFileSync(join(dataDir, OWNER_FILE_NAME), 'utf8')));
  } catch {
    return null;
  }
}

function inUse(dataDir: string, owner: WorkspaceLockOwner | null): AppError {
  const who = owner
    ? `${owner.program} (process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, open since ${owner.since})`
    : 'another program';
  return new AppError(
    'WORKSPACE_IN_USE',
    `The workspace in ${dataDir} is open in ${who}. Only one program may change a workspace at a time: close it first, or do this from there.`,
  );
}
