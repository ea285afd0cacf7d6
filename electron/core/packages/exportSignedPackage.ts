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
import type { PackageFiles } from './packageFiles';

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
  const dir = resolve(targetDir);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new AppError('CONFLICT', `${dir} is not empty. Choose a new or empty folder for the exported package.`);
  const { caseId: id, caseNumber, version, files, manifestSha256 } = readLatestSignedPackage(ws, caseId);
  const { manifestJson, manifestSig, ...named } = files;
  writePackageDir(dir, { files: named, manifestJson, manifestSig });
  recordExport(ws, id, version, manifestSha256, 'folder');
  ws.log.info('Exported a signed package', { caseId: id, version });
  return { caseNumber, version, dir, manifestSha256 };
}

export interface LatestSignedPackage {
  caseId: string;
  caseNumber: string;
  version: number;
  files: PackageFiles;
  manifestSha256: string;
}

/** The latest signed version's files as signed, after checking the stored manifest is the one that was signed. */
export function readLatestSignedPackage(ws: Workspace, caseId: string): LatestSignedPackage {
  const found = requireCase(ws.db, caseId);
  const { caseNumber } = found;
  const signed = findLatestSignedDetermination(ws.db, found.id);
  if (!signed)
    throw new AppError(
      'NOT_FOUND',
      `${caseNumber} has no signed version yet. Sign it first: npm run cli -- sign ${caseNumber}`,
    );
  const files = readWorkspacePackage(ws, absolutePackageDir(ws.dataDir, signed.packageDir));
  const manifestSha256 = createHash('sha256').update(files.manifestJson).digest('hex');
  if (manifestSha256 !== signed.manifestSha256) {
    throw new AppError(
      'BAD_FILE',
      `The stored package of ${caseNumber} version ${signed.version} no longer matches what was signed. Restore the data folder from a backup.`,
    );
  }
  return { caseId: found.id, caseNumber, version: signed.version, files, manifestSha256 };
}

export function recordExport(
  ws: Workspace,
  caseId: string,
  version: number,
  manifestSha256: string,
  as: 'folder' | 'archive' | 'letter',
): void {
  ws.db.transaction(() =>
    recordAuditEvent(ws, { action: 'letter.exported', caseId, details: { version, manifestSha256, as } }),
  )();
}
