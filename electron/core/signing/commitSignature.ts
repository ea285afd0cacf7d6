import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import {
  findDraft,
  insertOutboxRow,
  insertSignedDetermination,
  listDocuments,
  setDraftLocked,
  updateCaseStatus,
  type SignedDeterminationRow,
} from '../db';

import { snapshotDetermination, type FinalizeInput } from '../determinations';
import type { Workspace } from '../workspace';

export interface SignatureRecord extends Omit<SignedDeterminationRow, 'id' | 'caseId'> {
  certificateSha256: string;
}

/**
 * The signed version, the lock, the case status and the outbox row commit together or not at all, with
 * synchronous = FULL so the commit is on disk before the reviewer is told the case is signed.
 */
export function commitSignature(ws: Workspace, input: FinalizeInput, record: SignatureRecord): number {
  const caseId = input.caseRecord.id;
  const previous = String(ws.db.pragma('synchronous', { simple: true }));
  ws.db.pragma('synchronous = FULL');
  try {
    return ws.db.transaction(() => {
      assertUnchanged(ws, input);
      const id = insertSignedDetermination(ws.db, { caseId, ...withoutCertificate(record) });
      setDraftLocked(ws.db, caseId, true, record.signedAt);
      snapshotDetermination(ws.db, caseId, 'status', record.signedAt, 'signed');
      updateCaseStatus(ws.db, caseId, 'signed', record.signedAt);
      insertOutboxRow(ws.db, {
        caseId,
        packageDir: record.packageDir,
        idempotencyKey: randomUUID(),
        createdAt: record.signedAt,
      });
      recordAuditEvent(ws, {
        action: 'letter.signed',
        caseId,
        details: {
          version: record.version,
          supersedesVersion: record.supersedesVersion,
          letterSha256: record.letterSha256,
          manifestSha256: record.manifestSha256,
          certificateSha256: record.certificateSha256,
        },
      });
      return id;
    })();
  } finally {
    ws.db.pragma(`synchronous = ${previous}`);
  }
}

/** What was checked and rendered must still be what is stored: an edit that landed meanwhile means signing again. */
function assertUnchanged(ws: Workspace, input: FinalizeInput): void {
  const draft = findDraft(ws.db, input.caseRecord.id);
  const reviewedNow = listDocuments(ws.db, input.caseRecord.id)
    .map((d) => `${d.id}:${d.reviewed}`)
    .join(',');
  const reviewedThen = input.documents.map((d) => `${d.id}:${d.reviewed}`).join(',');
  if (!draft || draft.locked === 1 || draft.revision !== input.determination.revision || reviewedNow !== reviewedThen) {
    throw new AppError(
      'CONFLICT',
      `${input.caseRecord.caseNumber} changed while it was being signed. Check the letter again, then sign.`,
    );
  }
}

function withoutCertificate(record: SignatureRecord): Omit<SignedDeterminationRow, 'id' | 'caseId'> {
  const { certificateSha256: _certificate, ...row } = record;
  return row;
}
