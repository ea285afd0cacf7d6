import {
  createHandlers,
  createInvoker,
  createRegistrar,
  lockableHandlers,
  readOnlyGate,
  sessionGate,
  sessionHandlers,
  type Invoke,
  type Registrar,
  type Transport,
} from '../api';

import type { KeyProvider } from '../db';
import type { AuditAnchorStore } from '../audit';
import { createBackendEvents, type BackendEvents } from '../events';
import { ownerOnlyPermissions } from '../files';
import type { Logger } from '../log';
import { defaultOcrPoolOptions } from '../ocr';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type OcrQueueOptions } from '../records';
import { createWorkspaceServices, type WorkspaceServices } from '../services';
import {
  createSession,
  DEFAULT_SESSION_TIMERS,
  type KeySource,
  type Session,
  type SessionMaintenance,
  type SessionTimers,
} from '../session';

import { passphraseKeyAccess, type SigningKeyAccess } from '../signingIdentity';
import { startSyncScheduler, type SyncOptions, type SyncSchedulerOptions } from '../sync';

import { acquireWorkspaceLock, type Clock, type Workspace } from '../workspace';

import { liveWorkspace } from './liveWorkspace';

export interface Backend {
  /** The open workspace; while locked, touching it throws SESSION_LOCKED. */
  readonly ws: Workspace;
  readonly session: Session;
  /** The one door every transport calls: validates, runs the handler, answers a Result. */
  readonly registrar: Registrar;
  /** Typed in-process calls through the registrar (command line, tests). */
  readonly invoke: Invoke;
  /** The services of the workspace open now, or null while locked. */
  services(): WorkspaceServices | null;
  /** What the back end changed by itself, for the transports to pass on to the window. */
  readonly events: Pick<BackendEvents, 'subscribe'>;
  close(): void;
}

export type CreateBackendOptions = {
  dataDir: string;
  log: Logger;
  transport: Transport;
  clock?: Clock;
  seedDemo?: boolean;
  sessionTimers?: Partial<SessionTimers>;
  /** When the database is checked and backed up daily (SessionMaintenance); default `at-open`. */
  maintenance?: SessionMaintenance;
  /** How signing keys are sealed: passphrases by default; the desktop app passes the OS keychain. */
  signingKeys?: SigningKeyAccess;
  importLimits?: ImportLimits;
  syncOptions?: Partial<SyncOptions>;
  /** Background OCR: pool size and bounds, and whether it starts when the workspace opens (default: yes). */
  ocr?: { pool?: Partial<OcrQueueOptions['pool']>; autoStart?: boolean };
  /** Sync in the background while signed in (the desktop app and the browser shell; not the command line). */
  backgroundSync?: boolean | Omit<SyncSchedulerOptions, 'engine' | 'log'>;
  /**
   * Open without the writer lock and change nothing: for read-only commands while another process holds the
   * workspace. Without it the back end takes the folder's lock and refuses to start (WORKSPACE_IN_USE) if it is held.
   */
  readOnly?: boolean;
  /** Where the audit trail's head is anchored outside the workspace (the app, shell and CLI pass one; tests may). */
  auditAnchors?: AuditAnchorStore;
} & ({ keyProvider: KeyProvider; keySource?: undefined } | { keySource: KeySource; keyProvider?: undefined });

/**
 * The back end, wired top to bottom: the session opens and locks the workspace; each open workspace gets its
 * services; the handler table calls those services; the registrar is the one door in; background sync follows
 * whichever workspace is open. Transports (IPC, the shell, the command line, tests) only plug in the registrar.
 */
