import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { findCase, updateCaseStatus } from '../../../../electron/core/db/repositories/caseRepository';
import { setDraftLocked } from '../../../../electron/core/db/repositories/draftRepository';
import { insertOutboxRow } from '../../../../electron/core/db/repositories/syncOutboxRepository';
import { loadDetermination } from '../../../../electron/core/determinations/loadDetermination';
import { absolutePackageDir, packageDirFor } from '../../../../electron/core/packages/packageDirFor';
import { writeWorkspacePackage } from '../../../../electron/core/packages/writeWorkspacePackage';
import { buildSignedPackage } from '../../../../electron/core/packages/buildSignedPackage';
import { createSelfSignedCertificate } from '../../../../electron/core/signingIdentity/createSelfSignedCertificate';
import { signLetterPdf } from '../../../../electron/core/signing/signLetterPdf';
import type { SigningIdentity } from '../../../../electron/core/signingIdentity/signingIdentity';
import { toSigningIdentity } from '../../../../electron/core/signingIdentity/toSigningIdentity';
import type { Workspace } from '../../../../electron/core/workspace/workspace';
import { REVIEWER, startSyncServerForTest, type SyncServerForTest } from './syncServerForTest';

export interface TestSigner {
  identity: SigningIdentity;
  /** One letter signed with the identity, reused for every package (the server checks signatures, not wording). */
  letter: Buffer;
}

/** A reviewer's signing identity made the way the signing module makes one, kept in memory. */
export async function createTestSigner(reviewerId: string): Promise<TestSigner> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const identity = toSigningIdentity(await createSelfSignedCertificate(reviewerId, privateKey, new Date()), privateKey);
  const doc = await PDFDocument.create();
  const page = doc.addPage([612, 792]);
  page.drawText('Final Determination Letter (test)', {
    x: 72,
    y: 700,
    size: 12,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  const letter = await signLetterPdf(await doc.save(), identity);
  return { identity, letter };
}

/** A fresh sync server that trusts the signer's certificate; pass the signer back in to reuse it (RSA key generation is slow). */
export async function startSyncServerWithSigner(
  signer?: TestSigner,
): Promise<{ server: SyncServerForTest; signer: TestSigner }> {
  const server = await startSyncServerForTest();
  signer ??= await createTestSigner(REVIEWER);
  await server.registerCertificate(signer.identity.certificatePem);
  return { server, signer };
}

export interface SignedForTest {
  packageDir: string;
  absoluteDir: string;
  outboxId: number;
}

/**
 * Signs a case as the signing service does: package built with buildSignedPackage and written with writeWorkspacePackage (encrypted at rest),
 * then the lock, status 'signed' and the outbox row in one transaction.
 */
export function signCaseForTest(ws: Workspace, caseId: string, signer: TestSigner, version = 1): SignedForTest {
  const record = findCase(ws.db, caseId);
  if (!record) throw new Error(`No local case ${caseId}`);
  const signedAt = new Date().toISOString();
  const determination = ws.db.transaction(() => loadDetermination(ws.db, caseId, signedAt))();
  const pkg = buildSignedPackage({
    letterPdf: signer.letter,
    determination: { ...determination, locked: true },
    manifest: {
      caseId,
      caseNumber: record.caseNumber,
      determinationVersion: version,
      supersedesVersion: version > 1 ? version - 1 : null,
      signedAt,
    },
    identity: signer.identity,
  });
  const packageDir = packageDirFor(record.caseNumber, version);
  const absoluteDir = absolutePackageDir(ws.dataDir, packageDir);
  writeWorkspacePackage(ws, absoluteDir, pkg);
  const outboxId = ws.db.transaction(() => {
    setDraftLocked(ws.db, caseId, true, signedAt);
    updateCaseStatus(ws.db, caseId, 'signed', signedAt);
    return insertOutboxRow(ws.db, { caseId, packageDir, idempotencyKey: randomUUID(), createdAt: signedAt });
  })();
  return { packageDir, absoluteDir, outboxId };
}
