import type { KeyProvider } from '../keys/keyProvider';
import type { Logger } from '../log/logger';
import { createSession, type Session } from '../session/createSession';
import type { KeySource } from '../session/keySource';
import { liveWorkspace } from './liveWorkspace';
import { lockableHandlers } from '../api/lockableHandlers';
import { sessionGate } from '../api/sessionGate';
import type { SessionTimers } from '../session/sessionTimers';
import type { Clock } from '../workspace/clock';
import type { Workspace } from '../workspace/workspace';
import { createHandlers } from '../api/createHandlers';
import { createRegistrar, type Registrar } from '../api/createRegistrar';
import { sessionHandlers } from '../api/sessionHandlers';

export interface Backend {
  /** The open workspace; while locked, touching it throws SESSION_LOCKED. */
  ws: Workspace;
  session: Session;
  registrar: Registrar;
  close(): void;
}

export type CreateBackendOptions = {
  dataDir: string;
  log: Logger;
  transport: 'electron' | 'shell' | 'in-process';
  clock?: Clock;
  seedDemo?: boolean;
  sessionTimers?: Partial<SessionTimers>;
} & ({ keyProvider: KeyProvider; keySource?: undefined } | { keySource: KeySource; keyProvider?: undefined });

/** The whole back end behind one registrar; transports (IPC, shell, tests) only plug it in. */
export async function createBackend(opts: CreateBackendOptions): Promise<Backend> {
  const keySource: KeySource = opts.keySource ?? { kind: 'provider', provider: opts.keyProvider };
  const session = createSession({ dataDir: opts.dataDir, log: opts.log, keySource, clock: opts.clock, seedDemo: opts.seedDemo, timers: opts.sessionTimers });
  try {
    await session.start();
  } catch (error) {
    session.close();
    throw error;
  }
  const handlers = lockableHandlers(session, sessionHandlers(session), (ws) => createHandlers(ws, opts.transport, session));
  const registrar = createRegistrar(handlers, opts.log, sessionGate(session));
  return { ws: liveWorkspace(session), session, registrar, close: () => session.close() };
}
