import { issueToken } from '../../server/auth/issueToken';
import { buildCaseDetail } from '../../server/assignments/buildCaseDetail';
import type { LoadedCaseFolder } from '../../server/assignments/readCaseFolder';
import { insertReviewerCertificate } from '../../server/certificates/registerCertificate';
import type { ServerDb } from '../../server/db/serverDb';
import { appendChange } from '../../server/feed/appendChange';
import { insertReviewer } from '../../server/repositories/reviewerRepository';
import { replaceCaseRecords, upsertRecord } from '../../server/repositories/recordRepository';
import { upsertCase } from '../../server/repositories/caseRepository';
import type { BlobInfo, BlobStorage } from '../../server/storage/blobStorage';
import { syntheticCaseFolder } from '../../test/electron/sync/support/syncServerForTest';
import { caseIdOfLoad, caseNumberOfLoad, type LoadReviewer } from './loadFixture';

const RECORDS_PER_CASE = 3;
const CASES_PER_TRANSACTION = 500;

/**
 * The organisation the load test serves: every reviewer with a registered certificate, a token and `cases` assigned
 * cases of three records each. Rows go in one transaction per reviewer through the server's own repositories and
 * feed (the same rows `admin assign` makes, without re-reading a case folder 5,000 times).
 */
export async function seedOrganisation(
  db: ServerDb,
  storage: BlobStorage,
  reviewers: readonly LoadReviewer[],
  cases: number,
): Promise<string[]> {
  const template = syntheticCaseFolder(1, RECORDS_PER_CASE, 1500);
  const stored: BlobInfo[] = [];
  for (const file of template.files) stored.push(await storage.put(file.bytes));
  const now = new Date();
  const at = now.toISOString();
  await db.write(async (tx) => {
    for (const file of stored) {
      await upsertRecord(tx, { sha256: file.sha256, sizeBytes: file.sizeBytes, mimeType: 'text/plain', storedAt: at });
    }
  });
  const tokens: string[] = [];
  for (const [index, reviewer] of reviewers.entries()) {
    await db.write(async (tx) => {
      await insertReviewer(tx, { id: reviewer.reviewerId, displayName: `Load ${reviewer.reviewerId}`, createdAt: at });
      await insertReviewerCertificate(tx, reviewer.reviewerId, reviewer.identity.certificatePem, now);
    });
    for (let from = 0; from < cases; from += CASES_PER_TRANSACTION) {
      await db.write(async (tx) => {
        for (let k = from; k < Math.min(cases, from + CASES_PER_TRANSACTION); k++) {
          const caseId = caseIdOfLoad(index, k);
          const caseNumber = caseNumberOfLoad(index, k);
          const folder: LoadedCaseFolder = {
            ...template,
            caseFile: { ...template.caseFile, case: { ...template.caseFile.case, caseNumber, id: caseId } },
          };
          const detail = buildCaseDetail(caseId, folder, stored, at);
          await upsertCase(tx, {
            id: caseId,
            caseNumber,
            reviewerId: reviewer.reviewerId,
            state: 'assigned',
            detail,
            updatedAt: at,
          });
          await replaceCaseRecords(
            tx,
            caseId,
            stored.map((file) => file.sha256),
          );
          await appendChange(tx, {
            reviewerId: reviewer.reviewerId,
            caseId,
            kind: 'assigned',
            payload: { caseNumber, at, assignment: detail },
            createdAt: at,
          });
        }
      });
    }
    tokens.push((await issueToken(db, reviewer.reviewerId, { now })).token);
  }
  return tokens;
}
