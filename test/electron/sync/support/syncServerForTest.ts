import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignCase } from '../../../../server/assignments/assignCase';
import type { LoadedCaseFolder } from '../../../../server/assignments/readCaseFolder';
import { withdrawCase } from '../../../../server/assignments/withdrawCase';
import { issueToken } from '../../../../server/auth/issueToken';
import { registerCertificate } from '../../../../server/certificates/registerCertificate';
import { createRecordStore, type RecordStore } from '../../../../server/records/createRecordStore';
import { createReviewer } from '../../../../server/reviewers/createReviewer';
import { startServer, type RunningServer } from '../../../../server/startServer';

export const REVIEWER = 'RVW-0001';
export const OTHER_REVIEWER = 'RVW-0002';

export interface SyncServerForTest {
  server: RunningServer;
  records: RecordStore;
  token: string;
  otherToken: string;
  /** Assigns synthetic case number n (CM15-000000n) with `records` record files of about recordBytes each. */
  assign(
    n: number,
    options?: { records?: number; recordBytes?: number; reviewerId?: string },
  ): { caseId: string; caseNumber: string; shas: string[] };
  withdraw(n: number, reason?: string): void;
  registerCertificate(pem: string, reviewerId?: string): void;
  stop(): Promise<void>;
}

export const caseNumberOf = (n: number): string => `CM15-${String(n).padStart(7, '0')}`;

/** Deterministic record bytes per case and index, so a test can recompute any file's SHA-256. */
export function recordBytesFor(n: number, index: number, size: number): Buffer {
  const seed = createHash('sha256').update(`record ${n}/${index}`).digest();
  const out = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += seed.length)
    seed.copy(out, offset, 0, Math.min(seed.length, size - offset));
  out.write(`%record ${n}/${index}\n`, 0);
  return out;
}

export function syntheticCaseFolder(n: number, records: number, recordBytes: number): LoadedCaseFolder {
  const files = Array.from({ length: records }, (_, i) => ({
    bytes: recordBytesFor(n, i, recordBytes + i * 97),
    mimeType: 'text/plain',
    pageCount: 0,
  }));
  return {
    caseFile: {
      case: {
        caseNumber: caseNumberOf(n),
        priority: n % 5 === 0 ? 'expedited' : 'standard',
        receivedDate: '2026-11-02',
        dueDate: '2026-12-02',
        dateOfInjury: '2024-03-14',
        urDecisionDate: '2026-10-20',
        applicationDate: '2026-10-28',
        claimantName: `Claimant ${n}`,
        claimantAge: 30 + (n % 40),
        claimantSex: n % 2 ? 'female' : 'male',
        claimsAdministrator: 'Example Claims Administration',
        requestingPhysician: 'Dr. Example',
        physicianSpecialty: 'Orthopedic Surgery',
        bodyParts: ['lumbar spine'],
      },
      items: [
        { requestedTreatment: `Physical therapy, 12 sessions (case ${n})`, urDecision: 'denied', caGuideline: 'MTUS' },
      ],
      documents: files.map((_, i) => ({
        title: `Record ${i + 1} of case ${n}`,
        docType: 'progress_note',
        file: `r${i}.txt`,
        provider: 'Clinic',
        serviceDate: '2026-09-01',
        mimeType: 'text/plain',
      })),
    },
    files,
  };
}

/** A real reference server on 127.0.0.1 with a temp SQLite file, two reviewers and their tokens. */
export async function startSyncServerForTest(): Promise<SyncServerForTest> {
  const dir = mkdtempSync(join(tmpdir(), 'imr-sync-test-server-'));
  const now = new Date();
  const server = await startServer({ dbFile: join(dir, 'server.db'), recordsDir: join(dir, 'records') });
  const records = createRecordStore(join(dir, 'records'));
  createReviewer(server.db, REVIEWER, 'Dr. Test Reviewer', now);
  createReviewer(server.db, OTHER_REVIEWER, 'Dr. Other Reviewer', now);
  return {
    server,
    records,
    token: issueToken(server.db, REVIEWER, { now }).token,
    otherToken: issueToken(server.db, OTHER_REVIEWER, { now }).token,
    assign(n, options = {}) {
      const result = assignCase(
        server.db,
        records,
        options.reviewerId ?? REVIEWER,
        syntheticCaseFolder(n, options.records ?? 1, options.recordBytes ?? 2048),
        new Date(),
      );
      const shas = Array.from({ length: options.records ?? 1 }, (_, i) =>
        createHash('sha256')
          .update(recordBytesFor(n, i, (options.recordBytes ?? 2048) + i * 97))
          .digest('hex'),
      );
      return { caseId: result.caseId, caseNumber: result.caseNumber, shas };
    },
    withdraw(n, reason = 'The claim settled.') {
      withdrawCase(server.db, caseNumberOf(n), reason, new Date());
    },
    registerCertificate(pem, reviewerId = REVIEWER) {
      registerCertificate(server.db, reviewerId, pem, new Date());
    },
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
