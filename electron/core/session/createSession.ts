import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { AppError, type SessionStatus } from '../../../shared/ipc';

import { recordAuditEvent } from '../audit';
import { createVerifiedBackup, restoreBackup } from '../backup';

import { openDatabase, type Db, type KeyProvider } from '../db';
import { recordsDirOf, type Workspace } from '../workspace';
import { writeAutoLockMinutes } from './autoLockSetting';
import {
  DEFAULT_SCRYPT,
  createPassphrase,
  openWithPassphrase,
  removeKeyFile,
  rewrapKey,
  type PassphraseKeyProvider,
} from '../keys';

import { createSessionCore, requireUnlocked, runDailyBackup, type SessionOptions } from './sessionCore';

export interface Session {
  status(): SessionStatus;
  /** The open workspace, or null while locked. */
  workspace(): Workspace | null;
  /** Opens at once when the key comes from a provider (keychain, key file); a passphrase source waits. */
  start(): Promise<SessionStatus>;
  setup(passphrase: string): Promise<SessionStatus>;
  unlock(passphrase?: string): Promise<SessionStatus>;
  lock(reason: 'idle' | 'manual' | 'system'): SessionStatus;
  /** System sleep or screen lock: the window gets a moment to save and lock; then the back end locks anyway. */
  requestLock(): void;
  activity(): void;
  setAutoLock(minutes: number): SessionStatus;
  /**
   * Changes the passphrase. From a key file (turning the passphrase on), or when `rekey` is asked for after a suspected
   * leak, the data key is replaced too, so a copy of the old key file or of the old passphrase's wrapped key opens nothing.
   */
  changePassphrase(current: string, next: string, rekey?: boolean): Promise<SessionStatus>;
  rekey(passphrase?: string): Promise<{ recordFiles: number; backups: number }>;
  /** Only a damaged database is restored, unless `deliberately` (the command line), which first backs up the current one. */
  restoreBackup(file?: string, deliberately?: boolean): Promise<SessionStatus>;
  /** Anchors the audit head outside the workspace now (see SessionCore.anchorAudit). */
  anchorAudit(force?: boolean): void;
  /** A backup opened read-only with the workspace's key (its key stays inside the session). */
  openBackup(file: string): Db;
  close(): void;
}

