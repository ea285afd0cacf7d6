// fflate: a small, maintained zip writer in plain JavaScript (no native build), enough for five files.
import { zipSync } from 'fflate';
import { readLatestSignedPackage, recordExport } from './exportSignedPackage';
import { PACKAGE_DIR_FILES } from './packageFiles';
import type { Workspace } from '../workspace';

export interface PackageArchive {
  fileName: string;
  zipBase64: string;
  version: number;
  manifestSha256: string;
}

/**
 * The latest signed package as one zip, for the browser shell's download: a folder "<case>-v<n>/" holding the five
 * files byte for byte as signed (stored, not recompressed), so "verify" accepts the unpacked folder.
 */
export function archiveSignedPackage(ws: Workspace, caseId: string): PackageArchive {
  const { caseId: id, caseNumber, version, files, manifestSha256 } = readLatestSignedPackage(ws, caseId);
  const folder = `${caseNumber}-v${version}`;
  const entries: Record<string, Uint8Array> = {};
  for (const [key, name] of PACKAGE_DIR_FILES) entries[`${folder}/${name}`] = new Uint8Array(files[key]);
  const zip = zipSync(entries, { level: 0, mtime: new Date('2000-01-01T00:00:00Z') });
  recordExport(ws, id, version, manifestSha256, 'archive');
  return { fileName: `${folder}.zip`, zipBase64: Buffer.from(zip).toString('base64'), version, manifestSha256 };
}
