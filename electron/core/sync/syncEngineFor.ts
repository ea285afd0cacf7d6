import type { Workspace } from '../workspace/workspace';
import { createSyncEngine, type SyncEngine } from './createSyncEngine';
import type { SyncOptions } from './syncOptions';

const engines = new WeakMap<Workspace, SyncEngine>();

/** The workspace's one engine, shared by the handlers, the scheduler and the CLI; options apply when it is first made (or replace an idle one). */
export function syncEngineFor(ws: Workspace, options?: Partial<SyncOptions>): SyncEngine {
  const existing = engines.get(ws);
  if (existing && (!options || existing.isRunning())) return existing;
  const engine = createSyncEngine(ws, options);
  engines.set(ws, engine);
  return engine;
}
