import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueToken } from '../../server/auth/issueToken';
import { runBackgroundWork } from '../../server/background/runBackgroundWork';
import { openServerDatabase } from '../../server/db/openServerDatabase';
import type { ServerDb } from '../../server/db/serverDb';
import { createEnrolmentCode } from '../../server/enrolment/createEnrolmentCode';
import { readAssignmentsPage } from '../../server/feed/readAssignmentsPage';
import { saveAuthFailures } from '../../server/repositories/authFailureRepository';
import { listTokens } from '../../server/repositories/tokenRepository';
import { createRecordStorage } from '../../server/storage/storageConfig';
import { REVIEWER, syncServerAdmin, type SyncServerAdmin } from '../electron/sync/support/syncServerForTest';
import { createServerBackendForTest, TEST_ENGINE, type ServerBackendForTest } from '../support/serverBackendForTest';

const DAY = 86_400_000;

describe(`runBackgroundWork (${TEST_ENGINE})`, () => {
  let backend: ServerBackendForTest;
  let db: ServerDb;
  let admin: SyncServerAdmin;
  beforeEach(async () => {
    backend = await createServerBackendForTest();
    db = await openServerDatabase(backend.database);
    admin = await syncServerAdmin(
      () => db,
      () => createRecordStorage(backend.storage, db),
    );
  });
  afterEach(async () => {
    await db.close();
    await backend.dispose();
  });

  it('compacts feed history older than the retention, so only a cursor from before it must resync', async () => {
    await admin.assign(1);
    const beforeWithdrawal = (await readAssignmentsPage(db, REVIEWER, undefined, 100)).cursor;
    await admin.withdraw(1);
    await admin.assign(2);
    const soon = new Date(Date.now() + 10 * DAY);
    expect((await runBackgroundWork(db, soon, { feedRetentionDays: 30 })).compacted).toBe(0);
    const caughtUp = await readAssignmentsPage(db, REVIEWER, beforeWithdrawal, 100);
    expect(caughtUp.items.map((c) => [c.kind, c.caseNumber])).toEqual([
      ['withdrawn', 'CM15-0000001'],
      ['assigned', 'CM15-0000002'],
    ]);
    const muchLater = new Date(Date.now() + 100 * DAY);
    expect((await runBackgroundWork(db, muchLater, { feedRetentionDays: 30 })).compacted).toBe(1);
    await expect(readAssignmentsPage(db, REVIEWER, beforeWithdrawal, 100)).rejects.toMatchObject({
      code: 'RESYNC_REQUIRED',
    });
    expect((await readAssignmentsPage(db, REVIEWER, caughtUp.cursor, 100)).items).toEqual([]);
    const fresh = await readAssignmentsPage(db, REVIEWER, undefined, 100);
    expect(fresh.items.map((c) => [c.kind, c.caseNumber])).toEqual([['assigned', 'CM15-0000002']]);
  });

  it('forgets tokens and enrolment codes that can never be used again, and old failure counters', async () => {
    const now = new Date();
    const longAgo = new Date(now.getTime() - 200 * DAY);
    await issueToken(db, REVIEWER, { now: longAgo, validDays: 30 });
    await createEnrolmentCode(db, REVIEWER, { now: longAgo, validHours: 1 });
    await db.write((tx) =>
      saveAuthFailures(tx, {
        clientKey: '203.0.113.7',
        windowStartedAt: longAgo.toISOString(),
        failures: 3,
        blockedUntil: null,
      }),
    );
    const report = await runBackgroundWork(db, now, { feedRetentionDays: 90 });
    expect(report).toMatchObject({ tokensForgotten: 1, codesForgotten: 1, throttlesForgotten: 1 });
    // The two live tokens of the test reviewers stay.
    expect((await listTokens(db.query)).map((t) => t.expiresAt! > now.toISOString())).toEqual([true, true]);
  });
});
