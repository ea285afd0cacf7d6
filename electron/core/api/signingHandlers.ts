import { previewLetter } from '../letters';
import { archiveSignedPackage, exportSignedPackage } from '../packages';
import { recordLetterSaved } from '../letters';
import type { WorkspaceServices } from '../services';
import { readSigningState, signDetermination, startNewVersion } from '../signing';

import type { PartialHandlerTable } from './handlerTable';

export function signingHandlers({
  ws,
  signingKeys,
}: WorkspaceServices): PartialHandlerTable<
  | 'letter.preview'
  | 'determinations.sign'
  | 'determinations.newVersion'
  | 'determinations.signedVersions'
  | 'determinations.exportPackage'
  | 'determinations.packageArchive'
  | 'letter.recordSaved'
> {
  return {
    'letter.preview': ({ caseId }) => previewLetter(ws, caseId),
    'determinations.sign': ({ caseId, passphrase }) => signDetermination(ws, caseId, passphrase, signingKeys),
    'determinations.newVersion': ({ caseId }) => startNewVersion(ws, caseId),
    'determinations.signedVersions': ({ caseId }) => readSigningState(ws, caseId, signingKeys),
    'determinations.exportPackage': ({ caseId, targetDir }) => exportSignedPackage(ws, caseId, targetDir),
    'determinations.packageArchive': ({ caseId }) => archiveSignedPackage(ws, caseId),
    'letter.recordSaved': ({ caseId, sha256, as }) => recordLetterSaved(ws, caseId, sha256, as),
  };
}
