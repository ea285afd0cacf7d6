import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../../support/serverBackendForTest';
import { insertVersion1Basics, rowsOf, serverDbAtVersion, type ServerDbAtVersion } from './support/serverDbAtVersion';

describe(`server migration 0004-feed-keeps-latest-change-per-case (${TEST_ENGINE})`, () => {
  let at: ServerDbAtVersion;
  const change = (seq: number, reviewerId: string, caseId: string, kind: string, payload: object) =>
    sql`insert into changes (seq, reviewer_id, case_id, kind, payload_json, created_at) values (${seq}, ${reviewerId}, ${caseId}, ${kind}, ${JSON.stringify(payload)}, '2026-01-03T00:00:00.000Z')`.execute(
      at.raw,
    );
  beforeEach(async () => {
    at = await serverDbAtVersion(TEST_ENGINE, 3);
    await insertVersion1Basics(at.raw);
    await sql`insert into cases (id, case_number, reviewer_id, state, detail_json, updated_at) values ('case-2', 'CM26-0000002', 'RVW-0001', 'assigned', '{}', 'x')`.execute(
      at.raw,
    );
    // RVW-0001 had case-1 (with the claimant's details), then lost it to RVW-0002; case-2 is still theirs.
    await change(1, 'RVW-0001', 'case-1', 'assigned', { assignment: { case: { claimantName: 'Claimant One' } } });
    await change(2, 'RVW-0001', 'case-2', 'assigned', { assignment: { case: { claimantName: 'Claimant Two' } } });
    await change(3, 'RVW-0001', 'case-1', 'reassigned', { reason: 'Reassigned.' });
    await change(4, 'RVW-0002', 'case-1', 'assigned', { assignment: { case: { claimantName: 'Claimant One' } } });
    await sql`update meta set value = '4' where key = 'feed_seq'`.execute(at.raw);
  });
  afterEach(() => at.dispose());

  it("deletes a reviewer's superseded changes, so one who lost a case keeps no details of it", async () => {
    expect(await at.upgradeTo(4)).toBe(4);
    const rows = await rowsOf(at.raw, 'changes', 'seq');
    expect(rows.map((row) => [Number(row.seq), row.reviewer_id, row.case_id, row.kind])).toEqual([
      [2, 'RVW-0001', 'case-2', 'assigned'],
      [3, 'RVW-0001', 'case-1', 'reassigned'],
      [4, 'RVW-0002', 'case-1', 'assigned'],
    ]);
    const ofFirstReviewer = rows.filter((row) => row.reviewer_id === 'RVW-0001').map((row) => row.payload_json);
    expect(ofFirstReviewer.join('\n')).not.toContain('Claimant One');
  });
});
