import { existsSync, statSync } from 'node:fs';
import { AppError, DEFAULT_AUTO_LOCK_MINUTES, isAppError, type SessionStatus } from '../../../shared/ipc';

import { anchorAuditHead, checkAuditAnchor, recordAuditEvent, type AuditAnchorStore } from '../audit';
import {
  backupDaily,
  backupDailyInWorker,
  findDatabaseDamage,
  findGoodBackup,
  listBackups,
  removePartialBackups,
} from '../backup';

import { openDatabaseWorker, type DatabaseWorker, type KeyProvider } from '../db';
import type { Logger } from '../log';
import { backupDirOf, databaseFileOf, systemClock, type Clock, type Workspace } from '../workspace';
import { openWorkspace } from './openWorkspace';

import { readAutoLockMinutes } from './autoLockSetting';
import { UNPROTECTED_NOTE, isKeyProtected } from './keyProtection';
import { completeKeyRotation, hasWrappedKey, type PassphraseKeyProvider } from '../keys';
import type { KeySource } from './keySource';

import { DEFAULT_SESSION_TIMERS, type SessionTimers } from './sessionTimers';
import type { SessionMaintenance } from './sessionMaintenance';
import { errorMessage } from '../../../shared/errorMessage';

export interface SessionOptions {
  dataDir: string;
  log: Logger;
  keySource: KeySource;
  clock?: Clock;
  seedDemo?: boolean;
  timers?: Partial<SessionTimers>;
  /** Default `at-open`; see SessionMaintenance. */
  maintenance?: SessionMaintenance;
  /** Another process holds the workspace: open it read-only and write nothing (no audit, backups, migrations). */
  readOnly?: boolean;
  /** The state changed (opened, locked, entered restore, closed because its file was replaced). */
  onChange?: () => void;
  /** Where the audit trail's head is anchored outside the workspace; checked at every open, advanced as it grows. */
  anchors?: AuditAnchorStore;
}

type LockReason = NonNullable<SessionStatus['lockReason']>;

/** The mutable core shared by the session's operations; only createSession and sessionOperations touch it. */
export interface SessionCore {
  readonly opts: SessionOptions & { clock: Clock; timers: SessionTimers };
  readonly dbFile: string;
  readonly backupDir: string;
  source: KeySource;
  provider: KeyProvider | null;
  ws: Workspace | null;
  state: SessionStatus['state'];
  message: string | null;
  lockReason: LockReason | null;
  lockRequested: boolean;
  autoLockMinutes: number;
  lastActivity: number;
  /** Opens the workspace with this provider (finishing an interrupted rekey), or enters the restore state. */
  open(provider: KeyProvider, audit?: boolean): Promise<void>;
  lock(reason: LockReason): void;
  /** What the anchor check found at the last open, when it found a rollback or a rewrite. */
  auditWarning: string | null;
  /**
   * Anchors the trail's head outside the workspace (after signing, syncing, locking). A trail that does not continue the
   * anchored head is left on record until the rollback is accepted; `force` anchors anyway (the app's own restore).
   */
  anchorAudit(force?: boolean): void;
  /**
   * Closes the workspace, without writing to it, when the database file at its path is no longer the one that was
   * opened (moved or replaced by hand or by another program): nothing is ever written into a file that was moved away.
   */
  checkDatabaseFile(): void;
  status(): SessionStatus;
  /** The background check and daily backup of the open workspace (maintenance `background`), while one runs. */
  maintenanceRun: { done: Promise<void>; stop(): Promise<void> } | null;
  /** Starts the background check (after opening) or the daily backup (on the timer), unless one is running. */
  startMaintenance(check: boolean): void;
  /** Stops a background run before the workspace closes, locks or changes its key. */
  stopMaintenance(): Promise<void>;
}

interface FileIdentity {
  dev: number;
  ino: number;
}

