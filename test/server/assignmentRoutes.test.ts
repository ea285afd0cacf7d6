import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignmentsPageSchema, type AssignmentsPage } from '../../shared/sync/assignmentsFeedSchema';
import type { AssignmentChange } from '../../shared/sync/assignmentChangeSchema';
import { assignmentsPath, recordPath } from '../../shared/sync/syncRoutes';
import { assignCase } from '../../server/assignments/assignCase';
import { readCaseFolder } from '../../server/assignments/readCaseFolder';
import { withdrawCase } from '../../server/assignments/withdrawCase';
import { compactChanges } from '../../server/feed/compactChanges';
import { REVIEWER_B, startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';

async function page(t: TestServer, token: string, cursor: string | null, limit?: number): Promise<AssignmentsPage> {
  const response = await syncRequest(t.server.url, assignmentsPath(cursor, limit), token);
  expect(response.status).toBe(200);
  return assignmentsPageSchema.parse(await response.json());
}

/** Follows has_more to the end; at most 20 pages so a paging bug cannot loop forever. */
async function drain(
  t: TestServer,
  token: string,
  cursor: string | null,
  limit: number,
): Promise<{ changes: AssignmentChange[]; cursor: string; pages: number }> {
  const changes: AssignmentChange[] = [];
  let next = cursor;
  for (let pages = 1; pages <= 20; pages++) {
    const result = await page(t, token, next, limit);
    changes.push(...result.items);
    next = result.cursor;
    if (!result.has_more) return { changes, cursor: next, pages };
  }
  throw new Error('The feed did not end within 20 pages');
}

describe('assignmentRoutes', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.stop());

  it("pages through only this reviewer's assignments with has_more when the limit is smaller than the feed", async () => {
    const first = await page(t, t.tokens.a, null, 1);
    expect(first.items).toHaveLength(1);
    expect(first.has_more).toBe(true);
    const second = await page(t, t.tokens.a, first.cursor, 1);
    expect(second.items).toHaveLength(1);
    expect(second.has_more).toBe(false);
    const numbers = [...first.items, ...second.items].map((change) => change.caseNumber);
    expect(numbers).toEqual(['CM24-0100101', 'CM24-0100102']);
    expect(second.items[0]!.seq).toBeGreaterThan(first.items[0]!.seq);
    const b = await drain(t, t.tokens.b, null, 10);
    expect(b.changes.map((change) => change.caseNumber)).toEqual(['CM24-0100103']);
  });

  it('sends the full case with items and document hashes when a case is assigned', async () => {
    const { changes } = await drain(t, t.tokens.a, null, 10);
    const change = changes[0];
    if (change?.kind !== 'assigned') throw new Error('expected an assignment');
    expect(change.assignment.items.length).toBeGreaterThan(0);
    for (const doc of change.assignment.documents) {
      expect(await t.server.storage.stat(doc.sha256)).toMatchObject({ sizeBytes: doc.sizeBytes });
      expect(doc.sizeBytes).toBeGreaterThan(0);
      expect(doc.pageCount).toBeGreaterThan(0);
    }
  });

  it('returns nothing new but a usable cursor when the reviewer is up to date', async () => {
    const all = await drain(t, t.tokens.a, null, 10);
    const again = await page(t, t.tokens.a, all.cursor);
    expect(again.items).toEqual([]);
    expect(again.has_more).toBe(false);
  });

  it('delivers withdrawals and reassignments after the cursor when the organisation changes a case', async () => {
    const start = await drain(t, t.tokens.a, null, 10);
    await withdrawCase(t.server.db, 'CM24-0100101', 'Settled by the parties', new Date());
    await assignCase(
      t.server.db,
      t.server.storage,
      REVIEWER_B,
      await readCaseFolder(t.folders.get('CM24-0100102')!),
      new Date(),
    );
    const a = await drain(t, t.tokens.a, start.cursor, 10);
    expect(a.changes.map((c) => [c.kind, c.caseNumber])).toEqual([
      ['withdrawn', 'CM24-0100101'],
      ['reassigned', 'CM24-0100102'],
    ]);
    expect(a.changes[0]).toMatchObject({ reason: 'Settled by the parties' });
    const b = await drain(t, t.tokens.b, null, 10);
    expect(b.changes.map((c) => [c.kind, c.caseNumber])).toEqual([
      ['assigned', 'CM24-0100103'],
      ['assigned', 'CM24-0100102'],
    ]);
  });

  it("stops serving a case's records when the case is withdrawn", async () => {
    const { changes } = await drain(t, t.tokens.a, null, 10);
    const first = changes[0];
    if (first?.kind !== 'assigned') throw new Error('expected an assignment');
    const sha = first.assignment.documents[0]!.sha256;
    expect((await syncRequest(t.server.url, recordPath(sha), t.tokens.a)).status).toBe(200);
    await withdrawCase(t.server.db, first.caseNumber, 'Withdrawn', new Date());
    expect((await syncRequest(t.server.url, recordPath(sha), t.tokens.a)).status).toBe(403);
  });

  it.each(['garbage', 'abc.1', `${'x'.repeat(8)}.99999`])(
    'answers 410 RESYNC_REQUIRED when the cursor is unknown (%s)',
    async (cursor) => {
      const response = await syncRequest(t.server.url, assignmentsPath(cursor), t.tokens.a);
      expect(response.status).toBe(410);
      const body = await response.json();
      expect(body.error.code).toBe('RESYNC_REQUIRED');
      expect(body.error.message).toMatch(/without a cursor/);
    },
  );

  it('answers 410 for a cursor older than a compaction and a full resync then shows only live cases', async () => {
    const old = await page(t, t.tokens.a, null, 1);
    await withdrawCase(t.server.db, 'CM24-0100101', 'Ineligible', new Date());
    await compactChanges(t.server.db);
    const stale = await syncRequest(t.server.url, assignmentsPath(old.cursor), t.tokens.a);
    expect(stale.status).toBe(410);
    const fresh = await drain(t, t.tokens.a, null, 10);
    expect(fresh.changes.map((c) => [c.kind, c.caseNumber])).toEqual([['assigned', 'CM24-0100102']]);
  });

  it('answers 400 when the limit is not a number in range', async () => {
    const response = await syncRequest(t.server.url, '/v1/assignments?limit=9999', t.tokens.a);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('INVALID_INPUT');
  });

  it('keeps the cursor valid across a restart on the same database', async () => {
    const all = await drain(t, t.tokens.a, null, 10);
    const port = t.server.port;
    await t.server.restart();
    expect(t.server.port).toBe(port);
    await withdrawCase(t.server.db, 'CM24-0100102', 'Withdrawn', new Date());
    const after = await drain(t, t.tokens.a, all.cursor, 10);
    expect(after.changes.map((c) => c.kind)).toEqual(['withdrawn']);
  });
});
