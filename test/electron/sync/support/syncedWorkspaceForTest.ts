import type { SyncEngine } from '../../../../electron/core/sync/createSyncEngine';
import type { SyncOptions } from '../../../../electron/core/sync/syncOptions';
import type { Workspace } from '../../../../electron/core/workspace/workspace';
import { createSeededRandom } from '../../../../shared/random/createSeededRandom';
import { createTestWorkspace, type TestWorkspace } from '../../../support/createTestWorkspace';

/** Short timeouts and tiny backoff so failure paths finish in milliseconds. */
export function fastSyncOptions(seed = 7): Partial<SyncOptions> {
  const random = createSeededRandom(seed);
  return {
    requestTimeoutMs: 3000,
    stallTimeoutMs: 1500,
    concurrency: 4,
    feedPageSize: 50,
    maxAttempts: 4,
    backoffBaseMs: 5,
    backoffCapMs: 40,
    random: random.next,
  };
}

/** The session's open workspace (the object the handlers use), not the transport-facing proxy. */
export function openWorkspaceOf(tw: TestWorkspace): Workspace {
  const ws = tw.backend.session.workspace();
  if (!ws) throw new Error('The test workspace is locked');
  return ws;
}

/** The open workspace's sync engine: the one the handlers use. */
export function engineOf(tw: TestWorkspace): SyncEngine {
  const services = tw.backend.services();
  if (!services) throw new Error('The test workspace is locked');
  return services.sync;
}

/** A real encrypted workspace (no demo cases) signed in to the given server, with fast sync options. */
export async function syncedWorkspaceForTest(
  serverUrl: string,
  token: string,
  options: Partial<SyncOptions> = fastSyncOptions(),
): Promise<TestWorkspace> {
  const tw = await createTestWorkspace({ syncOptions: options });
  await tw.call('sync.configure', { serverUrl, token });
  return tw;
}
