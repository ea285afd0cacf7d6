import { join } from 'node:path';
import { assignCase } from '../../../server/assignments/assignCase';
import { readCaseFolder } from '../../../server/assignments/readCaseFolder';
import { issueToken } from '../../../server/auth/issueToken';
import { DEMO_CASES } from '../../../server/demo/demoCases';
import { writeDemoCaseFolder } from '../../../server/demo/writeDemoCaseFolder';
import type { DatabaseConfig } from '../../../server/db/databaseConfig';
import type { StorageConfig } from '../../../server/storage/storageConfig';
import { createReviewer } from '../../../server/reviewers/createReviewer';
import { startServer, type RunningServer, type StartServerOptions } from '../../../server/startServer';
import { createServerBackendForTest } from '../../support/serverBackendForTest';

export const REVIEWER_A = 'RVW-0001';
export const REVIEWER_B = 'RVW-0002';

export interface TestServer {
  server: RunningServer;
  /** The database the server uses, for a second handle (as the admin command line opens one). */
  database: DatabaseConfig;
  storageConfig: StorageConfig;
  dir: string;
  tokens: { a: string; b: string };
  /** Case folders written from the demo cases, by case number (assigned: first two to A, the third to B). */
  folders: Map<string, string>;
  now: Date;
  stop(): Promise<void>;
}

/** A real server on 127.0.0.1 on the engine under test, two reviewers and three assigned cases. */
export async function startTestServer(
  options: Partial<Omit<StartServerOptions, 'database' | 'storage'>> = {},
): Promise<TestServer> {
  const backend = await createServerBackendForTest();
  const now = new Date();
  const server = await startServer({ database: backend.database, storage: backend.storage, ...options });
  await createReviewer(server.db, REVIEWER_A, 'Reviewer A', now);
  await createReviewer(server.db, REVIEWER_B, 'Reviewer B', now);
  const folders = new Map<string, string>();
  for (const [index, demo] of DEMO_CASES.entries()) {
    const folder = await writeDemoCaseFolder(demo, join(backend.dir, 'cases', String(index)), now);
    folders.set(demo.caseFile.case.caseNumber, folder);
    await assignCase(server.db, server.storage, index < 2 ? REVIEWER_A : REVIEWER_B, await readCaseFolder(folder), now);
  }
  const tokens = {
    a: (await issueToken(server.db, REVIEWER_A, { now })).token,
    b: (await issueToken(server.db, REVIEWER_B, { now })).token,
  };
  return {
    server,
    database: backend.database,
    storageConfig: backend.storage,
    dir: backend.dir,
    tokens,
    folders,
    now,
    stop: async () => {
      await server.close();
      await backend.dispose();
    },
  };
}