export async function createBackend(opts: CreateBackendOptions): Promise<Backend> {
  const { log } = opts;
  const readOnly = opts.readOnly === true;
  const lock = readOnly ? null : acquireWorkspaceLock(opts.dataDir, PROGRAM_NAMES[opts.transport]);
  let repairedAtStart = 0;
  if (!readOnly) {
    const repaired = ownerOnlyPermissions(opts.dataDir, true, 1);
    repairedAtStart = repaired.length;
    if (repaired.length > 0)
      log.warn('Made workspace files and folders owner-only', {
        count: repaired.length,
        first: repaired.slice(0, 5).map((f) => `${f.path || '.'} (was ${f.found})`),
      });
  }
  const keySource: KeySource = opts.keySource ?? { kind: 'provider', provider: opts.keyProvider };
  const events = createBackendEvents(log);
  const session = createSession({
    onChange: () => events.emit({ type: 'session.changed' }),
    anchors: opts.auditAnchors,
    dataDir: opts.dataDir,
    log,
    keySource,
    clock: opts.clock,
    seedDemo: opts.seedDemo,
    timers: opts.sessionTimers,
    maintenance: opts.maintenance,
    readOnly,
  });
  try {
    await session.start();
  } catch (error) {
    session.close();
    lock?.release();
    throw error;
  }

  const services = servicesFollowing(session, (ws) =>
    createWorkspaceServices(
      ws,
      {
        signingKeys: opts.signingKeys ?? passphraseKeyAccess,
        importLimits: opts.importLimits ?? DEFAULT_IMPORT_LIMITS,
        syncOptions: opts.syncOptions ?? {},
        ocr: {
          pool: { ...defaultOcrPoolOptions(), ...opts.ocr?.pool },
          // A command that lasts a moment (maintenance 'off') does not start the workspace's background reading.
          autoStart: !readOnly && opts.maintenance !== 'off' && (opts.ocr?.autoStart ?? true),
        },
        keyKind: () => session.status().keyKind,
        auditAnchors: opts.auditAnchors ?? null,
        anchorAudit: (force) => session.anchorAudit(force),
        readOnly,
        brief: opts.maintenance === 'off',
        catchUpDelayMs:
          opts.maintenance === 'background'
            ? (opts.sessionTimers?.catchUpDelayMs ?? DEFAULT_SESSION_TIMERS.catchUpDelayMs)
            : 0,
        repairedAtStart,
        openBackup: (file) => session.openBackup(file),
      },
      events.emit,
    ),
  );
  // Unlocking (or opening with a key provider) builds the workspace's services at once, so background work
  // (OCR left pending by a quit or crash, records from an older version) resumes without waiting for a request.
  services.current();
  const handlers = lockableHandlers(
    sessionHandlers(session, () => void services.current()),
    services.current,
    createHandlers,
  );
  const registrar = createRegistrar(
    handlers,
    log,
    readOnly ? readOnlyGate(sessionGate(session)) : sessionGate(session),
  );

  const scheduler =
    opts.backgroundSync && !readOnly
      ? startSyncScheduler({
          ...(opts.backgroundSync === true ? {} : opts.backgroundSync),
          log,
          engine: () => services.current()?.sync ?? null,
        })
      : null;
  // Signed work is uploaded promptly, not at the next interval; each signature and sync moves the anchored audit head.
  const stopNudging = events.subscribe((event) => {
    if (event.type === 'sync.changed' && event.reason === 'outbox') scheduler?.nudge();
    if (event.type === 'sync.changed' && services.current()?.sync.isRunning() === false) session.anchorAudit();
  });

  return {
    ws: liveWorkspace(session),
    session,
    registrar,
    invoke: createInvoker(registrar),
    services: services.current,
    events: { subscribe: events.subscribe },
    close() {
      stopNudging();
      scheduler?.stop();
      services.dispose();
      session.close();
      lock?.release();
    },
  };
}

const PROGRAM_NAMES: Record<Transport, string> = {
  electron: 'the desktop app',
  shell: 'the browser shell',
  'in-process': 'a command',
};

/** Builds services when a workspace opens and disposes them when it locks, closes or is replaced (rekey, restore). */
function servicesFollowing(session: Session, build: (ws: Workspace) => WorkspaceServices) {
  let built: WorkspaceServices | null = null;
  const dispose = () => {
    if (built) void built.dispose();
    built = null;
  };
  return {
    current(): WorkspaceServices | null {
      const ws = session.workspace();
      if (built?.ws !== ws) dispose();
      if (ws && !built) built = build(ws);
      return built;
    },
    dispose,
  };
}
