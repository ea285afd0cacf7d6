import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/ipc';
import { recordAuditEvent } from '../audit';
import { requireCase } from '../cases';
import { findLatestSignedDetermination } from '../db';
import { writePackageDir } from './writePackageDir';
import type { Workspace } from '../workspace';
import { absolutePackageDir } from './packageDirFor';
import { readWorkspacePackage } from './readWorkspacePackage';

export interface ExportedPackage {
  caseNumber: string;
  version: number;
  dir: string;
  manifestSha256: string;
}

/**
 * export-package: writes the latest signed version of a case as a clear package folder for the review organisation
 * (byte-identical to what was signed, so "verify" accepts it) and records letter.exported in the audit trail.
 */
export function exportSignedPackage(ws: Workspace, caseId: string, targetDir: string): ExportedPackage {
  const found = requireCase(ws.db, caseId);
  const { caseNumber } = found;
  const signed = findLatestSignedDetermination(ws.db, found.id);
  if (!signed)
    throw new AppError(
      'NOT_FOUND',
      `${caseNumber} has no signed version yet. Sign it first: npm run cli -- sign ${caseNumber}`,
    );
  const dir = resolve(targetDir);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new AppError('CONFLICT', `${dir} is not empty. Choose a new or empty folder for the exported package.`);
  const files = readWorkspacePackage(ws, absolutePackageDir(ws.dataDir, signed.packageDir));
  const manifestSha256 = createHash('sha256').update(files.manifestJson).digest('hex');
  if (manifestSha256 !== signed.manifestSha256) {
    throw new AppError(
      'BAD_FILE',
      `The stored package of ${caseNumber} version ${signed.version} no longer matches what was signed. Restore the data folder from a backup.`,
    );
  }
  const { manifestJson, manifestSig, ...named } = files;
  writePackageDir(dir, { files: named, manifestJson, manifestSig });
  ws.db.transaction(() =>
    recordAuditEvent(ws, {
      action: 'letter.exported',
      caseId: found.id,
      details: { version: signed.version, manifestSha256 },
    }),
  )();
  ws.log.info('Exported a signed package', { caseId: found.id, version: signed.version });
  return { caseNumber, version: signed.version, dir, manifestSha256 };
}
