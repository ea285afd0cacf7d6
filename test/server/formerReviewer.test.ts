import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignCase } from '../../server/assignments/assignCase';
import { readCaseFolder } from '../../server/assignments/readCaseFolder';
import { withdrawCase } from '../../server/assignments/withdrawCase';
import { DEMO_CASES } from '../../server/demo/demoCases';
import { assignmentsPageSchema } from '../../shared/sync/assignmentsFeedSchema';
import { assignmentsPath } from '../../shared/sync/syncRoutes';
import { TEST_ENGINE } from '../support/serverBackendForTest';
import { REVIEWER_B, startTestServer, type TestServer } from './support/startTestServer';
import { syncRequest } from './support/syncRequest';

/** Every identifying detail of the demo shoulder case (claimant, physician, administrator, records). */
const shoulder = DEMO_CASES[1]!.caseFile;
const SHOULDER_DETAILS = [
  shoulder.case.claimantName,
  shoulder.case.requestingPhysician,
  shoulder.case.claimsAdministrator,
  shoulder.items[0]!.requestedTreatment,
  shoulder.documents[0]!.title,
];
const LUMBAR_CLAIMANT = DEMO_CASES[0]!.caseFile.case.claimantName;

describe(`a reviewer who lost a case (${TEST_ENGINE})`, () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.stop());

  const feedText = async (cursor: string | null) => {
    const response = await syncRequest(t.server.url, assignmentsPath(cursor, 500), t.tokens.a);
    expect(response.status).toBe(200);
    return response.text();
  };

  it('gets only "reassigned" and the case number from a full resync after the case went to someone else', async () => {
    const before = assignmentsPageSchema.parse(JSON.parse(await feedText(null)));
    const folder = t.folders.get(shoulder.case.caseNumber)!;
    await assignCase(t.server.db, t.server.storage, REVIEWER_B, await readCaseFolder(folder), new Date());
    for (const cursor of [null, before.cursor]) {
      const text = await feedText(cursor);
      for (const detail of SHOULDER_DETAILS) expect(text, `cursor ${cursor}`).not.toContain(detail);
      const page = assignmentsPageSchema.parse(JSON.parse(text));
      const about = page.items.filter((change) => change.caseNumber === shoulder.case.caseNumber);
      expect(about.map((change) => change.kind)).toEqual(['reassigned']);
      expect(Object.keys(about[0]!).sort()).toEqual(['at', 'caseId', 'caseNumber', 'kind', 'reason', 'seq']);
    }
    // The case still assigned to this reviewer keeps its details.
    expect(await feedText(null)).toContain(LUMBAR_CLAIMANT);
  });

  it('gets only "withdrawn" from a full resync after the case was withdrawn', async () => {
    await withdrawCase(t.server.db, shoulder.case.caseNumber, 'Settled by the parties', new Date());
    const text = await feedText(null);
    for (const detail of SHOULDER_DETAILS) expect(text).not.toContain(detail);
    const page = assignmentsPageSchema.parse(JSON.parse(text));
    expect(
      page.items
        .filter((c) => c.caseNumber === shoulder.case.caseNumber)
        .map((c) => [c.kind, 'reason' in c && c.reason]),
    ).toEqual([['withdrawn', 'Settled by the parties']]);
  });
});
