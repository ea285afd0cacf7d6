import { previewLetter } from '../finalize/previewLetter';
import { readSigningState } from '../finalize/readSigningState';
import { signDetermination } from '../finalize/signDetermination';
import { getSigningKeyAccess } from '../finalize/signingKeyAccess';
import { startNewVersion } from '../finalize/startNewVersion';
import type { Workspace } from '../workspace/workspace';
import type { PartialHandlerTable } from './handlerTable';

export function signingHandlers(
  ws: Workspace,
): PartialHandlerTable<'letter.preview' | 'determinations.sign' | 'determinations.newVersion' | 'determinations.signedVersions'> {
  return {
    'letter.preview': ({ caseId }) => previewLetter(ws, caseId),
    'determinations.sign': ({ caseId, passphrase }) => signDetermination(ws, caseId, passphrase, getSigningKeyAccess()),
    'determinations.newVersion': ({ caseId }) => startNewVersion(ws, caseId),
    'determinations.signedVersions': ({ caseId }) => readSigningState(ws, caseId, getSigningKeyAccess()),
  };
}
