import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignCase } from '../../../server/assignments/assignCase';
import { readCaseFolder } from '../../../server/assignments/readCaseFolder';
import { issueToken } from '../../../server/auth/issueToken';
import { DEMO_CASES } from '../../../server/demo/demoCases';
import { writeDemoCaseFolder } from '../../../server/demo/writeDemoCaseFolder';
import { createRecordStore, type RecordStore } from '../../../server/records/createRecordStore';
import { createReviewer } from '../../../server/reviewers/createReviewer';
import { startServer, type RunningServer, type StartServerOptions } from '../../../server/startServer';

export const REVIEWER_A = 'RVW-0001';
export const REVIEWER_B = 'RVW-0002';

export interface TestServer {
  server: RunningServer;
  dir: string;
  records: RecordStore;
  tokens: { a: string; b: string };
  /** Case folders written from the demo cases, by case number (assigned: first two to A, the third to B). */
  folders: Map<string, string>;
  now: Date;
  stop(): Promise<void>;
}

/** A real server on 127.0.0.1, a real SQLite file in a temp folder, two reviewers and three assigned cases. */
export async function startTestServer(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-sync-server-'));
  const now = new Date();
  const server = await startServer({ dbFile: join(dir, 'server.db'), recordsDir: join(dir, 'records'), ...options });
  const records = createRecordStore(join(dir, 'records'));
  createReviewer(server.db, REVIEWER_A, 'Reviewer A', now);
  createReviewer(server.db, REVIEWER_B, 'Reviewer B', now);
  const folders = new Map<string, string>();
  for (const [index, demo] of DEMO_CASES.entries()) {
    const folder = await writeDemoCaseFolder(demo, join(dir, 'cases', String(index)), now);
    folders.set(demo.caseFile.case.caseNumber, folder);
    assignCase(server.db, records, index < 2 ? REVIEWER_A : REVIEWER_B, await readCaseFolder(folder), now);
  }
  const tokens = {
    a: issueToken(server.db, REVIEWER_A, { now }).token,
    b: issueToken(server.db, REVIEWER_B, { now }).token,
  };
  return {
    server,
    dir,
    records,
    tokens,
    folders,
    now,
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