function fileIdentity(file: string): FileIdentity | null {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

export function createSessionCore(options: SessionOptions): SessionCore {
  const opts = {
    ...options,
    clock: options.clock ?? systemClock,
    timers: { ...DEFAULT_SESSION_TIMERS, ...options.timers },
  };
  const { dataDir, log } = opts;
  const maintenance = opts.maintenance ?? 'at-open';
  const readOnly = opts.readOnly === true;
  const source = opts.keySource;
  let opened: FileIdentity | null = null;
  const core: SessionCore = {
    opts,
    dbFile: databaseFileOf(dataDir),
    backupDir: backupDirOf(dataDir),
    source,
    provider: source.kind === 'provider' ? source.provider : null,
    ws: null,
    state: source.kind === 'passphrase' && !hasWrappedKey(dataDir) ? 'setup' : 'locked',
    message: null,
    lockReason: null,
    lockRequested: false,
    auditWarning: null,
    autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
    lastActivity: opts.timers.now(),

    async open(provider, audit = true) {
      if (!readOnly) removePartialBackups(core.backupDir);
      let ws: Workspace;
      try {
        ws = await openWorkspace({
          dataDir,
          keyProvider: provider,
          log,
          clock: opts.clock,
          seedDemo: opts.seedDemo ?? true,
          checkIntegrity: maintenance === 'at-open',
          readOnly,
        });
        if (!readOnly && completeKeyRotation(ws, provider)) {
          ws.close();
          ws = await openWorkspace({ dataDir, keyProvider: provider, log, clock: opts.clock, seedDemo: false });
        }
      } catch (error) {
        if (!needsRestore(error, provider)) throw error;
        enterRestore(error as AppError, provider);
        return;
      }
      Object.assign(core, {
        ws,
        provider,
        state: 'unlocked',
        message: null,
        lockRequested: false,
        lastActivity: opts.timers.now(),
      });
      opened = fileIdentity(core.dbFile);
      core.autoLockMinutes = readAutoLockMinutes(ws);
      const anchor = opts.anchors ? checkAuditAnchor(ws.db, opts.anchors) : null;
      core.auditWarning = anchor && anchor.state !== 'ok' && anchor.state !== 'unanchored' ? anchor.message : null;
      if (core.auditWarning) log.error('The audit trail does not continue its anchored head', { state: anchor?.state });
      opts.onChange?.();
      if (readOnly) return;
      if (audit)
        recordAuditEvent(ws, { action: 'session.unlocked', caseId: null, details: { keyKind: provider.kind } });
      core.anchorAudit();
      if (maintenance === 'background') core.startMaintenance(true);
      else runDailyBackup(core);
    },

    anchorAudit(force = false) {
      if (readOnly || !opts.anchors || !core.ws?.db.open) return;
      try {
        if (anchorAuditHead(core.ws.db, opts.anchors, opts.clock.now().toISOString(), force)) {
          if (force) core.auditWarning = null;
        } else {
          // A rollback on record (noticed here or by the sync server) is said until it is accepted.
          const anchor = checkAuditAnchor(core.ws.db, opts.anchors);
          if (anchor.message !== core.auditWarning) {
            core.auditWarning = anchor.message;
            log.error('The audit trail does not continue its anchored head', { state: anchor.state });
            opts.onChange?.();
          }
        }
      } catch (error) {
        log.warn('The audit head could not be anchored', { error: errorMessage(error) });
      }
    },

    lock(reason) {
      core.lockRequested = false;
      const ws = core.ws;
      if (core.state !== 'unlocked' || !ws) return;
      void core.stopMaintenance();
      if (!readOnly) {
        try {
          recordAuditEvent(ws, { action: 'session.locked', caseId: null, details: { reason } });
        } catch (error) {
          log.warn('The lock could not be written to the audit trail', { error: errorMessage(error) });
        }
        core.anchorAudit();
      }
      ws.close();
      core.ws = null;
      if (core.source.kind === 'passphrase') {
        (core.provider as PassphraseKeyProvider | null)?.forget();
        core.provider = null;
      }
      core.state = 'locked';
      core.lockReason = reason;
      core.message =
        reason === 'idle'
          ? `Locked after ${core.autoLockMinutes} minutes without activity.`
          : reason === 'system'
            ? 'Locked because the computer went to sleep or its screen was locked.'
            : 'Locked.';
      log.info('Locked the workstation', { reason });
      opts.onChange?.();
    },

    checkDatabaseFile() {
      const ws = core.ws;
      if (core.state !== 'unlocked' || !ws || opened === null) return;
      const now = fileIdentity(core.dbFile);
      if (now && now.dev === opened.dev && now.ino === opened.ino) return;
      ws.close();
      core.ws = null;
      if (core.source.kind === 'passphrase') {
        (core.provider as PassphraseKeyProvider | null)?.forget();
        core.provider = null;
      }
      core.state = 'locked';
      core.lockReason = null;
      core.message =
        'The workspace database file was moved or replaced by another program while it was open. Nothing more was written to the moved file; unlock to open the file that is there now.';
      log.error('The workspace database file was moved or replaced while open; closed it without writing', {
        file: core.dbFile,
      });
      opts.onChange?.();
    },

    status() {
      const keyKind = core.source.kind === 'passphrase' ? 'passphrase' : core.source.provider.kind;
      return {
        state: core.state,
        keyKind,
        unprotected: isKeyProtected(keyKind) ? null : UNPROTECTED_NOTE,
        unlockWith: core.source.kind === 'passphrase' ? 'passphrase' : 'os',
        reason: core.source.kind === 'passphrase' ? core.source.reason : null,
        message: core.message,
        lockReason: core.state === 'locked' ? core.lockReason : null,
        lockRequested: core.lockRequested,
        autoLockMinutes: core.autoLockMinutes,
        backups: core.state === 'restore' || core.state === 'unlocked' ? listBackups(core.backupDir) : [],
        auditWarning: core.auditWarning,
      };
    },

    maintenanceRun: null,
    startMaintenance(check) {
      const ws = core.ws;
      if (maintenance !== 'background' || readOnly || core.maintenanceRun || !ws || !core.provider) return;
      const provider = core.provider;
      let worker: DatabaseWorker | null = null;
      let stopped = false;
      const wanted = () => !stopped && core.ws === ws;
      const done = (async () => {
        // The window's first load goes first: the check reads the whole file.
        if (check) await new Promise((resolve) => setTimeout(resolve, opts.timers.maintenanceDelayMs).unref());
        if (!wanted()) return;
        worker = openDatabaseWorker(core.dbFile, provider.getKey());
        if (check) {
          const damage = await findDatabaseDamage(worker);
          if (!wanted()) return;
          if (damage) {
            ws.close();
            core.ws = null;
            enterRestore(damage, provider);
            return;
          }
        }
        const made = await backupDailyInWorker(worker, core.backupDir, new Date(opts.timers.now()));
        if (made) log.info('Made the daily backup', { file: made.file });
      })()
        .catch((error: unknown) => {
          if (wanted()) log.error('The background check or daily backup failed', { error: errorMessage(error) });
        })
        .finally(() => {
          if (core.maintenanceRun?.done === done) core.maintenanceRun = null;
          void worker?.close();
        });
      core.maintenanceRun = {
        done,
        async stop() {
          stopped = true;
          await worker?.close();
        },
      };
    },
    async stopMaintenance() {
      const run = core.maintenanceRun;
      core.maintenanceRun = null;
      await run?.stop();
    },
  };
  return core;

  /** The database is damaged: the reviewer sees the problem and the backups, and restores one (or is told none opens). */
  function enterRestore(error: AppError, provider: KeyProvider): void {
    const restorable = findGoodBackup(core.backupDir, provider.getKey()) !== null;
    core.provider = provider;
    core.state = 'restore';
    core.message = `${error.message} ${
      restorable
        ? 'The newest good backup can be restored; the damaged file is kept aside.'
        : 'No backup of this workspace can be opened either, so it cannot be restored here: keep the folder as it is and contact support.'
    }`;
    log.error('The workspace database is damaged; waiting for a restore', { code: error.code });
    opts.onChange?.();
  }

  function needsRestore(error: unknown, provider: KeyProvider): boolean {
    if (!isAppError(error)) return false;
    if (error.code === 'DB_CORRUPT') return true;
    return (
      error.code === 'DB_KEY_INVALID' &&
      existsSync(core.dbFile) &&
      findGoodBackup(core.backupDir, provider.getKey()) !== null
    );
  }
}

export function runDailyBackup(core: SessionCore): void {
  if (!core.ws) return;
  const maintenance = core.opts.maintenance ?? 'at-open';
  if (maintenance === 'off') return;
  if (maintenance === 'background') return core.startMaintenance(false);
  try {
    backupDaily(core.ws.db, core.backupDir, new Date(core.opts.timers.now()));
  } catch (error) {
    core.opts.log.error('The daily backup failed', { error: errorMessage(error) });
  }
}

export function requireUnlocked(core: SessionCore): Workspace {
  core.checkDatabaseFile();
  if (core.state !== 'unlocked' || !core.ws)
    throw new AppError('SESSION_LOCKED', 'The workstation is locked. Unlock it to continue.');
  return core.ws;
}
