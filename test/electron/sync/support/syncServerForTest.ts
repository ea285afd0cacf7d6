import { createHash } from 'node:crypto';
import { assignCase } from '../../../../server/assignments/assignCase';
import type { LoadedCaseFolder } from '../../../../server/assignments/readCaseFolder';
import { withdrawCase } from '../../../../server/assignments/withdrawCase';
import { issueToken } from '../../../../server/auth/issueToken';
import { registerCertificate } from '../../../../server/certificates/registerCertificate';
import type { ServerDb } from '../../../../server/db/index';
import { compactChanges } from '../../../../server/feed/compactChanges';
import { createReviewer } from '../../../../server/reviewers/createReviewer';
import { startServer, type RunningServer } from '../../../../server/startServer';
import type { BlobStorage } from '../../../../server/storage/index';
import { createServerBackendForTest } from '../../../support/serverBackendForTest';

export const REVIEWER = 'RVW-0001';
export const OTHER_REVIEWER = 'RVW-0002';

/** What the organisation does to a running server (as its admin command line would) and what a client needs. */
export interface SyncServerAdmin {
  token: string;
  otherToken: string;
  /** Assigns synthetic case number n (CM15-000000n) with `records` record files of about recordBytes each. */
  assign(
    n: number,
    options?: { records?: number; recordBytes?: number; reviewerId?: string },
  ): Promise<{ caseId: string; caseNumber: string; shas: string[] }>;
  withdraw(n: number, reason?: string): Promise<void>;
  registerCertificate(pem: string, reviewerId?: string): Promise<void>;
  compact(): Promise<void>;
  /** The database and record storage the admin commands use right now. */
  adminDb(): ServerDb;
  storage(): BlobStorage;
}

export interface SyncServerForTest extends SyncServerAdmin {
  server: RunningServer;
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

/** Two reviewers with tokens, and the admin operations, on whatever database and storage `adminDb`/`storage` give. */
export async function syncServerAdmin(adminDb: () => ServerDb, storage: () => BlobStorage): Promise<SyncServerAdmin> {
  const now = new Date();
  await createReviewer(adminDb(), REVIEWER, 'Dr. Test Reviewer', now);
  await createReviewer(adminDb(), OTHER_REVIEWER, 'Dr. Other Reviewer', now);
  return {
    token: (await issueToken(adminDb(), REVIEWER, { now })).token,
    otherToken: (await issueToken(adminDb(), OTHER_REVIEWER, { now })).token,
    async assign(n, options = {}) {
      const result = await assignCase(
        adminDb(),
        storage(),
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
    async withdraw(n, reason = 'The claim settled.') {
      await withdrawCase(adminDb(), caseNumberOf(n), reason, new Date());
    },
    async registerCertificate(pem, reviewerId = REVIEWER) {
      await registerCertificate(adminDb(), reviewerId, pem, new Date());
    },
    async compact() {
      await compactChanges(adminDb());
    },
    adminDb,
    storage,
  };
}

/**
 * A real reference server on 127.0.0.1 on the engine under test (SQLite file, or a PostgreSQL database), two
 * reviewers and their tokens. Admin operations use the server's own database handle, as on one machine.
 */
export async function startSyncServerForTest(): Promise<SyncServerForTest> {
  const backend = await createServerBackendForTest();
  const server = await startServer({ database: backend.database, storage: backend.storage });
  const admin = await syncServerAdmin(
    () => server.db,
    () => server.storage,
  );
  return {
    ...admin,
    server,
    async stop() {
      await server.close();
      await backend.dispose();
    },
  };
}