export function createSession(options: SessionOptions): Session {
  const core = createSessionCore(options);
  const { dataDir, log, timers } = core.opts;
  const scrypt = () => (core.source.kind === 'passphrase' ? (core.source.scrypt ?? DEFAULT_SCRYPT) : DEFAULT_SCRYPT);
  let busy = false;
  let failures = 0;
  let systemLock: NodeJS.Timeout | null = null;

  const writable = () => {
    if (options.readOnly)
      throw new AppError(
        'WORKSPACE_IN_USE',
        'Another program holds this workspace, so it was opened read-only here. Do this in that program, or close it first.',
      );
  };
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    if (busy)
      throw new AppError('CONFLICT', 'The workstation is already unlocking or changing its key; wait a moment.');
    busy = true;
    try {
      return await run();
    } finally {
      busy = false;
    }
  };
  const verifyPassphrase = async (passphrase: string | undefined) => {
    if (core.source.kind !== 'passphrase') return;
    if (!passphrase) throw new AppError('INVALID_INPUT', 'Enter your current passphrase to confirm.');
    (await openWithPassphrase(dataDir, passphrase)).forget();
  };

  /**
   * Stages a new random key and reopens with it: the record files and packages move to it as the workspace opens, then
   * the database and the backups (completeKeyRotation). `beforeReopen` runs once the new key is staged and the database
   * is closed (the moment an old key file can go). A crash anywhere is finished at the next unlock.
   */
  const rotateKey = async (provider: KeyProvider, beforeReopen: () => void = () => undefined): Promise<Workspace> => {
    if (!provider.rotation)
      throw new AppError('CONFLICT', 'This workspace uses a fixed key that cannot be replaced here.');
    await core.stopMaintenance();
    core.ws?.close();
    Object.assign(core, { ws: null, state: 'locked', lockReason: null });
    provider.rotation.stage(randomBytes(32));
    beforeReopen();
    await core.open(provider, false);
    const ws = requireUnlocked(core);
    recordAuditEvent(ws, { action: 'security.rekeyed', caseId: null, details: {} });
    return ws;
  };

  const timer = setInterval(() => {
    core.checkDatabaseFile();
    if (core.state !== 'unlocked' || options.readOnly) return;
    if (timers.now() - core.lastActivity > core.autoLockMinutes * 60_000 + timers.idleGraceMs) core.lock('idle');
    else {
      runDailyBackup(core);
      core.anchorAudit();
    }
  }, timers.checkEveryMs);
  timer.unref();

  const session: Session = {
    status: () => {
      core.checkDatabaseFile();
      return core.status();
    },
    workspace: () => {
      core.checkDatabaseFile();
      return core.state === 'unlocked' ? core.ws : null;
    },
    start: () =>
      exclusive(async () => {
        if (core.source.kind === 'provider' && core.state === 'locked') await core.open(core.source.provider);
        return core.status();
      }),
    setup: (passphrase) =>
      exclusive(async () => {
        writable();
        if (core.state !== 'setup')
          throw new AppError('CONFLICT', 'This workspace already has a passphrase. Unlock it instead.');
        const { provider, adoptedKeyFile } = await createPassphrase(dataDir, passphrase, scrypt());
        // A key file left by an older version may have been copied: the key it holds is replaced, not adopted as is.
        if (adoptedKeyFile) await rotateKey(provider, () => removeKeyFile(dataDir));
        else await core.open(provider);
        if (core.ws)
          recordAuditEvent(core.ws, {
            action: 'security.passphrase_changed',
            caseId: null,
            details: { change: adoptedKeyFile ? 'from-key-file' : 'created' },
          });
        return core.status();
      }),
    unlock: (passphrase) =>
      exclusive(async () => {
        if (core.state === 'unlocked') return core.status();
        if (core.state !== 'locked')
          throw new AppError(
            'CONFLICT',
            core.state === 'setup' ? 'Choose a passphrase first.' : 'Restore a backup first.',
          );
        if (core.source.kind === 'passphrase') {
          if (!passphrase) throw new AppError('INVALID_INPUT', 'Enter your passphrase to unlock.');
          if (failures > 3) await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** (failures - 4))));
          const provider = await openWithPassphrase(dataDir, passphrase).catch((error: unknown) => {
            failures++;
            throw error;
          });
          failures = 0;
          await core.open(provider);
        } else {
          if (core.source.verifyUser && !(await core.source.verifyUser())) {
            throw new AppError('UNAUTHORIZED', 'The system check did not confirm you; the workstation stays locked.');
          }
          await core.open(core.source.provider);
        }
        return core.status();
      }),
    lock(reason) {
      if (systemLock) clearTimeout(systemLock);
      systemLock = null;
      core.lock(reason);
      return core.status();
    },
    requestLock() {
      if (core.state !== 'unlocked' || systemLock) return;
      core.lockRequested = true;
      systemLock = setTimeout(() => session.lock('system'), timers.systemLockGraceMs);
    },
    activity() {
      core.lastActivity = timers.now();
    },
    setAutoLock(minutes) {
      writable();
      writeAutoLockMinutes(requireUnlocked(core), minutes);
      core.autoLockMinutes = minutes;
      return core.status();
    },
    changePassphrase: (current, next, rekey = false) =>
      exclusive(async () => {
        writable();
        requireUnlocked(core);
        const provider = core.provider;
        if (!provider || (provider.kind !== 'passphrase' && provider.kind !== 'keyFile')) {
          throw new AppError(
            'CONFLICT',
            "This workspace's key is kept by the system keychain; there is no passphrase to change.",
          );
        }
        if (provider.kind === 'passphrase') await verifyPassphrase(current);
        const fromKeyFile = provider.kind === 'keyFile';
        const dataKey = provider.getKey();
        const wrapped = await rewrapKey(dataDir, dataKey, next, scrypt());
        dataKey.fill(0);
        if (provider.kind === 'passphrase') (provider as PassphraseKeyProvider).forget();
        core.provider = wrapped;
        if (fromKeyFile) core.source = { kind: 'passphrase', reason: 'You turned on a passphrase for this workspace.' };
        const ws =
          fromKeyFile || rekey
            ? await rotateKey(wrapped, () => fromKeyFile && removeKeyFile(dataDir))
            : requireUnlocked(core);
        recordAuditEvent(ws, {
          action: 'security.passphrase_changed',
          caseId: null,
          details: { change: fromKeyFile ? 'from-key-file' : 'changed', rekeyed: fromKeyFile || rekey },
        });
        return core.status();
      }),
    rekey: (passphrase) =>
      exclusive(async () => {
        writable();
        requireUnlocked(core);
        const provider = core.provider;
        if (!provider?.rotation)
          throw new AppError('CONFLICT', 'This workspace uses a fixed key that cannot be replaced here.');
        await verifyPassphrase(passphrase);
        const backupsBefore = core.status().backups.length;
        await rotateKey(provider);
        return { recordFiles: countRecordFiles(recordsDirOf(dataDir)), backups: backupsBefore };
      }),
    restoreBackup: (file, deliberately = false) =>
      exclusive(async () => {
        writable();
        if (deliberately && core.state === 'unlocked' && core.ws) {
          await core.stopMaintenance();
          createVerifiedBackup(core.ws.db, core.backupDir, 'before-restore', new Date(timers.now()));
          core.ws.close();
          Object.assign(core, { ws: null, state: 'restore' });
        }
        if (core.state !== 'restore' || !core.provider)
          throw new AppError(
            'CONFLICT',
            'The workspace database is healthy; a backup is only restored here when it is damaged (the command line `restore` replaces a healthy one deliberately).',
          );
        const result = restoreBackup(core.dbFile, core.backupDir, core.provider.getKey(), new Date(timers.now()), file);
        await core.open(core.provider);
        const ws = requireUnlocked(core);
        recordAuditEvent(ws, {
          action: 'backup.restored',
          caseId: null,
          details: { file: result.restored.file, createdAt: result.restored.createdAt },
        });
        // The app's own restore is a rollback on purpose: the trail it brings back is the one to anchor from now on.
        core.anchorAudit(true);
        log.warn('Restored the workspace from a backup', { file: result.restored.file, setAside: result.setAside });
        core.message = `Restored ${result.restored.file} (a backup made ${result.restored.createdAt}).${
          result.setAside ? ` The database it replaced was kept in ${result.setAside}.` : ''
        }`;
        return core.status();
      }),
    anchorAudit: (force) => core.anchorAudit(force),
    openBackup(file) {
      requireUnlocked(core);
      if (!core.provider) throw new AppError('SESSION_LOCKED', 'The workstation is locked. Unlock it to continue.');
      return openDatabase({ file, keyProvider: core.provider, readonly: true });
    },
    close() {
      clearInterval(timer);
      if (systemLock) clearTimeout(systemLock);
      void core.stopMaintenance();
      core.anchorAudit();
      core.ws?.close();
      core.ws = null;
    },
  };
  return session;
}

function countRecordFiles(root: string): number {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && /^[0-9a-f]{64}$/.test(e.name),
    ).length;
  } catch {
    return 0;
  }
}
