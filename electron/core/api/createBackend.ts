import type { KeyProvider } from '../db/keyProvider';
import type { Logger } from '../log/logger';
import type { Clock } from '../workspace/clock';
import { openWorkspace } from '../workspace/openWorkspace';
import type { Workspace } from '../workspace/workspace';
import { createHandlers } from './createHandlers';
import { createRegistrar, type Registrar } from './createRegistrar';

export interface Backend {
  ws: Workspace;
  registrar: Registrar;
  close(): void;
}

export interface CreateBackendOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  log: Logger;
  transport: 'electron' | 'shell' | 'in-process';
  clock?: Clock;
  seedDemo?: boolean;
}

/** The whole back end behind one registrar; transports (IPC, shell, tests) only plug it in. */
export async function createBackend(opts: CreateBackendOptions): Promise<Backend> {
  const ws = await openWorkspace(opts);
  const registrar = createRegistrar(createHandlers(ws, opts.transport), opts.log);
  return { ws, registrar, close: () => ws.close() };
}
