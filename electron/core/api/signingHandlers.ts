import { previewLetter } from '../letters/previewLetter';
import { exportSignedPackage } from '../packages/exportSignedPackage';
import type { WorkspaceServices } from '../services/createWorkspaceServices';
import { readSigningState } from '../signing/readSigningState';
import { signDetermination } from '../signing/signDetermination';
import { startNewVersion } from '../signing/startNewVersion';
import type { PartialHandlerTable } from './handlerTable';

export function signingHandlers({
  ws,
  signingKeys,
}: WorkspaceServices): PartialHandlerTable<'letter.preview' | 'determinations.sign' | 'determinations.newVersion' | 'determinations.signedVersions' | 'determinations.exportPackage'> {
  return {
    'letter.preview': ({ caseId }) => previewLetter(ws, caseId),
    'determinations.sign': ({ caseId, passphrase }) => signDetermination(ws, caseId, passphrase, signingKeys),
    'determinations.newVersion': ({ caseId }) => startNewVersion(ws, caseId),
    'determinations.signedVersions': ({ caseId }) => readSigningState(ws, caseId, signingKeys),
    'determinations.exportPackage': ({ caseId, targetDir }) => exportSignedPackage(ws, caseId, targetDir),
  };
}
