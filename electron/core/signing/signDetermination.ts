import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { AppError, type SignedVersion } from '../../../shared/ipc';

import { auditHeadOf } from '../audit';
import { isPackageDirRecorded } from '../db';
import { buildCaseLetter, readPdfMetadata, renderLetterPdf } from '../letters';
import { absolutePackageDir, buildSignedPackage, packageDirFor, writeWorkspacePackage } from '../packages';
import type { Workspace } from '../workspace';

import { commitSignature } from './commitSignature';
import { describeBlockers, evaluateChecks } from '../checks';

import { loadFinalizeInput, type FinalizeInput } from '../determinations';
import { openSigningIdentity, type SigningKeyAccess } from '../signingIdentity';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * determinations.sign: refuses while any check blocks; otherwise renders and signs the letter, writes the package,
 * and commits the signed version, the lock and the outbox row in one durable transaction (all async work first).
 */
export async function signDetermination(
  ws: Workspace,
  caseId: string,
  passphrase: string | undefined,
  access: SigningKeyAccess,
): Promise<SignedVersion> {
  const input = loadFinalizeInput(ws, caseId);
  assertSignable(input);
  const letter = buildCaseLetter(input);
  const pdf = await renderLetterPdf(letter);
  const { blockers } = evaluateChecks(input, letter, await readPdfMetadata(pdf));
  if (blockers.length > 0)
    throw new AppError('CHECKS_FAILED', describeBlockers(blockers), { kind: 'checksFailed', findings: [...blockers] });

  const signedAt = ws.clock.now();
  const { identity } = await openSigningIdentity(ws.dataDir, input.profile.reviewerId, passphrase, access, signedAt);
  const { signLetterPdf } = await import('./signLetterPdf');
  const letterPdf = await signLetterPdf(pdf, identity, { signingTime: signedAt });
  const { version, supersedesVersion } = input.lineage;
  const pkg = buildSignedPackage({
    letterPdf,
    determination: { ...input.determination, locked: true },
    manifest: {
      caseId,
      caseNumber: input.caseRecord.caseNumber,
      determinationVersion: version,
      supersedesVersion,
      signedAt: signedAt.toISOString(),
      ...auditHeadField(ws),
    },
    identity,
  });

  const packageDir = packageDirFor(input.caseRecord.caseNumber, version);
  const dir = absolutePackageDir(ws.dataDir, packageDir);
  if (isPackageDirRecorded(ws.db, packageDir))
    throw new AppError('CONFLICT', `Version ${version} of ${input.caseRecord.caseNumber} is already signed.`);
  // A folder no row points to is what a crash between writing and committing leaves behind.
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  writeWorkspacePackage(ws, dir, pkg);
  const record = {
    version,
    supersedesVersion,
    packageDir,
    manifestSha256: sha256(pkg.manifestJson),
    letterSha256: sha256(letterPdf),
    reviewerId: identity.reviewerId,
    signedAt: signedAt.toISOString(),
    certificateSha256: identity.certificateSha256,
  };
  try {
    commitSignature(ws, input, record);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  ws.log.info('Signed a determination', { caseId, version });
  return { ...record, packageDir: dir };
}

function assertSignable(input: FinalizeInput): void {
  const { caseRecord, determination, lineage } = input;
  if (determination.locked || caseRecord.status === 'signed' || caseRecord.status === 'uploaded') {
    throw new AppError(
      'LOCKED',
      `${caseRecord.caseNumber} version ${lineage.version} is already signed. Start a new version to change it.`,
    );
  }
  if (caseRecord.status === 'withdrawn')
    throw new AppError('LOCKED', `${caseRecord.caseNumber} was withdrawn; it cannot be signed.`);
}

/** The trail's head before signing, signed into the manifest (absent while the trail is empty). */
function auditHeadField(ws: Workspace): { auditHead?: { id: number; hash: string } } {
  const head = auditHeadOf(ws.db);
  return head ? { auditHead: head } : {};
}
